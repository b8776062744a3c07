/** Midnight today in China, where the demo catalogue's sessions are held; the demo schedule starts here. */
export function startOfToday(now = new Date()): Date {
  const shanghaiNow = new Date(now.getTime() + 8 * 3600_000);
  return new Date(Date.UTC(shanghaiNow.getUTCFullYear(), shanghaiNow.getUTCMonth(), shanghaiNow.getUTCDate()) - 8 * 3600_000);
}
