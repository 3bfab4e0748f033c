// "Moves to Not Closing on 12 Mar, 09:00 WIB": when the lead's waiting timer fires, in the workspace's time zone.
import { useTranslation } from 'react-i18next';
import type { LeadDetail } from '../api-types';
import { useFormat } from '../../../format/use-format';

export function WaitingTimer({ timer }: { timer: LeadDetail['timer'] }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!timer) return <p className="timer timer-none">{t('leads.noTimer')}</p>;
  return (
    <p className="timer" data-testid="waiting-timer">
      {t('leads.timer', { when: f.dateTime(timer.at) })}
    </p>
  );
}
