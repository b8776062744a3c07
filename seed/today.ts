import { shanghaiDayStart } from './clock.js';

/** Midnight today in China, where the demo catalogue's sessions are held; the demo schedule starts here. */
export function startOfToday(now = new Date()): Date {
  return shanghaiDayStart(now);
}
