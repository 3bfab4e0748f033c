// Pure campaign rules: {{placeholders}} filled from the business, the email body with tracked links, pixel and
// unsubscribe, and what a campaign needs before it is saved.
import { AppError } from '../../../core/errors.js';
import { PLACEHOLDERS } from '../contract/campaigns.js';
import type { BusinessRow } from '../tables.js';

type Placeholder = (typeof PLACEHOLDERS)[number];

const TAG = /\{\{\s*([a-zA-Z_]+)\s*\}\}/g;

/** Throws validation_failed naming `field` when the template uses a placeholder we cannot fill. */
export function checkTemplate(field: string, template: string): void {
  for (const match of template.matchAll(TAG)) {
    const name = match[1] ?? '';
    if (!(PLACEHOLDERS as readonly string[]).includes(name)) {
      throw new AppError('validation_failed', `${field}: unknown placeholder {{${name}}}; use one of ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(' ')}`, {
        context: { field },
      });
    }
  }
}

/** Fills the placeholders; an empty field becomes '' (a template should read well without it). */
export function render(template: string, business: Pick<BusinessRow, Placeholder>, escape: (s: string) => string = (s) => s): string {
  return template.replace(TAG, (_all, name: string) => escape(business[name as Placeholder] ?? ''));
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** http(s) links in the rendered text; a trailing full stop or bracket is punctuation, not part of the link. */
const LINK = /https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]/g;

export interface TrackedEmail {
  text: string;
  html: string;
}

export interface Tracking {
  /** Called once per distinct link in the body; returns the tracked URL to put in its place. */
  link(url: string): string;
  pixelUrl: string;
  unsubscribeUrl: string;
}

/**
 * The text and HTML parts of a campaign email: the body is plain text (what the campaign author typed); links are
 * replaced by tracked ones in both parts, the HTML part gets the open pixel, and both end with the unsubscribe link.
 */
export function emailBody(renderedText: string, tracking: Tracking): TrackedEmail {
  const tracked = new Map<string, string>();
  const swap = (url: string) => {
    const known = tracked.get(url);
    if (known) return known;
    const made = tracking.link(url);
    tracked.set(url, made);
    return made;
  };
  const text = `${renderedText.replace(LINK, swap)}\n\n--\nUnsubscribe: ${tracking.unsubscribeUrl}\n`;
  const htmlBody = escapeHtml(renderedText)
    .replace(/https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]/g, (escaped) => {
      const url = escaped.replace(/&amp;/g, '&').replace(/&#39;/g, "'");
      return `<a href="${escapeHtml(swap(url))}">${escaped}</a>`;
    })
    .replace(/\r?\n/g, '<br>\n');
  const html =
    `<!doctype html><html><body><div>${htmlBody}</div>` +
    `<p style="font-size:12px;color:#666">Don't want these emails? <a href="${escapeHtml(tracking.unsubscribeUrl)}">Unsubscribe</a>.</p>` +
    `<img src="${escapeHtml(tracking.pixelUrl)}" width="1" height="1" alt="" style="display:none"></body></html>`;
  return { text, html };
}

/** What every campaign needs before it is saved: a subject for email, and only placeholders we can fill. */
export function checkCampaign(c: { channel: string; subject: string | null; body: string }): void {
  if (c.channel === 'email' && !c.subject?.trim()) throw new AppError('validation_failed', 'subject is required for an email campaign', { context: { field: 'subject' } });
  if (c.subject) checkTemplate('subject', c.subject);
  checkTemplate('body', c.body);
}
