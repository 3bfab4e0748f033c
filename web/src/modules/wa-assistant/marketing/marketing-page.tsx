// The marketing view: right now (GET /api/marketing/dashboard: active conversations, who is with a person,
// conversations by phase, clicks per campaign code, following new messages by itself), then the analytics for a
// period (analytics-section.tsx).
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { useApi } from '../../../api/use-api';
import { EmptyState } from '../../../components/empty-state';
import { useLiveRefresh } from '../../../components/live';
import { Loadable, Page } from '../../../components/page';
import { useFormat } from '../../../format/use-format';
import { Link } from '../../../router';
import { PHASES, type MarketingDashboard, type PackageList } from '../api-types';
import { WhatsappHealthBanner } from '../health-banner';
import { WA_LIVE_KINDS } from '../live';
import { AnalyticsSection } from './analytics-section';
import { BarList } from './bar-list';

export function MarketingPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const board = useApi(() => api.get<MarketingDashboard>('/api/marketing/dashboard'), []);
  const packages = useApi(() => api.get<PackageList>('/api/packages'), []);
  useLiveRefresh(WA_LIVE_KINDS, board.reload);

  return (
    <Page title={t('wa.marketing.title')} intro={t('wa.marketing.intro')}>
      <WhatsappHealthBanner />
      <Loadable {...board}>
        {(b) => {
          const total = PHASES.reduce((sum, p) => sum + b.phase_distribution[p], 0);
          return (
            <>
              <ul className="figures" aria-label={t('wa.marketing.title')}>
                <li className="figure">
                  <span className="figure-label">{t('wa.marketing.active')}</span>
                  <Link to="/wa/conversations" className="figure-value" data-testid="wa-active">
                    {f.number(b.active_conversations)}
                  </Link>
                  <span className="figure-hint">{t('wa.marketing.activeHint')}</span>
                </li>
                <li className="figure">
                  <span className="figure-label">{t('wa.marketing.escalated')}</span>
                  <span className="figure-value" data-testid="wa-escalated">
                    {f.number(b.escalated_conversations)}
                  </span>
                  <span className="figure-hint">{t('wa.marketing.escalatedHint')}</span>
                </li>
                <li className="figure">
                  <span className="figure-label">{t('wa.marketing.waiting')}</span>
                  <Link to="/wa/handover" className="figure-value" data-testid="wa-waiting">
                    {f.number(b.pending_handover.length)}
                  </Link>
                </li>
              </ul>
              <div className="grid-2">
                <section className="card" aria-labelledby="wa-phases-title">
                  <h2 id="wa-phases-title">{t('wa.marketing.phases')}</h2>
                  {total === 0 ? (
                    <EmptyState title={t('wa.marketing.emptyTitle')} hint={t('wa.marketing.emptyHint')} />
                  ) : (
                    <BarList label={t('wa.marketing.phases')} testId="wa-phases" bars={PHASES.map((p) => ({ key: p, label: t(`wa.phase.${p}`), value: b.phase_distribution[p], tone: `wa-phase-${p}` }))} />
                  )}
                </section>
                <section className="card" aria-labelledby="wa-clicks-title">
                  <h2 id="wa-clicks-title">{t('wa.marketing.clicksByCode')}</h2>
                  <Loadable {...packages}>
                    {(list) =>
                      list.items.every((p) => p.clicks === 0) ? (
                        <p className="empty">{t('wa.marketing.noClicks')}</p>
                      ) : (
                        <BarList label={t('wa.marketing.clicksByCode')} bars={[...list.items].sort((x, y) => y.clicks - x.clicks).map((p) => ({ key: p.code, label: p.code, value: p.clicks }))} />
                      )
                    }
                  </Loadable>
                </section>
              </div>
            </>
          );
        }}
      </Loadable>
      <AnalyticsSection />
    </Page>
  );
}
