import { describe, expect, it } from 'vitest';
import { decideContact, decideSubscription, decideWebsite, inboundIntent, type ContactStatus } from './rules.js';

describe('contact_status precedence', () => {
  const cases: [ContactStatus, ContactStatus, Parameters<typeof decideContact>[2], boolean][] = [
    ['pending', 'emailed', 'campaign_send', true],
    ['emailed', 'opened', 'tracking', true],
    ['opened', 'clicked', 'tracking', true],
    ['clicked', 'opened', 'tracking', false],
    ['sms_sent', 'replied', 'reply', true],
    // a delivered (confirms sms_sent) arriving after replied leaves replied
    ['replied', 'sms_sent', 'callback', false],
    ['sms_sent', 'bounced', 'callback', true],
    ['bounced', 'sms_sent', 'callback', false],
    // new outreach on a working channel is not a late callback
    ['bounced', 'emailed', 'campaign_send', true],
    ['emailed', 'sms_sent', 'campaign_send', true],
    ['emailed', 'sms_sent', 'callback', false],
    ['replied', 'unsubscribed', 'opt_out', true],
    ['clicked', 'purchased', 'payment', true],
    // terminal statuses change only by a person
    ['unsubscribed', 'replied', 'reply', false],
    ['purchased', 'unsubscribed', 'opt_out', false],
    ['unsubscribed', 'pending', 'person', true],
    ['opened', 'emailed', 'person', true],
  ];
  it.each(cases)('%s → %s by %s applies: %s', (from, to, cause, applies) => {
    expect(decideContact(from, to, cause).apply).toBe(applies);
  });

  it('says why a change is kept out', () => {
    expect(decideContact('replied', 'sms_sent', 'callback')).toEqual({ apply: false, reason: 'sms_sent would move back from replied' });
    expect(decideContact('unsubscribed', 'replied', 'reply')).toEqual({ apply: false, reason: 'unsubscribed is final: only a person can change it' });
    expect(decideContact('emailed', 'emailed', 'campaign_send')).toEqual({ apply: false, reason: 'already emailed' });
  });
});

describe('website_status precedence', () => {
  it('only moves forward by itself', () => {
    expect(decideWebsite('none', 'generating', 'site_event').apply).toBe(true);
    expect(decideWebsite('deployed', 'generated', 'site_event').apply).toBe(false);
    expect(decideWebsite('sold', 'archived', 'subscription').apply).toBe(true);
    expect(decideWebsite('archived', 'sold', 'payment').apply).toBe(false);
    expect(decideWebsite('archived', 'deployed', 'person').apply).toBe(true);
  });
});

describe('subscription_status precedence', () => {
  const t = (iso: string) => Date.parse(iso);
  it('lets the newest provider event win and ignores an older one delivered late', () => {
    expect(decideSubscription('active', 'past_due', { cause: 'subscription', eventAt: t('2026-05-02'), lastEventAt: t('2026-05-01') }).apply).toBe(true);
    expect(decideSubscription('past_due', 'active', { cause: 'subscription', eventAt: t('2026-05-01'), lastEventAt: t('2026-05-02') }).apply).toBe(false);
  });
  it('leaves cancelled only through a reactivation or a person', () => {
    expect(decideSubscription('cancelled', 'past_due', { cause: 'subscription', eventAt: t('2026-06-01'), lastEventAt: t('2026-05-01') }).apply).toBe(false);
    expect(decideSubscription('cancelled', 'active', { cause: 'subscription', eventAt: t('2026-06-01'), lastEventAt: t('2026-05-01'), reactivation: true }).apply).toBe(true);
    expect(decideSubscription('cancelled', 'active', { cause: 'person', eventAt: null, lastEventAt: null }).apply).toBe(true);
  });
});

describe('inbound SMS intent', () => {
  it.each(['STOP', 'stop', ' Stop ', 'STOPALL', 'unsubscribe', 'CANCEL', 'end', 'QUIT', 'revoke', 'OPTOUT'])('%s is an opt-out', (body) => {
    expect(inboundIntent(body)).toBe('opt_out');
  });
  it('reads whole messages only, and honours OptOutType', () => {
    expect(inboundIntent('please stop calling me')).toBe('reply');
    expect(inboundIntent('Yes, interested!')).toBe('reply');
    expect(inboundIntent('start')).toBe('opt_in');
    expect(inboundIntent('UNSTOP')).toBe('opt_in');
    expect(inboundIntent('anything', 'STOP')).toBe('opt_out');
    expect(inboundIntent('anything', 'START')).toBe('opt_in');
    expect(inboundIntent(' help ')).toBe('help');
    expect(inboundIntent('anything', 'HELP')).toBe('help');
    expect(inboundIntent('can you help me with my site?')).toBe('reply');
  });
});
