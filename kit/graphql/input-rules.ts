import { z } from 'zod';
import { rule } from './payloads.js';

/** Input rules several subgraphs share, so that a blank name or an impossible group reads the same everywhere. */

export function requiredText(message: string) {
  return z.string().trim().min(1, message);
}

export const optionalText = z.string().trim();

/** The longest a programme, talk or route stop may last, in minutes: 14 days, as a session (documented in the README). */
export const MAX_MINUTES = 14 * 24 * 60;

export function positiveMinutes(message: string) {
  return z.number().int().refine((minutes) => minutes > 0 && minutes <= MAX_MINUTES, rule('INVALID_DURATION', `${message} (at most ${MAX_MINUTES}, 14 days)`));
}

export function atLeastOne<Item extends z.ZodType>(item: Item, message: string) {
  return z.array(item).min(1, message).transform((items) => [...new Set(items)] as z.output<Item>[]);
}

/** Participants (students and teachers) one group may bring: at least one, and the minimum no more than the maximum. */
export const groupSize = z.object({ min: z.number().int(), max: z.number().int() }).refine(
  (group) => group.min >= 1 && group.max >= group.min,
  rule('INVALID_GROUP_SIZE', 'A group needs at least 1 participant, and its minimum cannot be above its maximum.'),
);

export const location = z.object({ lat: z.number(), lon: z.number() }).refine(
  (point) => Math.abs(point.lat) <= 90 && Math.abs(point.lon) <= 180,
  rule('INVALID_LOCATION', 'Latitude must be between -90 and 90 and longitude between -180 and 180.'),
);

export const contactEmail = z.string().trim().nullable().refine(
  (email) => email === null || z.email().safeParse(email).success,
  rule('INVALID_EMAIL', 'Write the contact email like name@example.org.'),
);

export const contactPhone = z.string().trim().nullable();

/** True for an absolute link with one of `schemes` and a host, such as https://example.org/visit. */
export function isLink(text: string, schemes: readonly string[] = ['http:', 'https:']): boolean {
  try {
    const url = new URL(text);
    return schemes.includes(url.protocol) && (url.protocol.startsWith('http') ? url.hostname !== '' : url.pathname !== '');
  } catch {
    return false;
  }
}

/** A web page: http or https only, so that no `javascript:` or `data:` link is served to clients; empty means none. */
export const webLink = z.string().trim().nullable().refine(
  (link) => link === null || link === '' || isLink(link),
  rule('INVALID_URL', 'Give the web address as a full http or https link, such as https://example.org.'),
);

/**
 * A record with an update applied: fields the caller left out or sent as null keep their value,
 * except `clearable` ones, which null empties.
 */
export function withChanges<Record extends object>(current: Record, changes: Partial<{ [K in keyof Record]: Record[K] | null }>, clearable: (keyof Record)[] = []): Record {
  const next = { ...current };
  for (const [key, value] of Object.entries(changes) as [keyof Record, Record[keyof Record] | null | undefined][]) {
    if (value === undefined || (value === null && !clearable.includes(key))) continue;
    next[key] = value as Record[keyof Record];
  }
  return next;
}
