// A campaign's figures as cards: four lead (who got it, what went out, what arrived, who answered), the rest are
// folded below them, with the share of sends.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CampaignFigures } from '../api-types';
import { useFormat } from '../../../format/use-format';
import { formatAmounts } from '../amounts';

type Key = 'audience' | 'queued' | 'sent' | 'delivered' | 'bounced' | 'failed' | 'skipped' | 'opened' | 'clicked' | 'replied' | 'unsubscribed' | 'purchased';
const KEYS: readonly Key[] = ['audience', 'queued', 'sent', 'delivered', 'bounced', 'failed', 'skipped', 'opened', 'clicked', 'replied', 'unsubscribed', 'purchased'];
/** Figures that make sense as a share of what was sent. */
const OF_SENT: readonly Key[] = ['delivered', 'bounced', 'opened', 'clicked', 'replied', 'unsubscribed', 'purchased'];

/** The four a phone shows first: an email is answered by an open, an SMS by a reply. */
const headline = (channel: string | undefined): readonly Key[] => ['audience', 'sent', 'delivered', channel === 'sms' ? 'replied' : 'opened'];

/**
 * `figures` is null when the server could not count them yet: every figure then reads as none. For email, "delivered"
 * is only what the mail server accepted (SMTP tells nothing later), and the label says so.
 */
export function CampaignFiguresList({ figures, channel }: { figures: CampaignFigures | null; channel?: string }) {
  const { t } = useTranslation();
  const lead = headline(channel);
  return (
    <>
      <ul className="figures figures-crm figures-headline" aria-label={t('crm.figures')}>
        {lead.map((key) => (
          <Figure key={key} name={key} figures={figures} channel={channel} t={t} />
        ))}
      </ul>
      <details className="figures-more">
        <summary>{t('crm.moreFigures')}</summary>
        <ul className="figures figures-crm">
          {KEYS.filter((key) => !lead.includes(key)).map((key) => (
            <Figure key={key} name={key} figures={figures} channel={channel} t={t} />
          ))}
          <li className="figure figure-wide">
            <span className="figure-label">{t('crm.figure.revenue')}</span>
            <RevenueValue figures={figures} t={t} />
          </li>
        </ul>
      </details>
    </>
  );
}

function RevenueValue({ figures, t }: { figures: CampaignFigures | null; t: TFunction }) {
  const f = useFormat();
  return (
    <span className="figure-value" data-testid="figure-revenue">
      {formatAmounts(f, figures?.revenue ?? [], t('common.none'))}
    </span>
  );
}

function Figure({ name, figures, channel, t }: { name: Key; figures: CampaignFigures | null; channel: string | undefined; t: TFunction }) {
  const f = useFormat();
  return (
    <li className="figure">
      <span className="figure-label">{name === 'delivered' && channel === 'email' ? t('crm.figure.acceptedByMailServer') : t(`crm.figure.${name}`)}</span>
      <span className="figure-value" data-testid={`figure-${name}`}>
        {figures ? f.number(figures[name]) : t('common.none')}
      </span>
      {figures && OF_SENT.includes(name) && figures.sent > 0 && <span className="figure-hint">{t('crm.ofSent', { share: f.percent(figures[name] / figures.sent) })}</span>}
    </li>
  );
}
