// HMAC and constant-time comparison helpers shared by every webhook verifier.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** The digests our providers sign with (Twilio sha1, ScaleV/Svix sha256, WAHA sha512). */
export type HmacAlgorithm = 'sha1' | 'sha256' | 'sha512';

/** Bytes to sign; strings are taken as UTF-8. */
export type SignedData = Buffer | string;

/** HMAC of `data` under `key`, standard padded base64. A string key is used as its UTF-8 bytes. */
export function hmacBase64(algo: HmacAlgorithm, key: Buffer | string, data: SignedData): string {
  return createHmac(algo, key).update(data).digest('base64');
}

/** HMAC of `data` under `key`, lowercase hex. A string key is used as its UTF-8 bytes. */
export function hmacHex(algo: HmacAlgorithm, key: Buffer | string, data: SignedData): string {
  return createHmac(algo, key).update(data).digest('hex');
}

/** SHA-256 of `data`, lowercase hex. */
export function sha256Hex(data: SignedData): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Constant-time string equality. timingSafeEqual throws on different lengths, so a length mismatch still
 * runs one comparison of the same size before answering false: only the length can leak, never a prefix.
 */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  if (left.length !== right.length) {
    timingSafeEqual(left, left);
    return false;
  }
  return timingSafeEqual(left, right);
}
