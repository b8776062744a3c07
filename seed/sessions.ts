import type { ProgrammeKind } from '../kit/platform/vocabulary.js';
import { DAY, HOUR, MINUTE, later, shanghaiDayStart, shanghaiWeekday } from './clock.js';
import type { City } from './places.js';
import type { ProgrammeFacts } from './programmes.js';
import type { Random } from './random.js';
import type { SessionRow } from './rows.js';
import type { TalkFacts } from './talks.js';

/** Where a session happens and who answers its booking requests. */
export interface SessionFacts {
  row: SessionRow;
  /** Null for a talk by an expert without a venue: schools from anywhere may book it. */
  city: City | null;
  /** The actor confirming and declining its bookings. */
  host: string;
}

/** Sessions on the 89 days after `now`'s day, so every one of them starts within the next 90 days. */
const FIRST_DAY = 1;
const LAST_DAY = 89;

const cancelReasons = ['场馆设备检修', '天气原因（暴雨预警）', '主讲专家临时出差', '场馆承接重大活动', '疫情防控要求调整'];

/** Mostly programme sessions, about one in seven a talk; all on school days in daytime, Beijing time. */
export function generateSessions(random: Random, programmes: ProgrammeFacts[], talks: TalkFacts[], total: number, now: Date): SessionFacts[] {
  const programmeOffers = programmes.filter((programme) => programme.bookable);
  const talkOffers = talks.filter((talk) => talk.bookable);
  const sessions: SessionFacts[] = [];
  for (let id = 1; id <= total; id++) {
    const asTalk = talkOffers.length > 0 && (programmeOffers.length === 0 || random.chance(0.15));
    sessions.push(asTalk ? talkSession(random, id, random.pick(talkOffers), now) : programmeSession(random, id, random.pick(programmeOffers), now));
  }
  return sessions;
}

function programmeSession(random: Random, id: number, programme: ProgrammeFacts, now: Date): SessionFacts {
  const low = Math.max(10, programme.minGroup);
  const high = Math.max(low, Math.min(200, programme.maxGroup));
  const startsAt = startTime(random, now, programme.delivery === 'IN_SCHOOL' ? 'IN_SCHOOL' : programme.kind, programme.durationMinutes);
  return {
    row: {
      id, programmeId: programme.id, talkId: null, venueId: programme.venue.id, expertId: null,
      ...timed(startsAt, programme.durationMinutes),
      capacity: roundedToFive(random.int(low, high), low),
      ...arrangements(random, random.chance(0.4) ? 'APPROVAL' : 'AUTOMATIC', now),
    },
    city: programme.venue.city,
    host: `venue:${programme.venue.id}`,
  };
}

function talkSession(random: Random, id: number, talk: TalkFacts, now: Date): SessionFacts {
  const high = Math.min(200, talk.maxAudience);
  const startsAt = startTime(random, now, 'TALK', talk.durationMinutes);
  return {
    row: {
      id, programmeId: null, talkId: talk.id, venueId: talk.expert.venue?.id ?? null, expertId: talk.expert.id,
      ...timed(startsAt, talk.durationMinutes),
      capacity: roundedToFive(random.int(Math.max(10, Math.floor(high / 4)), high), 10),
      ...arrangements(random, random.chance(0.7) ? 'APPROVAL' : 'AUTOMATIC', now),
    },
    city: talk.expert.venue?.city ?? null,
    host: `expert:${talk.expert.id}`,
  };
}

function arrangements(random: Random, confirmation: 'APPROVAL' | 'AUTOMATIC', now: Date) {
  const cancelled = random.chance(0.025);
  return {
    confirmation,
    waitlist: random.chance(0.8),
    status: cancelled ? 'CANCELLED' as const : 'SCHEDULED' as const,
    cancelReason: cancelled ? random.pick(cancelReasons) : null,
    createdAt: later(now, -(random.int(3, 60) * DAY + random.int(0, 23) * HOUR)),
  };
}

function timed(startsAt: Date, minutes: number) {
  return { startsAt, endsAt: later(startsAt, minutes * MINUTE) };
}

/** What decides when a session may start: its programme's kind, or its being in school, or a talk. */
type Timing = ProgrammeKind | 'IN_SCHOOL' | 'TALK';

/** Local starting times, in minutes after midnight: tours leave early, in-school activities fill the after-school hours. */
const startingTimes: Record<Timing, readonly number[]> = {
  STUDY_TOUR: [480, 510],
  VISIT: [540, 570, 600, 810, 840, 870],
  LAB_SESSION: [540, 600, 840],
  WORKSHOP: [540, 600, 840, 930],
  COURSE: [600, 840, 930],
  ONLINE_COURSE: [600, 840, 930],
  IN_SCHOOL: [840, 870, 930],
  TALK: [540, 600, 840, 870, 930],
};

/** Ends by 18:00, and falls on a weekday unless it is a study tour, which often runs at weekends. */
function startTime(random: Random, now: Date, kind: Timing, minutes: number): Date {
  const today = shanghaiDayStart(now);
  let day = later(today, random.int(FIRST_DAY, LAST_DAY) * DAY);
  while (kind !== 'STUDY_TOUR' && isWeekend(day) && random.chance(0.85)) day = later(today, random.int(FIRST_DAY, LAST_DAY) * DAY);
  const local = Math.min(random.pick(startingTimes[kind]), 18 * 60 - minutes);
  return later(day, local * MINUTE);
}

function isWeekend(day: Date): boolean {
  const weekday = shanghaiWeekday(day);
  return weekday === 0 || weekday === 6;
}

function roundedToFive(value: number, floor: number): number {
  return Math.max(floor, Math.round(value / 5) * 5);
}
