// Which variant a conversation gets (pure): random by weight, yet the same answer every time it is asked.
import { createHash } from 'node:crypto';

export interface WeightedVariant {
  readonly key: string;
  readonly weight: number;
}

/**
 * A point in [0, 1) from the experiment and the conversation: SHA-256 spreads ids evenly, so over many conversations
 * each variant gets its weight's share, and a conversation asked again (a retried turn, another worker) lands on the
 * same variant without any shared random state.
 */
export function assignmentPoint(experimentId: string, conversationId: string): number {
  const digest = createHash('sha256').update(`${experimentId}:${conversationId}`).digest();
  return digest.readUInt32BE(0) / 2 ** 32;
}

/** The variant whose slice of the weights holds the point; null when every weight is 0. */
export function pickVariant(experimentId: string, conversationId: string, variants: readonly WeightedVariant[]): string | null {
  const total = variants.reduce((n, v) => n + Math.max(0, v.weight), 0);
  if (total <= 0) return null;
  let at = assignmentPoint(experimentId, conversationId) * total;
  for (const v of variants) {
    if (v.weight <= 0) continue;
    if (at < v.weight) return v.key;
    at -= v.weight;
  }
  // Rounding can leave the point a hair past the end: the last variant with weight takes it.
  return [...variants].reverse().find((v) => v.weight > 0)?.key ?? null;
}
