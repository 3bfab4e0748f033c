// The assistant's subscription to WAHA webhooks: customer messages start or extend a turn; session status and acks feed the health view.
import type { EventHandler } from '../../core/inbox/process.js';
import { loadProviderSettings } from '../../core/connector.js';
import { wahaConnector } from '../../connectors/waha/index.js';
import { recordAck, recordInbound, touchSession, type Flow } from './flow.js';
import { checkHealthAndAlert } from './health/flow.js';
import { readInbound } from './inbound/rules.js';
import { loadAssistantSettings } from './settings.js';

/** `/webhooks/waha[/<slug>]` and the seed's `POST /api/whatsapp/webhook` both store WAHA bodies under the source `waha`. */
export const wahaHandler: EventHandler = async (event, jc) => {
  let body: unknown;
  try {
    body = JSON.parse(event.raw_body);
  } catch {
    return { status: 'skipped', outcome: 'body is not JSON' };
  }
  const waha = await loadProviderSettings(jc.app, jc.db, jc.workspaceId, wahaConnector);
  const session = typeof waha.data['session'] === 'string' ? waha.data['session'] : 'default';
  const read = readInbound(body, session);
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
