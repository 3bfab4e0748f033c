// Public surface of the ScaleV connector: the only import path other layers use.
export { parse, SCALEV_SIGNATURE_HEADER, verify } from './webhook.js';
