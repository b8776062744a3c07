import { sql } from 'drizzle-orm';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { bookingEvents, bookings, coverageTargets, pairings, schools, sessions } from './tables.js';
import { coverageMeasures, schoolStages, type CoverageMeasure, type SchoolStage } from '../../kit/platform/vocabulary.js';

/** One school's standing on a date: which of the district's measures it meets. */
export interface SchoolCoverageRow {
  id: number;
  stage: SchoolStage;
  rural: boolean;
  underResourced: boolean;
  studentCount: number;
  covered: Record<CoverageMeasure, boolean>;
}

/** The school term a date falls in: autumn runs 1 September to 31 January, spring 1 February to 31 August. */
export interface SchoolTerm {
  startsOn: string;
  endsOn: string;
}

export interface CoverageShare {
  schools: number;
  covered: number;
  percent: number;
}

export interface MeasureCoverage extends CoverageShare {
  measure: CoverageMeasure;
  missing: number;
  byStage: (CoverageShare & { stage: SchoolStage })[];
  rural: CoverageShare;
  urban: CoverageShare;
  underResourced: CoverageShare;
}

export type CoverageTargetRow = typeof coverageTargets.$inferSelect;

export interface TargetStanding extends CoverageTargetRow {
  gap: number;
  schoolsShort: number;
  met: boolean;
}

export interface CoverageReport {
  district: string;
  asOf: string;
  term: SchoolTerm;
  schools: SchoolCoverageRow[];
  studentCount: number;
  measures: MeasureCoverage[];
  targets: TargetStanding[];
}

export function termOf(date: string): SchoolTerm {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (month >= 9) return { startsOn: `${year}-09-01`, endsOn: `${year + 1}-01-31` };
  if (month === 1) return { startsOn: `${year - 1}-09-01`, endsOn: `${year}-01-31` };
  return { startsOn: `${year}-02-01`, endsOn: `${year}-08-31` };
}

/**
 * Every school of the district with what it met on `asOf`: pairings active that day (by their start
 * and end dates), and sessions of the term up to that day whose booking stood ATTENDED at the end of
 * it (by the booking's history, so a later change does not rewrite the past). One statement.
 */
export async function schoolCoverage(db: PostgresJsDatabase, district: string, asOf: string): Promise<SchoolCoverageRow[]> {
  const term = termOf(asOf);
  const dayEnd = sql`((${asOf}::date + 1)::timestamp at time zone 'Asia/Shanghai')`;
  const termStart = sql`(${term.startsOn}::date::timestamp at time zone 'Asia/Shanghai')`;
  const rows = await db.execute<{ id: string; stage: SchoolStage; rural: boolean; under_resourced: boolean; student_count: number; partner: boolean; adviser: boolean; visit: boolean; talk: boolean }>(sql`
    with district_schools as (
      select id, stage, rural, under_resourced, student_count from ${schools} where district = ${district}
    ), paired as (
      select p.school_id, bool_or(p.kind = 'PARTNER_VENUE') as partner, bool_or(p.kind = 'SCIENCE_VICE_PRINCIPAL') as adviser
      from ${pairings} p join district_schools s on s.id = p.school_id
      where p.starts_on <= ${asOf}::date and (p.ends_on is null or p.ends_on >= ${asOf}::date)
      group by p.school_id
    ), term_bookings as materialized (
      select b.id, b.school_id, se.programme_id is not null as visit
      from ${bookings} b join district_schools s on s.id = b.school_id join ${sessions} se on se.id = b.session_id
      where se.starts_at >= ${termStart} and se.starts_at < ${dayEnd}
    ), attended as (
      select tb.school_id, bool_or(tb.visit) as visit, bool_or(not tb.visit) as talk
      from term_bookings tb
      where (select e.to_status from ${bookingEvents} e where e.booking_id = tb.id and e.at < ${dayEnd} order by e.at desc, e.id desc limit 1) = 'ATTENDED'
      group by tb.school_id
    )
    select s.id, s.stage, s.rural, s.under_resourced, s.student_count,
      coalesce(paired.partner, false) as partner, coalesce(paired.adviser, false) as adviser,
      coalesce(attended.visit, false) as visit, coalesce(attended.talk, false) as talk
    from district_schools s left join paired on paired.school_id = s.id left join attended on attended.school_id = s.id
    order by s.id`);
  return rows.map((row) => ({
    id: Number(row.id),
    stage: row.stage,
    rural: row.rural,
    underResourced: row.under_resourced,
    studentCount: row.student_count,
    covered: { PARTNER_VENUE: row.partner, SCIENCE_VICE_PRINCIPAL: row.adviser, VISIT: row.visit, TALK: row.talk },
  }));
}

/** The district's figures from its schools' rows and its targets. */
export function districtCoverage(district: string, asOf: string, rows: SchoolCoverageRow[], targets: CoverageTargetRow[]): CoverageReport {
  const measures = coverageMeasures.map((measure) => measureCoverage(measure, rows));
  return {
    district,
    asOf,
    term: termOf(asOf),
    schools: rows,
    studentCount: rows.reduce((sum, row) => sum + row.studentCount, 0),
    measures,
    targets: targets.map((target) => targetStanding(target, measures.find((figure) => figure.measure === target.measure)!)),
  };
}

function measureCoverage(measure: CoverageMeasure, rows: SchoolCoverageRow[]): MeasureCoverage {
  const share = (group: SchoolCoverageRow[]): CoverageShare => {
    const covered = group.filter((row) => row.covered[measure]).length;
    return { schools: group.length, covered, percent: percentOf(covered, group.length) };
  };
  const all = share(rows);
  return {
    measure,
    ...all,
    missing: all.schools - all.covered,
    byStage: schoolStages.map((stage) => ({ stage, ...share(rows.filter((row) => row.stage === stage)) })).filter((group) => group.schools > 0),
    rural: share(rows.filter((row) => row.rural)),
    urban: share(rows.filter((row) => !row.rural)),
    underResourced: share(rows.filter((row) => row.underResourced)),
  };
}

/** How far the district is from a target: percentage points to go, and schools still to cover. */
export function targetStanding(target: CoverageTargetRow, figure: CoverageShare): TargetStanding {
  const exact = figure.schools === 0 ? 0 : (100 * figure.covered) / figure.schools;
  const needed = Math.ceil((target.percent * figure.schools) / 100 - 1e-9);
  const schoolsShort = Math.max(0, needed - figure.covered);
  return { ...target, gap: Math.max(0, Math.round((target.percent - exact) * 10) / 10), schoolsShort, met: schoolsShort === 0 };
}

/** A share as a percentage with one decimal; 0 for an empty group. */
export function percentOf(covered: number, total: number): number {
  return total === 0 ? 0 : Math.round((1000 * covered) / total) / 10;
}
