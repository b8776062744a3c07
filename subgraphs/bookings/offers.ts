import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import type { ComplianceStatus, GradeBand } from '../../kit/platform/vocabulary.js';
import { toPublicId } from '../../kit/graphql/ids.js';
import type { Follower } from '../../kit/database/follower.js';
import type { Viewer } from '../../kit/platform/viewer.js';
import { expertVisibleTo, venueVisibleTo } from '../../kit/graphql/references.js';
import { expertFacts, programmeFacts, talkFacts, venueFacts } from './tables.js';

export type OfferReference = { programmeId: number } | { talkId: number };

/** What booking rules need to know about a programme or talk, which other subgraphs own. */
export interface OfferFacts {
  title: string;
  /** The offer is published, and so is its venue (a programme) or its expert (a talk). */
  published: boolean;
  minParticipants: number;
  maxParticipants: number;
  gradeBands: GradeBand[];
  /** The hosting venue: the programme's, or the talk's expert's affiliation; null for an unaffiliated expert. */
  venueId: number | null;
  venueCompliance: ComplianceStatus | null;
  timeZone: string;
  /** The expert giving a talk; null for a programme. */
  expertId: number | null;
}

type Partner = { venueId: number } | { expertId: number };

const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/**
 * Reads the facts about programmes, talks, their venues and experts from this subgraph's own copy
 * (facts.ts keeps it). A record the copy has not seen yet (created a moment ago) is not refused
 * outright: the follower first catches up with every change committed so far, then it is read again.
 */
export function createOfferCatalogue(db: PostgresJsDatabase, facts: Follower) {
  const seenAfterCatchUp = async <Found>(read: () => Promise<Found | null>): Promise<Found | null> => {
    const found = await read();
    if (found !== null) return found;
    await facts.catchUp();
    return read();
  };

  return {
    /** The titles of many offers (null for one the catalogue does not hold), in two statements. */
    async offerTitles(offers: readonly OfferReference[]): Promise<(string | null)[]> {
      const programmeIds = offers.flatMap((offer) => ('programmeId' in offer ? [offer.programmeId] : []));
      const talkIds = offers.flatMap((offer) => ('talkId' in offer ? [offer.talkId] : []));
      const [programmes, talks] = await Promise.all([
        programmeIds.length === 0 ? [] : db.select({ id: programmeFacts.programmeId, title: programmeFacts.title }).from(programmeFacts).where(inArray(programmeFacts.programmeId, programmeIds)),
        talkIds.length === 0 ? [] : db.select({ id: talkFacts.talkId, title: talkFacts.title }).from(talkFacts).where(inArray(talkFacts.talkId, talkIds)),
      ]);
      const titles = new Map([...programmes.map((row) => [offerId({ programmeId: row.id }), row.title] as const), ...talks.map((row) => [offerId({ talkId: row.id }), row.title] as const)]);
      return offers.map((offer) => titles.get(offerId(offer)) ?? null);
    },

    /** The offer's facts, or null when there is no such offer (or no venue to hold it). */
    offerFacts: (offer: OfferReference): Promise<OfferFacts | null> =>
      seenAfterCatchUp(() => ('programmeId' in offer ? programmeFactsOf(db, offer.programmeId) : talkFactsOf(db, offer.talkId))),

    /** Whether the venue or expert a school wants to pair with is there and visible to the writer. */
    async partnerExists(viewer: Viewer, partner: Partner): Promise<boolean> {
      if ('venueId' in partner) {
        const venue = await seenAfterCatchUp(async () => (await db.select().from(venueFacts).where(eq(venueFacts.venueId, partner.venueId)))[0] ?? null);
        return venueVisibleTo(viewer, partner.venueId, venue);
      }
      const expert = await seenAfterCatchUp(async () => (await db.select().from(expertFacts).where(eq(expertFacts.expertId, partner.expertId)))[0] ?? null);
      return expertVisibleTo(viewer, partner.expertId, expert && { status: expert.status, affiliationVenueId: expert.affiliationVenueId });
    },
  };
}

export type OfferCatalogue = ReturnType<typeof createOfferCatalogue>;

/** The offer's public id, which also tells programmes and talks apart as a cache key. */
export function offerId(offer: OfferReference): string {
  return 'programmeId' in offer ? toPublicId('Programme', offer.programmeId) : toPublicId('Talk', offer.talkId);
}

async function programmeFactsOf(db: PostgresJsDatabase, programmeId: number): Promise<OfferFacts | null> {
  const [row] = await db.select({ programme: programmeFacts, venue: venueFacts }).from(programmeFacts)
    .innerJoin(venueFacts, eq(venueFacts.venueId, programmeFacts.venueId))
    .where(eq(programmeFacts.programmeId, programmeId));
  if (!row) return null;
  const { programme, venue } = row;
  return {
    title: programme.title,
    published: programme.status === 'PUBLISHED' && venue.status === 'PUBLISHED',
    minParticipants: programme.minParticipants,
    maxParticipants: programme.maxParticipants,
    gradeBands: programme.gradeBands,
    venueId: venue.venueId,
    venueCompliance: venue.complianceStatus,
    timeZone: venue.timeZone,
    expertId: null,
  };
}

const affiliation = alias(venueFacts, 'affiliation');

/** A talk whose expert, or whose expert's venue, the copy has not seen yet counts as unseen. */
async function talkFactsOf(db: PostgresJsDatabase, talkId: number): Promise<OfferFacts | null> {
  const [row] = await db.select({ talk: talkFacts, expert: expertFacts, venue: affiliation }).from(talkFacts)
    .innerJoin(expertFacts, eq(expertFacts.expertId, talkFacts.expertId))
    .leftJoin(affiliation, eq(affiliation.venueId, expertFacts.affiliationVenueId))
    .where(and(eq(talkFacts.talkId, talkId), or(isNull(expertFacts.affiliationVenueId), sql`${affiliation.venueId} is not null`)));
  if (!row) return null;
  const { talk, expert, venue } = row;
  return {
    title: talk.title,
    published: talk.status === 'PUBLISHED' && expert.status === 'PUBLISHED',
    minParticipants: 1,
    maxParticipants: talk.maxAudience,
    gradeBands: talk.gradeBands,
    venueId: venue?.venueId ?? null,
    venueCompliance: venue?.complianceStatus ?? null,
    timeZone: venue?.timeZone ?? DEFAULT_TIME_ZONE,
    expertId: expert.expertId,
  };
}
