import { toPublicId } from '../../kit/graphql/ids.js';
import type { ComplianceStatus } from '../../kit/platform/vocabulary.js';
import type { ItemType, SearchDocument } from '../../search/engine.js';
import type {
  ExpertDocumentFragment, PlaceFragment, ProgrammeDocumentFragment, TalkDocumentFragment, VenueDocumentFragment,
} from './operations.generated.js';

/**
 * Search documents are built from what the public API answers, never from another subgraph's
 * tables: each type's fragment serves the full reindex (pages of the root lists) and the outbox
 * consumer (one aliased field per changed entity). Their answers' types are generated from the
 * supergraph (`npm run codegen`).
 */
const PLACE = /* GraphQL */ `
  fragment Place on Venue { id kind name nameEn city district location { lat lon } complianceStatus }`;

const VENUE = /* GraphQL */ `
  fragment VenueDocument on Venue {
    ...Place description descriptionEn address programmes(first: 100) { edges { node { subjects gradeBands delivery free } } }
  }`;

const PROGRAMME = /* GraphQL */ `
  fragment ProgrammeDocument on Programme {
    id kind title titleEn summary summaryEn subjects gradeBands delivery free venue { ...Place }
    sessions(filter: { openOnly: true }, first: 100) { edges { node { startsAt } } }
  }`;

const TALK = /* GraphQL */ `
  fragment TalkDocument on Talk {
    id title titleEn summary summaryEn subjects gradeBands delivery expert { id name nameEn affiliation { ...Place } }
    sessions(filter: { openOnly: true }, first: 100) { edges { node { startsAt } } }
  }`;

const EXPERT = /* GraphQL */ `
  fragment ExpertDocument on Expert {
    id name nameEn title titleEn bio bioEn fields affiliation { ...Place } talks(first: 100) { edges { node { id gradeBands delivery } } }
  }`;

/** What the API answers for each type, through its fragment. */
export interface DocumentSource {
  Venue: VenueDocumentFragment;
  Programme: ProgrammeDocumentFragment;
  Talk: TalkDocumentFragment;
  Expert: ExpertDocumentFragment;
}

/** Each type's fragment: the spread to select it with, and the definitions to send with the operation. */
export const documentFragments: Record<ItemType, { spread: string; definitions: string }> = {
  Venue: { spread: '...VenueDocument', definitions: VENUE + PLACE },
  Programme: { spread: '...ProgrammeDocument', definitions: PROGRAMME + PLACE },
  Talk: { spread: '...TalkDocument', definitions: TALK + PLACE },
  Expert: { spread: '...ExpertDocument', definitions: EXPERT + PLACE },
};

/** The public API's single-entity field for each type. */
export const entityFields: Record<ItemType, string> = { Venue: 'venue', Programme: 'programme', Talk: 'talk', Expert: 'expert' };

export function publicIdOf(type: ItemType, rowId: number): string {
  return toPublicId(type, rowId);
}

type Edges<Node> = { edges: { node: Node }[] };

/** Blacklisted and suspended providers may not be brought into schools, so nothing of theirs is found. */
const HIDDEN: readonly ComplianceStatus[] = ['BLACKLISTED', 'SUSPENDED'];

export function isHidden(place: PlaceFragment | null | undefined): boolean {
  return !!place && HIDDEN.includes(place.complianceStatus);
}

/** The document for an entity as the API answered it, or null when search must not show it. */
export function toDocument<Type extends ItemType>(type: Type, entity: DocumentSource[Type] | null | undefined): SearchDocument | null {
  if (!entity) return null;
  const source = { type, entity } as { [T in ItemType]: { type: T; entity: DocumentSource[T] } }[ItemType];
  switch (source.type) {
    case 'Venue': return venueDocument(source.entity);
    case 'Programme': return programmeDocument(source.entity);
    case 'Talk': return talkDocument(source.entity);
    case 'Expert': return expertDocument(source.entity);
  }
}

function venueDocument(venue: VenueDocumentFragment): SearchDocument | null {
  if (isHidden(venue)) return null;
  const offerings = venue.programmes.edges.map((edge) => edge.node);
  return {
    ...placeFields(venue),
    id: venue.id,
    type: 'Venue',
    name: venue.name,
    nameEn: venue.nameEn,
    context: join(venue.city, venue.district),
    body: join(venue.description, venue.descriptionEn, venue.address),
    subjects: union(offerings.flatMap((offering) => offering.subjects)),
    gradeBands: union(offerings.flatMap((offering) => offering.gradeBands)),
    deliveries: union(offerings.map((offering) => offering.delivery)),
    free: offerings.some((offering) => offering.free),
    openSessionStarts: [],
  };
}

function programmeDocument(programme: ProgrammeDocumentFragment): SearchDocument | null {
  // A programme whose venue is not published cannot be visited, so it is not found either.
  if (!programme.venue || isHidden(programme.venue)) return null;
  return {
    ...placeFields(programme.venue),
    id: programme.id,
    type: 'Programme',
    name: programme.title,
    nameEn: programme.titleEn,
    context: join(programme.venue.name, programme.venue.nameEn, programme.venue.city, programme.venue.district),
    body: join(programme.summary, programme.summaryEn),
    subjects: programme.subjects,
    gradeBands: programme.gradeBands,
    deliveries: [programme.delivery],
    free: programme.free ?? false,
    openSessionStarts: sessionStarts(programme.sessions),
  };
}

function talkDocument(talk: TalkDocumentFragment): SearchDocument | null {
  if (!talk.expert || isHidden(talk.expert.affiliation)) return null;
  const place = talk.expert.affiliation;
  return {
    ...placeFields(place),
    id: talk.id,
    type: 'Talk',
    name: talk.title,
    nameEn: talk.titleEn,
    context: join(talk.expert.name, talk.expert.nameEn, place?.name, place?.nameEn, place?.city, place?.district),
    body: join(talk.summary, talk.summaryEn),
    subjects: talk.subjects,
    gradeBands: talk.gradeBands,
    deliveries: [talk.delivery],
    // Talks carry no price: experts give them free of charge.
    free: true,
    openSessionStarts: sessionStarts(talk.sessions),
  };
}

function expertDocument(expert: ExpertDocumentFragment): SearchDocument | null {
  if (isHidden(expert.affiliation)) return null;
  const talks = expert.talks.edges.map((edge) => edge.node);
  const place = expert.affiliation;
  return {
    ...placeFields(place),
    id: expert.id,
    type: 'Expert',
    name: expert.name,
    nameEn: expert.nameEn,
    context: join(expert.title, expert.titleEn, place?.name, place?.nameEn, place?.city, place?.district),
    body: join(expert.bio, expert.bioEn),
    subjects: expert.fields,
    gradeBands: union(talks.flatMap((talk) => talk.gradeBands)),
    deliveries: union(talks.map((talk) => talk.delivery)),
    free: true,
    openSessionStarts: [],
  };
}

function placeFields(place: PlaceFragment | null): Pick<SearchDocument, 'venueId' | 'venueKind' | 'city' | 'district' | 'complianceStatus' | 'location'> {
  return {
    venueId: place?.id ?? null,
    venueKind: place?.kind ?? null,
    city: place?.city ?? null,
    district: place?.district ?? null,
    complianceStatus: place?.complianceStatus ?? null,
    location: place ? { lat: place.location.lat, lon: place.location.lon } : null,
  };
}

function sessionStarts(sessions: Edges<{ startsAt: string }>): number[] {
  return sessions.edges.map((edge) => Date.parse(edge.node.startsAt));
}

function union<Value>(values: Value[]): Value[] {
  return [...new Set(values)];
}

function join(...parts: (string | null | undefined)[]): string {
  return parts.filter(Boolean).join(' ');
}
