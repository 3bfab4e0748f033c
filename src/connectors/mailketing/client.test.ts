// Runs the real Mailketing client against the Mailketing simulator: lists, subscribers, credits, refusals in 200 bodies, faults.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startMailketingSim, type MailketingSim } from '../../../sim/mailketing.js';
import { createHttpClient } from '../../core/http/transport.js';
import { createMailketingClient, type MailketingClient } from './index.js';
import { providerExample, providerExampleFields } from '../../../test/fixtures/providers/index.js';
import { failure, value } from '../../../test/helpers/results.js';

let sim: MailketingSim;
let client: MailketingClient;

beforeAll(async () => {
  sim = await startMailketingSim({ apiToken: 'mk_live_token_5e8a1c' });
  client = createMailketingClient({ baseUrl: `${sim.apiBaseUrl}/`, apiToken: sim.apiToken, http: createHttpClient({ timeoutMs: 2_000 }) });
});

afterEach(() => {
  sim.clearFaults();
  sim.clearRequests();
  sim.state.invalidTokenAsHtml = false;
});

afterAll(async () => {
  await sim.close();
});


describe('mailketing client: happy paths', () => {
  it('lists the account’s lists with form-encoded api_token and string ids', async () => {
    const added = sim.addList('Not Closing - Sedekah Jariyah');
    const lists = value(await client.listLists());
    expect(lists.slice(0, 3)).toEqual([
      { listId: '42898', name: 'Follow Up - Madu Hutan Sumbawa' },
      { listId: '42899', name: 'Closing - Madu Hutan Sumbawa' },
      { listId: '43010', name: 'Not Closing - Madu Hutan Sumbawa' },
    ]);
    expect(lists.at(-1)).toEqual({ listId: String(added.listId), name: added.listName });

    const request = sim.requests[0];
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/api/v1/viewlist');
    expect(request?.headers['content-type']).toContain('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(request?.body))).toEqual({ api_token: 'mk_live_token_5e8a1c' });
    expect(request?.headers['authorization']).toBeUndefined();
  });

  it('adds a subscriber with the documented field names, phone sent as mobile', async () => {
    const outcome = value(
      await client.addSubscriber({
        listId: 42898,
        email: 'siti.rahmawati@contoh.co.id',
        firstName: 'Siti',
        lastName: 'Rahmawati',
        phone: '6281234567890',
        city: 'Kota Bandung',
        state: 'Jawa Barat',
        country: 'Indonesia',
      }),
    );
    expect(outcome).toEqual({ alreadySubscribed: false, message: 'Success Add Subscriber' });
    expect(sim.subscribers(42898)).toMatchObject([
      {
        email: 'siti.rahmawati@contoh.co.id',
        adds: 1,
        fields: {
          list_id: '42898',
          email: 'siti.rahmawati@contoh.co.id',
          first_name: 'Siti',
          last_name: 'Rahmawati',
          mobile: '6281234567890',
          city: 'Kota Bandung',
          state: 'Jawa Barat',
          country: 'Indonesia',
        },
      },
    ]);
    expect(sim.requests[0]?.path).toBe('/api/v1/addsubtolist');
  });

  it('adding the same email again succeeds and keeps one subscriber', async () => {
    const input = { listId: '42899', email: 'agus.setiawan@contoh.co.id', firstName: 'Agus' };
    expect(value(await client.addSubscriber(input)).alreadySubscribed).toBe(false);
    expect(value(await client.addSubscriber({ ...input, email: 'Agus.Setiawan@contoh.co.id' })).alreadySubscribed).toBe(false);
    expect(sim.subscribers('42899')).toHaveLength(1);
    expect(sim.subscribers('42899')[0]?.adds).toBe(2);
  });

  it('treats an "already subscribed" refusal as success, in case the real service refuses duplicates', async () => {
    sim.fail({ times: 1, fault: { kind: 'status', status: 200, body: { status: 'failed', response: 'Email already exist in this list' } } });
    expect(value(await client.addSubscriber({ listId: 42898, email: 'putri@contoh.co.id' }))).toEqual({
      alreadySubscribed: true,
      message: 'Email already exist in this list',
    });
  });

  it('reads the credit balance', async () => {
    expect(value(await client.checkBalance())).toEqual({ credits: 12_500 });
    sim.state.credits = 40;
    expect(value(await client.checkBalance())).toEqual({ credits: 40 });
    sim.fail({ times: 1, fault: { kind: 'status', status: 200, body: { status: 'success', data: { credits: '12.500' } } } });
    expect(value(await client.checkBalance())).toEqual({ credits: 12_500 });
  });
});

describe('mailketing client: refusals and faults', () => {
  it('a wrong token (HTTP 200, status failed) is a non-retryable auth error on every action, token not echoed', async () => {
    const wrong = createMailketingClient({ baseUrl: sim.apiBaseUrl, apiToken: 'mk_wrong_token_000', http: createHttpClient({ timeoutMs: 2_000 }) });
    const errors = [
      failure(await wrong.listLists()),
      failure(await wrong.addSubscriber({ listId: 42898, email: 'a@b.co' })),
      failure(await wrong.checkBalance()),
    ];
    for (const error of errors) {
      expect(error).toMatchObject({ kind: 'auth', status: 200, retryable: false });
      expect(error.message).toContain('Access Denied, Invalid Token');
      expect(error.message).not.toContain('mk_wrong_token_000');
    }
    expect(sim.subscribers(42898).some((s) => s.email === 'a@b.co')).toBe(false);
  });

  it('an unknown list or a bad email is a non-retryable rejected error', async () => {
    expect(failure(await client.addSubscriber({ listId: 1, email: 'nur.aini@contoh.co.id' }))).toMatchObject({
      kind: 'rejected',
      retryable: false,
      message: expect.stringContaining('List Not Found') as unknown,
    });
    expect(failure(await client.addSubscriber({ listId: 42898, email: '' }))).toMatchObject({ kind: 'rejected', message: expect.stringContaining('Email is required') as unknown });
    expect(failure(await client.addSubscriber({ listId: 42898, email: 'bukan-email' }))).toMatchObject({ kind: 'rejected' });
  });

  it('an HTML page instead of JSON is a non-retryable invalid_response', async () => {
    sim.state.invalidTokenAsHtml = true;
    const wrong = createMailketingClient({ baseUrl: sim.apiBaseUrl, apiToken: 'mk_wrong', http: createHttpClient({ timeoutMs: 2_000 }) });
    expect(failure(await wrong.listLists())).toMatchObject({ kind: 'invalid_response', retryable: false });
  });

  it('a 500 with a non-JSON body is a retryable server error; a 429 carries retryAfterMs', async () => {
    sim.fail({ times: 1, fault: { kind: 'status', status: 500, body: 'Internal Server Error' } });
    expect(failure(await client.addSubscriber({ listId: 42898, email: 'yoga@contoh.co.id' }))).toMatchObject({ kind: 'server', status: 500, retryable: true });
    expect(sim.subscribers(42898).some((s) => s.email === 'yoga@contoh.co.id')).toBe(false);

    sim.fail({ times: 1, fault: { kind: 'rate_limit', retryAfterSeconds: 30 } });
    expect(failure(await client.listLists())).toMatchObject({ kind: 'rate_limited', retryable: true, retryAfterMs: 30_000 });

    // The retry after the fault lands once.
    expect(value(await client.addSubscriber({ listId: 42898, email: 'yoga@contoh.co.id' })).alreadySubscribed).toBe(false);
    expect(sim.subscribers(42898).filter((s) => s.email === 'yoga@contoh.co.id')).toHaveLength(1);
  });

  it('a server that never answers is a retryable timeout', async () => {
    const impatient = createMailketingClient({ baseUrl: sim.apiBaseUrl, apiToken: sim.apiToken, http: createHttpClient({ timeoutMs: 200 }) });
    sim.fail({ times: 1, fault: { kind: 'hang' } });
    expect(failure(await impatient.checkBalance())).toMatchObject({ kind: 'timeout', retryable: true });
  });

  it('a success body without lists or credits is a non-retryable invalid_response', async () => {
    sim.fail({ times: 2, fault: { kind: 'status', status: 200, body: { status: 'success' } } });
    expect(failure(await client.listLists())).toMatchObject({ kind: 'invalid_response', retryable: false });
    expect(failure(await client.checkBalance())).toMatchObject({ kind: 'invalid_response', retryable: false });
  });

  it('the simulator answers in the shapes of the provider examples', async () => {
    const example = (name: string) => providerExample('mailketing', name);
    const post = async (action: string, form: Record<string, string>) =>
      (await fetch(`${sim.apiBaseUrl}/${action}`, { method: 'POST', body: new URLSearchParams(form) })).json();
    const viewlist = (await post('viewlist', { api_token: sim.apiToken })) as { lists: unknown[] };
    expect({ ...viewlist, lists: viewlist.lists.slice(0, 3) }).toEqual(example('mailketing-api.viewlist.response.json'));
    const request = providerExampleFields('mailketing', 'mailketing-api.addsubtolist.request.json');
    expect(await post('addsubtolist', { ...request, api_token: sim.apiToken })).toEqual(example('mailketing-api.addsubtolist.response.json'));
    expect(await post('viewlist', { api_token: 'mk_test_7f1c0a9e3b5d4c2a8e6f' })).toEqual(example('mailketing-api.error.response.json'));
  });

  it('the simulator also accepts multipart forms, as some clients send', async () => {
    const form = new FormData();
    form.set('api_token', sim.apiToken);
    form.set('list_id', '43011');
    form.set('email', 'hendra.gunawan@contoh.co.id');
    const res = await fetch(`${sim.apiBaseUrl}/addsubtolist`, { method: 'POST', body: form });
    expect(await res.json()).toEqual({ status: 'success', response: 'Success Add Subscriber', message: 'Success Add Subscriber' });
    expect(sim.subscribers(43011)[0]?.fields).toEqual({ list_id: '43011', email: 'hendra.gunawan@contoh.co.id' });
  });
});
