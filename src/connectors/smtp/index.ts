// Public surface of the SMTP connector: the only import path other layers use.
export {
  createSmtpSender,
  smtpReplyCode,
  type SmtpMessage,
  type SmtpSender,
  type SmtpSenderOptions,
  type SmtpSent,
} from './client.js';
export { smtpConnector, smtpOptionsFor, smtpPayloadSchema } from './connector.js';
