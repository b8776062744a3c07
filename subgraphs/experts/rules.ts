import { z } from 'zod';
import { academies, deliveries, gradeBands, subjects } from '../../kit/platform/vocabulary.js';
import { atLeastOne, contactEmail, contactPhone, optionalText, positiveMinutes, requiredText } from '../../kit/graphql/input-rules.js';
import { rule } from '../../kit/graphql/payloads.js';
import { isAdmin, isExpert, managesVenue } from '../../kit/graphql/permissions.js';
import type { Viewer } from '../../kit/platform/viewer.js';
import type { ExpertValues, TalkValues } from './store.js';
import type { ExpertRow, TalkRow } from './rows.js';

/** The expert, the manager of the venue it is affiliated with, or an admin: who may edit the profile and its talks. */
export function mayManageExpert(viewer: Viewer, expert: Pick<ExpertRow, 'id' | 'affiliationVenueId'>): boolean {
  return isAdmin(viewer) || isExpert(viewer, expert.id) || managesVenue(viewer, expert.affiliationVenueId);
}

export function visibleExpert(viewer: Viewer, expert: ExpertRow | null): ExpertRow | null {
  if (!expert) return null;
  return expert.status === 'PUBLISHED' || mayManageExpert(viewer, expert) ? expert : null;
}

/** A talk is public while it and its expert's profile are published; its owners see it anyway. */
export function visibleTalk(viewer: Viewer, talk: TalkRow | null, expert: ExpertRow | null): TalkRow | null {
  if (!talk || !expert) return null;
  const isPublic = talk.status === 'PUBLISHED' && expert.status === 'PUBLISHED';
  return isPublic || mayManageExpert(viewer, expert) ? talk : null;
}

/** An expert's profile as its owners write it, with the names the API uses. */
export const expertInput = z.object({
  name: requiredText('Give the expert\'s Chinese name.'),
  nameEn: optionalText,
  title: optionalText,
  titleEn: optionalText,
  academicianOf: z.enum(academies).nullable(),
  fields: atLeastOne(z.enum(subjects), 'Name at least one field the expert works in.'),
  bio: optionalText,
  bioEn: optionalText,
  contactEmail,
  contactPhone,
});

export type ExpertInput = z.input<typeof expertInput>;

export const clearableExpertFields: (keyof ExpertInput)[] = ['academicianOf', 'contactEmail', 'contactPhone'];

export const newExpert = {
  nameEn: '', title: '', titleEn: '', academicianOf: null, bio: '', bioEn: '', contactEmail: null, contactPhone: null,
} as Partial<ExpertInput>;

export function expertDraft(expert: ExpertRow): ExpertInput {
  return {
    name: expert.nameZh,
    nameEn: expert.nameEn,
    title: expert.titleZh,
    titleEn: expert.titleEn,
    academicianOf: expert.academicianOf,
    fields: expert.fields,
    bio: expert.bioZh,
    bioEn: expert.bioEn,
    contactEmail: expert.contactEmail,
    contactPhone: expert.contactPhone,
  };
}

export function expertValues(affiliationVenueId: number | null, expert: z.output<typeof expertInput>): ExpertValues {
  return {
    affiliationVenueId,
    nameZh: expert.name,
    nameEn: expert.nameEn,
    titleZh: expert.title,
    titleEn: expert.titleEn,
    academicianOf: expert.academicianOf,
    fields: expert.fields,
    bioZh: expert.bio,
    bioEn: expert.bioEn,
    contactEmail: expert.contactEmail || null,
    contactPhone: expert.contactPhone || null,
  };
}

/** A talk as its owners write it, with the names the API uses. */
export const talkInput = z.object({
  title: requiredText('Give the talk a title.'),
  titleEn: optionalText,
  summary: optionalText,
  summaryEn: optionalText,
  subjects: atLeastOne(z.enum(subjects), 'Name at least one subject.'),
  gradeBands: atLeastOne(z.enum(gradeBands), 'Name at least one grade band the talk is for.'),
  durationMinutes: positiveMinutes('The duration must be a positive number of minutes.'),
  maxAudience: z.number().int().refine((audience) => audience >= 1, rule('INVALID_GROUP_SIZE', 'A talk needs room for at least one listener.')),
  delivery: z.enum(deliveries),
});

export type TalkInput = z.input<typeof talkInput>;

export const newTalk = { titleEn: '', summary: '', summaryEn: '' } as Partial<TalkInput>;

export function talkDraft(talk: TalkRow): TalkInput {
  return {
    title: talk.titleZh,
    titleEn: talk.titleEn,
    summary: talk.summaryZh,
    summaryEn: talk.summaryEn,
    subjects: talk.subjects,
    gradeBands: talk.gradeBands,
    durationMinutes: talk.durationMinutes,
    maxAudience: talk.maxAudience,
    delivery: talk.delivery,
  };
}

export function talkValues(expertId: number, talk: z.output<typeof talkInput>): TalkValues {
  return {
    expertId,
    titleZh: talk.title,
    titleEn: talk.titleEn,
    summaryZh: talk.summary,
    summaryEn: talk.summaryEn,
    subjects: talk.subjects,
    gradeBands: talk.gradeBands,
    durationMinutes: talk.durationMinutes,
    maxAudience: talk.maxAudience,
    delivery: talk.delivery,
  };
}
