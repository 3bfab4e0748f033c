// Providers as their owners spell them (the API uses lower-case ids: scalev, mailketing).
const NAMES: Record<string, string> = { scalev: 'ScaleV', mailketing: 'Mailketing', waha: 'WAHA', twilio: 'Twilio', recurrente: 'Recurrente', smtp: 'SMTP' };

export function providerName(id: string): string {
  return NAMES[id] ?? id;
}
