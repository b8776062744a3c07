import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** A read-only cache for Apollo's persisted queries, holding the operations of an Apollo persisted-query manifest. */
export interface PersistedOperations {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<boolean>;
}

interface Manifest {
  format?: string;
  operations?: { id?: string; body?: string }[];
}

/**
 * Reads a manifest in the format `@apollo/generate-persisted-query-manifest` writes. Nothing can
 * be added later: in persisted-only mode a client must not be able to register its own operations.
 */
export function readPersistedOperations(file: string): PersistedOperations {
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  if (manifest.format !== 'apollo-persisted-query-manifest' || !Array.isArray(manifest.operations)) {
    throw new Error(`${file} is not an Apollo persisted-query manifest (format "apollo-persisted-query-manifest").`);
  }
  const operations = new Map<string, string>();
  for (const { id, body } of manifest.operations) {
    if (typeof body !== 'string' || id !== sha256(body)) throw new Error(`${file}: operation ${id} does not match the SHA-256 of its body.`);
    // Apollo Server prefixes the keys of its persisted-query cache with "apq:".
    operations.set(`apq:${id}`, body);
  }
  return {
    get: async (key) => operations.get(key),
    set: async () => {},
    delete: async () => false,
  };
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
