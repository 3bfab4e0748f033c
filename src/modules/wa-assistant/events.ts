// The assistant's subscription to WAHA webhooks: customer messages start or extend a turn; session status and acks feed the health view.
import type { EventHandler, EventOutcome, EventSetHandler } from '../../core/inbox/process.js';
import { loadProviderSettings } from '../../core/connector.js';
import { wahaConnector } from '../../connectors/waha/index.js';
import { recordAck, recordInbound, touchSession, type Flow } from './flow.js';
import { checkHealthAndAlert } from './health/flow.js';
import { recordInboundSet, type InboundInSet } from './inbound/flow.js';
import { readInbound } from './inbound/rules.js';
import { loadAssistantSettings } from './settings.js';

/** The session our WAHA settings name (WAHA's own default when none is set). */
const sessionOf = (waha: { data: Record<string, unknown> }) => (typeof waha.data['session'] === 'string' ? waha.data['session'] : 'default');

/** `/webhooks/waha[/<slug>]` and the seed's `POST /api/whatsapp/webhook` both store WAHA bodies under the source `waha`. */
const handleOne: EventHandler = async (event, jc) => {
  let body: unknown;
  try {
    body = JSON.parse(event.raw_body);
  } catch {
    return { status: 'skipped', outcome: 'body is not JSON' };
  }
  const waha = await loadProviderSettings(jc.app, jc.db, jc.workspaceId, wahaConnector);
  const read = readInbound(body, sessionOf(waha));
  const f: Flow = { db: jc.db, ctx: jc.app, workspaceId: jc.workspaceId };
  switch (read.kind) {
    case 'malformed':
      return { status: 'skipped', outcome: `malformed: ${read.reason}` };
    case 'ignored':
      return { status: 'skipped', outcome: `ignored: ${read.reason}` };
    case 'session.status':
      // Our own clock, not WAHA's: outages are compared with the alerts raised about them.
      await touchSession(f, read.session, { status: read.status, status_at: event.received_at });
      await checkHealthAndAlert(f);
      return { status: 'processed', outcome: `session ${read.session} is ${read.status}` };
    case 'message.ack':
      return recordAck(f, read.session, read.messageId, read.ack);
    case 'message':
      return recordInbound(f, read, event.id, event.received_at, await loadAssistantSettings(jc.app, jc.db, jc.workspaceId));
  }
};

/**
 * The set form: the set's customer messages (from different chats: a chat's events share a serial key) stored
 * together by recordInboundSet; session changes, acks and anything unreadable go through the handler one by one.
 */
const handleSet: EventSetHandler = async (items, db) => {
  const outcomes: (EventOutcome | undefined)[] = items.map(() => undefined);
  const jc = items[0]?.ctx;
  if (!jc) return outcomes;
  const session = sessionOf(await loadProviderSettings(jc.app, db, jc.workspaceId, wahaConnector));
  const messages: { index: number; item: InboundInSet }[] = [];
  for (const [index, { event }] of items.entries()) {
    let body: unknown;
    try {
      body = JSON.parse(event.raw_body);
    } catch {
      continue;
    }
    const read = readInbound(body, session);
    if (read.kind === 'message') messages.push({ index, item: { message: read, eventId: event.id, receivedAt: event.received_at } });
  }
  if (messages.length < 2) return outcomes;
  const settings = await loadAssistantSettings(jc.app, db, jc.workspaceId);
  const stored = await recordInboundSet({ db, ctx: jc.app, workspaceId: jc.workspaceId }, messages.map((m) => m.item), settings);
  messages.forEach(({ index }, i) => (outcomes[index] = stored[i]));
  return outcomes;
};

export const wahaHandler: EventHandler = Object.assign(handleOne, { handleSet });
