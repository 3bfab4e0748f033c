// Public surface of the WAHA connector: the only import path other layers use.
export { parse, verify, WAHA_ALGORITHM_HEADER, WAHA_SIGNATURE_HEADER } from './webhook.js';
export { wahaConnector } from './connector.js';
