import { randomInt } from 'node:crypto';
import { userError } from '../../kit/graphql/errors.js';
import { failed, notFound, succeeded, validate, type Outcome } from '../../kit/graphql/payloads.js';
import { requireOwnership, requireRole } from '../../kit/graphql/permissions.js';
import type { FindingOutcome, InspectionPopulation } from '../../kit/platform/vocabulary.js';
import { drawSample, sampleSize } from '../../kit/platform/sample-draw.js';
import { checkNotice, OVERSIGHT, openNotice, type Caller, type NoticeInput } from './mutations.js';
import { deciderOf, findingNote, inspectionTitle, inspectsDistrict } from './rules.js';
import type { FindingRow, InspectionRow } from './rows.js';

/** Seeds are 0 to 2³¹ − 1, so they travel as a GraphQL Int. */
const SEEDS = 2 ** 31;

export interface DrawInput {
  population: InspectionPopulation;
  percent: number;
  district?: string | null;
  seed?: number | null;
  title: string;
}

/** Draws the sample and keeps it with its seed and population, so the draw can be repeated. */
export async function drawInspection({ viewer, store }: Caller, input: DrawInput): Promise<Outcome<InspectionRow>> {
  requireRole(viewer, OVERSIGHT);
  const district = viewer.role === 'district' ? viewer.district ?? '' : input.district?.trim() ?? '';
  requireOwnership(viewer.role !== 'district' || !input.district || input.district === viewer.district, 'A district account inspects its own district only.');
  if (!(input.percent > 0 && input.percent <= 100)) return failed(userError('SHARE_OUT_OF_RANGE', 'Draw a share above 0 % and at most 100 %.', ['input', 'percent']));
  const seed = input.seed ?? randomInt(SEEDS);
  if (!Number.isInteger(seed) || seed < 0 || seed >= SEEDS) return failed(userError('INVALID_SEED', `Use a seed from 0 to ${SEEDS - 1}, or leave it out.`, ['input', 'seed']));
  const title = validate(inspectionTitle, input.title, ['input', 'title']);
  if (!title.ok) return failed(...title.userErrors);
  if (!district) return failed(userError('REQUIRED', 'Say which district to draw from.', ['input', 'district']));
  const population = input.population === 'SCHOOLS' ? await store.schoolRoll(district) : await store.providersOf(district);
  if (population.length === 0) return failed(userError('EMPTY_POPULATION', `${district} has no ${input.population === 'SCHOOLS' ? 'schools' : 'published providers'} to draw from.`, ['input', 'population']));
  const sampleIds = drawSample(population, sampleSize(population.length, input.percent), seed);
  return store.write(async (writes) => succeeded(await writes.insertInspection({
    district, population: input.population, title: title.value, percent: input.percent, seed, populationIds: population, sampleIds, drawnBy: deciderOf(viewer),
  })));
}

export interface FindingInput {
  inspectionId: number;
  /** The drawn school's or venue's row id; `subjectType` is the type its public id named. */
  subjectId: number;
  subjectType: 'School' | 'Venue';
  outcome: FindingOutcome;
  note: string;
  notice?: NoticeInput | null;
}

/** Records a finding on a drawn item and, when asked, issues the provider a notice: together or not at all. */
export async function recordInspectionFinding({ viewer, store }: Caller, input: FindingInput, now: Date): Promise<Outcome<FindingRow>> {
  requireRole(viewer, OVERSIGHT);
  const note = validate(findingNote, input.note, ['input', 'note']);
  if (!note.ok) return failed(...note.userErrors);
  const notice = input.notice ? checkNotice(input.notice, now, ['input', 'notice']) : null;
  if (notice && !notice.ok) return failed(...notice.userErrors);
  return store.write(async (writes) => {
    const inspection = await writes.lockInspection(input.inspectionId);
    if (!inspection) return failed(notFound('inspection', ['input', 'inspectionId']));
    requireOwnership(inspectsDistrict(viewer, inspection.district), 'A district account records findings of its own inspections only.');
    const drawnType = inspection.population === 'SCHOOLS' ? 'School' : 'Venue';
    if (input.subjectType !== drawnType || !inspection.sampleIds.includes(input.subjectId)) {
      return failed(userError('NOT_IN_SAMPLE', `This ${input.subjectType === 'School' ? 'school' : 'venue'} was not drawn in this inspection; record findings on its drawn items only.`, ['input', 'itemId']));
    }
    let noticeId: number | null = null;
    if (notice) {
      if (drawnType !== 'Venue') return failed(userError('NOTICE_FOR_PROVIDERS_ONLY', 'Rectification notices go to providers; a school finding cannot issue one.', ['input', 'notice']));
      const opened = await openNotice(writes, viewer, (await writes.lockVenue(input.subjectId))!, notice.value, ['input', 'itemId']);
      if (!opened.thing) return failed(...opened.userErrors);
      noticeId = opened.thing.id;
    }
    return succeeded(await writes.insertFinding({
      inspectionId: inspection.id, subjectId: input.subjectId, outcome: input.outcome, note: note.value, noticeId, recordedBy: deciderOf(viewer),
    }));
  });
}
