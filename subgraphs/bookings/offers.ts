import { eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type postgres from 'postgres';
import type { Drizzle } from '../../kit/database/connection.js';
import { send, statement } from '../../kit/database/statements.js';
import type { ComplianceStatus, GradeBand } from '../../kit/platform/vocabulary.js';
import { toPublicId } from '../../kit/graphql/ids.js';
import type { Follower } from '../../kit/database/follower.js';
import type { Viewer } from '../../kit/platform/viewer.js';
import { expertVisibleTo, venueVisibleTo } from '../../kit/graphql/references.js';
import { expertFacts, programmeFacts, sessions, talkFacts, venueFacts } from './tables.js';

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
export function createOfferCatalogue(db: Drizzle, facts: Follower) {
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

    /** Brings the copy up to every change committed so far: before judging again what it refused. */
    catchUp: () => facts.catchUp(),

    /** The offer's facts and the first rule they break, judged again on the latest facts if they break one. */
    async judgeOffer<Refusal>(offer: OfferReference, rules: (facts: OfferFacts | null) => Refusal | null): Promise<{ facts: OfferFacts | null; refusal: Refusal | null }> {
      const read = () => readOfferFacts(db.$client, offer);
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

const affiliation = alias(venueFacts, 'affiliation');
const placeholder = sql.placeholder;

/**
 * The facts of the programme `programme` names and of the talk `talk` names, as `OfferFacts` columns:
 * one row for the offer asked about. A talk whose expert, or whose expert's venue, the copy has not
 * seen yet counts as unseen.
 */
function offerFactsWhere(programme: SQL, talk: SQL): SQL {
  return sql`
    select ${programmeFacts.title} as title, ${programmeFacts.status} = 'PUBLISHED' and ${venueFacts.status} = 'PUBLISHED' as published,
      ${programmeFacts.minParticipants} as "minParticipants", ${programmeFacts.maxParticipants} as "maxParticipants",
      ${programmeFacts.gradeBands} as "gradeBands", ${venueFacts.venueId} as "venueId", ${venueFacts.complianceStatus} as "venueCompliance",
      ${venueFacts.timeZone} as "timeZone", null::bigint as "expertId"
    from ${programmeFacts} join ${venueFacts} on ${venueFacts.venueId} = ${programmeFacts.venueId}
    where ${programmeFacts.programmeId} = ${programme}
    union all
    select ${talkFacts.title}, ${talkFacts.status} = 'PUBLISHED' and ${expertFacts.status} = 'PUBLISHED',
      1, ${talkFacts.maxAudience}, ${talkFacts.gradeBands}, ${affiliation.venueId}, ${affiliation.complianceStatus},
      coalesce(${affiliation.timeZone}, ${DEFAULT_TIME_ZONE}), ${expertFacts.expertId}
    from ${talkFacts} join ${expertFacts} on ${expertFacts.expertId} = ${talkFacts.expertId}
      left join ${venueFacts} ${sql.identifier('affiliation')} on ${affiliation.venueId} = ${expertFacts.affiliationVenueId}
    where ${talkFacts.talkId} = ${talk} and (${expertFacts.affiliationVenueId} is null or ${affiliation.venueId} is not null)`;
}

/** An offer's facts, by `programmeId` or `talkId` (null for the other). */
const OFFER_FACTS = statement(offerFactsWhere(sql`${placeholder('programmeId')}`, sql`${placeholder('talkId')}`));

/** The facts of the offer session `sessionId` is of: read in the transaction that books a seat in it. */
export const offerFactsOfSession = offerFactsWhere(
  sql`(select ${sessions.programmeId} from ${sessions} where ${sessions.id} = ${placeholder('sessionId')})`,
  sql`(select ${sessions.talkId} from ${sessions} where ${sessions.id} = ${placeholder('sessionId')})`,
);

/**
 * The offer's facts from a row of `offerFactsWhere`, or null when the copy holds no such offer: no
 * row, or a row joined to none, whose columns are all null (an offer's `published` never is).
 */
export function offerFactsOf(record: postgres.Row | undefined): OfferFacts | null {
  if (!record || record.published === null) return null;
  return {
    title: record.title,
    published: record.published,
    minParticipants: record.minParticipants,
    maxParticipants: record.maxParticipants,
    gradeBands: record.gradeBands,
    venueId: record.venueId === null ? null : Number(record.venueId),
    venueCompliance: record.venueCompliance,
    timeZone: record.timeZone,
    expertId: record.expertId === null ? null : Number(record.expertId),
  };
}

async function readOfferFacts(client: postgres.Sql, offer: OfferReference): Promise<OfferFacts | null> {
  const [record] = await send(client, OFFER_FACTS, { programmeId: 'programmeId' in offer ? offer.programmeId : null, talkId: 'talkId' in offer ? offer.talkId : null });
  return offerFactsOf(record);
}
