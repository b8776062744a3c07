import DataLoader from 'dataloader';
import type { AccessStore } from '../subgraphs/access/store.js';

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
 * Counts query cost per caller in one-minute windows kept in PostgreSQL, so that every gateway
 * process shares them. Requests arriving together are counted in one statement, and a caller
 * already over its limit is refused from memory until its window closes: a window's total only grows.
 */
export class RateLimiter {
  private readonly refusedUntil = new Map<string, number>();
  private readonly spending = new DataLoader<{ bucket: string; cost: number }, { spent: number; secondsLeft: number }>(
    (charges) => this.spendTogether(charges),
    { cache: false },
  );
  private readonly cleanUp: NodeJS.Timeout;

  constructor(private readonly store: AccessStore) {
    this.cleanUp = setInterval(() => this.forgetClosedWindows(), CLEAN_UP_EVERY_MS).unref();
  }

  async charge(bucket: string, cost: number, limit: number, now = Date.now()): Promise<Charge> {
    const refusedUntil = this.refusedUntil.get(bucket);
    if (refusedUntil !== undefined && refusedUntil > now) {
      return { spent: limit + 1, limit, allowed: false, secondsLeft: Math.ceil((refusedUntil - now) / 1000) };
    }
    this.refusedUntil.delete(bucket);
    const { spent, secondsLeft } = await this.spending.load({ bucket, cost });
    if (spent <= limit) return { spent, limit, allowed: true, secondsLeft };
    this.refusedUntil.set(bucket, now + secondsLeft * 1000);
    return { spent, limit, allowed: false, secondsLeft };
  }

  stop(): void {
    clearInterval(this.cleanUp);
  }

  private forgetClosedWindows(now = Date.now()): void {
    for (const [bucket, until] of this.refusedUntil) if (until <= now) this.refusedUntil.delete(bucket);
    this.store.forgetClosedWindows().catch((error) => console.error(error));
  }

  private async spendTogether(charges: readonly { bucket: string; cost: number }[]) {
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
