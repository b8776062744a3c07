/** The catalogue's controlled vocabulary, shared by every table and by the GraphQL enums of the same names. */
export const venueKinds = [
  'MUSEUM', 'SCIENCE_CENTRE', 'PLANETARIUM', 'LABORATORY', 'UNIVERSITY', 'RESEARCH_INSTITUTE',
  'ENTERPRISE', 'SCIENCE_BASE', 'PARK', 'ZOO', 'BOTANICAL_GARDEN',
] as const;

export const complianceStatuses = ['WHITELISTED', 'UNDER_RECTIFICATION', 'SUSPENDED', 'BLACKLISTED'] as const;

export const subjects = [
  'PHYSICS', 'CHEMISTRY', 'BIOLOGY', 'EARTH_SCIENCE', 'ASTRONOMY', 'MATHEMATICS', 'COMPUTING',
  'ENGINEERING', 'ENVIRONMENT', 'AGRICULTURE', 'HEALTH', 'AEROSPACE', 'TRANSPORT', 'HISTORY_OF_SCIENCE',
] as const;

/** PRIMARY_LOWER is grades 1-3, PRIMARY_UPPER grades 4-6, JUNIOR grades 7-9, SENIOR grades 10-12. */
export const gradeBands = ['PRIMARY_LOWER', 'PRIMARY_UPPER', 'JUNIOR', 'SENIOR'] as const;

export const deliveries = ['ON_SITE', 'IN_SCHOOL', 'ONLINE'] as const;

export const programmeKinds = ['VISIT', 'LAB_SESSION', 'WORKSHOP', 'COURSE', 'STUDY_TOUR', 'ONLINE_COURSE'] as const;

export const publicationStatuses = ['DRAFT', 'PUBLISHED', 'UNPUBLISHED'] as const;

export const academies = ['CAS', 'CAE'] as const;

export const schoolStages = ['PRIMARY', 'JUNIOR', 'SENIOR', 'NINE_YEAR', 'COMPLETE'] as const;

export const sessionStatuses = ['SCHEDULED', 'CANCELLED'] as const;

export const confirmationModes = ['AUTOMATIC', 'APPROVAL'] as const;

export const bookingStatuses = [
  'REQUESTED', 'CONFIRMED', 'WAITLISTED', 'DECLINED', 'CANCELLED', 'ATTENDED', 'NO_SHOW',
] as const;

export const pairingKinds = ['PARTNER_VENUE', 'SCIENCE_VICE_PRINCIPAL'] as const;

/** What district coverage counts per school: a partner venue, a science vice-principal, an attended visit and talk this term. */
export const coverageMeasures = ['PARTNER_VENUE', 'SCIENCE_VICE_PRINCIPAL', 'VISIT', 'TALK'] as const;

export const noticeStatuses = ['OPEN', 'CLOSED', 'ENFORCED'] as const;

/** What a district's random inspection draws from: its schools, or the providers (venues) in it. */
export const inspectionPopulations = ['SCHOOLS', 'PROVIDERS'] as const;

/** What an inspector found on one drawn school or provider. */
export const findingOutcomes = ['COMPLIANT', 'ISSUES_FOUND', 'SERIOUS_BREACH'] as const;

export type VenueKind = (typeof venueKinds)[number];
export type ComplianceStatus = (typeof complianceStatuses)[number];
export type Subject = (typeof subjects)[number];
export type GradeBand = (typeof gradeBands)[number];
export type Delivery = (typeof deliveries)[number];
export type ProgrammeKind = (typeof programmeKinds)[number];
export type PublicationStatus = (typeof publicationStatuses)[number];
export type SchoolStage = (typeof schoolStages)[number];
export type BookingStatus = (typeof bookingStatuses)[number];
export type PairingKind = (typeof pairingKinds)[number];
export type CoverageMeasure = (typeof coverageMeasures)[number];
export type NoticeStatus = (typeof noticeStatuses)[number];
export type InspectionPopulation = (typeof inspectionPopulations)[number];
export type FindingOutcome = (typeof findingOutcomes)[number];
