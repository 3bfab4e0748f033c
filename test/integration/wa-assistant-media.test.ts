// The office location and video testimonials end to end: settings, the rule brain's answer, and each send as a delivery through the WAHA simulator (retried, visible when it gives up).
import { beforeEach, describe, expect, it } from 'vitest';
import { providerExampleObject } from '../fixtures/providers/index.js';
import { useHarness, type Harness } from '../helpers/wa-assistant-harness.js';
import { testDialect } from '../helpers/test-db.js';

const CUSTOMER = '6281200000001';
const CHAT = `${CUSTOMER}@c.us`;
const VIDEO = 'https://cdn.amanah.test/testimoni-aminah.mp4';
const MEDIA_SETTINGS = {
  office_name: 'Kantor Amanah Tour Jakarta',
  office_address: 'Jl. Jend. Sudirman No. 1, Jakarta Pusat',
  office_latitude: -6.2088,
  office_longitude: 106.8456,
  office_maps_url: null,
  testimonial_videos: [{ url: VIDEO, caption: 'Bu Aminah, jamaah Maret 2025' }],
};

interface Detail {
  messages: { direction: string; author: string; kind: string; body: string | null; media_url: string | null; delivery_status: string | null }[];
  turns: { intent: string | null; escalate: boolean; phase_after: string }[];
}

describe(`WhatsApp assistant: office location and testimonials (${testDialect()})`, () => {
  let h: Harness;
  const detail = async (): Promise<Detail> => (await h.api('GET', `/api/conversations/${await h.conversationId(CUSTOMER)}`)).json() as Detail;

  useHarness((started) => (h = started));
  beforeEach(async () => {
    const res = await h.api('PUT', '/api/settings/wa-assistant', MEDIA_SETTINGS);
    expect(res.statusCode, res.body).toBe(200);
  });

  it('keeps the office and the videos in the settings API, and refuses half a coordinate or a bad video URL naming the field', async () => {
    const got = (await h.api('GET', '/api/settings/wa-assistant')).json() as Record<string, unknown>;
    expect(got).toMatchObject(MEDIA_SETTINGS);
    const half = await h.api('PUT', '/api/settings/wa-assistant', { office_latitude: null });
    expect(half.statusCode).toBe(400);
    expect(half.body).toContain('office_latitude');
    const badUrl = await h.api('PUT', '/api/settings/wa-assistant', { testimonial_videos: [{ url: 'not a url', caption: 'x' }] });
    expect(badUrl.statusCode).toBe(400);
    expect(badUrl.body).toContain('testimonial_videos');
  });

  it('answers "where is the office?" with the address and a map link, and "any videos?" with the testimonial as an MP4 file, each a sent delivery', async () => {
    await h.say(CUSTOMER, 'kak, alamat kantornya dimana ya?');
    await h.settle();
    const office = h.sim.messages.filter((m) => m.chatId === CHAT && m.kind === 'text');
    expect(office).toHaveLength(1);
    expect(office[0]?.text).toContain('Jl. Jend. Sudirman No. 1, Jakarta Pusat');
    expect(office[0]?.text).toContain('https://www.google.com/maps/search/?api=1&query=-6.2088,106.8456');
    // A map link WhatsApp shows as a preview: the contract's sendText has no location message of its own.
    expect(office[0]?.request['linkPreview']).toBe(true);

    await h.say(CUSTOMER, 'ada video testimoni jamaah?');
    await h.settle();
    const video = h.sim.messages.filter((m) => m.chatId === CHAT && m.kind === 'file');
    expect(video).toHaveLength(1);
    // The contract's sendFile body (the example's fields), with an MP4.
    const example = providerExampleObject('waha', 'waha-api.sendFile.request.json');
    expect(Object.keys(video[0]?.request ?? {}).sort()).toEqual(Object.keys(example).sort());
    expect(video[0]).toMatchObject({ caption: 'Bu Aminah, jamaah Maret 2025', file: { mimetype: 'video/mp4', url: VIDEO, filename: 'testimoni-aminah.mp4' } });

    const d = await detail();
    expect(d.turns.map((t) => [t.intent, t.escalate, t.phase_after])).toEqual([['location', false, 'leads'], ['testimonial', false, 'leads']]);
    const out = d.messages.filter((m) => m.direction === 'out');
    expect(out.find((m) => m.kind === 'location')).toMatchObject({ author: 'bot', media_url: 'https://www.google.com/maps/search/?api=1&query=-6.2088,106.8456', delivery_status: 'sent' });
    expect(out.find((m) => m.kind === 'video')).toMatchObject({ author: 'bot', media_url: VIDEO, body: 'Bu Aminah, jamaah Maret 2025', delivery_status: 'sent' });
    const keys = await h.t.db.selectFrom('deliveries').select('idempotency_key').where('payload', 'like', '%video/mp4%').execute();
    expect(keys).toHaveLength(1);
    expect(keys[0]?.idempotency_key).toMatch(/^wa:wat_[0-9a-z]+:part:1$/);
  });

  it('a video WAHA fails with a 500 is sent again once; one WAHA refuses for good shows as given up (dead) on the conversation', async () => {
    h.sim.clearRequests();
    h.sim.fail({ match: { method: 'POST', path: '/api/sendFile' }, times: 1, fault: { kind: 'status', status: 500 } });
    await h.say(CUSTOMER, 'testimoni nya ada?');
    await h.settle();
    expect(h.sim.requests.filter((r) => r.path === '/api/sendFile')).toHaveLength(2);
    expect(h.sim.messages.filter((m) => m.kind === 'file')).toHaveLength(1);

    // Expired media: WAHA answers 404 FILE_NOT_FOUND, which no retry can mend.
    h.sim.fail({ match: { method: 'POST', path: '/api/sendFile' }, fault: { kind: 'status', status: 404, body: { error: { code: 404, key: 'FILE_NOT_FOUND', message: 'File not found' } } } });
    await h.say(CUSTOMER, 'ada review lain?');
    await h.settle();
    const videos = (await detail()).messages.filter((m) => m.kind === 'video');
    expect(videos.map((m) => m.delivery_status)).toEqual(['sent', 'dead']);
  });

  it('without an office configured, the customer hears an admin will send it and the conversation waits for a person', async () => {
    expect((await h.api('PUT', '/api/settings/wa-assistant', { office_name: null, office_address: null, office_latitude: null, office_longitude: null })).statusCode).toBe(200);
    await h.say(CUSTOMER, 'where is your office?');
    await h.settle();
    expect(h.textsTo(CUSTOMER)).toEqual([expect.stringContaining('office address')]);
    const c = (await h.api('GET', `/api/conversations/${await h.conversationId(CUSTOMER)}`)).json() as { status: string; escalation_reason: string };
    expect(c).toMatchObject({ status: 'queued', escalation_reason: 'low_confidence' });
  });

  it('process-message names the location and the video among media_to_send', async () => {
    const res = await h.api('POST', '/api/ai/process-message', { phone: CUSTOMER, message: 'lokasinya dimana?' });
    expect(res.json()).toMatchObject({ media_to_send: [{ type: 'location', url: 'https://www.google.com/maps/search/?api=1&query=-6.2088,106.8456' }], should_escalate: false });
    const videos = await h.api('POST', '/api/ai/process-message', { phone: CUSTOMER, message: 'any testimonials?' });
    expect(videos.json()).toMatchObject({ media_to_send: [{ type: 'video', url: VIDEO }], language: 'en' });
  });
});
