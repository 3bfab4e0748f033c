// The quick date ranges every report offers (today, 7 days, 30 days, this month), as a row of toggle buttons.
import { useTranslation } from 'react-i18next';

export const QUICK_RANGES = ['today', '7d', '30d', 'month'] as const;
export type QuickRange = (typeof QUICK_RANGES)[number];

export const isQuickRange = (value: string | null | undefined): value is QuickRange => QUICK_RANGES.some((r) => r === value);

/** How many calendar days (today included) a range covers in the workspace's zone: "this month" is up to today. */
export function rangeDays(range: QuickRange, timeZone: string, now = Date.now()): number {
  if (range === 'today') return 1;
  if (range === '7d') return 7;
  if (range === '30d') return 30;
  return Number(new Intl.DateTimeFormat('en-US', { timeZone, day: 'numeric' }).format(now));
}

export function QuickRangePicker({ value, onChange, label }: { value: QuickRange; onChange(range: QuickRange): void; label: string }) {
  const { t } = useTranslation();
  return (
    <div className="quick-range" role="group" aria-label={label}>
      {QUICK_RANGES.map((range) => (
        <button key={range} type="button" className="button" aria-pressed={value === range} onClick={() => onChange(range)}>
          {t(`ranges.${range}`)}
        </button>
      ))}
    </div>
  );
}
