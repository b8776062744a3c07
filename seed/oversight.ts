import { DAY, later, shanghaiDate } from './clock.js';
import type { Random } from './random.js';
import type { ComplianceRecordRow, CoverageTargetRow, ListBatchRow, RectificationNoticeRow, SchoolRow, VenueRow } from './rows.js';

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
