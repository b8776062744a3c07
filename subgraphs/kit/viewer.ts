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
}

export const anonymous: Viewer = {
  role: 'anonymous',
  subject: null,
  schoolId: null,
  venueId: null,
  expertId: null,
  district: null,
  scopes: [],
};
