// The per-provider gate: at most the limit of calls in flight per provider, others wait their turn; providers do not block each other.
import { describe, expect, it } from 'vitest';
import { createProviderGate } from './provider-gate.js';

const later = () => {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
};

describe('provider gate', () => {
  it('lets at most the limit of one provider\'s calls run at once, in arrival order, and never holds up another provider', async () => {
    const gate = createProviderGate((p) => (p === 'mailketing' ? 2 : 1));
    const started: string[] = [];
    const blockers = Array.from({ length: 4 }, later);
    const calls = blockers.map((b, i) =>
      gate.run('mailketing', async () => {
        started.push(`m${i}`);
        await b.promise;
        return i;
      }),
    );
    const other = gate.run('twilio', async () => {
      started.push('t0');
      return 't';
    });
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual(['m0', 'm1', 't0']);
    expect(gate.load('mailketing')).toEqual({ inFlight: 2, waiting: 2 });
    expect(await other).toBe('t');
    blockers[1]?.resolve();
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual(['m0', 'm1', 't0', 'm2']);
    for (const b of blockers) b.resolve();
    expect(await Promise.all(calls)).toEqual([0, 1, 2, 3]);
    expect(gate.load('mailketing')).toEqual({ inFlight: 0, waiting: 0 });
  });

  it('frees the slot when a call throws', async () => {
    const gate = createProviderGate(() => 1);
    await expect(gate.run('smtp', async () => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    expect(await gate.run('smtp', async () => 'sent')).toBe('sent');
    expect(gate.load('smtp')).toEqual({ inFlight: 0, waiting: 0 });
  });
});
