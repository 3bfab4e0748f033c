// Public surface of the Twilio connector: the only import path other layers use.
export {
  createTwilioClient,
  isTwilioOptOutError,
  TWILIO_DEFAULT_BASE_URL,
  TwilioApiError,
  twilioErrorCode,
  type SendSmsInput,
  type TwilioAccount,
  type SentSms,
  type TwilioClient,
  type TwilioClientOptions,
} from './client.js';
export {
  TWILIO_ERROR,
  TWILIO_FINAL_STATUSES,
  TWILIO_HELP_KEYWORDS,
  TWILIO_MESSAGE_STATUSES,
  TWILIO_OPT_IN_KEYWORDS,
  TWILIO_OPT_OUT_KEYWORDS,
  twilioErrorBodySchema,
  twilioInboundMessageSchema,
  twilioMessageSchema,
  twilioStatusCallbackSchema,
  type TwilioErrorBody,
  type TwilioInboundMessage,
  type TwilioMessage,
  type TwilioMessageStatus,
  type TwilioStatusCallback,
} from './types.js';
export { parseInboundMessage, parseStatusCallback, TWILIO_SIGNATURE_HEADER, verify } from './webhook.js';
export { TWILIO_OPTED_OUT, twilioClientFor, twilioConnector, twilioPayloadSchema } from './connector.js';
