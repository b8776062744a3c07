import { GraphQLScalarType, Kind } from 'graphql';
import { badUserInput } from './errors.js';

const ISO_WITH_OFFSET = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The years Kepu takes dates in (documented in the README): schools plan months ahead, not centuries. */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

/** True for a calendar date like 2026-09-01 that exists (no 30 February) within FIRST_YEAR to LAST_YEAR. */
export function isCalendarDate(text: string): boolean {
  const [, year, month, day] = ISO_DATE.exec(text)?.map(Number) ?? [];
  if (year === undefined || year < FIRST_YEAR || year > LAST_YEAR) return false;
  const date = new Date(Date.UTC(year, month! - 1, day));
  return date.getUTCMonth() === month! - 1 && date.getUTCDate() === day;
}

/** An instant as ISO 8601 with its offset, such as 2026-12-01T09:30:00+08:00. */
export const DateTime = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: (value) => parseInstant(value),
  parseLiteral: (literal) => parseInstant(literal.kind === Kind.STRING ? literal.value : null),
});

/** A strict ISO 8601 instant: a date that exists, a time of day that exists, an offset within ±14:00. */
function parseInstant(value: unknown): Date {
  const parts = typeof value === 'string' ? ISO_WITH_OFFSET.exec(value) : null;
  if (!parts || !isCalendarDate(parts[1]!) || !isTimeOfDay(parts) || !isOffset(parts)) {
    throw badUserInput(`${JSON.stringify(value)?.slice(0, 40)} is not a date and time between ${FIRST_YEAR} and ${LAST_YEAR}; write it like 2026-12-01T09:30:00+08:00 (offsets from -14:00 to +14:00).`);
  }
  return new Date(value as string);
}

function isTimeOfDay([, , hour, minute, second]: RegExpExecArray): boolean {
  return Number(hour) <= 23 && Number(minute) <= 59 && Number(second ?? 0) <= 59;
}

function isOffset([, , , , , zone, hours, minutes]: RegExpExecArray): boolean {
  return zone === 'Z' || (Number(minutes) <= 59 && Number(hours) * 60 + Number(minutes) <= 14 * 60);
}

/**
 * The canonical IANA name of a time zone Kepu can show times in (`asia/shanghai` is Asia/Shanghai),
 * or null for anything else: every time zone a venue stores is one this and PostgreSQL both know.
 */
export function timeZoneName(text: string): string | null {
  if (!/^[A-Za-z][A-Za-z0-9_+\-]*(\/[A-Za-z0-9_+\-]+){0,2}$/.test(text)) return null;
  try {
    return formatterFor(text).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** One formatter per time zone: building an Intl.DateTimeFormat costs a hundred times more than using one. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The date in China at `instant`: the calendar day that terms, notices and alliances are dated by. */
export function dateInChina(instant: Date): string {
  return inTimeZone(instant, 'Asia/Shanghai').slice(0, 10);
}

/** Shows an instant in a place's own time zone, with that zone's offset. */
export function inTimeZone(instant: Date, timeZone: string): string {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(instant).map((part) => [part.type, part.value]));
  const local = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
  const offsetMinutes = Math.round((local - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offsetMinutes) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offsetMinutes) % 60).padStart(2, '0');
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${sign}${hours}:${minutes}`;
}
