import { GraphQLError } from 'graphql';
import { toPublicId } from '../subgraphs/kit/ids.js';
import { anonymous, type Viewer } from '../subgraphs/kit/viewer.js';
import { API_KEY_PATTERN, hashApiKey, type AccessStore, type KeyHolder } from '../subgraphs/access/store.js';

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
 * Unknown keys are not remembered: a key created a moment ago must work at once.
 */
export class ApiKeyAuthenticator {
  private readonly cache = new Map<string, { caller: KeyCaller; until: number }>();

  constructor(private readonly store: AccessStore, private readonly cacheSeconds: number) {}

  async authenticate(key: string, now = Date.now()): Promise<KeyCaller> {
    if (!API_KEY_PATTERN.test(key)) throw unknownKey();
    const hash = hashApiKey(key);
    const cached = this.cache.get(hash);
    if (cached && cached.until > now) return cached.caller;
    const holder = await this.store.keyHolder(key);
    if (!holder) {
      this.cache.delete(hash);
      throw unknownKey();
    }
    if (!holder.lastUsedAt || now - holder.lastUsedAt.getTime() > TOUCH_EVERY_MS) await this.store.touchApiKey(holder.id);
    const caller = callerOf(holder);
    this.remember(hash, caller, now + this.cacheSeconds * 1000);
    return caller;
  }

  private remember(hash: string, caller: KeyCaller, until: number): void {
    if (this.cache.size >= MAX_CACHED_KEYS) this.cache.delete(this.cache.keys().next().value!);
    this.cache.delete(hash);
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
