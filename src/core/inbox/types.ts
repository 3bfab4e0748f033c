// Glossary and shapes of the inbox: where every webhook is verified, stored and acknowledged before any work.
//
// Inbox event: one verified webhook request, stored with its raw body and deduplicated on the provider's event id.
// Webhook source: what a connector registers to receive `POST /webhooks/<source>`: how to verify, how to read the id.
// Subscription: a module's handler for a source; one source may fan out to several modules, each with its own job.
// Rejection: a request refused for a bad signature (401), bad JSON (400) or size (413); logged with the reason.
import type { Executor } from '../../db/database.js';
import type { Result } from '../errors.js';

/** The raw request as the provider sent it. Header names are lower-case. */
export interface RawWebhookRequest {
  readonly rawBody: Buffer;
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** The full public URL the provider called (PUBLIC_URL + path + query), for schemes that sign it (Twilio). */
  readonly url: string;
  /** Epoch ms when the request arrived, for schemes with a timestamp tolerance (Svix). */
  readonly receivedAt: number;
}

/** Why a signature check failed, in words for the webhook log. */
export interface SignatureFailure {
  readonly reason: string;
}

/** A verified, parsed request ready to store. */
export interface ParsedWebhook {
  /** The provider's unique id for this delivery (ScaleV unique_id, svix-id, MessageSid+status…). */
  readonly eventId: string;
  /** The event type, e.g. order.created. */
  readonly type: string;
  /** Events that share a serial key are processed one at a time, in arrival order (e.g. one order). */
  readonly serialKey?: string | undefined;
}

/** A bad body (malformed JSON, missing id): answered 400 with this message. */
export interface MalformedWebhook {
  readonly reason: string;
}

/**
 * What a connector registers for each webhook path its provider posts to. `name` is the path under /webhooks/ (`scalev`,
 * `twilio/status`); the route also accepts `/webhooks/<name>/<workspace-slug>` for other workspaces.
 */
export interface WebhookSource {
  readonly name: string;
  /** The provider this source belongs to, for the webhook log (e.g. twilio for twilio/status). */
  readonly provider: string;
  /** Request headers stored with the event (never signatures or auth headers). */
  readonly keepHeaders: readonly string[];
  /**
   * Loads this workspace's secret for the source; undefined means the source is not configured yet. `db` is the
   * intake's database (on SQLite ahead of the worker's queries): the read is on the way to an acknowledgement.
   */
  secret(workspaceId: string, db: Executor): Promise<string | undefined>;
  /** Checks the signature on the raw bytes, in constant time. */
  verify(request: RawWebhookRequest, secret: string): Result<true, SignatureFailure>;
  /** Reads the id, type and serial key from a verified body. */
  parse(request: RawWebhookRequest): Result<ParsedWebhook, MalformedWebhook>;
  /**
   * Optional answer body for a stored event (Twilio expects TwiML, ScaleV's handshake any 200). Defaults to
   * `{ "status": "ok" }` as JSON.
   */
  acknowledge?: (parsed: ParsedWebhook, duplicate: boolean) => { contentType: string; body: string };
}
