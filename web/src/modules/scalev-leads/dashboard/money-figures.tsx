// The money owners look at for the chosen period: Closing revenue, the value at risk in Follow Up, the value lost.
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../format/use-format';
import { Link } from '../../../router';
import type { DailyLeads, Stage } from '../api-types';

const MONEY: readonly { stage: Stage; key: 'revenue' | 'atRisk' | 'lost' }[] = [
  { stage: 'closing', key: 'revenue' },
  { stage: 'follow_up', key: 'atRisk' },
  { stage: 'not_closing', key: 'lost' },
];

export function MoneyFigures({ daily }: { daily: DailyLeads }) {
  const { t } = useTranslation();
  const f = useFormat();
  const sum = (stage: Stage) => daily.days.reduce((total, d) => total + d.value_cents[stage], 0);
  const count = (stage: Stage) => daily.days.reduce((total, d) => total + d[stage], 0);
  return (
    <ul className="figures figures-money" aria-label={t('leadTiers.money')}>
      {MONEY.map(({ stage, key }) => (
        <li key={stage} className={`figure figure-${stage}`}>
          <span className="figure-label">{t(`leadTiers.${key}`)}</span>
          <Link to={`/leads?stage=${stage}`} className="figure-value" data-testid={`value-${stage}`}>
            {f.money(sum(stage) / 100, daily.currency)}
          </Link>
          <span className="figure-hint">{t('leadTiers.fromLeads', { count: count(stage) })}</span>
        </li>
      ))}
    </ul>
  );
}
