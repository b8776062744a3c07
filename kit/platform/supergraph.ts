import { IDENTITY_HEADER, signIdentity } from './identity.js';
import type { Viewer } from './viewer.js';

/** What a GraphQL server answers: data and, when something failed, errors. */
export interface OperationResult<Data> {
  data?: Data | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

export type ExecuteOperation = <Data>(query: string, variables: Record<string, unknown>) => Promise<OperationResult<Data>>;

/**
 * A subgraph's way to ask the whole supergraph, through the gateway, for facts other subgraphs own.
 * The gateway is created after its subgraphs, so the link is made first and bound once it exists.
 */
export class SupergraphLink {
  private bound: ExecuteOperation | null = null;
  private whenBound!: () => void;
  private readonly binding = new Promise<void>((resolve) => { this.whenBound = resolve; });

  bind(execute: ExecuteOperation): void {
    this.bound = execute;
    this.whenBound();
  }

  /** Resolves once the link is bound: work that runs on its own (not in a request) waits for it. */
  ready(): Promise<void> {
    return this.binding;
  }

  /** The whole answer, partial data and errors alike, from the gateway the link is bound to. */
  readonly execute: ExecuteOperation = (query, variables) => {
    if (!this.bound) throw new Error('This subgraph is not linked to a gateway yet.');
    return this.bound(query, variables);
  };

  /** The operation's data; errors from the supergraph are thrown, not mistaken for missing data. */
  async query<Data, Variables extends Record<string, unknown>>(query: string, variables: Variables): Promise<Data> {
    const result = await this.execute<Data>(query, variables);
    if (result.errors?.length || !result.data) {
      throw new Error(`The gateway refused a query: ${result.errors?.map((error) => error.message).join('; ') ?? 'no data'}`);
    }
    return result.data;
  }
}

/** Posts operations to a gateway over HTTP, with these credentials (headers, or a function giving them for each request). */
export function postToGateway(url: string, credentials: Record<string, string> | (() => Record<string, string>) = {}): ExecuteOperation {
  return async <Data>(query: string, variables: Record<string, unknown>) => {
    const response = await fetch(url, {
      method: 'POST',
      // Kepu's own readers act on changes as they commit, so they never take an answer the gateway kept.
      headers: { 'content-type': 'application/json', 'cache-control': 'no-cache', ...(typeof credentials === 'function' ? credentials() : credentials) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as OperationResult<Data>;
  };
}

/**
 * Posts operations to a gateway as one of Kepu's own subgraphs in a process of its own: the
 * identity header signed with the internal secret vouches for `viewer` (a `service:` viewer), and
 * the gateway then runs them as it runs a subgraph's questions in one process, without charging
 * them to a rate limit or holding them to the cost limit meant for clients.
 */
export function postToGatewayAs(url: string, viewer: Viewer): ExecuteOperation {
  return postToGateway(url, () => ({ [IDENTITY_HEADER]: signIdentity(viewer) }));
}
