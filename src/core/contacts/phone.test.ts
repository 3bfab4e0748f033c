// Table tests for phone and email normalization.
import { describe, expect, it } from 'vitest';
import { normalizeEmail, normalizePhone, toCountryCode } from './phone.js';

describe('normalizePhone', () => {
  it.each([
    ['0812-3456-7890', 'ID', '+6281234567890'],
    ['081234567890', 'ID', '+6281234567890'],
    ['(0812) 3456 7890', 'ID', '+6281234567890'],
    ['62812 3456 7890', 'ID', '+6281234567890'],
    ['6281234567890', 'ID', '+6281234567890'],
    ['+62 812-3456-7890', 'ID', '+6281234567890'],
    ['  +6281234567890  ', 'US', '+6281234567890'],
    ['021 5151 5151', 'ID', '+622151515151'],
    ['+1 415 555 2671', 'ID', '+14155552671'],
    ['(415) 555-2671', 'US', '+14155552671'],
    ['6281234567890@c.us', 'ID', '+6281234567890'],
    ['6281234567890@s.whatsapp.net', 'US', '+6281234567890'],
    ['14155552671@c.us', 'ID', '+14155552671'],
  ] as const)('%s in %s is %s', (raw, country, expected) => {
    expect(normalizePhone(raw, country)).toBe(expected);
  });

  it.each([
    ['garbage', 'ID'],
    ['', 'ID'],
    ['   ', 'ID'],
    ['12345', 'ID'],
    ['0812345', 'ID'],
    ['0000000000', 'ID'],
    ['120363025246125486@g.us', 'ID'],
    ['6281234567890@lid', 'ID'],
    ['status@broadcast', 'ID'],
  ] as const)('%s in %s is not a phone number', (raw, country) => {
    expect(normalizePhone(raw, country)).toBeUndefined();
  });

  it('reads only international numbers without a default country', () => {
    expect(normalizePhone('+6281234567890', undefined)).toBe('+6281234567890');
    expect(normalizePhone('081234567890', undefined)).toBeUndefined();
  });
});

describe('toCountryCode', () => {
  it('accepts known codes in any case and rejects the rest', () => {
    expect(toCountryCode('id')).toBe('ID');
    expect(toCountryCode('US')).toBe('US');
    expect(toCountryCode('XX')).toBeUndefined();
    expect(toCountryCode('')).toBeUndefined();
  });
});

describe('normalizeEmail', () => {
  it.each([
    ['  Budi@Example.COM ', 'budi@example.com'],
    ['a.b+tag@sub.example.co.id', 'a.b+tag@sub.example.co.id'],
  ])('%s is %s', (raw, expected) => {
    expect(normalizeEmail(raw)).toBe(expected);
  });

  it.each(['', 'not an email', 'a@b', 'a@@b.com', '@example.com', 'budi@'])('%s is not an email', (raw) => {
    expect(normalizeEmail(raw)).toBeUndefined();
  });
});
