// Public surface of the shared provider transport and signature helpers.
export { createHttpClient, ProviderError, type HttpClient, type HttpClientOptions, type ProviderErrorKind } from './transport.js';
export { hmacBase64, hmacHex, safeEqual, sha256Hex } from './signatures.js';
export { providerFailure } from './provider-failure.js';
