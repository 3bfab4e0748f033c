// Whether the WhatsApp session is "connected but dead" (pure): not WORKING, WORKING while sends fail, or silent too long in business hours.
import type { HEALTH_PROBLEMS } from '../contract/health.js';

export type HealthProblem = (typeof HEALTH_PROBLEMS)[number];

/** This many failed sends in a row, with nothing accepted since, mean WAHA says WORKING but delivers nothing. */
export const FAILING_SENDS_THRESHOLD = 3;

export interface HealthFacts {
  /** null: no status reported yet (taken as working until told otherwise). */
  readonly status: string | null;
  readonly failingSends: number;
  readonly lastInboundAt: number | null;
  readonly now: number;
  readonly inBusinessHours: boolean;
  readonly silenceAlertAfterMs: number;
}

export function healthProblem(f: HealthFacts): HealthProblem | null {
  if (f.status !== null && f.status !== 'WORKING') return 'not_working';
  if (f.failingSends >= FAILING_SENDS_THRESHOLD) return 'sends_failing';
  // A silent night or weekend is normal; a silent working day after traffic is not. No traffic ever: nothing to miss.
  if (f.inBusinessHours && f.lastInboundAt !== null && f.now - f.lastInboundAt >= f.silenceAlertAfterMs) return 'no_inbound';
  return null;
}
