// The server's codes (escalation reasons, intents, delivery states, phase-change causes, alert kinds) in the
// dashboard's words; a code this dashboard does not know yet is shown as it is, inside a worded frame.
import type { TFunction } from 'i18next';

const REASONS = ['payment_intent', 'complex_question', 'customer_request', 'low_confidence'] as const;
const INTENTS = ['human', 'transfer_done', 'health', 'visa', 'refund', 'complaint', 'payment', 'details', 'location', 'testimonial', 'price', 'people_month', 'ask_packages', 'campaign_code', 'thanks', 'greeting', 'affirmative', 'unknown'] as const;
const DELIVERY = ['queued', 'sent', 'delivered', 'failed', 'dead', 'cancelled'] as const;
const KINDS = ['image', 'file', 'video', 'location', 'other'] as const;
const ALERTS = ['escalation', 'booking', 'high_intent', 'handover_waiting', 'whatsapp_not_working', 'whatsapp_sends_failing', 'whatsapp_no_inbound'] as const;

const FALLBACKS = ['model_timeout', 'model_rate_limited', 'model_server_error', 'model_unreachable', 'model_rejected_key', 'model_refused_request', 'model_not_json', 'model_invalid_answer'] as const;

const known = <T extends string>(list: readonly T[], code: string): T | undefined => list.find((x) => x === code);

export function reasonWords(t: TFunction, code: string): string {
  const k = known(REASONS, code);
  return k ? t(`wa.reason.${k}`) : t('wa.reason.other', { code });
}

/** Why the rules answered a turn although a language model is configured. */
export function fallbackWords(t: TFunction, code: string): string {
  const k = known(FALLBACKS, code);
  return k ? t(`wa.fallback.${k}`) : t('wa.fallback.other', { code });
}

export function intentWords(t: TFunction, code: string): string {
  const k = known(INTENTS, code);
  return k ? t(`wa.intent.${k}`) : t('wa.intent.other', { code });
}

/** A sent message's state; a read receipt (ack 3 or more) says more than the delivery's own state. */
export function deliveryWords(t: TFunction, status: string | null, ack: number | null): string | undefined {
  if (ack !== null && ack >= 3) return t('wa.delivery.read');
  const k = status === null ? undefined : known(DELIVERY, status);
  if (k === 'sent' && ack !== null && ack >= 2) return t('wa.delivery.delivered');
  return k ? t(`wa.delivery.${k}`) : undefined;
}

export function mediaWords(t: TFunction, kind: string): string {
  return t(`wa.kind.${known(KINDS, kind) ?? 'other'}`);
}

export function alertWords(t: TFunction, kind: string): string {
  const k = known(ALERTS, kind);
  return k ? t(`wa.alertKind.${k}`) : t('wa.alertKind.other', { code: kind });
}

/** `whatsapp.first_message` and `turn.<intent>`, the causes the server records for a phase change. */
export function causeWords(t: TFunction, cause: string): string {
  if (cause === 'whatsapp.first_message') return t('wa.cause.first');
  if (cause.startsWith('turn.')) return t('wa.cause.turn', { intent: intentWords(t, cause.slice(5)) });
  return t('wa.cause.other', { code: cause });
}

export function turnStatusWords(t: TFunction, status: string): string {
  if (status === 'answered' || status === 'silent') return t(`wa.turnStatus.${status}`);
  return t('wa.turnStatus.other', { code: status });
}

/** "3 min", "2 h 5 min", "1 d 4 h": how long someone has waited, in the words of the language shown. */
export function waitedFor(ms: number, locale: string): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  const unit = (n: number, u: 'day' | 'hour' | 'minute') => new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'short' }).format(n);
  if (minutes < 60) return unit(minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${unit(hours, 'hour')} ${unit(minutes % 60, 'minute')}`;
  return `${unit(Math.floor(hours / 24), 'day')} ${unit(hours % 24, 'hour')}`;
}
