import { IDENTITY_HEADER, verifyIdentity } from '../platform/identity.js';
import type { Viewer } from '../platform/viewer.js';

export interface RequestContext<Store, Loaders> {
  viewer: Viewer;
  /** One clock reading per request, so "upcoming" means the same instant in every resolver and loader key. */
  now: Date;
  store: Store;
  loaders: Loaders;
}

/** Request headers as both Node's http module and Apollo's HeaderMap present them. */
export type HeaderSource = { get(name: string): string | undefined } | Record<string, string | string[] | undefined>;

export function headerValue(headers: HeaderSource, name: string): string | undefined {
  if (typeof headers.get === 'function') return (headers as { get(name: string): string | undefined }).get(name);
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Fresh loaders for every request, so nothing one caller loaded is served to another. */
export function createRequestContext<Store, Loaders>(
  headers: HeaderSource,
  store: Store,
  createLoaders: (store: Store) => Loaders,
): RequestContext<Store, Loaders> {
  return contextOfViewer(verifyIdentity(headerValue(headers, IDENTITY_HEADER)), store, createLoaders);
}

export function contextOfViewer<Store, Loaders>(viewer: Viewer, store: Store, createLoaders: (store: Store) => Loaders): RequestContext<Store, Loaders> {
  return { viewer, now: new Date(), store, loaders: createLoaders(store) };
}
