// A campaign's figures as cards: who it was meant for, what was sent and what came of it, with the share of sends.
import { useTranslation } from 'react-i18next';
import type { CampaignFigures } from '../api-types';
import { useFormat } from '../../../format/use-format';
import { formatAmounts } from '../amounts';

const KEYS = ['audience', 'queued', 'sent', 'delivered', 'bounced', 'failed', 'skipped', 'opened', 'clicked', 'replied', 'unsubscribed', 'purchased'] as const;
/** Figures that make sense as a share of what was sent. */
const OF_SENT: ReadonlyArray<(typeof KEYS)[number]> = ['delivered', 'bounced', 'opened', 'clicked', 'replied', 'unsubscribed', 'purchased'];

/**
 * `figures` is null when the server could not count them yet: every figure then reads as none. For email, "delivered"
 * is only what the mail server accepted (SMTP tells nothing later), and the label says so.
 */
export function CampaignFiguresList({ figures, channel }: { figures: CampaignFigures | null; channel?: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <ul className="figures figures-crm" aria-label={t('crm.figures')}>
      {KEYS.map((key) => (
        <li key={key} className="figure">
          <span className="figure-label">{key === 'delivered' && channel === 'email' ? t('crm.figure.acceptedByMailServer') : t(`crm.figure.${key}`)}</span>
          <span className="figure-value" data-testid={`figure-${key}`}>
            {figures ? f.number(figures[key]) : t('common.none')}
          </span>
          {figures && OF_SENT.includes(key) && figures.sent > 0 && <span className="figure-hint">{t('crm.ofSent', { share: f.percent(figures[key] / figures.sent) })}</span>}
        </li>
      ))}
      <li className="figure figure-wide">
        <span className="figure-label">{t('crm.figure.revenue')}</span>
        <span className="figure-value" data-testid="figure-revenue">
          {formatAmounts(f, figures?.revenue ?? [], t('common.none'))}
        </span>
      </li>
    </ul>
  );
}
