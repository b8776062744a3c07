import type { BookingStatus } from '../kit/platform/vocabulary.js';
import { HOUR, MINUTE } from './clock.js';
import { groupBy } from './lists.js';
import { chineseNumber } from './names.js';
import type { Random } from './random.js';
import type { BookingEventRow, BookingRow } from './rows.js';
import type { SchoolFacts } from './schools.js';
import type { SessionFacts } from './sessions.js';

export interface BookingCatalogue {
  bookings: BookingRow[];
  bookingEvents: BookingEventRow[];
}

/** A status change of a booking, before it is given a time. */
interface Step {
  to: BookingStatus;
  actor: string;
  reason: string | null;
}

/** How many schools ask for seats in one session; most sessions have no requests yet. */
const requestCounts: readonly (readonly [number, number])[] = [[0, 56], [1, 15], [2, 11], [3, 9], [4, 7], [5, 5], [6, 5]];

const declineReasons = ['该时段已安排其他学校团体', '团体人数超出场地接待能力', '所报年级与课程适用学段不符'];
const withdrawReasons = ['学校教学计划调整', '与学校考试安排冲突', '交通安排未能落实'];
const active: ReadonlySet<BookingStatus> = new Set(['REQUESTED', 'CONFIRMED', 'WAITLISTED']);
const holding: ReadonlySet<BookingStatus> = new Set(['REQUESTED', 'CONFIRMED']);

/**
 * Requests from schools of the session's city, replayed in order against its capacity, so each
 * session's `seatsHeld` (set here) is what its REQUESTED and CONFIRMED bookings hold.
 */
export function generateBookings(random: Random, sessions: SessionFacts[], schools: SchoolFacts[], now: Date): BookingCatalogue {
  const schoolsInCity = groupBy(schools, (school) => school.district.city);
  const ledger = new Ledger(random, now);
  for (const session of sessions) {
    const candidates = session.city ? schoolsInCity.get(session.city) ?? [] : schools;
    // Small sessions draw fewer requests, so waiting lists stay the exception they are.
    const requests = Math.min(random.weighted(requestCounts), 1 + Math.floor(session.row.capacity / 20));
    const requesters = random.sample(candidates, requests);
    session.row.seatsHeld = requesters.reduce((held, school) => held + ledger.request(session, school, held), 0);
  }
  return { bookings: ledger.bookings, bookingEvents: ledger.events };
}

class Ledger {
  readonly bookings: BookingRow[] = [];
  readonly events: BookingEventRow[] = [];

  constructor(private readonly random: Random, private readonly now: Date) {}

  /** Books one school's class into the session, given the seats already held; returns the seats this booking holds. */
  request(session: SessionFacts, school: SchoolFacts, held: number): number {
    const { row } = session;
    const students = this.random.int(5, Math.max(5, Math.min(45, Math.floor(row.capacity / 2))));
    const teachers = this.random.int(1, students > 30 ? 4 : 2);
    const fits = held + students + teachers <= row.capacity;
    if (!fits && !row.waitlist) return 0;
    const id = this.bookings.length + 1;
    const createdAt = this.after(row.createdAt!, this.random.next() * (this.now.getTime() - row.createdAt!.getTime()));
    const steps = this.story(session, `school:${school.id}`, fits);
    const updatedAt = this.record(id, steps, createdAt);
    const status = steps[steps.length - 1]!.to;
    this.bookings.push({
      id, sessionId: row.id, schoolId: school.id, students, teachers, status, note: this.note(), createdAt, updatedAt,
    });
    return holding.has(status) ? students + teachers : 0;
  }

  private story(session: SessionFacts, school: string, fits: boolean): Step[] {
    const steps: Step[] = [{ to: 'REQUESTED', actor: school, reason: null }];
    const then = (to: BookingStatus, actor: string, reason: string | null) => steps.push({ to, actor, reason });
    if (!fits) then('WAITLISTED', 'system', '名额已满，已列入候补名单');
    else if (session.row.confirmation === 'AUTOMATIC') then('CONFIRMED', 'system', null);
    else {
      const decision = this.random.weighted<BookingStatus>([['REQUESTED', 30], ['CONFIRMED', 55], ['DECLINED', 15]]);
      if (decision === 'CONFIRMED') then('CONFIRMED', session.host, null);
      if (decision === 'DECLINED') then('DECLINED', session.host, this.random.pick(declineReasons));
    }
    const last = () => steps[steps.length - 1]!.to;
    if (last() === 'CONFIRMED' && this.random.chance(0.08)) then('CANCELLED', school, this.random.pick(withdrawReasons));
    if (session.row.status === 'CANCELLED' && active.has(last())) then('CANCELLED', session.host, `场次取消：${session.row.cancelReason}`);
    return steps;
  }

  /** Writes the steps as events, the system acting within a minute and people within three days; returns the last one's time. */
  private record(bookingId: number, steps: Step[], createdAt: Date): Date {
    let at = createdAt;
    steps.forEach((step, i) => {
      if (i > 0) at = this.after(at, step.actor === 'system' ? MINUTE : this.random.int(1, 72) * HOUR);
      this.events.push({
        id: this.events.length + 1, bookingId, fromStatus: i === 0 ? null : steps[i - 1]!.to, toStatus: step.to,
        actor: step.actor, reason: step.reason, at,
      });
    });
    return at;
  }

  /** `milliseconds` after `from`, to the minute, but never after now. */
  private after(from: Date, milliseconds: number): Date {
    return new Date(Math.min(this.now.getTime(), Math.round((from.getTime() + milliseconds) / MINUTE) * MINUTE));
  }

  private note(): string {
    const grade = chineseNumber(this.random.int(3, 9));
    return this.random.pick([`${grade}年级（${this.random.int(1, 8)}）班`, '学校科技社团', '科学兴趣小组', '课后服务科普课程', '']);
  }
}
