import { DAY, daysBefore, later, shanghaiDate } from './clock.js';
import type { ExpertFacts } from './experts.js';
import { groupBy } from './lists.js';
import type { District } from './places.js';
import type { Random } from './random.js';
import type { PairingRow } from './rows.js';
import type { SchoolFacts } from './schools.js';
import type { VenueIndex } from './venues.js';

const partnerNotes = ['馆校合作共建科学教育实践基地', '每学期组织学生到场馆开展实践课程', '共建青少年科技创新工作室', '联合开展课后服务科普课程'];
const viceprincipalNotes = ['聘任为科学副校长，每学期到校开展科普讲座不少于两次', '指导学校科技社团与科学课程建设', '参与学校科学教师培训'];

/**
 * Partner venues from the school's district (or city), and science vice-principals from the city.
 * Coverage is short of the 100 % target, rural schools more so, so districts have gaps to see;
 * but the first school of every district has both, so no district is empty.
 */
export function generatePairings(random: Random, schools: SchoolFacts[], venues: VenueIndex, experts: ExpertFacts[], now: Date): PairingRow[] {
  const expertsInCity = groupBy(experts.filter((expert) => expert.published && expert.venue), (expert) => expert.venue!.city);
  const seen = new Set<District>();
  const pairings: PairingRow[] = [];
  const add = (pairing: Omit<PairingRow, 'id' | 'startsOn' | 'endsOn'>) => pairings.push({ id: pairings.length + 1, ...term(random, now), ...pairing });
  for (const school of schools) {
    const first = !seen.has(school.district);
    seen.add(school.district);
    const partners = venues.openInDistrict.get(school.district) ?? venues.openInCity.get(school.district.city) ?? [];
    if (first || random.chance(school.rural ? 0.5 : 0.7)) {
      for (const venue of random.sample(partners, random.chance(0.8) ? 1 : 2)) {
        add({ schoolId: school.id, kind: 'PARTNER_VENUE', venueId: venue.id, expertId: null, note: random.pick(partnerNotes) });
      }
    }
    const advisers = expertsInCity.get(school.district.city) ?? [];
    if (advisers.length > 0 && (first || random.chance(school.rural ? 0.4 : 0.55))) {
      add({ schoolId: school.id, kind: 'SCIENCE_VICE_PRINCIPAL', venueId: null, expertId: random.pick(advisers).id, note: random.pick(viceprincipalNotes) });
    }
  }
  return pairings;
}

/** Started in the last three years; one in ten has already ended. */
function term(random: Random, now: Date): Pick<PairingRow, 'startsOn' | 'endsOn'> {
  const start = daysBefore(now, random.int(30, 1000));
  const end = later(start, random.int(180, 365) * DAY);
  return { startsOn: shanghaiDate(start), endsOn: random.chance(0.1) && end.getTime() < now.getTime() ? shanghaiDate(end) : null };
}
