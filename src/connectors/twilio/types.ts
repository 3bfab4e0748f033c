// Twilio wire schemas: the Message resource, the REST error body, and the form fields of the two SMS webhooks.
import { z } from 'zod';
import { providerLine, providerText } from '../../core/provider-values.js';

// Loose objects throughout: Twilio adds fields (and webhook parameters) without notice (DOC), and an unknown one must
// never fail a parse. The fields we read are typed.

/** DOC: the Message resource status enum. */
export const TWILIO_MESSAGE_STATUSES = [
  'queued', 'sending', 'sent', 'failed', 'delivered', 'undelivered', 'receiving', 'received',
  'accepted', 'scheduled', 'read', 'partially_delivered', 'canceled',
] as const;
export type TwilioMessageStatus = (typeof TWILIO_MESSAGE_STATUSES)[number];

/** DOC: final statuses of an outbound SMS (`canceled` only for scheduled ones). */
export const TWILIO_FINAL_STATUSES: readonly TwilioMessageStatus[] = ['delivered', 'undelivered', 'failed', 'canceled'];

/** DOC: Twilio's default keywords, matched only as the whole body, case-insensitive, surrounding whitespace ignored. */
export const TWILIO_OPT_OUT_KEYWORDS = ['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'REVOKE', 'OPTOUT'] as const;
export const TWILIO_OPT_IN_KEYWORDS = ['START', 'YES', 'UNSTOP'] as const;
export const TWILIO_HELP_KEYWORDS = ['HELP', 'INFO'] as const;

/** DOC error codes the connector's callers act on. */
export const TWILIO_ERROR = {
  /** 401: wrong AccountSid / Auth Token. */
  authenticate: 20003,
  /** 429: too many requests. */
  tooManyRequests: 20429,
  /** 400: `To` is not a valid phone number. */
  invalidTo: 21211,
  /** 400: the recipient replied STOP; sending is blocked until they opt back in. */
  unsubscribedRecipient: 21610,
} as const;

/**
 * DOC: the create / fetch answer. Only `sid` and `status` are required; `status` is a string rather than the enum so a
 * status Twilio adds later does not turn a sent message into an invalid response.
 */
export const twilioMessageSchema = z.looseObject({
  sid: z.string().min(1),
  status: z.string().min(1),
  account_sid: z.string().optional(),
  messaging_service_sid: z.string().nullish(),
  from: z.string().nullish(),
  to: z.string().optional(),
  num_segments: z.string().nullish(),
  error_code: z.number().int().nullish(),
  error_message: z.string().nullish(),
  date_created: z.string().nullish(),
});
export type TwilioMessage = z.infer<typeof twilioMessageSchema>;

/** DOC: the Account resource (only what the settings test shows). */
export const twilioAccountSchema = z.looseObject({
  sid: z.string().min(1),
  friendly_name: z.string().nullish(),
  status: z.string().nullish(),
});

/** DOC: `{code, message, more_info, status}` on every REST error. */
export const twilioErrorBodySchema = z.looseObject({
  code: z.number().int(),
  message: z.string(),
  more_info: z.string().optional(),
  status: z.number().int().optional(),
});
export type TwilioErrorBody = z.infer<typeof twilioErrorBodySchema>;

// Webhook form fields we read or store: ids, statuses, numbers and codes reject the request (400, logged) when too
// long or holding control characters; the body may have line breaks, up to Twilio's 1600-character limit.
const sid = providerLine(64);
const phone = providerLine(64);

/** DOC: a delivery status callback, form fields as strings. */
export const twilioStatusCallbackSchema = z.looseObject({
  MessageSid: sid.min(1),
  MessageStatus: providerLine(32).min(1),
  AccountSid: sid.optional(),
  From: phone.optional(),
  To: phone.optional(),
  MessagingServiceSid: sid.optional(),
  /** Digits, on failed / undelivered (e.g. 30003). */
  ErrorCode: z.string().regex(/^\d{0,10}$/, 'must be at most 10 digits').transform((v) => (v === '' ? undefined : v)).optional(),
  /** Carrier receipt time `YYMMDDhhmm`, no time zone. */
  RawDlrDoneDate: providerLine(32).optional(),
});
export type TwilioStatusCallback = z.infer<typeof twilioStatusCallbackSchema>;

/** DOC: the most a message body holds (ten concatenated segments). */
export const TWILIO_BODY_MAX = 1600;

/** DOC: an inbound SMS webhook, form fields as strings. */
export const twilioInboundMessageSchema = z.looseObject({
  MessageSid: sid.min(1),
  From: phone.min(1),
  To: phone.min(1),
  Body: providerText(TWILIO_BODY_MAX).default(''),
  AccountSid: sid.optional(),
  MessagingServiceSid: sid.optional(),
  NumMedia: providerLine(8).optional(),
  /** Only with Advanced Opt-Out: STOP, START or HELP (DOC); kept a string so a new value is not a parse failure. */
  OptOutType: providerLine(32).optional(),
});
export type TwilioInboundMessage = z.infer<typeof twilioInboundMessageSchema>;
