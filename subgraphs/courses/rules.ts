import { z } from 'zod';
import { deliveries, gradeBands, programmeKinds, subjects } from '../../kit/platform/vocabulary.js';
import { atLeastOne, groupSize, optionalText, positiveMinutes, requiredText } from '../../kit/graphql/input-rules.js';
import { LIST_MAXIMUMS } from '../../kit/graphql/list-limits.js';
import { rule } from '../../kit/graphql/payloads.js';
import { isAdmin, managesVenue } from '../../kit/graphql/permissions.js';
import type { Viewer } from '../../kit/platform/viewer.js';
import type { CurriculumLinkValues, ProgrammeValues, RouteStopValues } from './store.js';
import type { CurriculumLinkRow, ProgrammeRow, RouteStopRow } from './rows.js';

/** The manager of the venue offering it, or an admin: who may edit it and see it as a draft. */
export function mayManageProgramme(viewer: Viewer, programme: Pick<ProgrammeRow, 'venueId'>): boolean {
  return isAdmin(viewer) || managesVenue(viewer, programme.venueId);
}

export function visibleProgramme(viewer: Viewer, programme: ProgrammeRow | null): ProgrammeRow | null {
  if (!programme) return null;
  return programme.status === 'PUBLISHED' || mayManageProgramme(viewer, programme) ? programme : null;
}

/** Yuan with at most two decimals, such as 30 or 30.50; no sign, so a negative price is refused. */
const YUAN = /^\d{1,7}(\.\d{1,2})?$/;

const price = z.string().trim()
  .refine((amount) => YUAN.test(amount), { ...rule('INVALID_PRICE', 'Write the price in yuan per participant, such as 30 or 30.50, and 0 for free; it cannot be negative.'), abort: true })
  .transform((amount) => Math.round(Number(amount) * 100));

const routeStop = z.object({
  venueId: z.number().int(),
  minutes: positiveMinutes('Each stop of the route needs a positive number of minutes.'),
  activity: optionalText,
});

const curriculumLink = z.object({
  code: requiredText('Give the curriculum standard\'s code.'),
  description: requiredText('Say what the programme covers of this curriculum standard.'),
});

/** A programme as its venue writes it, with the names the API uses; route stops name venues by row id. */
export const programmeInput = z.object({
  kind: z.enum(programmeKinds),
  title: requiredText('Give the programme a Chinese title.'),
  titleEn: optionalText,
  summary: optionalText,
  summaryEn: optionalText,
  subjects: atLeastOne(z.enum(subjects), 'Name at least one subject.'),
  gradeBands: atLeastOne(z.enum(gradeBands), 'Name at least one grade band the programme is for.'),
  durationMinutes: positiveMinutes('The duration must be a positive number of minutes.'),
  groupSize,
  price,
  delivery: z.enum(deliveries),
  route: z.array(routeStop).max(LIST_MAXIMUMS['Programme.route'], rule('TOO_MANY', `A route has at most ${LIST_MAXIMUMS['Programme.route']} stops.`)),
  curriculumLinks: z.array(curriculumLink).max(LIST_MAXIMUMS['Programme.curriculumLinks'], rule('TOO_MANY', `A programme links at most ${LIST_MAXIMUMS['Programme.curriculumLinks']} curriculum standards.`)),
}).superRefine((programme, context) => {
  if (programme.kind === 'STUDY_TOUR' && programme.route.length < 2) {
    context.addIssue({ code: 'custom', path: ['route'], ...rule('ROUTE_TOO_SHORT', 'A study-tour route needs at least two stops.') });
  }
  if (programme.kind !== 'STUDY_TOUR' && programme.route.length > 0) {
    context.addIssue({ code: 'custom', path: ['route'], ...rule('ROUTE_NOT_ALLOWED', 'Only a STUDY_TOUR has a route; send an empty route or make it a study tour.') });
  }
  const codes = programme.curriculumLinks.map((link) => link.code);
  if (new Set(codes).size !== codes.length) {
    context.addIssue({ code: 'custom', path: ['curriculumLinks'], ...rule('DUPLICATE_CURRICULUM_LINK', 'Each curriculum standard can be linked once.') });
  }
});

export type ProgrammeInput = z.input<typeof programmeInput>;
export type CheckedProgramme = z.output<typeof programmeInput>;

/** What a new programme holds before its input is applied. */
export const newProgramme = { titleEn: '', summary: '', summaryEn: '', price: '0', route: [], curriculumLinks: [] } as Partial<ProgrammeInput>;

export function programmeDraft(programme: ProgrammeRow, route: RouteStopRow[], links: CurriculumLinkRow[]): ProgrammeInput {
  return {
    kind: programme.kind,
    title: programme.titleZh,
    titleEn: programme.titleEn,
    summary: programme.summaryZh,
    summaryEn: programme.summaryEn,
    subjects: programme.subjects,
    gradeBands: programme.gradeBands,
    durationMinutes: programme.durationMinutes,
    groupSize: { min: programme.minGroup, max: programme.maxGroup },
    price: (programme.priceCents / 100).toFixed(2),
    delivery: programme.delivery,
    route: route.map((stop) => ({ venueId: stop.venueId, minutes: stop.minutes, activity: stop.activityZh })),
    curriculumLinks: links.map((link) => ({ code: link.code, description: link.descriptionZh })),
  };
}

export function programmeValues(venueId: number, programme: CheckedProgramme): ProgrammeValues {
  return {
    venueId,
    kind: programme.kind,
    titleZh: programme.title,
    titleEn: programme.titleEn,
    summaryZh: programme.summary,
    summaryEn: programme.summaryEn,
    subjects: programme.subjects,
    gradeBands: programme.gradeBands,
    durationMinutes: programme.durationMinutes,
    minGroup: programme.groupSize.min,
    maxGroup: programme.groupSize.max,
    priceCents: programme.price,
    delivery: programme.delivery,
  };
}

export function routeValues(programme: CheckedProgramme): RouteStopValues[] {
  return programme.route.map((stop) => ({ venueId: stop.venueId, minutes: stop.minutes, activityZh: stop.activity }));
}

export function curriculumLinkValues(programme: CheckedProgramme): CurriculumLinkValues[] {
  return programme.curriculumLinks.map((link) => ({ code: link.code, descriptionZh: link.description }));
}
