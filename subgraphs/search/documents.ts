import { toPublicId } from '../../kit/graphql/ids.js';
import type { ComplianceStatus, Delivery, GradeBand, Subject, VenueKind } from '../../kit/platform/vocabulary.js';
import type { ItemType, SearchDocument } from '../../search/engine.js';

/**
 * Search documents are built from what the public API answers, never from another subgraph's
 * tables: the same selection serves the full reindex (pages of the root lists) and the outbox
 * consumer (one aliased field per changed entity).
 */

const PLACE = 'id kind name nameEn city district location { lat lon } complianceStatus';
const OPEN_SESSIONS = 'sessions(filter: { openOnly: true }, first: 100) { edges { node { startsAt } } }';

export const selections: Record<ItemType, string> = {
  Venue: `${PLACE} description descriptionEn address programmes(first: 100) { edges { node { subjects gradeBands delivery free } } }`,
  Programme: `id kind title titleEn summary summaryEn subjects gradeBands delivery free venue { ${PLACE} } ${OPEN_SESSIONS}`,
  Talk: `id title titleEn summary summaryEn subjects gradeBands delivery expert { id name nameEn affiliation { ${PLACE} } } ${OPEN_SESSIONS}`,
  Expert: `id name nameEn title titleEn bio bioEn fields affiliation { ${PLACE} } talks(first: 100) { edges { node { id gradeBands delivery } } }`,
};

/** The public API's single-entity field and list field for each type. */
export const fieldsOf: Record<ItemType, { one: string; list: string }> = {
  Venue: { one: 'venue', list: 'venues' },
  Programme: { one: 'programme', list: 'programmes' },
  Talk: { one: 'talk', list: 'talks' },
  Expert: { one: 'expert', list: 'experts' },
};

export function publicIdOf(type: ItemType, rowId: number): string {
  return toPublicId(type, rowId);
}

interface Place {
  id: string;
  kind: VenueKind;
  name: string;
  nameEn: string;
  city: string;
  district: string;
  location: { lat: number; lon: number };
  complianceStatus: ComplianceStatus;
}

interface Edges<Node> {
  edges: { node: Node }[];
}

interface Offering {
  subjects: Subject[];
  gradeBands: GradeBand[];
  delivery: Delivery;
  free?: boolean;
}

/** Blacklisted and suspended providers may not be brought into schools, so nothing of theirs is found. */
const HIDDEN: readonly ComplianceStatus[] = ['BLACKLISTED', 'SUSPENDED'];

export function isHidden(place: Place | null | undefined): boolean {
  return !!place && HIDDEN.includes(place.complianceStatus);
}

/** The document for an entity as the API answered it, or null when search must not show it. */
export function toDocument(type: ItemType, entity: any): SearchDocument | null {
  if (!entity) return null;
  switch (type) {
    case 'Venue': return venueDocument(entity);
    case 'Programme': return programmeDocument(entity);
    case 'Talk': return talkDocument(entity);
    case 'Expert': return expertDocument(entity);
  }
}

function venueDocument(venue: Place & { description: string; descriptionEn: string; address: string; programmes: Edges<Offering> }): SearchDocument | null {
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

interface Titled extends Offering {
  id: string;
  title: string;
  titleEn: string;
  summary: string;
  summaryEn: string;
  sessions: Edges<{ startsAt: string }>;
}

function programmeDocument(programme: Titled & { venue: Place | null }): SearchDocument | null {
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

function talkDocument(talk: Titled & { expert: { name: string; nameEn: string; affiliation: Place | null } | null }): SearchDocument | null {
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

interface ExpertEntity {
  id: string;
  name: string;
  nameEn: string;
  title: string;
  titleEn: string;
  bio: string;
  bioEn: string;
  fields: Subject[];
  affiliation: Place | null;
  talks: Edges<{ gradeBands: GradeBand[]; delivery: Delivery }>;
}

function expertDocument(expert: ExpertEntity): SearchDocument | null {
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

function placeFields(place: Place | null): Pick<SearchDocument, 'venueId' | 'venueKind' | 'city' | 'district' | 'complianceStatus' | 'location'> {
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
