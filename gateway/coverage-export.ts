import type { RequestListener, ServerResponse } from 'node:http';
import type { ApolloServer, HeaderMap } from '@apollo/server';
import type { IncomingMessage } from 'node:http';
import { sendJson, toHeaderMap } from '../kit/subgraph/http.js';
import type { GatewayContext } from './auth.js';

/** The CSV path; the gateway answers it beside /graphql. */
export const COVERAGE_CSV_PATH = '/export/coverage.csv';

const PAGE = /* GraphQL */ `
  query CoverageExport($district: String!, $asOf: String, $after: String) {
    districtCoverage(district: $district, asOf: $asOf) {
      asOf
      schools(first: 100, after: $after) {
        edges { node { school { id name nameEn stage rural underResourced studentCount } partnerVenue scienceVicePrincipal visit talk } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }`;

const COLUMNS = ['school_id', 'name', 'name_en', 'stage', 'rural', 'under_resourced', 'students', 'partner_venue', 'science_vice_principal', 'visit_this_term', 'talk_this_term'];

interface Page {
  districtCoverage: {
    asOf: string;
    schools: {
      edges: { node: { school: { id: string; name: string; nameEn: string; stage: string; rural: boolean; underResourced: boolean; studentCount: number }; partnerVenue: boolean; scienceVicePrincipal: boolean; visit: boolean; talk: boolean } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };
}

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400, RATE_LIMITED: 429 };

/**
 * `GET /export/coverage.csv?district=…&asOf=YYYY-MM-DD`: a district's coverage per school as CSV,
 * UTF-8 with a byte-order mark so spreadsheet programs show Chinese names, written page by page as
 * the supergraph answers, signed in as for /graphql and with its permissions.
 */
export function coverageExport(server: ApolloServer<GatewayContext>, context: (headers: HeaderMap, request: IncomingMessage) => Promise<GatewayContext>): RequestListener {
  return async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const district = url.searchParams.get('district');
    if (!district) return sendJson(response, 400, { errors: [{ message: 'Name the district: ?district=Haidian.', extensions: { code: 'BAD_USER_INPUT' } }] });
    let contextValue: GatewayContext;
    try {
      contextValue = await context(toHeaderMap(request), request);
    } catch (error) {
      return refuse(response, error as { message: string; extensions?: Record<string, unknown> });
    }
    const asOf = url.searchParams.get('asOf') ?? undefined;
    let after: string | null = null;
    do {
      const answer = await server.executeOperation({ query: PAGE, variables: { district, asOf, after } }, { contextValue });
      const result = answer.body.kind === 'single' ? answer.body.singleResult : null;
      const data = result?.data as Page | undefined;
      if (!data) {
        if (response.headersSent) return response.destroy(new Error('The export stopped part-way.'));
        return refuse(response, result?.errors?.[0] ?? { message: 'The export failed.' });
      }
      if (!response.headersSent) startCsv(response, district, data.districtCoverage.asOf);
      const { edges, pageInfo } = data.districtCoverage.schools;
      const written = response.write(edges.map(({ node }) => csvLine([
        node.school.id, node.school.name, node.school.nameEn, node.school.stage, yes(node.school.rural), yes(node.school.underResourced),
        String(node.school.studentCount), yes(node.partnerVenue), yes(node.scienceVicePrincipal), yes(node.visit), yes(node.talk),
      ])).join(''));
      if (!written) await new Promise((resolve) => response.once('drain', resolve));
      after = pageInfo.hasNextPage ? pageInfo.endCursor : null;
    } while (after);
    response.end();
  };
}

function startCsv(response: ServerResponse, district: string, asOf: string): void {
  response.writeHead(200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="coverage-${encodeURIComponent(district)}-${asOf}.csv"; filename*=UTF-8''coverage-${encodeURIComponent(district)}-${asOf}.csv`,
  });
  response.write(`\uFEFF${csvLine(COLUMNS)}`);
}

function refuse(response: ServerResponse, error: { message: string; extensions?: Record<string, unknown> }): void {
  const code = String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  sendJson(response, STATUS[code] ?? 500, { errors: [{ message: error.message, extensions: { code } }] });
}

const yes = (value: boolean) => (value ? 'yes' : 'no');

/** One CSV record (RFC 4180); a cell a spreadsheet would read as a formula is prefixed with an apostrophe. */
export function csvLine(cells: string[]): string {
  return `${cells.map((cell) => {
    const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  }).join(',')}\r\n`;
}
