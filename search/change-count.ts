/**
 * How many times an index has changed, counted when each change starts and when it ends, so that a
 * save can tell a change under way from none: an index saved at one count needs no new save until it grows.
 */
export class ChangeCount {
  private count = 0;
  private running = 0;

  get value(): number {
    return this.count;
  }

  get underWay(): boolean {
    return this.running > 0;
  }

  async around<Result>(change: () => Promise<Result>): Promise<Result> {
    this.count += 1;
    this.running += 1;
    try {
      return await change();
    } finally {
      this.running -= 1;
      this.count += 1;
    }
  }
}
