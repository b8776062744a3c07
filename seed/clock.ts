export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Every venue and school is in China, which keeps UTC+8 all year, so local times need no time-zone database. */
const SHANGHAI_OFFSET = 8 * HOUR;

/** Midnight in Asia/Shanghai at the start of the day `at` falls on. */
export function shanghaiDayStart(at: Date): Date {
  return new Date(Math.floor((at.getTime() + SHANGHAI_OFFSET) / DAY) * DAY - SHANGHAI_OFFSET);
}

/** The Asia/Shanghai calendar date, as `YYYY-MM-DD`. */
export function shanghaiDate(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET).toISOString().slice(0, 10);
}

/** 0 for Sunday to 6 for Saturday, in Asia/Shanghai. */
export function shanghaiWeekday(at: Date): number {
  return new Date(at.getTime() + SHANGHAI_OFFSET).getUTCDay();
}

export function later(at: Date, milliseconds: number): Date {
  return new Date(at.getTime() + milliseconds);
}

export function daysBefore(at: Date, days: number): Date {
  return later(at, -days * DAY);
}
