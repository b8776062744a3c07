import { and, eq, gte, isNull, or } from 'drizzle-orm';
import { anyOf } from '../../kit/database/any-of.js';
import { insertRows } from '../../kit/database/bulk-insert.js';
import { announceOnCommit } from '../../kit/database/change-notifications.js';
import type { Database } from '../../kit/database/connection.js';
import { createFollower, type Follower, type FollowerWrite, type SourceChanges } from '../../kit/database/follower.js';
import { toPublicId, toRowId } from '../../kit/graphql/ids.js';
import type { CatalogueReader } from './catalogue.js';
import type { MorePartnershipsQuery, MorePartnershipsQueryVariables, PartnerVenuesQuery, PartnerVenuesQueryVariables, PartnershipPageFragment, VenuePartnersFragment } from './operations.generated.js';
import { allianceMembers, venuePartnerships } from './tables.js';

/** The outboxes that name a venue when its partnerships (bookings) or its alliances (venues) change. */
const PARTNERSHIP_SOURCES = ['venues', 'bookings'] as const;
export type PartnershipSource = (typeof PARTNERSHIP_SOURCES)[number];

const PARTNERSHIP_PAGE = /* GraphQL */ `
  fragment PartnershipPage on PairingConnection { edges { node { id school { id } endsOn } } pageInfo { hasNextPage endCursor } }`;

const VENUE_PARTNERS = /* GraphQL */ `
  fragment VenuePartners on Venue { id alliances { id } pairings(filter: { kinds: [PARTNER_VENUE] }, first: 100, after: $after) { ...PartnershipPage } }`;

const PARTNER_VENUES = /* GraphQL */ `
  query PartnerVenues($ids: [ID!], $after: String, $venuesAfter: String) {
    page: venues(filter: { ids: $ids }, first: 50, after: $venuesAfter) { edges { node { ...VenuePartners } } pageInfo { hasNextPage endCursor } }
  }`;

const MORE_PARTNERSHIPS = /* GraphQL */ `
  query MorePartnerships($venue: ID!, $after: String) {
    venue(id: $venue) { pairings(filter: { kinds: [PARTNER_VENUE] }, first: 100, after: $after) { ...PartnershipPage } }
  }`;

/** Venues asked for in one page: each brings up to 100 partnerships, within the gateway's cost limit. */
const VENUES_PER_READ = 50;

/** A published venue's partnerships and alliances, as search keeps them. */
interface VenuePartners {
  partnerships: (typeof venuePartnerships.$inferInsert)[];
  alliances: (typeof allianceMembers.$inferInsert)[];
}

/**
 * Keeps search's copy of schools' partnerships with venues and of alliances' members, following
 * the venues and bookings outboxes and asking the public API about the venues they name, so that
 * a search narrowed to a school's partners or an alliance's members reads only search's tables.
 * A write also drops the gateways' kept search answers, which may have been narrowed by the old rows.
 */
export function followPartnerships(database: Database, sources: Record<PartnershipSource, Database>, read: CatalogueReader): Follower {
  return createFollower({
    name: 'search.partnerships',
    database,
    cursorTable: 'search.followed_outboxes',
    sources: PARTNERSHIP_SOURCES.map((name) => ({ name, database: sources[name] })),
    prepare: (changes) => preparePartnerships(read, changes),
  });
}

async function preparePartnerships(read: CatalogueReader, changes: SourceChanges[]): Promise<FollowerWrite> {
  if (changes.some((change) => change.everything)) {
    const venues = await partnersOf(read, null);
    return async (tx) => {
      await tx.delete(venuePartnerships);
      await tx.delete(allianceMembers);
      await keep(tx, venues);
      await announceOnCommit(tx, 'search');
    };
  }
  const ids = [...new Set(changes.flatMap((change) => (change.everything ? [] : change.changes)).filter((change) => change.entity === 'Venue').map((change) => change.entityId))];
  if (ids.length === 0) return async () => {};
  const venues: VenuePartners[] = [];
  for (let start = 0; start < ids.length; start += VENUES_PER_READ) venues.push(...(await partnersOf(read, ids.slice(start, start + VENUES_PER_READ))));
  return async (tx) => {
    // Most changes to a venue (its name, its seats) leave its partners as they were: nothing to write, no kept answer to drop.
    if (await keptAlready(tx, ids, venues)) return;
    // A venue the API no longer shows (unpublished) keeps no rows.
    await tx.delete(venuePartnerships).where(anyOf(venuePartnerships.venueId, ids));
    await tx.delete(allianceMembers).where(anyOf(allianceMembers.venueId, ids));
    await keep(tx, venues);
    await announceOnCommit(tx, 'search');
  };
}

async function keptAlready(tx: Parameters<FollowerWrite>[0], ids: number[], venues: VenuePartners[]): Promise<boolean> {
  const partnerships = await tx.select().from(venuePartnerships).where(anyOf(venuePartnerships.venueId, ids));
  const alliances = await tx.select().from(allianceMembers).where(anyOf(allianceMembers.venueId, ids));
  return sameRows(partnerships, venues.flatMap((venue) => venue.partnerships)) && sameRows(alliances, venues.flatMap((venue) => venue.alliances));
}

function sameRows(kept: object[], read: object[]): boolean {
  const lines = (rows: object[]) => rows.map((row) => JSON.stringify(Object.entries(row).sort(([a], [b]) => a.localeCompare(b)))).sort().join('\n');
  return lines(kept) === lines(read);
}

async function keep(tx: Parameters<FollowerWrite>[0], venues: VenuePartners[]): Promise<void> {
  await insertRows(tx, venuePartnerships, venues.flatMap((venue) => venue.partnerships));
  await insertRows(tx, allianceMembers, venues.flatMap((venue) => venue.alliances));
}

/** The published venues among `ids` (every published venue when null), with all their partnerships. */
async function partnersOf(read: CatalogueReader, ids: number[] | null): Promise<VenuePartners[]> {
  const venues: VenuePartners[] = [];
  let venuesAfter: string | null = null;
  do {
    const variables: PartnerVenuesQueryVariables = { ids: ids?.map((id) => toPublicId('Venue', id)), after: null, venuesAfter };
    const { data }: { data: PartnerVenuesQuery } = await read<PartnerVenuesQuery>(`${PARTNER_VENUES}\n${VENUE_PARTNERS}\n${PARTNERSHIP_PAGE}`, variables);
    for (const { node } of data.page.edges) venues.push(await withEveryPairing(read, node));
    venuesAfter = data.page.pageInfo.hasNextPage ? data.page.pageInfo.endCursor : null;
  } while (venuesAfter);
  return venues;
}

async function withEveryPairing(read: CatalogueReader, venue: VenuePartnersFragment): Promise<VenuePartners> {
  const venueId = toRowId('Venue', venue.id);
  const partnerships = rowsOf(venueId, venue.pairings);
  for (let pairings = venue.pairings; pairings.pageInfo.hasNextPage;) {
    const variables: MorePartnershipsQueryVariables = { venue: venue.id, after: pairings.pageInfo.endCursor };
    const { data } = await read<MorePartnershipsQuery>(`${MORE_PARTNERSHIPS}\n${PARTNERSHIP_PAGE}`, variables);
    if (!data.venue) break;
    pairings = data.venue.pairings;
    partnerships.push(...rowsOf(venueId, pairings));
  }
  return { partnerships, alliances: venue.alliances.map((alliance) => ({ allianceId: toRowId('Alliance', alliance.id), venueId })) };
}

function rowsOf(venueId: number, pairings: PartnershipPageFragment): VenuePartners['partnerships'] {
  return pairings.edges.map(({ node }) => ({ pairingId: toRowId('Pairing', node.id), venueId, schoolId: toRowId('School', node.school.id), endsOn: node.endsOn ?? null }));
}

/** What search reads of its partnership tables while answering. */
export function partnershipReads(database: Database) {
  const { db } = database;
  return {
    /** Public ids of the venues `schoolId` has a partnership with on `today`. */
    venuesPairedWith: async (schoolId: number, today: string): Promise<string[]> => {
      const rows = await db.selectDistinct({ venueId: venuePartnerships.venueId }).from(venuePartnerships)
        .where(and(eq(venuePartnerships.schoolId, schoolId), or(isNull(venuePartnerships.endsOn), gte(venuePartnerships.endsOn, today))));
      return rows.map((row) => toPublicId('Venue', row.venueId));
    },
    /** Public ids of an alliance's published member venues; none for an unknown alliance. */
    allianceMembers: async (allianceId: number): Promise<string[]> => {
      const rows = await db.select({ venueId: allianceMembers.venueId }).from(allianceMembers).where(eq(allianceMembers.allianceId, allianceId));
      return rows.map((row) => toPublicId('Venue', row.venueId));
    },
  };
}

export type PartnershipReads = ReturnType<typeof partnershipReads>;
