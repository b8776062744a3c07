import type { ComplianceStatus, GradeBand } from '../../kit/platform/vocabulary.js';
import { toPublicId, toRowId } from '../../kit/graphql/ids.js';
import type { SupergraphLink } from '../../kit/platform/supergraph.js';
import type { Viewer } from '../../kit/platform/viewer.js';
import { expertVisibleTo, venueVisibleTo } from '../../kit/graphql/references.js';
import type {
  OfferProgrammeQuery, OfferProgrammeQueryVariables, OfferTalkQuery, OfferTalkQueryVariables, PairingPartnerQuery, PairingPartnerQueryVariables,
} from './operations.generated.js';

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

const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const PROGRAMME = /* GraphQL */ `
  query OfferProgramme($id: ID!) {
    programme(id: $id) { title status groupSize { min max } gradeBands venue { id status complianceStatus timeZone } }
  }`;

const TALK = /* GraphQL */ `
  query OfferTalk($id: ID!) {
    talk(id: $id) { title status maxAudience gradeBands expert { id status affiliation { id complianceStatus timeZone } } }
  }`;

const PARTNER = /* GraphQL */ `
  query PairingPartner($venueId: ID!, $expertId: ID!, $isVenue: Boolean!) {
    venue(id: $venueId) @include(if: $isVenue) { status }
    expert(id: $expertId) @skip(if: $isVenue) { status affiliation { id } }
  }`;

/** Offers named in one query: within the gateway's alias limit (30). */
const TITLES_PER_QUERY = 25;

/** Asks the supergraph, never another subgraph's tables, about the programmes and talks sessions are of. */
export function createOfferCatalogue(supergraph: SupergraphLink) {
  return {
    /** The titles of many offers (null for one the supergraph does not show), in one query for up to 25 of them. */
    async offerTitles(offers: readonly OfferReference[]): Promise<(string | null)[]> {
      const titles: (string | null)[] = [];
      for (let start = 0; start < offers.length; start += TITLES_PER_QUERY) {
        const chunk = offers.slice(start, start + TITLES_PER_QUERY);
        const variables = Object.fromEntries(chunk.map((offer, index) => [`o${index}`, offerId(offer)]));
        const parameters = chunk.map((_, index) => `$o${index}: ID!`).join(', ');
        const fields = chunk.map((offer, index) => `o${index}: ${'programmeId' in offer ? 'programme' : 'talk'}(id: $o${index}) { title }`).join(' ');
        const data = await supergraph.query<Record<string, { title: string } | null>, Record<string, string>>(`query BookingOfferTitles(${parameters}) { ${fields} }`, variables);
        titles.push(...chunk.map((_, index) => data[`o${index}`]?.title ?? null));
      }
      return titles;
    },

    /** The offer's facts, or null when there is no such offer (or, to this caller, no venue to hold it). */
    async offerFacts(offer: OfferReference): Promise<OfferFacts | null> {
      return 'programmeId' in offer ? programmeFacts(supergraph, offer.programmeId) : talkFacts(supergraph, offer.talkId);
    },

    /** Whether the venue or expert a school wants to pair with is there and visible to the writer. */
    async partnerExists(viewer: Viewer, partner: { venueId: number } | { expertId: number }): Promise<boolean> {
      const isVenue = 'venueId' in partner;
      const answer = await supergraph.query<PairingPartnerQuery, PairingPartnerQueryVariables>(PARTNER, {
        isVenue,
        venueId: toPublicId('Venue', isVenue ? partner.venueId : 1),
        expertId: toPublicId('Expert', isVenue ? 1 : partner.expertId),
      });
      if (isVenue) return venueVisibleTo(viewer, partner.venueId, answer.venue);
      const { expert } = answer;
      const affiliationVenueId = expert?.affiliation ? toRowId('Venue', expert.affiliation.id) : null;
      return expertVisibleTo(viewer, partner.expertId, expert && { status: expert.status, affiliationVenueId });
    },
  };
}

export type OfferCatalogue = ReturnType<typeof createOfferCatalogue>;

/** The offer's public id, which also tells programmes and talks apart as a cache key. */
export function offerId(offer: OfferReference): string {
  return 'programmeId' in offer ? toPublicId('Programme', offer.programmeId) : toPublicId('Talk', offer.talkId);
}

async function programmeFacts(supergraph: SupergraphLink, programmeId: number): Promise<OfferFacts | null> {
  const { programme } = await supergraph.query<OfferProgrammeQuery, OfferProgrammeQueryVariables>(PROGRAMME, { id: toPublicId('Programme', programmeId) });
  if (!programme?.venue) return null;
  return {
    title: programme.title,
    published: programme.status === 'PUBLISHED' && programme.venue.status === 'PUBLISHED',
    minParticipants: programme.groupSize.min,
    maxParticipants: programme.groupSize.max,
    gradeBands: programme.gradeBands,
    venueId: toRowId('Venue', programme.venue.id),
    venueCompliance: programme.venue.complianceStatus,
    timeZone: programme.venue.timeZone,
    expertId: null,
  };
}

async function talkFacts(supergraph: SupergraphLink, talkId: number): Promise<OfferFacts | null> {
  const { talk } = await supergraph.query<OfferTalkQuery, OfferTalkQueryVariables>(TALK, { id: toPublicId('Talk', talkId) });
  if (!talk) return null;
  const venue = talk.expert.affiliation;
  return {
    title: talk.title,
    published: talk.status === 'PUBLISHED' && talk.expert.status === 'PUBLISHED',
    minParticipants: 1,
    maxParticipants: talk.maxAudience,
    gradeBands: talk.gradeBands,
    venueId: venue ? toRowId('Venue', venue.id) : null,
    venueCompliance: venue?.complianceStatus ?? null,
    timeZone: venue?.timeZone ?? DEFAULT_TIME_ZONE,
    expertId: toRowId('Expert', talk.expert.id),
  };
}
