// Sign-in limits: attempts per address and email, attempts per address (password spraying), and password hashes at once.
import type { Clock } from '../core/clock.js';
import { AppError } from '../core/errors.js';

/** Counts attempts per key in fixed windows. */
interface AttemptLimiter {
  /** Counts an attempt; returns how long to wait (ms) when over the limit, else undefined. */
  hit(key: string): number | undefined;
}

/**
 * A fixed-window counter in memory, per server instance, driven by the injected clock. Bounded: when it holds more
 * than `maxKeys` windows it drops expired ones, then the oldest.
 */
export function createAttemptLimiter(clock: Clock, max: number, windowMs: number, maxKeys = 10_000): AttemptLimiter {
  const windows = new Map<string, { count: number; resetAt: number }>();
  const prune = (now: number) => {
    for (const [key, w] of windows) {
      if (windows.size <= maxKeys && w.resetAt > now) break;
      windows.delete(key);
    }
  };
  return {
    hit(key) {
      const now = clock.now();
      let w = windows.get(key);
      if (!w || w.resetAt <= now) {
        windows.delete(key);
        w = { count: 0, resetAt: now + windowMs };
        windows.set(key, w);
        if (windows.size > maxKeys) prune(now);
      }
      w.count += 1;
      return w.count > max ? w.resetAt - now : undefined;
    },
  };
}

/** How many sign-ins may wait for a hash slot, per slot, before more are turned away. */
const WAITING_PER_SLOT = 8;

export interface SignInLimits {
  /** Counts an attempt from this address for this email; throws `rate_limited` (with Retry-After) when over a limit. */
  admit(address: string, email: string): void;
  /** Runs `check` (which hashes a password) when a hash slot is free; throws `rate_limited` when too many wait. */
  hashing<T>(check: () => Promise<T>): Promise<T>;
}

export interface SignInLimitSettings {
  /** Attempts per address and email per minute: guessing one person's password. */
  readonly perAddressAndEmail: number;
  /** Attempts per address per minute, whatever the email: one password tried against many people. */
  readonly perAddress: number;
  /** Password hashes running at once in this process (each scrypt hash takes 32 MiB and a thread). */
  readonly hashesAtOnce: number;
}

export function createSignInLimits(clock: Clock, settings: SignInLimitSettings): SignInLimits {
  const byPair = createAttemptLimiter(clock, settings.perAddressAndEmail, 60_000);
  const byAddress = createAttemptLimiter(clock, settings.perAddress, 60_000);
  const waiting: (() => void)[] = [];
  let running = 0;

  const tooMany = (waitMs: number) =>
    new AppError('rate_limited', 'too many sign-in attempts: wait a minute and try again', { retryAfterMs: waitMs });

  return {
    admit(address, email) {
      const addressWait = byAddress.hit(address);
      if (addressWait !== undefined) throw tooMany(addressWait);
      const pairWait = byPair.hit(`${address}|${email.trim().toLowerCase()}`);
      if (pairWait !== undefined) throw tooMany(pairWait);
    },
    async hashing(check) {
      if (running >= settings.hashesAtOnce) {
        if (waiting.length >= settings.hashesAtOnce * WAITING_PER_SLOT) {
          throw new AppError('rate_limited', 'too many sign-ins at once: try again in a second', { retryAfterMs: 1_000 });
        }
        // The slot is handed over by the finishing sign-in, so `running` never goes above the cap.
        await new Promise<void>((resolve) => waiting.push(resolve));
      } else {
        running += 1;
      }
      try {
        return await check();
      } finally {
        const next = waiting.shift();
        if (next) next();
        else running -= 1;
      }
    },
  };
}
