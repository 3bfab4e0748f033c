// WhatsApp chat ids: a person is `<country code + number>@c.us` (no `+`); conversions to and from E.164 phones.

/** E.164: `+`, a country code that does not start with 0, at most 15 digits in all. */
const E164 = /^\+[1-9]\d{6,14}$/;
const PERSON = /^([1-9]\d{6,14})@c\.us$/;
/** DOC: chat id suffixes WAHA accepts as `chatId`: person, group, hidden linked id, channel. */
const CHAT_ID = /^[^\s@]+@(?:c\.us|g\.us|lid|newsletter)$/;

/**
 * The chat id of a person's phone in E.164 (`+6281234567890` → `6281234567890@c.us`); undefined when the phone is
 * not E.164 (a local `0812…` number must be normalised with the workspace's country first).
 */
export function chatIdFromPhone(phone: string): string | undefined {
  const trimmed = phone.trim();
  return E164.test(trimmed) ? `${trimmed.slice(1)}@c.us` : undefined;
}

/** The E.164 phone of a person's chat id (`6281234567890@c.us` → `+6281234567890`); undefined for groups and the rest. */
export function phoneFromChatId(chatId: string): string | undefined {
  const match = PERSON.exec(normalizeChatId(chatId) ?? '');
  return match?.[1] === undefined ? undefined : `+${match[1]}`;
}

/**
 * A chat id as WAHA takes it, or undefined when it is not one. DOC: `@s.whatsapp.net` appears in raw engine data only
 * and must be turned into `@c.us` before use; `status@broadcast` is not a chat anyone can be sent to.
 */
export function normalizeChatId(chatId: string): string | undefined {
  const trimmed = chatId.trim().replace(/@s\.whatsapp\.net$/, '@c.us');
  return CHAT_ID.test(trimmed) ? trimmed : undefined;
}

/** The digits check-exists takes (DOC: `phone=<digits>`): an E.164 phone without `+`, or digits as given. */
export function checkExistsDigits(phone: string): string | undefined {
  const trimmed = phone.trim();
  if (E164.test(trimmed)) return trimmed.slice(1);
  return /^[1-9]\d{6,14}$/.test(trimmed) ? trimmed : undefined;
}
