// Public surface of the Twilio connector: the only import path other layers use.
export { parseInboundMessage, parseStatusCallback, TWILIO_SIGNATURE_HEADER, verify } from './webhook.js';
