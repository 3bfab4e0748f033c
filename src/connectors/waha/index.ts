// Public surface of the WAHA connector: the only import path other layers use.
export { checkExistsDigits, chatIdFromPhone, normalizeChatId, phoneFromChatId } from './chat-id.js';
export {
  createWahaClient,
  WAHA_DEFAULT_BASE_URL,
  WAHA_MIN_TIMEOUT_MS,
  WahaApiError,
  wahaRefusal,
  type SendMediaInput,
  type SendTextInput,
  type WahaClient,
  type WahaClientOptions,
  type WahaFile,
  type WahaNumberStatus,
  type WahaRefusal,
  type WahaSentMessage,
  type WahaSession,
} from './client.js';
export { checkWahaConnection, wahaClientFromSettings, type WahaSettingsInput } from './connection.js';
export {
  createWahaSender,
  sendWahaDelivery,
  wahaDeliveryPayloadSchema,
  type WahaDelivery,
  type WahaDeliveryKind,
  type WahaDeliveryPayload,
  type WahaDeliveryResponse,
} from './sender.js';
export { WAHA_SESSION_STATUSES, wahaMessageId, type WahaSessionStatus } from './types.js';
export { chatSerialKey, parse, verify, WAHA_ALGORITHM_HEADER, WAHA_SIGNATURE_HEADER } from './webhook.js';
export { wahaClientFor, wahaConnector } from './connector.js';
