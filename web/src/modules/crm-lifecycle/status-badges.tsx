// Coloured labels for a business's three statuses, a campaign's state and a recipient's send; the words carry the meaning.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CampaignStatus, ContactStatus, RecipientStatus, StatusField, SubscriptionStatus, WebsiteStatus } from './api-types';

type Tone = 'neutral' | 'good' | 'warn' | 'bad';

const contactTone: Record<ContactStatus, Tone> = {
  pending: 'neutral',
  emailed: 'neutral',
  sms_sent: 'neutral',
  bounced: 'bad',
  opened: 'warn',
  clicked: 'warn',
  replied: 'good',
  purchased: 'good',
  unsubscribed: 'bad',
};
const websiteTone: Record<WebsiteStatus, Tone> = { none: 'neutral', generating: 'warn', generated: 'warn', deployed: 'good', sold: 'good', archived: 'neutral' };
const subscriptionTone: Record<SubscriptionStatus, Tone> = { none: 'neutral', active: 'good', past_due: 'warn', paused: 'warn', cancelled: 'bad' };
const tones: { [F in StatusField]: Record<string, Tone> } = { contact_status: contactTone, website_status: websiteTone, subscription_status: subscriptionTone };

/** One status of a business. A value this dashboard does not know yet is shown as the server spells it. */
export function StatusBadge({ field, status }: { field: StatusField; status: string }) {
  const { t } = useTranslation();
  const tone = tones[field][status];
  return <span className={`badge badge-${tone ?? 'neutral'}`}>{tone ? statusLabel(t, field, status) : status}</span>;
}

type T = TFunction;

/** "Replied", "Deployed", "Past due"… in the chosen language. */
export function statusLabel(t: T, field: StatusField, status: string): string {
  if (!(status in tones[field])) return status;
  if (field === 'contact_status') return t(`crm.contactStatus.${status as ContactStatus}`);
  if (field === 'website_status') return t(`crm.websiteStatus.${status as WebsiteStatus}`);
  return t(`crm.subscriptionStatus.${status as SubscriptionStatus}`);
}

const campaignTone: Record<CampaignStatus, Tone> = { draft: 'neutral', sending: 'good', paused: 'warn', finished: 'neutral' };

export function CampaignBadge({ status }: { status: CampaignStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge-${campaignTone[status]}`}>{t(`crm.campaignStatus.${status}`)}</span>;
}

const recipientTone: Record<RecipientStatus, Tone> = { queued: 'neutral', sent: 'good', delivered: 'good', bounced: 'bad', failed: 'bad', skipped: 'neutral', paused: 'warn' };

export function RecipientBadge({ status }: { status: RecipientStatus }) {
  const { t } = useTranslation();
  const tone = recipientTone[status] as Tone | undefined;
  return <span className={`badge badge-${tone ?? 'neutral'}`}>{tone ? t(`crm.recipientStatus.${status}`) : status}</span>;
}
