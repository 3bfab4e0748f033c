// The assistant's audit trail over one whole conversation (every message in and out, phase changes, confidence, escalation trigger, media sent, campaign source, handover, prompt version), and a colleague's handover reaching other screens at once through GET /api/live.
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { openLiveStream } from '../helpers/live-stream.js';
import { useHarness, type Harness } from '../helpers/wa-assistant-harness.js';
import { testDialect } from '../helpers/test-db.js';

const CUSTOMER = '6281200000002';
const CODE = 'UMR_MAR_2026_HEMAT';

interface Detail {
  id: string;
  status: string;
  phase: string;
  campaign_code: string | null;
  assigned_to: string | null;
  messages: { direction: string; author: string; kind: string; body: string | null; media_url: string | null; turn_id: string | null; delivery_status: string | null; at: number; sent_at: number | null; author_name: string | null }[];
  turns: { status: string; intent: string | null; confidence: number | null; escalate: boolean; escalation_reason: string | null; phase_before: string; phase_after: string; prompt_version: string | null; campaign_code: string | null; engine: string }[];
  phase_history: { from: string | null; to: string; cause: string; actor_type: string }[];
}
interface AuditEntry {
  actor: { type: string; id: string | null };
  action: string;
  subject_id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  at: number;
}

describe(`WhatsApp assistant: audit trail and live handover (${testDialect()})`, () => {
  let h: Harness;
  const detail = async (): Promise<Detail> => {
    const res = await h.api('GET', `/api/conversations/${await h.conversationId(CUSTOMER)}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Detail;
  };
  const turn = async (text: string) => {
    await h.say(CUSTOMER, text);
    await h.settle();
  };

  useHarness((started) => (h = started));

  it('records every step of a conversation: code, interest, media, payment intent, escalation, takeover, a person\'s reply, hand back', async () => {
    expect((await h.api('PUT', '/api/settings/wa-assistant', { office_name: 'Kantor Amanah', office_address: 'Jl. Sudirman 1, Jakarta', office_maps_url: 'https://maps.app.goo.gl/amanah' })).statusCode).toBe(200);
    expect((await h.api('PUT', '/api/ai/prompts', { prompt_type: 'base', content: 'You are a helpful umroh travel consultant.', version: '3.1' })).statusCode).toBe(201);

    await turn(CODE);
    await turn('minta brosurnya kak');
    await turn('alamat kantornya dimana?');
    await turn('cara bayar DP nya gimana?');
    const id = await h.conversationId(CUSTOMER);
    const assigned = await h.api('POST', '/api/conversations/handover', { conversation_id: id, assigned_to: 'sales_admin_1', handover_notes: 'Ready to pay the DP' });
    expect(assigned.statusCode, assigned.body).toBe(200);
    await turn('halo, adminnya sudah ada?');
    const replied = await h.api('POST', `/api/conversations/${id}/messages`, { text: 'Waalaikumsalam, saya Rina. DP ke BSI 123-456.' });
    expect(replied.statusCode, replied.body).toBe(202);
    await h.settle();
    expect((await h.api('POST', `/api/conversations/${id}/hand-back`, { notes: 'DP explained' })).statusCode).toBe(200);

    const d = await detail();
    expect(d).toMatchObject({ status: 'bot', phase: 'booking', campaign_code: CODE, assigned_to: null });

    // Every message in, with its time and the turn that took it (the one sent during the takeover too: a silent turn).
    const inbound = d.messages.filter((m) => m.direction === 'in');
    expect(inbound.map((m) => m.body)).toEqual([CODE, 'minta brosurnya kak', 'alamat kantornya dimana?', 'cara bayar DP nya gimana?', 'halo, adminnya sudah ada?']);
    for (const m of inbound) expect(m).toMatchObject({ author: 'customer', sent_at: expect.any(Number), turn_id: expect.stringMatching(/^wat_/) });

    // Every message out: sent, with the time WAHA took it; the media among them; the person's reply names its writer.
    const outbound = d.messages.filter((m) => m.direction === 'out');
    for (const m of outbound) expect(m).toMatchObject({ delivery_status: 'sent', sent_at: expect.any(Number) });
    expect(outbound.filter((m) => m.kind !== 'text').map((m) => [m.kind, m.media_url])).toEqual([
      ['image', 'https://cdn.amanah.test/hemat.jpg'],
      ['image', 'https://cdn.amanah.test/hemat.jpg'],
      ['file', 'https://cdn.amanah.test/hemat.pdf'],
      ['location', 'https://maps.app.goo.gl/amanah'],
    ]);
    const personal = outbound.filter((m) => m.author === 'person');
    expect(personal).toEqual([expect.objectContaining({ body: 'Waalaikumsalam, saya Rina. DP ke BSI 123-456.', author_name: expect.stringMatching(/^token /) })]);
    expect(h.sim.messages.filter((m) => m.kind !== 'text')).toHaveLength(3);
    expect(h.textsTo(CUSTOMER)).toHaveLength(outbound.filter((m) => m.kind === 'text' || m.kind === 'location').length);

    // Each answered turn: intent, confidence, the prompt version in production, the campaign it came from, the escalation trigger.
    const answered = d.turns.filter((t) => t.status === 'answered');
    expect(answered.map((t) => [t.intent, t.phase_before, t.phase_after, t.escalate, t.escalation_reason])).toEqual([
      ['campaign_code', 'leads', 'leads', false, null],
      ['details', 'leads', 'interest', false, null],
      ['location', 'interest', 'interest', false, null],
      ['payment', 'interest', 'booking', true, 'payment_intent'],
    ]);
    for (const t of answered) expect(t).toMatchObject({ confidence: expect.any(Number), prompt_version: 'base:3.1', engine: 'rules' });
    expect(answered[0]?.campaign_code).toBe(CODE);
    expect(d.turns.filter((t) => t.status === 'silent')).toHaveLength(1);

    // Phase changes with their cause and who made them.
    expect(d.phase_history.map((p) => [p.from, p.to, p.cause, p.actor_type])).toEqual([
      [null, 'leads', 'whatsapp.first_message', 'webhook'],
      ['leads', 'interest', 'turn.details', 'ai'],
      ['interest', 'booking', 'turn.payment', 'ai'],
    ]);

    // The campaign follows the lead and the pilgrim record.
    const leads = (await h.api('GET', '/api/marketing/leads')).json() as { items: { phone: string; source: string | null; ai_confidence: number | null }[] };
    expect(leads.items.find((l) => l.phone === `+${CUSTOMER}`)).toMatchObject({ source: CODE, ai_confidence: expect.any(Number) });

    // The audit log: the escalation trigger, the takeover, the person's reply and the hand-back, each with its actor.
    const audit = ((await h.api('GET', `/api/audit?subject_id=${id}&limit=50`)).json() as { items: AuditEntry[] }).items.slice().reverse();
    expect(audit.map((a) => a.action)).toEqual(['conversation.escalate', 'conversation.handover', 'conversation.person_reply', 'conversation.hand_back']);
    const [escalation, handover, reply, handBack] = audit;
    expect(escalation).toMatchObject({ actor: { type: 'ai', id: expect.stringMatching(/^wat_/) }, after: { reason: 'payment_intent', phase: 'booking' } });
    expect(handover).toMatchObject({ actor: { type: 'token' }, before: { status: 'queued' }, after: { status: 'person', assigned_to: 'sales_admin_1', notes: 'Ready to pay the DP' } });
    expect(reply).toMatchObject({ actor: { type: 'token', id: handover?.actor.id }, after: { message_ids: [expect.stringMatching(/^wam_/)] } });
    expect(JSON.stringify(reply)).not.toContain('BSI');
    expect(handBack).toMatchObject({ before: { status: 'person', assigned_to: 'sales_admin_1' }, after: { status: 'bot', notes: 'DP explained' } });
  });

  it('a colleague\'s takeover, reassignment and hand-back reach open screens at once through GET /api/live', async () => {
    await turn('halo kak');
    const id = await h.conversationId(CUSTOMER);
    const port = (h.s.app.server.address() as AddressInfo).port;
    const live = await openLiveStream(`http://127.0.0.1:${port}/api/live`, h.owner);
    try {
      await live.readUntil(/event: ready/);
      // The stream's first look at the workspace happens when it opens; changes count from then on.
      await new Promise((r) => setTimeout(r, 1_200));
      const waChanges = () => [...live.text().matchAll(/event: change\ndata: (.*)\n/g)].map((m) => (JSON.parse(m[1] ?? '{}') as { kinds: string[] }).kinds).filter((k) => k.includes('wa'));
      const step = async (n: number, call: () => Promise<{ statusCode: number; body: string }>) => {
        const res = await call();
        expect(res.statusCode, res.body).toBe(200);
        await live.readUntil(new RegExp(`("wa"[\\s\\S]*){${n}}`));
        expect(waChanges()).toHaveLength(n);
      };
      await step(1, () => h.api('POST', '/api/conversations/handover', { conversation_id: id, assigned_to: 'sales_admin_1' }));
      // Nothing else moved: without the module's own kind, no screen would have refetched.
      expect(waChanges()[0]).toEqual(['wa']);
      await step(2, () => h.api('POST', '/api/conversations/handover', { conversation_id: id, assigned_to: 'sales_admin_2' }));
      await step(3, () => h.api('POST', `/api/conversations/${id}/hand-back`, {}));
    } finally {
      live.close();
    }
  });
});
