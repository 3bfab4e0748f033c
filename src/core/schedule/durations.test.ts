// Table tests for ISO 8601 durations and their zod schema.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isoDurationSchema, parseIsoDuration } from './durations.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('parseIsoDuration', () => {
  it.each([
    ['P7D', 7 * DAY],
    ['PT30S', 30 * SECOND],
    ['PT1H30M', HOUR + 30 * MINUTE],
    ['PT1M', MINUTE],
    ['P1W', 7 * DAY],
    ['P1W2D', 9 * DAY],
    ['P1DT2H', DAY + 2 * HOUR],
    ['PT0.5S', 500],
    ['P1.5D', 36 * HOUR],
    [' p5d ', 5 * DAY],
  ])('%s is %d ms', (text, ms) => {
    expect(parseIsoDuration(text)).toBe(ms);
  });

  it.each(['', 'P', 'PT', '7d', '7 days', 'P1M', 'P1Y', 'P1Y2D', 'P0D', 'PT0S', '-P1D', 'P-1D', 'P1DT-1H', 'PT1H30'])('%j is refused', (text) => {
    expect(parseIsoDuration(text)).toBeUndefined();
  });
});

describe('isoDurationSchema', () => {
  it('yields milliseconds', () => {
    expect(isoDurationSchema.parse('P7D')).toBe(7 * DAY);
    expect(z.object({ expireAfter: isoDurationSchema }).parse({ expireAfter: 'PT1H30M' })).toEqual({ expireAfter: 90 * MINUTE });
  });

  it('explains what it accepts', () => {
    const result = z.object({ expireAfter: isoDurationSchema }).safeParse({ expireAfter: 'P1M' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['expireAfter'], message: expect.stringMatching(/ISO 8601 duration .* P7D/) });
    expect(isoDurationSchema.safeParse(7).success).toBe(false);
  });
});
