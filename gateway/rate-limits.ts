import { needingAccessDatabase } from './limits.js';
import type { GatewayAccess } from '../subgraphs/access/main.js';
import { log } from '../kit/platform/log.js';

export interface Charge {
  /** Cost spent in the current window, this request included. */
  spent: number;
  limit: number;
  allowed: boolean;
  /** Seconds until the window closes. */
  secondsLeft: number;
}

const CLEAN_UP_EVERY_MS = 60_000;
/**
 * Statements counting cost that may run at once; requests arriving meanwhile wait and go together in
 * the next. One: each statement then serves twice the requests it did with two, and a kept answer
 * spends more on its share of a statement than on anything else.
 */
const STATEMENTS_AT_ONCE = 1;

/** What this process last heard of a caller's window, and the cost it has sent to be counted since. */
interface KnownWindow {
  spent: number;
  until: number;
  counting: number;
}

interface PendingCharge {
  bucket: string;
  cost: number;
  settle(result: { spent: number; secondsLeft: number } | Error): void;
}

/**
 * Counts query cost per caller in one-minute windows kept in PostgreSQL, so that every gateway
 * process shares them. While a counting statement runs, the requests that arrive queue up and are
 * counted together in the next one, so under load a statement serves many requests; when idle,
 * a request waits for none. A caller already over its limit is refused from memory until its
 * window closes: a window's total only grows.
 */
export class RateLimiter {
  private readonly refusedUntil = new Map<string, number>();
  private readonly known = new Map<string, KnownWindow>();
  private queue: PendingCharge[] = [];
  private running = 0;
  private readonly cleanUp: NodeJS.Timeout;

  constructor(private readonly store: GatewayAccess) {
    this.cleanUp = setInterval(() => this.forgetClosedWindows(), CLEAN_UP_EVERY_MS).unref();
  }

  async charge(bucket: string, cost: number, limit: number, now = Date.now()): Promise<Charge> {
    const refused = this.refusal(bucket, limit, now);
    if (refused) return refused;
    const { spent, secondsLeft } = await this.spendKnowingIt(bucket, cost, now);
    if (spent <= limit) return { spent, limit, allowed: true, secondsLeft };
    this.refusedUntil.set(bucket, now + secondsLeft * 1000);
    return { spent, limit, allowed: false, secondsLeft };
  }

  /**
   * Whether what this process knows of the caller's window leaves room for `cost` more, counting
   * what is still being counted. Another process's spending since it last heard may be missing, so
   * this may say yes to a caller already over: at most one limit's worth per process per window.
   */
  leavesRoom(bucket: string, cost: number, limit: number, now = Date.now()): boolean {
    const window = this.known.get(bucket);
    return window !== undefined && window.until > now && window.spent + window.counting + cost <= limit;
  }

  private async spendKnowingIt(bucket: string, cost: number, now: number): Promise<{ spent: number; secondsLeft: number }> {
    const window = this.known.get(bucket) ?? { spent: 0, until: 0, counting: 0 };
    this.known.set(bucket, window);
    window.counting += cost;
    try {
      const counted = await needingAccessDatabase(this.spend(bucket, cost));
      const until = now + counted.secondsLeft * 1000;
      // Answers to one caller can arrive out of order; a window's total only grows until the next window.
      window.spent = until > window.until + 1000 ? counted.spent : Math.max(window.spent, counted.spent);
      window.until = Math.max(window.until, until);
      return counted;
    } finally {
      window.counting -= cost;
    }
  }

  /** The refusal of a caller known to be over its limit, without asking the database; null otherwise. */
  refusal(bucket: string, limit: number, now = Date.now()): Charge | null {
    const refusedUntil = this.refusedUntil.get(bucket);
    if (refusedUntil === undefined) return null;
    if (refusedUntil > now) return { spent: limit + 1, limit, allowed: false, secondsLeft: Math.ceil((refusedUntil - now) / 1000) };
    this.refusedUntil.delete(bucket);
    return null;
  }

  stop(): void {
    clearInterval(this.cleanUp);
  }

  private forgetClosedWindows(now = Date.now()): void {
    for (const [bucket, until] of this.refusedUntil) if (until <= now) this.refusedUntil.delete(bucket);
    for (const [bucket, window] of this.known) if (window.until <= now && window.counting === 0) this.known.delete(bucket);
    this.store.forgetClosedWindows().catch((error) => log.warn({ err: error }, 'could not forget closed rate windows'));
  }

  private spend(bucket: string, cost: number): Promise<{ spent: number; secondsLeft: number }> {
    return new Promise((resolve, reject) => {
      this.queue.push({ bucket, cost, settle: (result) => (result instanceof Error ? reject(result) : resolve(result)) });
      // Charges made in the same turn of the event loop go in one statement.
      if (this.queue.length === 1) queueMicrotask(() => this.countQueued());
    });
  }

  private countQueued(): void {
    if (this.running >= STATEMENTS_AT_ONCE || this.queue.length === 0) return;
    const charges = this.queue;
    this.queue = [];
    this.running += 1;
    this.spendTogether(charges)
      .then((results) => charges.forEach((charge, index) => charge.settle(results[index]!)))
      .catch((error: Error) => charges.forEach((charge) => charge.settle(error)))
      .finally(() => {
        this.running -= 1;
        this.countQueued();
      });
  }

  private async spendTogether(charges: readonly PendingCharge[]) {
    const totals = new Map<string, number>();
    for (const { bucket, cost } of charges) totals.set(bucket, (totals.get(bucket) ?? 0) + cost);
    const windows = new Map((await this.store.spend(totals)).map((window) => [window.bucket, window]));
    // Each request sees the total as it stood after its own cost, in arrival order.
    const later = new Map(totals);
    return charges.map(({ bucket, cost }) => {
      const window = windows.get(bucket)!;
      const after = later.get(bucket)! - cost;
      later.set(bucket, after);
      return { spent: window.spent - after, secondsLeft: window.secondsLeft };
    });
  }
}
