// Horizontal bars with their figures (the CRM funnel's look): one row per label, the longest bar the largest figure.
import { useFormat } from '../../../format/use-format';

export interface Bar {
  key: string;
  label: string;
  value: number;
  /** A modifier class for the bar's colour. */
  tone?: string;
}

export function BarList({ bars, label, testId }: { bars: readonly Bar[]; label: string; testId?: string }) {
  const f = useFormat();
  const top = Math.max(0, ...bars.map((b) => b.value));
  return (
    <dl className="funnel" aria-label={label} data-testid={testId}>
      {bars.map((b) => (
        <div key={b.key} className={`funnel-row ${b.tone ?? ''}`} data-testid={`bar-${b.key}`}>
          <dt>
            {b.label} <span className="stage-count">{f.number(b.value)}</span>
          </dt>
          <dd>
            <span className="stage-track" aria-hidden="true">
              <span className="funnel-bar" style={{ width: `${top === 0 ? 0 : Math.max((b.value / top) * 100, b.value > 0 ? 2 : 0)}%` }} />
            </span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
