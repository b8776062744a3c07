import { useSyncExternalStore } from 'react';

/** What the pages know of the signed-in caller, read from the bearer token's claims. */
export interface SignedIn {
  token: string;
  role: 'school' | 'venue' | 'expert' | 'district' | 'admin';
  schoolId?: string;
  venueId?: string;
  expertId?: string;
  district?: string;
  expiresAt: number;
  /** The school's place, for "near my school"; kept at sign-in so the search page needs no extra request. */
  place?: { lat: number; lon: number };
}

const key = 'kepu.signIn';
const listeners = new Set<() => void>();
let current: SignedIn | null = read();

function read(): SignedIn | null {
  try {
    const stored = JSON.parse(localStorage.getItem(key) ?? 'null') as SignedIn | null;
    return stored && stored.expiresAt * 1000 > Date.now() ? stored : null;
  } catch {
    return null;
  }
}

/** The claims of a Kepu bearer token, or null when it is not one (the gateway still verifies its signature). */
export function claimsOf(token: string): Omit<SignedIn, 'token' | 'place'> | null {
  try {
    const payload = JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>;
    if (typeof payload.role !== 'string' || typeof payload.exp !== 'number') return null;
    return { ...(payload as object), role: payload.role as SignedIn['role'], expiresAt: payload.exp };
  } catch {
    return null;
  }
}

export function signIn(signedIn: SignedIn | null): void {
  current = signedIn;
  if (signedIn) localStorage.setItem(key, JSON.stringify(signedIn));
  else localStorage.removeItem(key);
  for (const listener of listeners) listener();
}

export function currentSignIn(): SignedIn | null {
  if (current && current.expiresAt * 1000 <= Date.now()) current = null;
  return current;
}

export function useSignIn(): SignedIn | null {
  return useSyncExternalStore(
    (listener) => (listeners.add(listener), () => void listeners.delete(listener)),
    currentSignIn,
  );
}

/** The page a signed-in caller works from. */
export function homeOf(signedIn: SignedIn | null): string | null {
  if (!signedIn) return null;
  return { school: '/school', venue: '/venue', district: '/district', admin: '/district', expert: null }[signedIn.role] ?? null;
}
