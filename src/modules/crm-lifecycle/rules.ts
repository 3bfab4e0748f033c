// The precedence rules of a business's three status fields, as tables: a late or repeated callback never moves back.
//
// contact_status (rank: higher wins; equal ranks may swap only where the table says)
// | status       | rank | terminal | set by                                                      |
// |--------------|------|----------|-------------------------------------------------------------|
// | pending      | 0    |          | a new business (lead generation, import)                    |
// | emailed      | 1    |          | an email sent by a campaign                                 |
// | sms_sent     | 1    |          | an SMS sent by a campaign; Twilio `delivered` confirms it   |
// | bounced      | 2    |          | Twilio `failed`/`undelivered`, an SMTP refusal              |
// | opened       | 3    |          | the first open of a tracked email                           |
// | clicked      | 4    |          | the first click of a tracked link                           |
// | replied      | 5    |          | an inbound SMS that is not an opt-out keyword                |
// | purchased    | 9    | yes      | a successful Recurrente payment for the business's site     |
// | unsubscribed | 9    | yes      | STOP (or another opt-out keyword), OptOutType=STOP, an unsubscribe link, Twilio 21610 |
//
// Exceptions to "rank only goes up": a new campaign send may move a bounced business back to emailed/sms_sent
// (new outreach on a channel that works is not a late callback), and emailed ↔ sms_sent may swap when a new send
// happens on the other channel. Terminal statuses change only by a person, with a reason.
//
// website_status: none(0) → generating(1) → generated(2) → deployed(3) → sold(4) → archived(5); forward only.
// subscription_status: none, active, past_due, paused, cancelled; the newest event (by the provider's event
// time) wins, so an older event delivered late never overwrites a newer one; cancelled leaves only through an
// explicit reactivation event or a person.

import type { CONTACT_STATUSES, SUBSCRIPTION_STATUSES, WEBSITE_STATUSES } from './contract/statuses.js';

export type ContactStatus = (typeof CONTACT_STATUSES)[number];
export type WebsiteStatus = (typeof WEBSITE_STATUSES)[number];
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

export const CONTACT_RANK: Record<ContactStatus, number> = {
  pending: 0,
  emailed: 1,
  sms_sent: 1,
  bounced: 2,
  opened: 3,
  clicked: 4,
  replied: 5,
  purchased: 9,
  unsubscribed: 9,
};
export const CONTACT_TERMINAL: readonly ContactStatus[] = ['purchased', 'unsubscribed'];
const WEBSITE_RANK: Record<WebsiteStatus, number> = { none: 0, generating: 1, generated: 2, deployed: 3, sold: 4, archived: 5 };

/** What caused a proposed change: automation kinds may never touch a terminal status. */
export type ChangeCause = 'campaign_send' | 'callback' | 'reply' | 'opt_out' | 'tracking' | 'payment' | 'subscription' | 'site_event' | 'person';

/** Why a proposed change is not applied (for the history and the webhook log), or undefined when it is. */
export type Verdict = { readonly apply: true } | { readonly apply: false; readonly reason: string };

const keep = (reason: string): Verdict => ({ apply: false, reason });
const APPLY: Verdict = { apply: true };

export function decideContact(from: ContactStatus, to: ContactStatus, cause: ChangeCause): Verdict {
  if (from === to) return keep(`already ${to}`);
  if (CONTACT_TERMINAL.includes(from)) {
    return cause === 'person' ? APPLY : keep(`${from} is final: only a person can change it`);
  }
  if (cause === 'person') return APPLY;
  const fromRank = CONTACT_RANK[from];
  const toRank = CONTACT_RANK[to];
  if (toRank > fromRank) return APPLY;
  if (cause === 'campaign_send' && (to === 'emailed' || to === 'sms_sent') && (from === 'bounced' || fromRank === 1)) return APPLY;
  return keep(`${to} would move back from ${from}`);
}

export function decideWebsite(from: WebsiteStatus, to: WebsiteStatus, cause: ChangeCause): Verdict {
  if (from === to) return keep(`already ${to}`);
  if (cause === 'person') return APPLY;
  return WEBSITE_RANK[to] > WEBSITE_RANK[from] ? APPLY : keep(`${to} would move back from ${from}`);
}

/**
 * `eventAt` is the provider's time for this event, `lastEventAt` that of the event that set the current status
 * (null when a person or nothing set it). Reactivation is the only automatic way out of cancelled.
 */
export function decideSubscription(
  from: SubscriptionStatus,
  to: SubscriptionStatus,
  input: { cause: ChangeCause; eventAt: number | null; lastEventAt: number | null; reactivation?: boolean },
): Verdict {
  if (from === to) return keep(`already ${to}`);
  if (input.cause === 'person') return APPLY;
  if (input.eventAt !== null && input.lastEventAt !== null && input.eventAt < input.lastEventAt) {
    return keep(`an older event (${new Date(input.eventAt).toISOString()}) arrived after a newer one`);
  }
  if (from === 'cancelled' && !input.reactivation) return keep('cancelled: only a reactivation or a person reopens it');
  return APPLY;
}

/** Twilio's opt-out keywords (whole message, any case) and opt-in ones. */
const OPT_OUT = new Set(['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'REVOKE', 'OPTOUT']);
const OPT_IN = new Set(['START', 'UNSTOP']);
/** Twilio answers these itself with the sender's help text; they are not a reply from an interested prospect. */
const HELP = new Set(['HELP', 'INFO']);

export type InboundIntent = 'opt_out' | 'opt_in' | 'help' | 'reply';

export function inboundIntent(body: string, optOutType?: string | null): InboundIntent {
  const type = optOutType?.trim().toUpperCase();
  if (type === 'STOP') return 'opt_out';
  if (type === 'START') return 'opt_in';
  if (type === 'HELP') return 'help';
  const word = body.trim().toUpperCase();
  if (OPT_OUT.has(word)) return 'opt_out';
  if (OPT_IN.has(word)) return 'opt_in';
  if (HELP.has(word)) return 'help';
  return 'reply';
}
