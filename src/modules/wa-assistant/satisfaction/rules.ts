// The rating question and how a customer's answer is read (pure): "5", "lima", "5/5", "⭐⭐⭐⭐", "sangat puas"…
import type { Language } from '../rules.js';

/** Default wording of the question, per language (a setting may replace each). */
export const DEFAULT_QUESTION: Record<Language, string> = {
  id: 'Boleh minta penilaian Bapak/Ibu atas pelayanan kami? Balas dengan angka 1 sampai 5 (5 = sangat puas) 🙏',
  en: 'Could you rate our service? Reply with a number from 1 to 5 (5 = very satisfied) 🙏',
};

export function thanksForRating(language: Language): string {
  return language === 'en' ? 'Thank you for your rating 🙏 It helps us serve you better.' : 'Terima kasih atas penilaiannya 🙏 Masukan Bapak/Ibu membantu kami melayani lebih baik.';
}

const NUMBER_WORDS: Record<string, number> = { satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, one: 1, two: 2, three: 3, four: 4, five: 5 };

/** Whole answers in words, after filler is removed. "ok" and "baik" are left out: after a question they mostly mean "all right". */
const PHRASES: readonly (readonly [string, number])[] = [
  ['sangat tidak puas', 1], ['very dissatisfied', 1], ['very unsatisfied', 1], ['sangat kecewa', 1], ['sangat buruk', 1], ['very bad', 1], ['terrible', 1],
  ['tidak puas', 2], ['ga puas', 2], ['gak puas', 2], ['nggak puas', 2], ['kurang puas', 2], ['kecewa', 2], ['dissatisfied', 2], ['unsatisfied', 2], ['not satisfied', 2], ['buruk', 2], ['jelek', 2], ['bad', 2], ['poor', 2],
  ['biasa saja', 3], ['biasa aja', 3], ['biasa', 3], ['cukup', 3], ['cukup puas', 3], ['lumayan', 3], ['neutral', 3], ['so so', 3], ['average', 3],
  ['puas', 4], ['bagus', 4], ['satisfied', 4], ['good', 4],
  ['sangat puas', 5], ['puas sekali', 5], ['puas banget', 5], ['sangat bagus', 5], ['bagus sekali', 5], ['bagus banget', 5], ['sangat baik', 5], ['mantap', 5], ['mantap sekali', 5], ['luar biasa', 5], ['very satisfied', 5], ['very good', 5], ['excellent', 5], ['perfect', 5], ['great', 5], ['amazing', 5],
];
const PHRASE_SCORE = new Map(PHRASES);

/** Words that may surround a rating without changing it ("nilai 5 kak, terima kasih"). */
const FILLER = new Set([
  'terima', 'kasih', 'makasih', 'trims', 'thanks', 'thank', 'you', 'tq', 'ty', 'kak', 'ka', 'kakak', 'min', 'admin', 'pak', 'bu', 'ibu', 'bapak', 'mas', 'mbak', 'ya', 'yaa', 'iya', 'saya', 'aku', 'sy', 'kasi', 'beri', 'kasih', 'nilai', 'nilainya', 'penilaian', 'rating', 'rate', 'skor', 'score', 'bintang', 'star', 'stars', 'i', 'give', 'it', 'a', 'would', 'say', 'sih', 'deh', 'dong', 'nih', 'aja', 'pelayanan', 'pelayanannya', 'service', 'the', 'is', 'was', 'sekali', 'semua', 'overall',
]);

/**
 * The rating (1–5) a message gives, or null when it is something else (then it goes to the normal flow). Lenient on
 * the way people write it, strict on what else the message says: "5", "lima", "5/5", "4 dari 5", "⭐⭐⭐⭐",
 * "sangat puas", "nilai 5 kak" are ratings; "5 orang", "tanggal 5", "10/10", "berapa dp" are not.
 */
export function readRating(text: string): number | null {
  const t = text.toLowerCase().normalize('NFKC').trim();
  if (t === '') return null;
  // Stars alone (⭐ or ★, with anything that is not a letter or digit between them).
  const stars = [...t.matchAll(/⭐|★/gu)].length;
  if (stars > 0) {
    const rest = t.replace(/⭐|★|\ufe0f/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (rest.split(' ').every((w) => w === '' || FILLER.has(w))) return stars >= 1 && stars <= 5 ? stars : null;
    return null;
  }
  // "5/5", "4 dari 5", "4 of 5", "4 out of 5": the scale goes, the score stays.
  const scaled = t.replace(/\b([1-5])\s*(?:\/|dari|out of|of)\s*5\b/g, '$1');
  const words = scaled
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '' && !FILLER.has(w));
  if (words.length === 0) return null;
  if (words.length === 1) {
    const w = words[0] ?? '';
    if (/^[1-5]$/.test(w)) return Number(w);
    if (w in NUMBER_WORDS) return NUMBER_WORDS[w] ?? null;
  }
  return PHRASE_SCORE.get(words.join(' ')) ?? null;
}
