import type { GraphQLDataSource } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { GatewayContext } from './auth.js';
import { isQuery, readsNow, type SubgraphFetch as Fetch } from './subgraph-fetch.js';

/**
 * Sends one subgraph fetch for every identical query fetch in flight at the same moment: fifty
 * visitors opening the same venue page cost each subgraph one execution, not fifty.
 *
 * Fetches are identical when their subgraph, query, variables and caller are: the caller is part of
 * the key because what a subgraph answers depends on who asks. Mutations are never merged, and a
 * mutation that completes forgets every flight, so a read issued after a write never joins a read
 * that started before it. Kepu's own readers always fetch for themselves.
 */
export class FetchMerger {
  private readonly inFlight = new Map<string, Flight>();

  /** `subgraph`'s data source, with its query fetches merged. */
  wrap(name: string, subgraph: GraphQLDataSource<GatewayContext>): GraphQLDataSource<GatewayContext> {
    return {
      process: (fetch: Fetch) => {
        if (!isQuery(fetch)) return this.write(subgraph, fetch);
        return readsNow(fetch) ? subgraph.process(fetch) : this.read(name, subgraph, fetch);
      },
    };
  }

  private async read(name: string, subgraph: GraphQLDataSource<GatewayContext>, fetch: Fetch): Promise<GatewayGraphQLResponse> {
    const key = fetchKey(name, fetch);
    const flight = this.inFlight.get(key);
    if (flight) return JSON.parse(await flight.json()) as GatewayGraphQLResponse;
    const answer = subgraph.process(fetch).finally(() => {
      if (this.inFlight.get(key)?.answer === answer) this.inFlight.delete(key);
    });
    this.inFlight.set(key, new Flight(answer));
    return answer;
  }

  private async write(subgraph: GraphQLDataSource<GatewayContext>, fetch: Fetch): Promise<GatewayGraphQLResponse> {
    try {
      return await subgraph.process(fetch);
    } finally {
      this.inFlight.clear();
    }
  }
}

function fetchKey(name: string, { request, context }: Fetch): string {
  return JSON.stringify([name, request.query, request.operationName ?? null, request.variables ?? null, context?.viewer ?? null]);
}

/**
 * A fetch in flight. The gateway merges each answer into its own result tree, so every joiner
 * parses a copy of its own, written out once for all of them as soon as the answer arrives.
 */
class Flight {
  private written: Promise<string> | null = null;

  constructor(readonly answer: Promise<GatewayGraphQLResponse>) {}

  json(): Promise<string> {
    this.written ??= this.answer.then((answer) => JSON.stringify(answer));
    return this.written;
  }
}
