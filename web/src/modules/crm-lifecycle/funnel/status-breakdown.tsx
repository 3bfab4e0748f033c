// How many businesses (in the range) have each value of one status field; a count opens those businesses.
import { useTranslation } from 'react-i18next';
import { STATUS_FIELDS, type StatusField } from '../api-types';
import { useFormat } from '../../../format/use-format';
import { Link } from '../../../router';
import { StatusBadge } from '../status-badges';

interface StatusBreakdownProps {
  field: StatusField;
  counts: Record<string, number>;
  /** The funnel's date range (YYYY-MM-DD), carried into the businesses list so a count and its list agree. */
  range: { from: string; to: string };
}

export function StatusBreakdown({ field, counts, range }: StatusBreakdownProps) {
  const { t } = useTranslation();
  const f = useFormat();
  const total = STATUS_FIELDS[field].reduce((sum, s) => sum + (counts[s] ?? 0), 0);
  return (
    <section className="card" aria-labelledby={`breakdown-${field}`}>
      <h2 id={`breakdown-${field}`}>{t(`crm.field.${field}`)}</h2>
      <ul className="breakdown">
        {STATUS_FIELDS[field].map((status) => {
          const count = counts[status] ?? 0;
          const params = new URLSearchParams({ [field]: status });
          if (range.from) params.set('from', range.from);
          if (range.to) params.set('to', range.to);
          return (
            <li key={status}>
              <StatusBadge field={field} status={status} />
              <span className="breakdown-bar" aria-hidden="true">
                <span style={{ width: `${total === 0 ? 0 : (count / total) * 100}%` }} />
              </span>
              {count > 0 ? (
                <Link to={`/crm?${params.toString()}`} className="breakdown-count" data-testid={`breakdown-${field}-${status}`}>
                  {f.number(count)}
                </Link>
              ) : (
                <span className="breakdown-count muted" data-testid={`breakdown-${field}-${status}`}>
                  {f.number(0)}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
