import { describe, expect, it } from 'vitest';
import { bookingCalendar } from '../../subgraphs/bookings/calendar.js';
import type { OfferFacts } from '../../subgraphs/bookings/offers.js';
import { gradeBandsMatch, groupFits, offerIsBookable, transitionIsAllowed } from '../../subgraphs/bookings/rules.js';
import type { BookingRow, SchoolRow, SessionRow } from '../../subgraphs/bookings/rows.js';

const facts: OfferFacts = {
  title: '天文馆球幕', published: true, minParticipants: 5, maxParticipants: 40, gradeBands: ['JUNIOR'],
  venueId: 3, venueCompliance: 'WHITELISTED', timeZone: 'Asia/Shanghai', expertId: null,
};

describe('booking rules', () => {
  it('matches a school\'s stage to the grade bands it teaches', () => {
    expect(gradeBandsMatch(facts, 'JUNIOR')).toBeNull();
    expect(gradeBandsMatch(facts, 'NINE_YEAR')).toBeNull();
    expect(gradeBandsMatch(facts, 'COMPLETE')).toBeNull();
    expect(gradeBandsMatch(facts, 'PRIMARY')?.code).toBe('GRADE_BAND_MISMATCH');
    expect(gradeBandsMatch(facts, 'SENIOR')?.code).toBe('GRADE_BAND_MISMATCH');
    expect(gradeBandsMatch({ ...facts, gradeBands: ['SENIOR'] }, 'NINE_YEAR')?.code).toBe('GRADE_BAND_MISMATCH');
  });

  it('counts teachers in the group size', () => {
    expect(groupFits(facts, 40)).toBeNull();
    expect(groupFits(facts, 41)?.code).toBe('GROUP_TOO_LARGE');
    expect(groupFits(facts, 4)?.code).toBe('GROUP_TOO_SMALL');
  });

  it('refuses unpublished offers and blacklisted or suspended venues, not venues under rectification', () => {
    expect(offerIsBookable(null, [])?.code).toBe('OFFER_NOT_AVAILABLE');
    expect(offerIsBookable({ ...facts, published: false }, [])?.code).toBe('OFFER_NOT_AVAILABLE');
    expect(offerIsBookable({ ...facts, venueCompliance: 'BLACKLISTED' }, [])?.code).toBe('VENUE_NOT_BOOKABLE');
    expect(offerIsBookable({ ...facts, venueCompliance: 'SUSPENDED' }, [])?.code).toBe('VENUE_NOT_BOOKABLE');
    expect(offerIsBookable({ ...facts, venueCompliance: 'UNDER_RECTIFICATION' }, [])).toBeNull();
  });

  it('moves a booking only along its life', () => {
    const booking = (status: BookingRow['status']) => ({ status }) as BookingRow;
    expect(transitionIsAllowed(booking('REQUESTED'), 'CONFIRMED')).toBeNull();
    expect(transitionIsAllowed(booking('WAITLISTED'), 'CONFIRMED')?.code).toBe('INVALID_TRANSITION');
    expect(transitionIsAllowed(booking('CANCELLED'), 'CANCELLED')?.code).toBe('INVALID_TRANSITION');
    expect(transitionIsAllowed(booking('NO_SHOW'), 'ATTENDED')).toBeNull();
  });
});

describe('a booking\'s calendar entry', () => {
  const session = { startsAt: new Date('2026-12-01T01:30:00Z'), endsAt: new Date('2026-12-01T03:00:00Z'), timeZone: 'Asia/Shanghai' } as SessionRow;
  const booking = { id: 42, students: 38, teachers: 3, note: '初二（3）班; 科技社团', updatedAt: new Date('2026-11-20T08:00:00Z') } as BookingRow;
  const school = { nameZh: '北京市育才学校' } as SchoolRow;
  const calendar = bookingCalendar(booking, session, school, `${facts.title}：宇宙的起源，从大爆炸到星系的形成与演化，以及我们在其中的位置`);

  it('is one VEVENT at local time in the session\'s zone', () => {
    expect(calendar).toContain('DTSTART;TZID=Asia/Shanghai:20261201T093000\r\n');
    expect(calendar).toContain('DTEND;TZID=Asia/Shanghai:20261201T110000\r\n');
    expect(calendar).toContain('TZOFFSETTO:+0800\r\n');
    expect(calendar).toContain('UID:bkg_42@kepu\r\n');
    expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });

  it('folds lines at 75 octets and escapes text', () => {
    const lines = calendar.split('\r\n');
    expect(lines.every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(calendar.replace(/\r\n /g, '')).toContain('班\\; 科技社团');
  });
});
