// Channels as people say them: "Email", "SMS", "WhatsApp"; anything else (a future channel) as the server spells it.
import type { TFunction } from 'i18next';

const KNOWN = ['email', 'sms', 'whatsapp'] as const;

export function channelLabel(t: TFunction, channel: string): string {
  const known = KNOWN.find((k) => k === channel);
  return known ? t(`crm.channels.${known}`) : channel;
}
