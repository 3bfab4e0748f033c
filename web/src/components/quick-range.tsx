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

/** Today in the workspace's zone as `YYYY-MM-DD`. */
function localToday(timeZone: string, now: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The range's first and last local days (`YYYY-MM-DD`, both included), for reports that filter by dates. */
export function quickRangeDates(range: QuickRange, timeZone: string, now = Date.now()): { from: string; to: string } {
  const to = localToday(timeZone, now);
  const [y, m, d] = to.split('-').map(Number) as [number, number, number];
  const from = new Date(Date.UTC(y, m - 1, d - (rangeDays(range, timeZone, now) - 1))).toISOString().slice(0, 10);
  return { from, to };
}

/** The quick range these dates are, if any (a person may also have typed other dates). */
export function quickRangeOf(dates: { from: string; to: string }, timeZone: string, now = Date.now()): QuickRange | undefined {
  return QUICK_RANGES.find((range) => {
    const r = quickRangeDates(range, timeZone, now);
    return r.from === dates.from && r.to === dates.to;
  });
}

/** `value` undefined: no range pressed (all time, or dates typed by hand). */
export function QuickRangePicker({ value, onChange, label }: { value: QuickRange | undefined; onChange(range: QuickRange): void; label: string }) {
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
