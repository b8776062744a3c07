import { DAY, HOUR, MINUTE, daysBefore, later, shanghaiDate, shanghaiDayStart, shanghaiWeekday } from './clock.js';
import { groupBy } from './lists.js';
import type { ProgrammeFacts } from './programmes.js';
import type { Random } from './random.js';
import type { BookingEventRow, BookingRow, SchoolRow, SessionRow } from './rows.js';
import type { SchoolFacts } from './schools.js';
import type { TalkFacts } from './talks.js';

/** Where the ids of the rows already generated end, so past visits take the next ones. */
export interface NextIds {
  session: number;
  booking: number;
  event: number;
}

export interface PastVisits {
  sessions: SessionRow[];
  bookings: BookingRow[];
  bookingEvents: BookingEventRow[];
}

/** Chances that a school went on a visit and heard a talk this term; rural and under-resourced schools less often, as districts see. */
const visitChance = { urban: 0.65, rural: 0.35 };
const talkChance = { urban: 0.5, rural: 0.25 };
const UNDER_RESOURCED_FACTOR = 0.7;

/**
 * Visits and talks schools attended earlier this term (autumn from 1 September, spring from
 * 1 February), each a past session of a bookable offer in the school's city with one ATTENDED
 * booking and its history; one in ten classes did not come (NO_SHOW). Nothing when the term
 * started today.
 */
export function generatePastVisits(
  random: Random, schools: { facts: SchoolFacts[]; rows: SchoolRow[] }, programmes: ProgrammeFacts[], talks: TalkFacts[], now: Date, next: NextIds,
): PastVisits {
  const visits: PastVisits = { sessions: [], bookings: [], bookingEvents: [] };
  const days = daysIntoTerm(now);
  if (days < 2) return visits;
  const programmesIn = groupBy(programmes.filter((programme) => programme.bookable && programme.delivery !== 'ONLINE'), (programme) => programme.venue.city);
  const talksIn = groupBy(talks.filter((talk) => talk.bookable && talk.expert.venue), (talk) => talk.expert.venue!.city);
  schools.facts.forEach((school, i) => {
    const factor = schools.rows[i]!.underResourced ? UNDER_RESOURCED_FACTOR : 1;
    const where = school.rural ? 'rural' : 'urban';
    const programme = random.chance(visitChance[where] * factor) ? pickFrom(random, programmesIn.get(school.district.city)) : null;
    const talk = random.chance(talkChance[where] * factor) ? pickFrom(random, talksIn.get(school.district.city)) : null;
    if (programme) addVisit(random, visits, next, school, { programmeId: programme.id, talkId: null, venueId: programme.venue.id, expertId: null, minutes: programme.durationMinutes, host: `venue:${programme.venue.id}` }, now, days);
    if (talk) addVisit(random, visits, next, school, { programmeId: null, talkId: talk.id, venueId: talk.expert.venue!.id, expertId: talk.expert.id, minutes: talk.durationMinutes, host: `expert:${talk.expert.id}` }, now, days);
  });
  return visits;
}

interface Offer {
  programmeId: number | null;
  talkId: number | null;
  venueId: number;
  expertId: number | null;
  minutes: number;
  host: string;
}

function addVisit(random: Random, visits: PastVisits, next: NextIds, school: SchoolFacts, offer: Offer, now: Date, days: number): void {
  const startsAt = pastSchoolDay(random, now, days);
  const endsAt = later(startsAt, Math.min(offer.minutes, 240) * MINUTE);
  const students = random.int(20, 45);
  const teachers = random.int(1, 3);
  const sessionId = next.session++;
  const bookingId = next.booking++;
  const createdAt = daysBefore(startsAt, random.int(7, 30));
  const attended = random.chance(0.9) ? 'ATTENDED' as const : 'NO_SHOW' as const;
  visits.sessions.push({
    id: sessionId, programmeId: offer.programmeId, talkId: offer.talkId, venueId: offer.venueId, expertId: offer.expertId,
    startsAt, endsAt, capacity: students + teachers + random.int(0, 4) * 10, seatsHeld: 0, confirmation: 'AUTOMATIC', waitlist: true, status: 'SCHEDULED',
    createdAt: daysBefore(createdAt, random.int(1, 20)),
  });
  const steps = [
    { fromStatus: null, toStatus: 'REQUESTED' as const, actor: `school:${school.id}`, reason: null, at: createdAt },
    { fromStatus: 'REQUESTED' as const, toStatus: 'CONFIRMED' as const, actor: 'system', reason: null, at: later(createdAt, MINUTE) },
    { fromStatus: 'CONFIRMED' as const, toStatus: attended, actor: offer.host, reason: null, at: later(endsAt, HOUR) },
  ];
  for (const step of steps) visits.bookingEvents.push({ id: next.event++, bookingId, ...step });
  visits.bookings.push({
    id: bookingId, sessionId, schoolId: school.id, students, teachers, status: attended, note: '课后服务科普实践', createdAt, updatedAt: steps[2]!.at,
  });
}

function pickFrom<Item>(random: Random, items: Item[] | undefined): Item | null {
  return items && items.length > 0 ? random.pick(items) : null;
}

/** Days since the term began: 1 September or 1 February, in Asia/Shanghai. */
function daysIntoTerm(now: Date): number {
  const today = shanghaiDate(now);
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const start = month >= 9 ? `${year}-09-01` : month === 1 ? `${year - 1}-09-01` : `${year}-02-01`;
  return Math.floor((Date.parse(today) - Date.parse(start)) / DAY);
}

/** A weekday morning or afternoon in the term, before today. */
function pastSchoolDay(random: Random, now: Date, days: number): Date {
  const today = shanghaiDayStart(now);
  let day = daysBefore(today, random.int(1, Math.min(days, 80)));
  for (let tries = 0; tries < 5 && [0, 6].includes(shanghaiWeekday(day)); tries++) day = daysBefore(today, random.int(1, Math.min(days, 80)));
  return later(day, random.pick([540, 600, 840, 900]) * MINUTE);
}
