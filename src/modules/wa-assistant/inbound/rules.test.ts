// Reading a message's time: every form WAHA builds and the seed's flat body send, and null (not a refusal) otherwise.
import { describe, expect, it } from 'vitest';
import { readInbound, readMessageTime } from './rules.js';

describe('readMessageTime', () => {
  it('reads epoch seconds and milliseconds, as numbers or digits', () => {
    expect(readMessageTime(1777864541)).toBe(1777864541000);
    expect(readMessageTime(1777864541318)).toBe(1777864541318);
    expect(readMessageTime(' 1777864541 ')).toBe(1777864541000);
    expect(readMessageTime('1777864541318')).toBe(1777864541318);
  });

  it('reads a date without a zone as WIB (UTC+7), and ISO text with its zone', () => {
    expect(readMessageTime('2026-01-05 10:30:00')).toBe(Date.UTC(2026, 0, 5, 3, 30, 0));
    expect(readMessageTime('2026-01-05T10:30:00Z')).toBe(Date.UTC(2026, 0, 5, 10, 30, 0));
  });

  it('gives null for what does not read', () => {
    for (const value of [undefined, null, 'kemarin', '', 0, -5, Number.NaN]) expect(readMessageTime(value)).toBeNull();
  });
});

describe('readInbound', () => {
  it('keeps a WAHA message whose timestamp does not read, with no time', () => {
    const read = readInbound({ event: 'message', session: 'default', payload: { id: 'false_1', from: '6281234567890@c.us', body: 'halo', timestamp: { seconds: 1 } } }, 'default');
    expect(read).toMatchObject({ kind: 'message', body: 'halo', at: null, digits: '6281234567890' });
  });

  it("reads WAHA's epoch seconds, and keeps a flat body whose timestamp is null or does not read", () => {
    expect(readInbound({ event: 'message', session: 'default', payload: { id: 'false_2', from: '6281234567890@c.us', body: 'halo', timestamp: 1777864541 } }, 'default')).toMatchObject({ at: 1777864541000 });
    expect(readInbound({ event: 'message', session: 'default', payload: { id: 'false_3', from: '6281234567890@c.us', body: 'halo' } }, 'default')).toMatchObject({ kind: 'message', at: null });
    expect(readInbound({ from: '6281234567890', body: 'halo', message_id: 'wamid.0' }, 'default')).toMatchObject({ kind: 'message', at: null });
    for (const timestamp of [null, 'x'.repeat(200), ['2026']]) {
      expect(readInbound({ from: '6281234567890', body: 'halo', message_id: 'wamid.1', timestamp }, 'default')).toMatchObject({ kind: 'message', at: null });
    }
  });
});
