import { DAY, later, shanghaiDate } from './clock.js';
import type { Random } from './random.js';
import type { BookingRow, ComplianceRecordRow, CoverageTargetRow, InspectionFindingRow, InspectionRow, ListBatchRow, RectificationNoticeRow, SchoolRow, SessionRow, VenueRow } from './rows.js';
import { drawSample, sampleSize } from '../kit/platform/sample-draw.js';

/**
 * A rectification notice behind every UNDER_RECTIFICATION record: closed when the venue was
 * whitelisted again, enforced when it was suspended or blacklisted, open otherwise, with a deadline
 * 30 to 90 days after it was issued, so some open notices are already overdue.
 */
export function generateNotices(random: Random, records: ComplianceRecordRow[]): RectificationNoticeRow[] {
  const notices: RectificationNoticeRow[] = [];
  records.forEach((record, i) => {
    if (record.status !== 'UNDER_RECTIFICATION') return;
    const next = records[i + 1]?.venueId === record.venueId ? records[i + 1] : undefined;
    const issuedAt = record.recordedAt!;
    const deadline = later(issuedAt, random.int(30, 90) * DAY);
    const closed = next?.status === 'WHITELISTED';
    notices.push({
      id: notices.length + 1, venueId: record.venueId, reason: record.reason!, reference: record.notice, deadline, issuedBy: record.recordedBy!, issuedAt,
      status: next ? (closed ? 'CLOSED' : 'ENFORCED') : 'OPEN',
      closedBy: next ? (closed ? record.recordedBy! : 'system') : null,
      closedAt: next?.recordedAt ?? null,
      closingNote: next ? next.reason! : null,
    });
  });
  return notices;
}

/** This year's published whitelist and blacklist, as the city-wide authority issued them on the first of the month. */
export function generateListBatches(venues: VenueRow[], now: Date): ListBatchRow[] {
  const publishedOn = `${shanghaiDate(now).slice(0, 7)}-01`;
  const on = (status: string) => venues.filter((venue) => venue.status === 'PUBLISHED' && venue.complianceStatus === status).map((venue) => venue.id);
  const year = publishedOn.slice(0, 4);
  return [
    { id: 1, list: 'WHITELISTED', publishedOn, publishedBy: 'admin', district: null, title: `${year}年校外科普教育资源白名单（第四批）`, venueIds: on('WHITELISTED') },
    { id: 2, list: 'BLACKLISTED', publishedOn, publishedBy: 'admin', district: null, title: `${year}年校外培训机构黑名单（第四批）`, venueIds: on('BLACKLISTED') },
  ];
}

/** The policy targets: 100 % of schools paired and with a science vice-principal by the end of the school year, in the first districts. */
export function generateTargets(schools: SchoolRow[], now: Date): CoverageTargetRow[] {
  const year = Number(shanghaiDate(now).slice(0, 4));
  const dueOn = `${Number(shanghaiDate(now).slice(5, 7)) >= 8 ? year + 1 : year}-07-01`;
  const districts = [...new Set(schools.map((school) => school.district))].slice(0, 8);
  return districts.flatMap((district) => [
    { district, measure: 'PARTNER_VENUE' as const, percent: 100, dueOn, setBy: `district:${district}`, setAt: now },
    { district, measure: 'SCIENCE_VICE_PRINCIPAL' as const, percent: 100, dueOn, setBy: `district:${district}`, setAt: now },
    { district, measure: 'VISIT' as const, percent: 80, dueOn, setBy: `district:${district}`, setAt: now },
  ]);
}

/**
 * Seats kept for rural and under-resourced schools on every sixth session of a programme more than a
 * week ahead: a fifth of its capacity, released 7 days before the start, no more than the other
 * schools' bookings left free; every other one of them also puts those schools first on its waitlist.
 */
export function keepSeats(sessions: SessionRow[], bookings: BookingRow[], schools: SchoolRow[], now: Date): SessionRow[] {
  const priority = new Set(schools.filter((school) => school.rural || school.underResourced).map((school) => school.id));
  const othersHeld = new Map<number, number>();
  for (const booking of bookings) {
    if (priority.has(booking.schoolId) || !['REQUESTED', 'CONFIRMED'].includes(booking.status ?? '')) continue;
    othersHeld.set(booking.sessionId, (othersHeld.get(booking.sessionId) ?? 0) + booking.students + (booking.teachers ?? 0));
  }
  let chosen = 0;
  return sessions.map((session) => {
    const none = { ...session, keptSeats: 0, keepDays: 0, priorityWaitlist: false };
    const ahead = session.startsAt.getTime() > now.getTime() + 7 * DAY && session.programmeId !== null && session.status !== 'CANCELLED';
    if (!ahead || session.id % 6 !== 0) return none;
    const kept = Math.min(Math.floor(session.capacity / 5), session.capacity - (othersHeld.get(session.id) ?? 0));
    if (kept < 1) return none;
    chosen += 1;
    return { ...session, keptSeats: kept, keepDays: 7, priorityWaitlist: chosen % 2 === 0 };
  });
}

/**
 * A past random inspection of the district with the most providers: 30 % of its published providers drawn a month
 * ago with a recorded seed (the same draw the API makes), and what inspectors found at the first three.
 */
export function generateInspections(venues: VenueRow[], schools: SchoolRow[], now: Date): { inspections: InspectionRow[]; findings: InspectionFindingRow[] } {
  const counts = new Map<string, number>();
  for (const venue of venues) if (venue.status === 'PUBLISHED') counts.set(venue.district, (counts.get(venue.district) ?? 0) + 1);
  const withSchools = new Set(schools.map((school) => school.district));
  const district = [...counts.entries()].filter(([name]) => withSchools.has(name)).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  if (!district) return { inspections: [], findings: [] };
  const populationIds = venues.filter((venue) => venue.district === district && venue.status === 'PUBLISHED').map((venue) => venue.id).sort((a, b) => a - b);
  if (populationIds.length === 0) return { inspections: [], findings: [] };
  const seed = 20261025;
  const sampleIds = drawSample(populationIds, sampleSize(populationIds.length, 30), seed);
  const drawnAt = later(now, -30 * DAY);
  const drawnBy = `district:${district}`;
  const inspection: InspectionRow = { id: 1, district, population: 'PROVIDERS', title: `${shanghaiDate(drawnAt).slice(0, 4)}年秋季校外科普机构随机抽查`, percent: 30, seed, populationIds, sampleIds, drawnBy, drawnAt };
  const outcomes = [['COMPLIANT', '资质、台账和安全预案齐全。'], ['ISSUES_FOUND', '消防器材检查记录缺两个月，已当场要求补齐。'], ['COMPLIANT', '课程内容与备案一致。']] as const;
  const findings = sampleIds.slice(0, outcomes.length).map((subjectId, index): InspectionFindingRow => ({
    id: index + 1, inspectionId: 1, subjectId, outcome: outcomes[index]![0], note: outcomes[index]![1], noticeId: null, recordedBy: drawnBy, recordedAt: later(drawnAt, (index + 2) * DAY),
  }));
  return { inspections: [inspection], findings };
}
