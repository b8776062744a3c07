import { Lexer, Source, TokenKind } from 'graphql';
import { expect } from 'vitest';

/**
 * Named fragments `levels` deep, each spreading the level below `spreads` times: a 1 KB request
 * that multiplies out to spreads^levels fields.
 */
export function fragmentAttack(spreads: number, levels = 5): string {
  const spread = (level: number) => Array.from({ length: spreads }, () => `...L${level}`).join(' ');
  const fragments = Array.from({ length: levels }, (_, index) => {
    const level = index + 1;
    return `fragment L${level} on Query { ${level === levels ? 'me { role }' : spread(level + 1)} }`;
  });
  return `query { ${spread(1)} } ${fragments.join(' ')}`;
}

export function tokenCount(document: string): number {
  const lexer = new Lexer(new Source(document));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  return count;
}

/** The most spreads per level whose attack still fits under the token limit. */
export function largestSpreads(maxTokens: number, levels = 5): number {
  let spreads = 1;
  while (tokenCount(fragmentAttack(spreads + 1, levels)) <= maxTokens) spreads += 1;
  return spreads;
}

export interface Timed<Result> {
  result: Result;
  ms: number;
  /** How long each /health asked while the work ran took to answer. */
  healthMs: number[];
}

/** Runs `work` while asking `healthUrl` again and again, and times both: a blocked event loop shows in both. */
export async function timedWithHealth<Result>(healthUrl: string, work: () => Promise<Result>): Promise<Timed<Result>> {
  const started = performance.now();
  let done = false;
  const running = work().finally(() => { done = true; });
  const healthMs: number[] = [];
  while (!done) {
    const asked = performance.now();
    const response = await fetch(healthUrl);
    await response.text();
    healthMs.push(performance.now() - asked);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const result = await running;
  return { result, ms: performance.now() - started, healthMs };
}

/**
 * Runs `work` while asking /health, and checks /health stayed quick: typically within 200 ms of
 * its usual time just before, and never 1 s over it (a single slow probe is the machine's other
 * load; work holding the event loop slows every probe it overlaps).
 */
export async function withHealthKeptQuick<Result>(healthUrl: string, work: () => Promise<Result>): Promise<Timed<Result>> {
  const usual = median((await timedWithHealth(healthUrl, () => new Promise((resolve) => setTimeout(resolve, 50)))).healthMs);
  const timed = await timedWithHealth(healthUrl, work);
  expect(median(timed.healthMs) - usual).toBeLessThan(200);
  expect(Math.max(0, ...timed.healthMs) - usual).toBeLessThan(1_000);
  return timed;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
