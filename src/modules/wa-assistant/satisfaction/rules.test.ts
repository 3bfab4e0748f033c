// Reading a rating leniently: the ways customers answer "1 to 5", and what must stay a normal message.
import { describe, expect, it } from 'vitest';
import { readRating } from './rules.js';

describe('readRating', () => {
  it.each([
    ['5', 5], ['lima', 5], ['5/5', 5], ['4 / 5', 4], ['4 dari 5', 4], ['3 out of 5', 3], ['⭐⭐⭐⭐', 4], ['⭐️⭐️⭐️⭐️⭐️', 5], ['★★', 2],
    ['sangat puas', 5], ['Sangat puas, terima kasih kak!', 5], ['puas', 4], ['nilai 5 kak', 5], ['4 bintang', 4], ['5 stars', 5], ['I give it a 4', 4],
    ['empat', 4], ['two', 2], ['kurang puas', 2], ['gak puas', 2], ['sangat tidak puas', 1], ['very satisfied', 5], ['biasa aja', 3], ['3!', 3], ['mantap kak', 5],
  ])('%s → %i', (text, score) => {
    expect(readRating(text)).toBe(score);
  });

  it.each(['5 orang', 'tanggal 5 maret', '10/10', '6', '0', 'berapa dp nya?', 'cara bayar', 'ok', 'baik kak', 'ya', 'terima kasih', 'UMR_MAR_2026_HEMAT', '⭐⭐⭐⭐⭐⭐', '⭐ hotelnya apa?', ''])('%s is no rating', (text) => {
    expect(readRating(text)).toBeNull();
  });
});
