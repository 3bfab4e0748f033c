// The headline figures: all leads, each stage's count (a link to those leads) and the conversion rate.
import { useTranslation } from 'react-i18next';
import { STAGES, type LeadStats } from '../api-types';
import { useFormat } from '../../../format/use-format';
import { Link } from '../../../router';

export function StageCards({ stats }: { stats: LeadStats }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <ul className="figures" aria-label={t('dashboard.title')}>
      <li className="figure">
        <span className="figure-label">{t('leadTiers.totalLeads')}</span>
        <Link to="/leads" className="figure-value">
          {f.number(stats.total)}
        </Link>
      </li>
      {STAGES.map((stage) => (
        <li key={stage} className={`figure figure-${stage}`}>
          <span className="figure-label">{t(`stage.${stage}`)}</span>
          <Link to={`/leads?stage=${stage}`} className="figure-value" data-testid={`count-${stage}`}>
            {f.number(stats.counts[stage])}
          </Link>
        </li>
      ))}
      <li className="figure">
        <span className="figure-label">{t('leadTiers.conversion')}</span>
        <span className="figure-value">{f.percent(stats.conversion_rate)}</span>
        <span className="figure-hint">{t('leadTiers.conversionHint')}</span>
      </li>
    </ul>
  );
}
