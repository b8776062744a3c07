import { z } from 'zod';
import { venueKinds } from '../../kit/platform/vocabulary.js';
import { contactEmail, contactPhone, groupSize, location, optionalText, requiredText, webLink } from '../../kit/graphql/input-rules.js';
import { LIST_MAXIMUMS } from '../../kit/graphql/list-limits.js';
import { rule } from '../../kit/graphql/payloads.js';
import { FIRST_YEAR, isCalendarDate, LAST_YEAR, timeZoneName } from '../../kit/graphql/scalars.js';
import { isAdmin, managesVenue } from '../../kit/graphql/permissions.js';
import type { Viewer } from '../../kit/platform/viewer.js';
import type { VenueValues } from './store.js';
import type { VenueRow } from './rows.js';

/** The venue's manager or an admin: who may edit it, see its drafts and its contacts. */
export function mayManageVenue(viewer: Viewer, venueId: number): boolean {
  return isAdmin(viewer) || managesVenue(viewer, venueId);
}

/** A district's own account for venues in its district, or an administrator: who issues and closes notices. */
export function overseesVenue(viewer: Viewer, venue: VenueRow): boolean {
  return isAdmin(viewer) || (viewer.role === 'district' && viewer.district === venue.district);
}

/** The venue's manager, its district, or an administrator: who sees its notices. */
export function maySeeNotices(viewer: Viewer, venue: VenueRow): boolean {
  return overseesVenue(viewer, venue) || managesVenue(viewer, venue.id);
}

/** How a compliance decision names who made it. */
export function deciderOf(viewer: Viewer): string {
  if (viewer.role === 'district') return `district:${viewer.district}`;
  return `${viewer.role}:${viewer.subject ?? 'unknown'}`;
}

export function visibleVenue(viewer: Viewer, venue: VenueRow | null): VenueRow | null {
  if (!venue) return null;
  return venue.status === 'PUBLISHED' || mayManageVenue(viewer, venue.id) ? venue : null;
}

/** A venue as its manager writes it, with the names the API uses. */
export const venueInput = z.object({
  kind: z.enum(venueKinds),
  name: requiredText('Give the venue its official Chinese name.'),
  nameEn: optionalText,
  description: optionalText,
  descriptionEn: optionalText,
  city: requiredText('Say which city the venue is in.'),
  district: requiredText('Say which district the venue is in.'),
  address: optionalText,
  location,
  timeZone: z.string().refine((zone) => timeZoneName(zone) !== null, { ...rule('INVALID_TIME_ZONE', 'Use an IANA time zone such as Asia/Shanghai.'), abort: true })
    .transform((zone) => timeZoneName(zone)!),
  openingHours: optionalText,
  groupSize,
  accessibility: z.array(optionalText).max(LIST_MAXIMUMS['Venue.accessibility'], rule('TOO_MANY', `List at most ${LIST_MAXIMUMS['Venue.accessibility']} accessibility features.`)),
  website: webLink,
  contactEmail,
  contactPhone,
});

export type VenueInput = z.input<typeof venueInput>;

/** Fields an update may empty by sending null. */
export const clearableVenueFields: (keyof VenueInput)[] = ['website', 'contactEmail', 'contactPhone'];

/** What a new venue holds before its input is applied. */
export const newVenue: Omit<VenueInput, 'kind' | 'name' | 'city' | 'district' | 'location'> = {
  nameEn: '',
  description: '',
  descriptionEn: '',
  address: '',
  timeZone: 'Asia/Shanghai',
  openingHours: '',
  groupSize: { min: 1, max: 60 },
  accessibility: [],
  website: null,
  contactEmail: null,
  contactPhone: null,
};

export function venueDraft(venue: VenueRow): VenueInput {
  return {
    kind: venue.kind,
    name: venue.nameZh,
    nameEn: venue.nameEn,
    description: venue.descriptionZh,
    descriptionEn: venue.descriptionEn,
    city: venue.city,
    district: venue.district,
    address: venue.addressZh,
    location: { lat: venue.lat, lon: venue.lon },
    timeZone: venue.timeZone,
    openingHours: venue.openingHours,
    groupSize: { min: venue.minGroup, max: venue.maxGroup },
    accessibility: venue.accessibility,
    website: venue.website,
    contactEmail: venue.contactEmail,
    contactPhone: venue.contactPhone,
  };
}

export function venueValues(input: z.output<typeof venueInput>): VenueValues {
  return {
    kind: input.kind,
    nameZh: input.name,
    nameEn: input.nameEn,
    descriptionZh: input.description,
    descriptionEn: input.descriptionEn,
    city: input.city,
    district: input.district,
    addressZh: input.address,
    lat: input.location.lat,
    lon: input.location.lon,
    timeZone: input.timeZone,
    openingHours: input.openingHours,
    minGroup: input.groupSize.min,
    maxGroup: input.groupSize.max,
    accessibility: input.accessibility,
    website: input.website || null,
    contactEmail: input.contactEmail || null,
    contactPhone: input.contactPhone || null,
  };
}

export const complianceReason = requiredText('Say why: the inspection, complaint or notice behind this decision.');

/** A district's own account for its own alliances, or an administrator. */
export function managesAlliance(viewer: Viewer, alliance: { district: string | null }): boolean {
  return isAdmin(viewer) || (viewer.role === 'district' && viewer.district !== null && viewer.district === alliance.district);
}

export const allianceInput = z.object({
  name: requiredText('Give the alliance its Chinese name.'),
  nameEn: optionalText,
  city: requiredText('Say which city the alliance is in.'),
  foundedOn: z.string().refine(isCalendarDate, `A date that exists, like 2026-09-01, from ${FIRST_YEAR} to ${LAST_YEAR}.`).nullable(),
});

export const noticeReason = requiredText('Say what the venue must put right.');

export const closingNote = requiredText('Say how the venue put things right.');

export const listTitle = requiredText('Give the batch its published title, such as 2026年校外科普教育资源白名单（第四批）.');

/** A district's own account for its district's inspections, or an administrator. */
export function inspectsDistrict(viewer: Viewer, district: string): boolean {
  return isAdmin(viewer) || (viewer.role === 'district' && viewer.district === district);
}

export const inspectionTitle = requiredText('Give the inspection a title, such as 2026年秋季校外培训机构随机抽查.');

export const findingNote = requiredText('Say what the inspector found.');
