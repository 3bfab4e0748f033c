// Public surface of the Recurrente connector: the only import path other layers use.
export { parse, SVIX_TOLERANCE_SECONDS, verify } from './webhook.js';
export { recurrenteConnector } from './connector.js';
export { recurrenteResourceSchema, type RecurrenteResource } from './types.js';
