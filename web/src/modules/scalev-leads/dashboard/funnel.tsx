// The funnel: of all leads, how many still wait (Follow Up), paid (Closing) and did not (Not Closing).
import { useTranslation } from 'react-i18next';
import { STAGES, type LeadStats } from '../api-types';
import { useFormat } from '../../../format/use-format';

export function Funnel({ stats }: { stats: LeadStats }) {
  const { t } = useTranslation();
  const f = useFormat();
  const rows = [
    { key: 'total', label: t('leadTiers.totalLeads'), count: stats.total },
    ...STAGES.map((stage) => ({ key: stage, label: t(`stage.${stage}`), count: stats.counts[stage] })),
  ];
  return (
    <dl className="funnel">
      {rows.map((row) => {
        const share = stats.total === 0 ? 0 : row.count / stats.total;
        return (
          <div key={row.key} className={`funnel-row funnel-${row.key}`}>
            <dt>{row.label}</dt>
            <dd>
              <span className="funnel-bar" style={{ width: `${Math.max(share * 100, row.count > 0 ? 2 : 0)}%` }} aria-hidden="true" />
              <span className="funnel-text">
                {t('leadTiers.funnelOf', { part: f.number(row.count), total: f.number(stats.total) })} · {f.percent(share)}
              </span>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
