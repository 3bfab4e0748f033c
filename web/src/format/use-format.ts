// Formatters bound to the workspace's time zone and the chosen language.
import { useTranslation } from 'react-i18next';
import { localeOf } from '../i18n';
import { useSignedIn } from '../session/session';
import { formatMoney } from './money';
import { formatMoneyShort } from './money-short';
import { formatDate, formatDateTime, formatDay } from './time';

export function useFormat() {
  const { t, i18n } = useTranslation();
  const { workspace } = useSignedIn();
  const locale = localeOf(i18n.language);
  const timeZone = workspace.timezone;
  const percent = (ratio: number) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(ratio);
  return {
    locale,
    timeZone,
    dateTime: (at: number) => formatDateTime(at, timeZone, locale),
    date: (at: number) => formatDate(at, timeZone, locale),
    day: (isoDate: string) => formatDay(isoDate, locale),
    // NumberFormat shows NaN and Infinity as text rather than throwing; nothing to guard.
    number: (n: number) => new Intl.NumberFormat(locale).format(n),
    percent,
    /** A ratio the server leaves null when there is nothing to divide by (no conversations yet): a percentage, or the word for none. */
    share: (ratio: number | null) => (ratio === null ? t('common.none') : percent(ratio)),
    money: (amount: number, currency: string) => formatMoney(amount, currency, locale),
    /** Compact, for chart axes and labels. */
    moneyShort: (amount: number, currency: string) => formatMoneyShort(amount, currency, locale),
  };
}
