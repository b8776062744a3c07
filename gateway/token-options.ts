import { parseArgs } from 'node:util';
import { toRowId, type EntityName } from '../kit/graphql/ids.js';
import type { KepuClaims } from './auth.js';

export const TOKEN_USAGE = `Prints a bearer token for Kepu, signed with KEPU_JWT_SECRET (or the development secret).

Usage: npm run token -- --role <role> [scope] [--expires 8h] [--subject name]

  --role school    --school-id sch_1     a school coordinator
  --role venue     --venue-id ven_3      a venue manager
  --role expert    --expert-id exp_2     an expert
  --role district  --district Haidian    a district administrator
  --role admin                           an administrator
  --expires        how long the token lasts: a number and s, m, h or d (8h by default)
  --subject        the token's sub claim (demo-<role> by default)
  --help           this text`;

/** The role each scope belongs to, and the id it names. */
const scopes: Record<Exclude<KepuClaims['role'], 'admin'>, { option: string; claim: keyof KepuClaims; entity?: EntityName }> = {
  school: { option: 'school-id', claim: 'schoolId', entity: 'School' },
  venue: { option: 'venue-id', claim: 'venueId', entity: 'Venue' },
  expert: { option: 'expert-id', claim: 'expertId', entity: 'Expert' },
  district: { option: 'district', claim: 'district' },
};

export type TokenRequest = { help: true } | { help: false; subject: string; claims: KepuClaims; expires: string };

/** Reads `npm run token`'s arguments; throws an Error whose message says what to change. */
export function tokenRequest(args: string[]): TokenRequest {
  const { values } = parseArgs({
    args,
    options: {
      role: { type: 'string' }, 'school-id': { type: 'string' }, 'venue-id': { type: 'string' }, 'expert-id': { type: 'string' },
      district: { type: 'string' }, subject: { type: 'string' }, expires: { type: 'string', default: '8h' }, help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return { help: true };
  const role = values.role as KepuClaims['role'] | undefined;
  if (!role || !(role === 'admin' || role in scopes)) throw new Error(`Give --role: one of school, venue, expert, district or admin${role ? `, not "${role}"` : ''}.`);
  if (!/^[1-9]\d{0,5}[smhd]$/.test(values.expires)) throw new Error(`--expires takes a number and s, m, h or d, such as 8h or 30m, not "${values.expires}".`);
  const claims: KepuClaims = { role };
  if (role !== 'admin') {
    const scope = scopes[role];
    const value = (values as unknown as Record<string, string | undefined>)[scope.option];
    if (!value) throw new Error(`A ${role} token needs --${scope.option}, such as --${scope.option} ${scope.entity ? `${toPrefix(scope.entity)}_1` : 'Haidian'}.`);
    if (scope.entity) toRowId(scope.entity, value, scope.option);
    (claims as unknown as Record<string, string>)[scope.claim] = value;
  }
  return { help: false, subject: values.subject ?? `demo-${role}`, claims, expires: values.expires };
}

function toPrefix(entity: EntityName): string {
  return ({ School: 'sch', Venue: 'ven', Expert: 'exp' } as Partial<Record<EntityName, string>>)[entity] ?? '';
}
