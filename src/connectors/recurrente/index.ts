// Public surface of the Recurrente connector: the only import path other layers use.
export { parse, SVIX_TOLERANCE_SECONDS, verify } from './webhook.js';
export { recurrenteClientFor, recurrenteConnector } from './connector.js';
export { createRecurrenteClient, RECURRENTE_DEFAULT_BASE_URL, type RecurrenteClient, type RecurrenteSubscription } from './client.js';
export { recurrenteResourceSchema, type RecurrenteResource } from './types.js';
