// How long the customer has waited: since the escalation while a person is awaited, else since their last
// unanswered message; re-drawn every half minute so the figure grows while the screen is open.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../format/use-format';
import type { Conversation } from '../api-types';
import { waitedFor } from '../words';

/** When the wait started, or undefined when the customer's last message was answered. */
export function waitingSince(c: Pick<Conversation, 'status' | 'escalated_at' | 'last_inbound_at' | 'last_reply_at'>): number | undefined {
  if (c.status === 'queued' && c.escalated_at !== null) return c.escalated_at;
  if (c.last_inbound_at === null) return undefined;
  return c.last_reply_at !== null && c.last_reply_at >= c.last_inbound_at ? undefined : c.last_inbound_at;
}

export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

export function Waiting({ since }: { since: number | undefined }) {
  const { t } = useTranslation();
  const f = useFormat();
  const now = useNow();
  if (since === undefined) return <span className="muted">{t('wa.inbox.notWaiting')}</span>;
  return <span className="wa-waiting">{t('wa.inbox.waitingFor', { time: waitedFor(now - since, f.locale) })}</span>;
}
