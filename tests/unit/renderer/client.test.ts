/**
 * The early calls of the start (renderer/boot.ts): the first `send` of the same call takes the
 * answer already on its way; another call, a second ask, an error or an old answer go to the service.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Invoke = (method: string, args: unknown) => Promise<unknown>;
const globals = globalThis as unknown as { window: { council: { invoke: Invoke } } };

async function freshClient(invoke: Invoke) {
  globals.window = { council: { invoke: vi.fn(invoke) } };
  vi.resetModules();
  return { client: await import('../../../renderer/api/client'), invoke: globals.window.council.invoke as ReturnType<typeof vi.fn> };
}

describe('early calls', () => {
  beforeEach(() => vi.useRealTimers());
  afterEach(() => vi.useRealTimers());

  it('hands the answer of an early call to the first send of it, and asks the service for the next', async () => {
    let n = 0;
    const { client, invoke } = await freshClient(async (method) => ({ method, n: ++n }));
    client.sendEarly('library:list', {});
    expect(invoke).toHaveBeenCalledTimes(1);
    expect(await client.send('library:list', {})).toEqual({ method: 'library:list', n: 1 });
    expect(invoke).toHaveBeenCalledTimes(1);
    expect(await client.send('library:list', {})).toEqual({ method: 'library:list', n: 2 });
    expect(invoke).toHaveBeenCalledTimes(2);
  });

  it('does not hand it to a call with other arguments', async () => {
    const { client, invoke } = await freshClient(async (_method, args) => ({ args }));
    client.sendEarly('security:status', {});
    expect(await client.send('security:status', { activity: true })).toEqual({ args: { activity: true } });
    expect(invoke).toHaveBeenCalledTimes(2);
  });

  it('asks again when the early answer was an error (the lock was on)', async () => {
    let locked = true;
    const { client, invoke } = await freshClient(async () => (locked ? { ok: false, code: 'locked', message: '잠겨 있습니다' } : []));
    client.sendEarly('library:list', {});
    await Promise.resolve();
    locked = false;
    expect(await client.send('library:list', {})).toEqual([]);
    expect(invoke).toHaveBeenCalledTimes(2);
  });

  it('does not use an answer nobody took for a while', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    let n = 0;
    const { client, invoke } = await freshClient(async () => ++n);
    client.sendEarly('member:list', {});
    vi.setSystemTime(Date.now() + 60_000);
    expect(await client.send('member:list', {})).toBe(2);
    expect(invoke).toHaveBeenCalledTimes(2);
  });
});
