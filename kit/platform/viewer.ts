/** Who is asking. Subgraphs trust only what the gateway vouched for; anyone else is anonymous. */
export type Role = 'anonymous' | 'school' | 'venue' | 'expert' | 'district' | 'admin';

export interface Viewer {
  role: Role;
  subject: string | null;
  schoolId: number | null;
  venueId: number | null;
  expertId: number | null;
  district: string | null;
  scopes: string[];
  /** The API key a third-party app called with; its viewer reads as anonymous plus the key's scopes. */
  apiKeyId: number | null;
}

/** Scopes an admin can grant an API key. */
export const apiKeyScopes = ['catalogue:read'] as const;

export const anonymous: Viewer = {
  role: 'anonymous',
  subject: null,
  schoolId: null,
  venueId: null,
  expertId: null,
  district: null,
  scopes: [],
  apiKeyId: null,
};

/**
 * Kepu's own subgraph asking the supergraph for facts others own: `service:<subgraph>` as its
 * subject, as an administrator (bookings must see a programme whatever its state) or anonymously
 * (search shows exactly what the public API shows).
 */
export function serviceViewer(subgraph: string, role: 'admin' | 'anonymous'): Viewer {
  return { ...anonymous, role, subject: `service:${subgraph}` };
}

export function isServiceViewer(viewer: Viewer): boolean {
  return viewer.subject?.startsWith('service:') === true && viewer.apiKeyId === null;
}
