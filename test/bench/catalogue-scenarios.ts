import { IDENTITY_HEADER, signIdentity } from '../../kit/platform/identity.js';
import { anonymous } from '../../kit/platform/viewer.js';
import { post } from './load.js';

/** Straight to a subgraph, signed as the gateway signs its fetches (subgraphs answer nothing else). */
function toSubgraph(url: string, query: string, variables?: Record<string, unknown>) {
  return post(url, query, variables, { [IDENTITY_HEADER]: signIdentity(anonymous, Date.now(), query) });
}

export interface Endpoints {
  gateway: string;
  /** A second gateway that reaches the same subgraphs over HTTP, as a deployment with separate processes does. */
  gatewayOverHttp: string;
  subgraphs: Record<'venues' | 'courses' | 'experts' | 'bookings', string>;
}

export type Route = 'straightToSubgraphs' | 'throughGateway' | 'throughGatewayOverHttp';

export interface Scenario {
  name: string;
  /** The answer's data; a request answered with errors fails. */
  throughGateway(endpoints: Pick<Endpoints, 'gateway'>): Promise<unknown>;
  /** The same work sent straight to the subgraphs, as the gateway's query plan sends it. */
  straightToSubgraphs(endpoints: Endpoints): Promise<unknown>;
}

const VENUE_FIELDS = 'id name nameEn kind district location { lat lon }';

const oneSubgraph: Scenario = {
  name: 'catalogue list (venues only)',
  throughGateway: ({ gateway }) => post(gateway, `{ venues(filter: { cities: ["Beijing"] }, first: 20) { edges { node { ${VENUE_FIELDS} } } } }`),
  straightToSubgraphs: ({ subgraphs }) => toSubgraph(subgraphs.venues, `{ venues(filter: { cities: ["Beijing"] }, first: 20) { edges { node { ${VENUE_FIELDS} } } } }`),
};

const fourSubgraphs: Scenario = {
  name: 'venue page (all four subgraphs)',
  throughGateway: ({ gateway }) =>
    post(gateway, `{ venues(filter: { cities: ["Beijing"] }, first: 5) { edges { node { id name
      programmes(first: 3) { edges { node { id title sessions(first: 2) { edges { node { startsAt seatsLeft } } } } } }
      experts(first: 2) { edges { node { id name talks(first: 2) { edges { node { title } } } } } }
      pairedSchools(first: 2) { edges { node { name } } } } } } }`),
  async straightToSubgraphs({ subgraphs }) {
    const listed = await toSubgraph(subgraphs.venues, `{ venues(filter: { cities: ["Beijing"] }, first: 5) { edges { node { __typename id name } } } }`);
    const venues = listed.venues.edges.map((edge: any) => ({ __typename: 'Venue', id: edge.node.id }));
    const [programmes] = await Promise.all([
      entities(subgraphs.courses, venues, `... on Venue { programmes(first: 3) { edges { node { __typename id title } } } }`),
      entities(subgraphs.experts, venues, `... on Venue { experts(first: 2) { edges { node { id name talks(first: 2) { edges { node { title } } } } } } }`),
      entities(subgraphs.bookings, venues, `... on Venue { pairedSchools(first: 2) { edges { node { name } } } }`),
    ]);
    const programmeRefs = programmes._entities.flatMap((venue: any) => venue.programmes.edges.map((edge: any) => ({ __typename: 'Programme', id: edge.node.id })));
    await entities(subgraphs.bookings, programmeRefs, `... on Programme { sessions(first: 2) { edges { node { startsAt seatsLeft } } } }`);
  },
};

function entities(url: string, representations: unknown[], selection: string) {
  return toSubgraph(url, `query($representations: [_Any!]!) { _entities(representations: $representations) { ${selection} } }`, { representations });
}

export const catalogueScenarios = [oneSubgraph, fourSubgraphs];

/** Work measured through the gateway only: the least a request can cost, and a search with its hits resolved. */
export type GatewayScenario = Pick<Scenario, 'name' | 'throughGateway'>;

export const reference: GatewayScenario = {
  name: 'reference ({ __typename })',
  throughGateway: ({ gateway }) => post(gateway, '{ __typename }'),
};

export const searchWithHits: GatewayScenario = {
  name: 'search 科技馆 (hits resolved)',
  throughGateway: ({ gateway }) => post(gateway, `{ search(query: "科技馆", first: 10) { totalCount hits { item {
    ... on Venue { id name district } ... on Programme { id title venue { name } } ... on Talk { id title } ... on Expert { id name } } } } }`),
};

const scenarios: GatewayScenario[] = [...catalogueScenarios, reference, searchWithHits];

export function runRoute(name: string, route: Route, endpoints: Endpoints): Promise<unknown> {
  const scenario = scenarios.find((candidate) => candidate.name === name)!;
  if (route === 'straightToSubgraphs') return (scenario as Scenario).straightToSubgraphs(endpoints);
  return scenario.throughGateway({ gateway: route === 'throughGateway' ? endpoints.gateway : endpoints.gatewayOverHttp });
}
