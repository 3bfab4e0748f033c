// The WAHA settings test and settings → client, against the simulator: each session state in words, a refused key, missing settings.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startWahaSim, type WahaSim, type WahaSimStatus } from '../../../sim/waha.js';
import { AppError } from '../../core/errors.js';
import { createHttpClient } from '../../core/http/index.js';
import { checkWahaConnection, createWahaClient, wahaClientFromSettings, type WahaClient } from './index.js';

const KEY = 'waha_settings_key_40ab';
const http = createHttpClient({ timeoutMs: 2_000 });

let sim: WahaSim;
let client: WahaClient;

beforeAll(async () => {
  sim = await startWahaSim({ apiKey: KEY });
  client = createWahaClient({ baseUrl: sim.url, apiKey: KEY, session: 'default', http });
});

afterEach(async () => {
  await sim.setStatus('WORKING');
});

afterAll(async () => {
  await sim.close();
});

async function refusedWith(work: () => Promise<unknown>): Promise<AppError> {
  const thrown = await work().then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(thrown instanceof AppError)) throw new Error(`expected an AppError, got ${String(thrown)}`);
  return thrown;
}

describe('checkWahaConnection', () => {
  it('says the session is WORKING', async () => {
    expect(await checkWahaConnection(client)).toEqual({ message: 'session default is WORKING' });
    expect(sim.requests.at(-1)).toMatchObject({ method: 'GET', path: '/api/sessions/default' });
  });

  it('names the status and what to do when the session is not WORKING', async () => {
    const expected: Array<[WahaSimStatus, string]> = [
      ['SCAN_QR_CODE', 'WAHA session default is SCAN_QR_CODE, not WORKING: open the WAHA dashboard and scan the QR code with the WhatsApp phone'],
      ['STOPPED', 'WAHA session default is STOPPED, not WORKING: start it in the WAHA dashboard'],
      ['FAILED', 'WAHA session default is FAILED, not WORKING: restart it in the WAHA dashboard; if it fails again, log out and scan the QR code again'],
      ['STARTING', 'WAHA session default is STARTING, not WORKING: it is starting; try again in a few seconds'],
    ];
    for (const [status, message] of expected) {
      await sim.setStatus(status);
      const error = await refusedWith(() => checkWahaConnection(client));
      expect(error).toMatchObject({ code: 'provider_error', message, context: { provider: 'waha', session: 'default', status } });
    }
  });

  it('a refused key is provider_rejected_key, without the key', async () => {
    const wrong = createWahaClient({ baseUrl: sim.url, apiKey: 'not_the_key_123456', session: 'default', http });
    const error = await refusedWith(() => checkWahaConnection(wrong));
    expect(error).toMatchObject({ code: 'provider_rejected_key', message: 'WAHA rejected the API key (HTTP 401): check it in Settings' });
    expect(JSON.stringify(error) + error.message).not.toContain('not_the_key_123456');
  });

  it('an unknown session and an unreachable server are provider_error with a message saying which', async () => {
    const other = createWahaClient({ baseUrl: sim.url, apiKey: KEY, session: 'sales', http });
    expect((await refusedWith(() => checkWahaConnection(other))).message).toBe(
      'WAHA has no session named "sales": create it in the WAHA dashboard, or correct the session name in Settings',
    );
    const gone = await startWahaSim();
    const url = gone.url;
    await gone.close();
    const unreachable = await refusedWith(() => checkWahaConnection(createWahaClient({ baseUrl: url, apiKey: KEY, session: 'default', http })));
    expect(unreachable).toMatchObject({ code: 'provider_error', retryable: true });
    expect(unreachable.message).toMatch(/^WAHA could not answer: GET .* failed: ECONNREFUSED$/);
  });
});

describe('wahaClientFromSettings', () => {
  it('builds a working client from the settings, the session defaulting to `default`', async () => {
    const fromSettings = wahaClientFromSettings({ data: { base_url: sim.url }, secrets: { api_key: KEY } }, http);
    expect(fromSettings.session).toBe('default');
    expect(await checkWahaConnection(fromSettings)).toEqual({ message: 'session default is WORKING' });
    expect(wahaClientFromSettings({ data: { base_url: sim.url, session: 'sales' }, secrets: { api_key: KEY } }, http).session).toBe('sales');
  });

  it('is provider_not_configured, naming what is missing, without an API key or a usable base URL', () => {
    const attempt = (data: Record<string, unknown>, secrets: Record<string, unknown>) => {
      try {
        wahaClientFromSettings({ data, secrets }, http);
      } catch (error) {
        return error;
      }
      return undefined;
    };
    expect(attempt({ base_url: sim.url }, {})).toMatchObject({ code: 'provider_not_configured', message: 'WAHA is not set up: enter its API key in Settings' });
    expect(attempt({ base_url: sim.url }, { api_key: '' })).toMatchObject({ code: 'provider_not_configured' });
    expect(attempt({}, { api_key: KEY })).toMatchObject({ code: 'provider_not_configured', context: { missing: 'base_url' } });
    expect(attempt({ base_url: 'localhost:3000' }, { api_key: KEY })).toMatchObject({ code: 'provider_not_configured', context: { missing: 'base_url' } });
    expect(attempt({ base_url: sim.url, session: '  ' }, { api_key: KEY })).toMatchObject({ code: 'provider_not_configured', context: { missing: 'session' } });
  });
});
