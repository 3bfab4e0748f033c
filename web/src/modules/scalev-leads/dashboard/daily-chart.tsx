// Leads per day, or their value in rupiah, as stacked bars (by the stage each lead is in now) on a labelled y-axis,
// each bar with its total, and the same figures as a table.
import { useTranslation } from 'react-i18next';
import { STAGES, type DailyLeads, type Stage } from '../api-types';
import { useFormat } from '../../../format/use-format';

type Day = DailyLeads['days'][number];
export type ChartMetric = 'count' | 'value';

/** A round top for the axis (1, 2 or 5 × 10ⁿ) at or above the largest bar, so the ticks read as plain numbers. */
function niceTop(max: number): number {
  if (max <= 0) return 1;
  const step = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 5, 10]) if (m * step >= max) return m * step;
  return 10 * step;
}

export function DailyChart({ days, currency, metric }: { days: DailyLeads['days']; currency: string; metric: ChartMetric }) {
  const { t } = useTranslation();
  const f = useFormat();
  const of = (d: Day, stage: Stage) => (metric === 'count' ? d[stage] : d.value_cents[stage] / 100);
  const show = (n: number) => (metric === 'count' ? f.number(n) : f.moneyShort(n, currency));
  const showFull = (n: number) => (metric === 'count' ? f.number(n) : f.money(n, currency));
  const totals = days.map((d) => STAGES.reduce((sum, stage) => sum + of(d, stage), 0));
  const top = niceTop(Math.max(0, ...totals));
  const sum = totals.reduce((a, b) => a + b, 0);
  // Every bar carries its total while there is room for the words; past two weeks, only the tooltip and the table do.
  const labelBars = days.length <= 16;
  const ticks = [top, top / 2, 0];
  return (
    <>
      <div className="chart" role="img" aria-label={`${t('leadTiers.total')}: ${showFull(sum)}`} data-testid={`chart-${metric}`}>
        <div className="chart-area">
          <div className="chart-axis" aria-hidden="true">
            {ticks.map((tick) => (
              <span key={tick} className="chart-tick">
                {show(tick)}
              </span>
            ))}
          </div>
          <div className="chart-bars">
            {days.map((d, i) => {
              const total = totals[i] ?? 0;
              return (
                <div key={d.date} className="chart-col" title={`${f.day(d.date)}: ${showFull(total)}`}>
                  <div className="chart-plot">
                    {labelBars && total > 0 && <span className="chart-value">{show(total)}</span>}
                    <div className="chart-stack" style={{ height: `${(total / top) * 100}%` }}>
                      {STAGES.map((stage) => (of(d, stage) > 0 ? <span key={stage} className={`chart-seg seg-${stage}`} style={{ flexGrow: of(d, stage) }} /> : null))}
                    </div>
                  </div>
                  <span className="chart-label">{days.length > 10 && i % 2 !== (days.length - 1) % 2 ? '' : f.day(d.date)}</span>
                </div>
              );
            })}
          </div>
        </div>
        <ul className="legend" aria-hidden="true">
          {STAGES.map((stage) => (
            <li key={stage}>
              <span className={`legend-swatch seg-${stage}`} />
              {metric === 'count' ? t(`stage.${stage}`) : t(`leadTiers.valueOf.${stage}`)}
            </li>
          ))}
        </ul>
      </div>
      <details className="chart-table">
        <summary>{metric === 'count' ? t('leadTiers.perDayTable') : t('leadTiers.valuePerDayTable')}</summary>
        <div className="table-wrap">
          <table className="table table-compact">
            <thead>
              <tr>
                <th scope="col">{t('leadTiers.date')}</th>
                {STAGES.map((stage) => (
                  <th key={stage} scope="col" className="num">
                    {metric === 'count' ? t(`stage.${stage}`) : t(`leadTiers.valueOf.${stage}`)}
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
                      {showFull(of(d, stage))}
                    </td>
                  ))}
                  <td className="num">{showFull(totals[i] ?? 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
