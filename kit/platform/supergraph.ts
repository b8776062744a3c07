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

  bind(execute: ExecuteOperation): void {
    this.bound = execute;
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

/** Posts operations to a gateway over HTTP, for a subgraph running in a process of its own. */
export function postToGateway(url: string, credentials: Record<string, string> = {}): ExecuteOperation {
  return async <Data>(query: string, variables: Record<string, unknown>) => {
    const response = await fetch(url, {
      method: 'POST',
      // Kepu's own readers act on changes as they commit, so they never take an answer the gateway kept.
      headers: { 'content-type': 'application/json', 'cache-control': 'no-cache', ...credentials },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as OperationResult<Data>;
  };
}

/**
 * The link of a subgraph running as its own process: the gateway at KEPU_GATEWAY_URL, with
 * KEPU_GATEWAY_TOKEN as its bearer token if set. `needs` says what for, in the error when unset.
 */
export function gatewayFromEnvironment(needs: string): SupergraphLink {
  const url = process.env.KEPU_GATEWAY_URL;
  if (!url) throw new Error(`Set KEPU_GATEWAY_URL to the gateway ${needs}.`);
  const link = new SupergraphLink();
  const token = process.env.KEPU_GATEWAY_TOKEN;
  link.bind(postToGateway(url, token ? { authorization: `Bearer ${token}` } : {}));
  return link;
}
