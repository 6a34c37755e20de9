/**
 * When the API was last busy, so background work (the search index's first build) can wait for a
 * quiet moment instead of making a member's click wait behind a document being parsed.
 */
export class Activity {
  private inFlight = 0;
  private lastEnded = 0;

  /** Runs one API call, counting it as activity while it runs. */
  async around<T>(call: () => Promise<T>): Promise<T> {
    this.inFlight++;
    try {
      return await call();
    } finally {
      this.inFlight--;
      this.lastEnded = performance.now();
    }
  }

  /**
   * Resolves once no call ran for `quietMs`, or after `atMostMs` in any case (steady autosave must
   * not stall background work for good).
   */
  async whenQuiet(quietMs: number, atMostMs: number): Promise<void> {
    const start = performance.now();
    while (this.inFlight > 0 || performance.now() - this.lastEnded < quietMs) {
      if (performance.now() - start >= atMostMs) return;
      await new Promise((resolve) => setTimeout(resolve, Math.min(quietMs, 50)));
    }
  }
}
