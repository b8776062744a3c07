import { readdirSync, readFileSync } from 'node:fs';

/** CPU seconds spent so far by this process (every thread) and by PostgreSQL's processes on this machine. */
export interface CpuSpent {
  kepu: number;
  postgres: number;
}

export function cpuSpent(): CpuSpent {
  const usage = process.cpuUsage();
  return { kepu: (usage.user + usage.system) / 1e6, postgres: postgresSeconds() };
}

/** What `cpuSpent()` counted since `before`, per unit of work done (`done`), in milliseconds. */
export function cpuMsPer(before: CpuSpent, done: number): CpuSpent {
  const after = cpuSpent();
  return { kepu: ((after.kepu - before.kepu) * 1000) / done, postgres: ((after.postgres - before.postgres) * 1000) / done };
}

/** Summed from /proc, so 0 where there is none; a PostgreSQL process that exits meanwhile takes its seconds with it. */
function postgresSeconds(): number {
  let ticks = 0;
  for (const pid of safeList('/proc').filter((name) => /^\d+$/.test(name))) {
    const stat = safeRead(`/proc/${pid}/stat`);
    if (!stat || stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) !== 'postgres') continue;
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / 100;
}

function safeList(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

function safeRead(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}
