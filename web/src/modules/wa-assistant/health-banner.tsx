// "Connected but dead", said on the assistant's screens (GET /api/whatsapp/health): the session is not WORKING, its sends
// fail, or no customer has written for a while in business hours. Nothing is shown while WhatsApp is healthy.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { useLiveRefresh } from '../../components/live';
import { useFormat } from '../../format/use-format';
import type { WhatsappHealth } from './api-types';
import { WA_LIVE_KINDS } from './live';

export function WhatsappHealthBanner() {
  const { t } = useTranslation();
  const f = useFormat();
  const health = useApi(() => api.get<WhatsappHealth>('/api/whatsapp/health'), []);
  // A session.status webhook is an event: the banner comes and goes with it, and with failing or recovered sends.
  useLiveRefresh(WA_LIVE_KINDS, health.reload);
  // Silence brings no event: look again every minute, so "no message for a while" shows on a screen left open.
  const { reload } = health;
  useEffect(() => {
    const timer = setInterval(reload, 60_000);
    return () => clearInterval(timer);
  }, [reload]);
  const h = health.data;
  if (!h || h.healthy) return null;
  const since = h.status_at === null ? t('common.none') : f.dateTime(h.status_at);
  const waiting = t('wa.health.waiting', { count: h.waiting_replies });
  const detail =
    h.problem === 'not_working'
      ? t('wa.health.notWorkingDetail', { session: h.session, status: h.status ?? t('wa.health.noStatus'), since })
      : h.problem === 'sends_failing'
        ? t('wa.health.sendsFailingDetail', { session: h.session, count: h.failing_sends })
        : t('wa.health.noInboundDetail', { session: h.session, since: h.last_inbound_at === null ? t('common.none') : f.dateTime(h.last_inbound_at) });
  return (
    <div className="notice notice-warn" role="alert" data-testid="wa-health">
      <p className="notice-title">{t(`wa.health.${h.problem ?? 'not_working'}`)}</p>
      <p className="notice-detail">
        {detail} {waiting}
      </p>
    </div>
  );
}
