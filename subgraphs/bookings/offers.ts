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
 * (facts.ts keeps it, a moment behind their owners). A copy a moment behind may let a booking through
 * that its owner has just closed, within the follower's bounded lag, but never refuses one wrongly:
 * whatever the copy refuses (a record not seen yet, a programme published a moment ago) is judged
 * again after the follower has caught up with every change committed so far.
 */
export function createOfferCatalogue(db: PostgresJsDatabase, facts: Follower) {
  const judgedAgainIfRefused = async <Found, Verdict>(read: () => Promise<Found>, judge: (found: Found) => Verdict | null) => {
    const found = await read();
    const verdict = judge(found);
    if (verdict === null) return { found, verdict };
    await facts.catchUp();
    const fresh = await read();
    return { found: fresh, verdict: judge(fresh) };
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

    /** The offer's facts as kept, or null when the copy holds no such offer (or no venue to hold it). */
    offerFacts: (offer: OfferReference): Promise<OfferFacts | null> =>
      ('programmeId' in offer ? programmeFactsOf(db, offer.programmeId) : talkFactsOf(db, offer.talkId)),

    /** The offer's facts and the first rule they break, judged again on the latest facts if they break one. */
    async judgeOffer<Refusal>(offer: OfferReference, rules: (facts: OfferFacts | null) => Refusal | null): Promise<{ facts: OfferFacts | null; refusal: Refusal | null }> {
      const read = () => ('programmeId' in offer ? programmeFactsOf(db, offer.programmeId) : talkFactsOf(db, offer.talkId));
      const { found, verdict } = await judgedAgainIfRefused(read, rules);
      return { facts: found, refusal: verdict };
    },

    /** Whether the venue or expert a school wants to pair with is there and visible to the writer. */
    async partnerExists(viewer: Viewer, partner: Partner): Promise<boolean> {
      const unseen = (visible: boolean) => (visible ? null : true);
      if ('venueId' in partner) {
        const read = async () => (await db.select().from(venueFacts).where(eq(venueFacts.venueId, partner.venueId)))[0] ?? null;
        return (await judgedAgainIfRefused(read, (venue) => unseen(venueVisibleTo(viewer, partner.venueId, venue)))).verdict === null;
      }
      const read = async () => (await db.select().from(expertFacts).where(eq(expertFacts.expertId, partner.expertId)))[0] ?? null;
      const visible = (expert: typeof expertFacts.$inferSelect | null) => expertVisibleTo(viewer, partner.expertId, expert && { status: expert.status, affiliationVenueId: expert.affiliationVenueId });
      return (await judgedAgainIfRefused(read, (expert) => unseen(visible(expert)))).verdict === null;
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
