import { toPublicId } from '../../kit/graphql/ids.js';
import { inTimeZone } from '../../kit/graphql/scalars.js';
import type { BookingRow, SchoolRow, SessionRow } from './rows.js';

/**
 * An RFC 5545 calendar with one VEVENT for a confirmed booking, at local time in the session's
 * time zone (with a VTIMEZONE giving that zone's offset, fixed as China's zones are).
 */
export function bookingCalendar(booking: BookingRow, session: SessionRow, school: SchoolRow, title: string): string {
  const offset = inTimeZone(session.startsAt, session.timeZone).slice(19).replace(':', '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kepu//Bookings//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VTIMEZONE',
    `TZID:${session.timeZone}`,
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    `TZOFFSETFROM:${offset}`,
    `TZOFFSETTO:${offset}`,
    'END:STANDARD',
    'END:VTIMEZONE',
    'BEGIN:VEVENT',
    `UID:${toPublicId('Booking', booking.id)}@kepu`,
    `DTSTAMP:${utcStamp(booking.updatedAt)}`,
    `DTSTART;TZID=${session.timeZone}:${localStamp(session.startsAt, session.timeZone)}`,
    `DTEND;TZID=${session.timeZone}:${localStamp(session.endsAt, session.timeZone)}`,
    `SUMMARY:${escapeText(title)}`,
    `DESCRIPTION:${escapeText(`${school.nameZh}: ${booking.students} students, ${booking.teachers} teachers. ${booking.note}`.trim())}`,
    'STATUS:CONFIRMED',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.flatMap(fold).join('\r\n')}\r\n`;
}

function localStamp(instant: Date, timeZone: string): string {
  return inTimeZone(instant, timeZone).slice(0, 19).replace(/[-:]/g, '');
}

function utcStamp(instant: Date): string {
  return `${instant.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets continue on the next line after a space (RFC 5545 3.1). */
function fold(line: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (const character of line) {
    if (Buffer.byteLength(current + character) > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
    }
    current += character;
  }
  parts.push(current);
  return parts.map((part, index) => (index === 0 ? part : ` ${part}`));
}
