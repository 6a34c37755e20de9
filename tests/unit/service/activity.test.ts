import { describe, expect, it } from 'vitest';
import { Activity } from '../../../electron/service/activity';

describe('Activity', () => {
  it('waits for a quiet moment after calls, but no longer than asked', async () => {
    const activity = new Activity();
    // Quiet from the start: no wait.
    let t = performance.now();
    await activity.whenQuiet(0, 1_000);
    expect(performance.now() - t).toBeLessThan(500);

    // A call in flight holds it until it ends and the quiet time passed.
    let finish!: () => void;
    const call = activity.around(() => new Promise<void>((resolve) => (finish = resolve)));
    t = performance.now();
    const quiet = activity.whenQuiet(100, 10_000).then(() => performance.now() - t);
    setTimeout(() => finish(), 200);
    await call;
    expect(await quiet).toBeGreaterThanOrEqual(290);

    // Steady activity: it gives up waiting after `atMostMs`.
    let busy = true;
    const keepBusy = (async () => {
      while (busy) await activity.around(() => new Promise((resolve) => setTimeout(resolve, 20)));
    })();
    t = performance.now();
    await activity.whenQuiet(100, 300);
    const waited = performance.now() - t;
    busy = false;
    await keepBusy;
    expect(waited).toBeGreaterThanOrEqual(290);
    expect(waited).toBeLessThan(2_000);
  });
});
