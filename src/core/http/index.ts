// Public surface of the shared provider transport (one instance lives on the app context as ctx.http) and signature helpers.
export { createHttpClient, withTimeout, ProviderError, type HttpClient, type HttpClientOptions, type ProviderErrorKind } from './transport.js';
export { requestFetch } from './fetch.js';
export { hmacBase64, hmacHex, safeEqual, sha256Hex } from './signatures.js';
export { providerFailure } from './provider-failure.js';
