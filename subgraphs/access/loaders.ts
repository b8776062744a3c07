import { byId } from '../../kit/database/loaders.js';
import type { AccessStore } from './store.js';

export function createAccessLoaders(store: AccessStore) {
  return {
    apiKey: byId(store.apiKeysByIds),
  };
}

export type AccessLoaders = ReturnType<typeof createAccessLoaders>;
