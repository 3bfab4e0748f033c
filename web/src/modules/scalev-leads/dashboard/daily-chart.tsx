// Leads per day as stacked bars (by the stage each lead is in now), with the same figures as a table.
import { useTranslation } from 'react-i18next';
import { STAGES, type DailyLeads } from '../api-types';
import { useFormat } from '../../../format/use-format';

export function DailyChart({ days }: { days: DailyLeads['days'] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const totals = days.map((d) => d.follow_up + d.closing + d.not_closing);
  const max = Math.max(1, ...totals);
  const sum = totals.reduce((a, b) => a + b, 0);
  return (
    <>
      <div className="chart" role="img" aria-label={`${t('leadTiers.total')}: ${f.number(sum)}`}>
        <div className="chart-bars">
          {days.map((d, i) => (
            <div key={d.date} className="chart-col" title={`${f.day(d.date)}: ${totals[i] ?? 0}`}>
              <div className="chart-stack" style={{ height: `${((totals[i] ?? 0) / max) * 100}%` }}>
                {STAGES.map((stage) =>
                  d[stage] > 0 ? <span key={stage} className={`chart-seg seg-${stage}`} style={{ flexGrow: d[stage] }} /> : null,
                )}
              </div>
              <span className="chart-label">{i % 2 === days.length % 2 ? '' : f.day(d.date)}</span>
            </div>
          ))}
        </div>
        <ul className="legend" aria-hidden="true">
          {STAGES.map((stage) => (
            <li key={stage}>
              <span className={`legend-swatch seg-${stage}`} />
              {t(`stage.${stage}`)}
            </li>
          ))}
        </ul>
      </div>
      <details className="chart-table">
        <summary>{t('leadTiers.perDayTable')}</summary>
        <div className="table-wrap">
          <table className="table table-compact">
            <thead>
              <tr>
                <th scope="col">{t('leadTiers.date')}</th>
                {STAGES.map((stage) => (
                  <th key={stage} scope="col" className="num">
                    {t(`stage.${stage}`)}
                  </th>
                ))}
                <th scope="col" className="num">
                  {t('leadTiers.total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {days.map((d, i) => (
                <tr key={d.date}>
                  <th scope="row">{f.day(d.date)}</th>
                  {STAGES.map((stage) => (
                    <td key={stage} className="num">
                      {f.number(d[stage])}
                    </td>
                  ))}
                  <td className="num">{f.number(totals[i] ?? 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
