import { toPublicId, toRowId, toRowIds } from '../../kit/graphql/ids.js';
import { badUserInput } from '../../kit/graphql/errors.js';
import { bounded } from '../../kit/graphql/list-limits.js';
import { present } from '../../kit/database/loaders.js';
import { connectionOf, readPage } from '../../kit/graphql/pagination.js';
import { payload } from '../../kit/graphql/payloads.js';
import { listedStatuses } from '../../kit/database/publication.js';
import type { Viewer } from '../../kit/platform/viewer.js';
import type { Resolvers, VenueFilter } from './generated.js';
import { requireRole } from '../../kit/graphql/permissions.js';
import { dateInChina, DateTime, inTimeZone } from '../../kit/graphql/scalars.js';
import type { ComplianceList, RectificationNoticeFilter } from './generated.js';
import {
  changeAllianceMember, changeVenuePublication, closeRectificationNotice, createAlliance, createVenue, issueRectificationNotice, publishComplianceList, setComplianceStatus, updateVenue,
} from './mutations.js';
import { inspectsDistrict, mayManageVenue, maySeeNotices, visibleVenue } from './rules.js';
import { drawInspection, recordInspectionFinding } from './inspections.js';
import { requireOwnership } from '../../kit/graphql/permissions.js';
import { toConnection } from '../../kit/graphql/pagination.js';
import type { NoticeCriteria, NoticeScope, VenueCriteria } from './store.js';

const CHINA = 'Asia/Shanghai';
const LISTS: Record<ComplianceList, 'WHITELISTED' | 'BLACKLISTED'> = { WHITELIST: 'WHITELISTED', BLACKLIST: 'BLACKLISTED' };

export const resolvers: Resolvers = {
  DateTime,
  Query: {
    venue: async (_, { id }, { loaders, viewer }) => visibleVenue(viewer, await loaders.venue.load(toRowId('Venue', id))),
    venues: async (_, { filter, first, after }, { store, viewer }) => {
      const page = readPage({ first, after });
      const rows = await store.venuesPage(venueCriteria(filter, viewer), page);
      return connectionOf(rows, page);
    },
    alliance: (_, { id }, { loaders }) => loaders.alliance.load(toRowId('Alliance', id)),
    alliances: async (_, { filter, first, after }, { store }) => {
      const page = readPage({ first, after });
      const rows = await store.alliancesPage(filter?.cities ?? undefined, page);
      return connectionOf(rows, page);
    },
    rectificationNotices: async (_, { filter, first, after }, { store, viewer }) => {
      const page = readPage({ first, after });
      return connectionOf(await store.noticesPage(noticeCriteria(filter, viewer), page), page);
    },
    inspections: async (_, { district, population, first, after }, { store, viewer }) => {
      requireRole(viewer, ['district', 'admin']);
      requireOwnership(!district || inspectsDistrict(viewer, district), 'A district account sees its own inspections only.');
      const page = readPage({ first, after });
      const own = viewer.role === 'district' ? viewer.district ?? '' : district ?? undefined;
      return connectionOf(await store.inspectionsPage({ district: own, population: population ?? undefined }, page), page);
    },
    inspection: async (_, { id }, { loaders, viewer }) => {
      const inspection = await loaders.inspection.load(toRowId('Inspection', id));
      return inspection && inspectsDistrict(viewer, inspection.district) ? inspection : null;
    },
    complianceLists: async (_, { filter, first, after }, { store }) => {
      const page = readPage({ first, after });
      const criteria = { lists: filter?.lists?.map((list) => LISTS[list]), district: filter?.district ?? undefined };
      return connectionOf(await store.listBatchesPage(criteria, page), page);
    },
  },
  Mutation: {
    createVenue: async (_, { input }, context) => payload('venue', await createVenue(context, input)),
    updateVenue: async (_, { id, input }, context) => payload('venue', await updateVenue(context, toRowId('Venue', id), input)),
    publishVenue: async (_, { id }, context) => payload('venue', await changeVenuePublication(context, toRowId('Venue', id), 'publish')),
    unpublishVenue: async (_, { id }, context) => payload('venue', await changeVenuePublication(context, toRowId('Venue', id), 'unpublish')),
    setComplianceStatus: async (_, { venueId, status, reason, notice }, context) =>
      payload('venue', await setComplianceStatus(context, { venueId: toRowId('Venue', venueId, 'venueId'), status, reason, notice })),
    issueRectificationNotice: async (_, { input }, context) =>
      payload('notice', await issueRectificationNotice(context, { ...input, deadline: input.deadline as Date, venueId: toRowId('Venue', input.venueId, 'venueId') }, context.now)),
    closeRectificationNotice: async (_, { id, note }, context) =>
      payload('notice', await closeRectificationNotice(context, toRowId('RectificationNotice', id), note)),
    createAlliance: async (_, { input }, context) => payload('alliance', await createAlliance(context, input)),
    addAllianceMember: async (_, { allianceId, venueId }, context) => payload('alliance', await changeAllianceMember(context, allianceMember(allianceId, venueId, true, context.now))),
    removeAllianceMember: async (_, { allianceId, venueId }, context) => payload('alliance', await changeAllianceMember(context, allianceMember(allianceId, venueId, false, context.now))),
    drawInspection: async (_, { input }, context) => payload('inspection', await drawInspection(context, input)),
    recordInspectionFinding: async (_, { input }, context) => {
      const subjectType = input.itemId.startsWith('sch_') ? 'School' : 'Venue';
      const finding = {
        ...input,
        inspectionId: toRowId('Inspection', input.inspectionId, 'inspectionId'),
        subjectType,
        subjectId: toRowId(subjectType, input.itemId, 'itemId'),
        notice: input.notice ? { ...input.notice, deadline: input.notice.deadline as Date } : null,
      } as const;
      return payload('finding', await recordInspectionFinding(context, finding, context.now));
    },
    publishComplianceList: async (_, { input }, context) =>
      payload('batch', await publishComplianceList(context, input, dateInChina(context.now))),
  },
  Venue: {
    __resolveReference: async ({ id }, { loaders, viewer }) => visibleVenue(viewer, await loaders.venue.load(toRowId('Venue', id))),
    id: (venue) => toPublicId('Venue', venue.id),
    name: (venue) => venue.nameZh,
    description: (venue) => venue.descriptionZh,
    address: (venue) => venue.addressZh,
    location: (venue) => ({ lat: venue.lat, lon: venue.lon }),
    groupSize: (venue) => ({ min: venue.minGroup, max: venue.maxGroup }),
    contactEmail: (venue, _, { viewer }) => (mayManageVenue(viewer, venue.id) ? venue.contactEmail : null),
    contactPhone: (venue, _, { viewer }) => (mayManageVenue(viewer, venue.id) ? venue.contactPhone : null),
    complianceReason: async (venue, _, { loaders }) => (await loaders.complianceReason.load(venue.id))[0]?.reason ?? '',
    complianceHistory: async (venue, _, { loaders }) => bounded('Venue.complianceHistory', await loaders.complianceHistory.load(venue.id), 'latest'),
    rectificationNotices: async (venue, _, { loaders, viewer }) => (maySeeNotices(viewer, venue) ? bounded('Venue.rectificationNotices', await loaders.noticesOfVenue.load(venue.id), 'latest') : null),
    alliances: async (venue, _, { loaders }) => {
      const members = bounded('Venue.alliances', await loaders.allianceIdsOfVenue.load(venue.id));
      return present(await loaders.alliance.loadMany(members.map((member) => member.allianceId)));
    },
  },
  Alliance: {
    __resolveReference: ({ id }, { loaders }) => loaders.alliance.load(toRowId('Alliance', id)),
    id: (alliance) => toPublicId('Alliance', alliance.id),
    name: (alliance) => alliance.nameZh,
    members: async (alliance, { first, after }, { store, viewer }) => {
      const page = readPage({ first, after });
      const rows = await store.venuesPage({ ...venueCriteria(null, viewer), allianceId: alliance.id }, page);
      return connectionOf(rows, page);
    },
  },
  ComplianceRecord: {
    recordedAt: (record) => record.recordedAt.toISOString(),
  },
  RectificationNotice: {
    id: (notice) => toPublicId('RectificationNotice', notice.id),
    venue: async (notice, _, { loaders }) => (await loaders.venue.load(notice.venueId))!,
    deadline: (notice) => inTimeZone(notice.deadline, CHINA),
    issuedAt: (notice) => inTimeZone(notice.issuedAt, CHINA),
    closedAt: (notice) => (notice.closedAt ? inTimeZone(notice.closedAt, CHINA) : null),
    overdue: (notice, _, { now }) => notice.status === 'OPEN' && notice.deadline.getTime() <= now.getTime(),
  },
  Inspection: {
    __resolveReference: async ({ id }, { loaders, viewer }) => {
      const inspection = await loaders.inspection.load(toRowId('Inspection', id));
      return inspection && inspectsDistrict(viewer, inspection.district) ? inspection : null;
    },
    id: (inspection) => toPublicId('Inspection', inspection.id),
    drawnAt: (inspection) => inTimeZone(inspection.drawnAt, CHINA),
    populationSize: (inspection) => inspection.populationIds.length,
    sampleSize: (inspection) => inspection.sampleIds.length,
    items: (inspection, { first, after }) => {
      const page = readPage({ first, after });
      const from = page.after ? Number(page.after[0]) : 0;
      const items = inspection.sampleIds.slice(from, from + page.size + 1).map((subjectId, index) => ({ inspection, subjectId, position: from + index + 1 }));
      return toConnection(items, page, inspection.sampleIds.length, (item) => [item.position]);
    },
    findings: async (inspection, { first, after }, { store }) => {
      const page = readPage({ first, after });
      return connectionOf(await store.findingsPage(inspection.id, page), page);
    },
  },
  InspectionItem: {
    school: (item) => (item.inspection.population === 'SCHOOLS' ? { id: toPublicId('School', item.subjectId) } : null),
    venue: async (item, _, { loaders }) => (item.inspection.population === 'PROVIDERS' ? loaders.venue.load(item.subjectId) : null),
    findings: async (item, _, { loaders }) => (await loaders.findingsOfInspection.load(item.inspection.id)).filter((finding) => finding.subjectId === item.subjectId),
  },
  InspectionFinding: {
    id: (finding) => toPublicId('InspectionFinding', finding.id),
    inspection: async (finding, _, { loaders }) => (await loaders.inspection.load(finding.inspectionId))!,
    school: async (finding, _, { loaders }) => ((await loaders.inspection.load(finding.inspectionId))!.population === 'SCHOOLS' ? { id: toPublicId('School', finding.subjectId) } : null),
    venue: async (finding, _, { loaders }) => ((await loaders.inspection.load(finding.inspectionId))!.population === 'PROVIDERS' ? loaders.venue.load(finding.subjectId) : null),
    notice: (finding, _, { loaders }) => (finding.noticeId === null ? null : loaders.notice.load(finding.noticeId)),
    recordedAt: (finding) => inTimeZone(finding.recordedAt, CHINA),
  },
  ComplianceListBatch: {
    id: (batch) => toPublicId('ComplianceListBatch', batch.id),
    list: (batch) => (batch.list === 'BLACKLISTED' ? 'BLACKLIST' : 'WHITELIST'),
    venues: async (batch, { first, after }, { store, viewer }) => {
      const page = readPage({ first, after });
      return connectionOf(await store.venuesPage({ ...venueCriteria(null, viewer), ids: batch.venueIds }, page), page);
    },
  },
};

const MAX_IDS = 100;

function venueCriteria(filter: VenueFilter | null | undefined, viewer: Viewer): VenueCriteria {
  if ((filter?.ids?.length ?? 0) > MAX_IDS) throw badUserInput(`Ask for at most ${MAX_IDS} venues by id at once.`, 'filter.ids');
  return {
    ids: filter?.ids ? toRowIds('Venue', filter.ids, 'filter.ids') : undefined,
    cities: filter?.cities ?? undefined,
    districts: filter?.districts ?? undefined,
    kinds: filter?.kinds ?? undefined,
    complianceStatuses: filter?.complianceStatuses ?? undefined,
    allianceId: filter?.allianceId ? toRowId('Alliance', filter.allianceId, 'filter.allianceId') : undefined,
    statuses: listedStatuses(filter?.statuses),
    viewer: { role: viewer.role, venueId: viewer.venueId },
  };
}

/** A venue manager lists its own venue's notices, a district those in its district, an administrator all. */
function noticeCriteria(filter: RectificationNoticeFilter | null | undefined, viewer: Viewer): NoticeCriteria {
  requireRole(viewer, ['venue', 'district', 'admin']);
  const scope: NoticeScope = viewer.role === 'admin' ? { kind: 'all' }
    : viewer.role === 'district' ? { kind: 'district', district: viewer.district ?? '' }
    : { kind: 'venue', venueId: viewer.venueId ?? 0 };
  return {
    scope,
    venueId: filter?.venueId ? toRowId('Venue', filter.venueId, 'filter.venueId') : undefined,
    statuses: filter?.statuses ?? undefined,
  };
}

function allianceMember(allianceId: string, venueId: string, add: boolean, now: Date) {
  return { allianceId: toRowId('Alliance', allianceId, 'allianceId'), venueId: toRowId('Venue', venueId, 'venueId'), add, today: dateInChina(now) };
}
