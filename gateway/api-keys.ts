import { GraphQLError } from 'graphql';
import { needingAccessDatabase } from './limits.js';
import { toPublicId } from '../kit/graphql/ids.js';
import { anonymous, type Viewer } from '../kit/platform/viewer.js';
import { API_KEY_PATTERN, hashApiKey, type GatewayAccess, type KeyHolder } from '../subgraphs/access/main.js';

export interface KeyCaller {
  viewer: Viewer;
  rateLimitPerMinute: number;
}

const MAX_CACHED_KEYS = 10_000;
const TOUCH_EVERY_MS = 60_000;

/**
 * Turns an `X-Api-Key` into the app's viewer: anonymous reading rights plus the key's scopes.
 * A key found active is trusted for `cacheSeconds` without asking the database again, so a hot
 * key costs no query per request, and a revoked key is refused at most `cacheSeconds` later.
 * Requests arriving with the same key while it is being looked up share the lookup. Unknown keys
 * are not remembered: a key created a moment ago must work at once.
 */
export class ApiKeyAuthenticator {
  private readonly cache = new Map<string, { caller: Promise<KeyCaller>; until: number }>();

  constructor(private readonly store: GatewayAccess, private readonly cacheSeconds: number) {}

  authenticate(key: string, now = Date.now()): Promise<KeyCaller> {
    if (!API_KEY_PATTERN.test(key)) return Promise.reject(unknownKey());
    const hash = hashApiKey(key);
    const cached = this.cache.get(hash);
    if (cached && cached.until > now) return cached.caller;
    const caller = needingAccessDatabase(this.lookUp(key, now));
    this.remember(hash, caller, now + this.cacheSeconds * 1000);
    caller.catch(() => this.cache.get(hash)?.caller === caller && this.cache.delete(hash));
    return caller;
  }

  private async lookUp(key: string, now: number): Promise<KeyCaller> {
    const holder = await this.store.keyHolder(key);
    if (!holder) throw unknownKey();
    if (!holder.lastUsedAt || now - holder.lastUsedAt.getTime() > TOUCH_EVERY_MS) await this.store.touchApiKey(holder.id);
    return callerOf(holder);
  }

  private remember(hash: string, caller: Promise<KeyCaller>, until: number): void {
    this.cache.delete(hash);
    if (this.cache.size >= MAX_CACHED_KEYS) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(hash, { caller, until });
  }
}

function callerOf(holder: KeyHolder): KeyCaller {
  return {
    viewer: { ...anonymous, subject: toPublicId('ApiKey', holder.id), scopes: holder.scopes, apiKeyId: holder.id },
    rateLimitPerMinute: holder.rateLimitPerMinute,
  };
}

function unknownKey(): GraphQLError {
  return new GraphQLError('The API key is not valid or has been revoked; ask the Kepu admin for a new one.', {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}
