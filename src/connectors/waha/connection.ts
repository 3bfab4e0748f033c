// The WAHA settings test and client setup: settings → client, and "is the session WORKING?" in words a shop owner can act on.
import { z } from 'zod';
import { AppError } from '../../core/errors.js';
import { providerFailure } from '../../core/http/index.js';
import type { HttpClient } from '../../core/http/index.js';
import { createWahaClient, WahaApiError, type WahaClient } from './client.js';

/** What to do about a session that is not WORKING (DOC: session statuses), keyed by status. */
const NEXT_STEP: Readonly<Record<string, string>> = {
  STOPPED: 'start it in the WAHA dashboard',
  STARTING: 'it is starting; try again in a few seconds',
  SCAN_QR_CODE: 'open the WAHA dashboard and scan the QR code with the WhatsApp phone',
  FAILED: 'restart it in the WAHA dashboard; if it fails again, log out and scan the QR code again',
  PASSKEY_REQUIRED: 'confirm the passkey on the WhatsApp phone',
  PASSKEY_CONFIRMATION_REQUIRED: 'confirm the passkey on the WhatsApp phone',
};

/**
 * The settings test: `GET /api/sessions/{session}`, which changes nothing. Answers "session default is WORKING", or
 * throws an AppError: `provider_rejected_key` when WAHA refuses the key, `provider_error` when the session is not
 * WORKING (with what to do), does not exist, or WAHA cannot be reached.
 */
export async function checkWahaConnection(client: WahaClient): Promise<{ message: string }> {
  const result = await client.getSession();
  if (!result.ok) {
    const error = result.error;
    if (error instanceof WahaApiError && error.refusal === 'session_not_found') {
      throw new AppError(
        'provider_error',
        `WAHA has no session named "${client.session}": create it in the WAHA dashboard, or correct the session name in Settings`,
        { context: { provider: 'waha', session: client.session, status: error.status ?? null } },
      );
    }
    throw providerFailure('WAHA', error);
  }
  const session = result.value;
  if (!session.working) {
    const next = NEXT_STEP[session.status] ?? 'open the WAHA dashboard and bring it back to WORKING';
    throw new AppError('provider_error', `WAHA session ${session.name} is ${session.status}, not WORKING: ${next}`, {
      context: { provider: 'waha', session: session.name, status: session.status },
    });
  }
  return { message: `session ${session.name} is WORKING` };
}

/** The stored WAHA settings as read with their defaults applied (plain values and decrypted secrets). */
export interface WahaSettingsInput {
  readonly data: Readonly<Record<string, unknown>>;
  readonly secrets: Readonly<Record<string, unknown>>;
}

const settingsSchema = z.object({
  base_url: z.url({ protocol: /^https?$/ }),
  session: z.string().trim().min(1).default('default'),
});

/**
 * A client for a workspace's WAHA settings (`base_url`, `session`; secret `api_key`). Throws `provider_not_configured`
 * naming what is missing: DOC, WAHA requires the key on every call (it makes one up at start when none is set).
 */
export function wahaClientFromSettings(settings: WahaSettingsInput, http: HttpClient, options: { timeoutMs?: number } = {}): WahaClient {
  const apiKey = settings.secrets['api_key'];
  if (typeof apiKey !== 'string' || apiKey === '') {
    throw new AppError('provider_not_configured', 'WAHA is not set up: enter its API key in Settings', { context: { provider: 'waha', missing: 'api_key' } });
  }
  const parsed = settingsSchema.safeParse({ base_url: settings.data['base_url'], session: settings.data['session'] ?? undefined });
  if (!parsed.success) {
    const missing = parsed.error.issues[0]?.path.join('.') ?? 'base_url';
    throw new AppError('provider_not_configured', `WAHA is not set up: ${missing} is missing or not valid in Settings`, {
      context: { provider: 'waha', missing },
    });
  }
  return createWahaClient({
    baseUrl: parsed.data.base_url,
    session: parsed.data.session,
    apiKey,
    http,
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  });
}
