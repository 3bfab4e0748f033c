// The Twilio connector: account and sender settings per workspace, the SMS sender, the status and inbound webhook sources, a test.
import { z } from 'zod';
import type { AppContext } from '../../core/context.js';
import { loadProviderSettings, providerNotConfigured, settingText, type ConnectorDescriptor } from '../../core/connector.js';
import type { DeliverySender } from '../../core/deliveries/send-job.js';
import { providerFailure, withTimeout } from '../../core/http/index.js';
import type { Executor } from '../../db/database.js';
import { createTwilioClient, isTwilioOptOutError, twilioErrorCode, type SendSmsInput, type TwilioClient } from './client.js';
import { parseInboundMessage, parseStatusCallback, verify } from './webhook.js';

/** What a `twilio` delivery carries; other fields (the module's own) are ignored. */
export const twilioPayloadSchema = z.object({ to: z.string(), body: z.string(), status_callback: z.string().optional() });

/** Twilio answers an inbound message with the TwiML we return; an empty Response sends no reply. */
const EMPTY_TWIML = { contentType: 'text/xml', body: '<?xml version="1.0" encoding="UTF-8"?><Response></Response>' };
const KEEP_HEADERS = ['content-type', 'user-agent', 'i-twilio-idempotency-token'];

/** The refusal a sender reports for Twilio 21610: the recipient replied STOP to this sender. */
export const TWILIO_OPTED_OUT = 'opted_out';

export const twilioConnector: ConnectorDescriptor = {
  provider: 'twilio',
  title: 'Twilio (SMS)',
  fields: z.object({
    base_url: z.url({ protocol: /^https?$/ }).optional().describe('REST origin without /2010-04-01; default TWILIO_API_URL.'),
    account_sid: z.string().trim().regex(/^AC[0-9a-fA-F]{32}$/, 'must be a Twilio Account SID (AC followed by 32 hex digits)').optional(),
    from: z.string().trim().min(1).max(32).optional().describe('Sending number, short code or alphanumeric id.'),
    messaging_service_sid: z.string().trim().regex(/^MG[0-9a-fA-F]{32}$/, 'must be a Messaging Service SID (MG…)').optional(),
  }),
  secretFields: ['auth_token'],
  defaults: (config) => ({ base_url: config.providers.twilio }),
  sender: twilioSender,
  webhooks: (ctx) => {
    const token = async (workspaceId: string, db: Executor) => (await loadProviderSettings(ctx, db, workspaceId, twilioConnector)).secrets['auth_token'];
    return [
      { name: 'twilio/status', provider: 'twilio', keepHeaders: KEEP_HEADERS, secret: token, verify, parse: parseStatusCallback, acknowledge: () => EMPTY_TWIML },
      { name: 'twilio/inbound', provider: 'twilio', keepHeaders: KEEP_HEADERS, secret: token, verify, parse: parseInboundMessage, acknowledge: () => EMPTY_TWIML },
    ];
  },
  async test(ctx, workspaceId) {
    // A connection test should answer while the person waits: 10 s at most.
    const { client } = await twilioFor({ ...ctx, http: withTimeout(ctx.http, 10_000) }, ctx.db, workspaceId);
    const result = await client.fetchAccount();
    if (!result.ok) throw providerFailure('Twilio', result.error, 'the Account SID and Auth Token');
    return { message: `Twilio answered: account ${result.value.friendlyName ?? result.value.sid} is ${result.value.status ?? 'reachable'}` };
  },
};

/** The workspace's Twilio REST client (reconciliation asks it for message statuses); missing settings are named. */
export async function twilioClientFor(ctx: Pick<AppContext, 'secrets' | 'readCache' | 'config' | 'http'>, db: Executor, workspaceId: string): Promise<TwilioClient> {
  return (await twilioFor(ctx, db, workspaceId)).client;
}

type Sender = Pick<SendSmsInput, 'from' | 'messagingServiceSid'> & ({ from: string } | { messagingServiceSid: string });

/** The workspace's Twilio client and sending identity; each missing setting is named. */
async function twilioFor(ctx: Pick<AppContext, 'secrets' | 'readCache' | 'config' | 'http'>, db: Executor, workspaceId: string): Promise<{ client: TwilioClient; sender: Sender | undefined }> {
  const settings = await loadProviderSettings(ctx, db, workspaceId, twilioConnector);
  const accountSid = settingText(settings, 'account_sid');
  if (!accountSid) throw providerNotConfigured('twilio', 'The Twilio Account SID', 'account_sid');
  const authToken = settings.secrets['auth_token'];
  if (!authToken) throw providerNotConfigured('twilio', 'The Twilio Auth Token', 'auth_token');
  const client = createTwilioClient({ baseUrl: settingText(settings, 'base_url') ?? ctx.config.providers.twilio, accountSid, authToken, http: ctx.http });
  const from = settingText(settings, 'from');
  const service = settingText(settings, 'messaging_service_sid');
  const sender: Sender | undefined = from ? { from, ...(service ? { messagingServiceSid: service } : {}) } : service ? { messagingServiceSid: service } : undefined;
  return { client, sender };
}

/** Sends one SMS. 21610 (opted out) is a refusal for good, reported as cancelled with `opted_out`, never retried. */
function twilioSender(ctx: AppContext): DeliverySender {
  return async (delivery, jc) => {
    const p = twilioPayloadSchema.parse(JSON.parse(delivery.payload));
    const { client, sender } = await twilioFor(ctx, jc.db, delivery.workspace_id);
    if (!sender) throw providerNotConfigured('twilio', 'The Twilio sender', 'from or messaging_service_sid');
    const result = await client.sendSms({ to: p.to, body: p.body, ...(p.status_callback ? { statusCallback: p.status_callback } : {}), ...sender });
    if (!result.ok) {
      if (isTwilioOptOutError(result.error)) {
        return {
          status: 'cancelled',
          refusal: TWILIO_OPTED_OUT,
          reason: 'Twilio 21610: the recipient has opted out of SMS from this sender',
          response: { twilio_code: twilioErrorCode(result.error) },
        };
      }
      throw result.error;
    }
    return { response: { sid: result.value.sid, status: result.value.status }, providerRef: result.value.sid };
  };
}
