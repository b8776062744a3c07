/**
 * Values by key within a budget of weight (each value weighs 1 unless told otherwise): the least
 * recently used go first until the rest fit. The newest value always stays, however much it weighs.
 */
export class RecentlyUsed<Value> {
  private readonly entries = new Map<string, { value: Value; weight: number }>();
  private held = 0;

  constructor(private readonly budget: number) {}

  /** The value kept under `key`, counted as used now. */
  get(key: string): Value | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Keeps `value` under `key` and gives it back. */
  set(key: string, value: Value, weight = 1): Value {
    this.delete(key);
    this.entries.set(key, { value, weight });
    this.held += weight;
    for (const [oldest, old] of this.entries) {
      if (this.held <= this.budget || oldest === key) break;
      this.entries.delete(oldest);
      this.held -= old.weight;
    }
    return value;
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.held -= entry.weight;
  }

  clear(): void {
    this.entries.clear();
    this.held = 0;
  }
}
