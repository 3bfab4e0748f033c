// Counts as horizontal bars against the largest (or a given whole), with the count and share in words: the dashboard's
// funnel bars, so the pharmacy's figures read like the CRM's funnel.
import { useFormat } from '../../../format/use-format';

export interface Bar {
  key: string;
  label: string;
  value: number;
  /** Shown instead of the number (an amount). */
  text?: string;
}

export function Bars({ bars, whole, testId }: { bars: readonly Bar[]; whole?: number; testId?: string }) {
  const f = useFormat();
  const top = whole ?? Math.max(0, ...bars.map((b) => b.value));
  return (
    <dl className="funnel" data-testid={testId}>
      {bars.map((bar) => {
        const share = top === 0 ? 0 : bar.value / top;
        return (
          <div key={bar.key} className="funnel-row" data-bar={bar.key}>
            <dt>
              {bar.label} <span className="pharmacy-bar-count">{bar.text ?? f.number(bar.value)}</span>
            </dt>
            <dd>
              <span className="pharmacy-bar-track" aria-hidden="true">
                <span className="funnel-bar" style={{ width: `${Math.max(share * 100, bar.value > 0 ? 2 : 0)}%` }} />
              </span>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
