// The marketing analytics for a period (GET /api/marketing/analytics): the funnel with each step's drop-off, the
// assistant's performance, campaigns from clicks to bookings, common questions, and the funnel per prompt version.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { useApi } from '../../../api/use-api';
import { DataTable } from '../../../components/data-table';
import { Figure } from '../../../components/figure';
import { TextField } from '../../../components/fields';
import { Loadable } from '../../../components/page';
import { useFormat } from '../../../format/use-format';
import type { MarketingAnalytics } from '../api-types';
import { intentWords } from '../words';
import { BarList } from './bar-list';

export function AnalyticsSection() {
  const { t } = useTranslation();
  const f = useFormat();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const report = useApi(() => api.get<MarketingAnalytics>('/api/marketing/analytics', { from, to }), [from, to]);
  const seconds = (s: number | null) => {
    if (s === null) return t('common.none');
    // Tenths under ten seconds: a reply in 0.4 s is not "0 seconds".
    const shown = s < 10 ? Math.round(s * 10) / 10 : Math.round(s);
    return t('wa.analytics.seconds', { count: shown, n: f.number(shown) });
  };

  return (
    <section className="wa-analytics" aria-labelledby="wa-analytics-title">
      <h2 id="wa-analytics-title">{t('wa.analytics.title')}</h2>
      <form className="filters filters-narrow" onSubmit={(e) => e.preventDefault()}>
        <TextField label={t('wa.analytics.from')} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        <TextField label={t('wa.analytics.to')} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      </form>
      <Loadable {...report}>
        {(r) => {
          const c = r.conversion_metrics;
          const ai = r.ai_performance;
          const steps = [
            { key: 'leads_to_interest', from: t('wa.phase.leads'), to: t('wa.phase.interest'), drop: r.drop_off_analysis.leads_to_interest },
            { key: 'interest_to_booking', from: t('wa.phase.interest'), to: t('wa.phase.booking'), drop: r.drop_off_analysis.interest_to_booking },
            { key: 'booking_to_payment', from: t('wa.phase.booking'), to: t('wa.analytics.paid'), drop: r.drop_off_analysis.booking_to_payment },
          ];
          return (
            <>
              <p className="muted" data-testid="wa-analytics-range">
                {t('wa.analytics.range', { from: f.day(r.range.from), to: f.day(r.range.to) })}
              </p>
              <ul className="figures" aria-label={t('wa.analytics.title')}>
                <Figure label={t('wa.analytics.conversations')} value={f.number(c.total_leads)} hint={t('wa.analytics.conversationsHint')} testId="wa-analytics-conversations" />
                <Figure label={t('wa.analytics.bookingRate')} value={f.share(c.booking_rate)} hint={t('wa.analytics.bookingRateHint')} testId="wa-analytics-booking-rate" />
                <Figure label={t('wa.analytics.conversionRate')} value={f.share(c.conversion_rate)} hint={t('wa.analytics.conversionRateHint')} testId="wa-analytics-conversion" />
              </ul>
              <div className="grid-2">
                <section className="card" aria-labelledby="wa-funnel-title">
                  <h3 id="wa-funnel-title">{t('wa.analytics.funnel')}</h3>
                  {c.total_leads === 0 ? (
                    <p className="empty">{t('wa.analytics.noConversations')}</p>
                  ) : (
                    <>
                      <BarList
                        label={t('wa.analytics.funnel')}
                        testId="wa-funnel"
                        bars={[
                          { key: 'funnel-leads', label: t('wa.phase.leads'), value: c.total_leads, tone: 'wa-phase-leads' },
                          { key: 'funnel-interest', label: t('wa.phase.interest'), value: c.leads_to_interest, tone: 'wa-phase-interest' },
                          { key: 'funnel-booking', label: t('wa.phase.booking'), value: c.interest_to_booking, tone: 'wa-phase-booking' },
                          { key: 'funnel-paid', label: t('wa.analytics.paid'), value: c.booking_to_paid },
                        ]}
                      />
                      <h4>{t('wa.analytics.dropOff')}</h4>
                      <ul className="wa-drop-off" data-testid="wa-drop-off">
                        {steps.map((s) => (
                          <li key={s.key} data-testid={`drop-${s.key}`}>
                            {t('wa.analytics.dropStep', { from: s.from, to: s.to, share: f.share(s.drop) })}
                          </li>
                        ))}
                      </ul>
                      <p className="field-hint">{t('wa.analytics.dropOffHint')}</p>
                    </>
                  )}
                </section>
                <section className="card" aria-labelledby="wa-ai-title">
                  <h3 id="wa-ai-title">{t('wa.analytics.assistant')}</h3>
                  <ul className="figures wa-figures-in-card">
                    <Figure label={t('wa.analytics.responseTime')} value={seconds(ai.avg_response_time)} hint={t('wa.analytics.responseTimeHint', { count: ai.replies_measured })} testId="wa-analytics-response" />
                    <Figure label={t('wa.analytics.resolved')} value={f.share(ai.successful_conversations)} hint={t('wa.analytics.resolvedHint')} testId="wa-analytics-resolved" />
                    <Figure label={t('wa.analytics.escalationRate')} value={f.share(ai.escalation_rate)} hint={t('wa.analytics.escalationRateHint')} testId="wa-analytics-escalation" />
                    <Figure
                      label={t('wa.analytics.satisfaction')}
                      value={ai.satisfaction_score === null ? t('common.none') : t('wa.analytics.rating', { score: f.number(Math.round(ai.satisfaction_score * 10) / 10) })}
                      hint={t('wa.analytics.ratings', { count: ai.ratings })}
                      testId="wa-analytics-satisfaction"
                    />
                  </ul>
                </section>
              </div>

              <section className="card" aria-labelledby="wa-campaigns-title">
                <h3 id="wa-campaigns-title">{t('wa.analytics.campaigns')}</h3>
                {r.campaign_performance.some((p) => p.bookings > 0) && (
                  <BarList label={t('wa.analytics.bookingsByCampaign')} testId="wa-campaign-bookings" bars={[...r.campaign_performance].sort((x, y) => y.bookings - x.bookings).map((p) => ({ key: `campaign-${p.campaign_code}`, label: p.campaign_code, value: p.bookings }))} />
                )}
                <DataTable
                  caption={t('wa.analytics.campaigns')}
                  rows={r.campaign_performance}
                  rowKey={(p) => p.campaign_code}
                  empty={t('wa.analytics.noCampaigns')}
                  columns={[
                    { key: 'code', header: t('wa.conversation.campaign'), cell: (p) => <span data-testid={`campaign-row-${p.campaign_code}`}>{p.campaign_code}</span> },
                    { key: 'clicks', header: t('wa.analytics.clicks'), cell: (p) => f.number(p.clicks), className: 'num' },
                    { key: 'conversations', header: t('wa.analytics.conversations'), cell: (p) => f.number(p.conversations), className: 'num' },
                    { key: 'bookings', header: t('wa.analytics.bookings'), cell: (p) => f.number(p.bookings), className: 'num' },
                    { key: 'conversion', header: t('wa.analytics.clickConversion'), cell: (p) => f.share(p.conversion), className: 'num' },
                    { key: 'chat', header: t('wa.analytics.chatConversion'), cell: (p) => f.share(p.conversation_conversion), className: 'num' },
                  ]}
                />
              </section>

              <section className="card" aria-labelledby="wa-questions-title">
                <h3 id="wa-questions-title">{t('wa.analytics.questions')}</h3>
                <DataTable
                  caption={t('wa.analytics.questions')}
                  rows={r.common_questions}
                  rowKey={(q) => q.question_pattern}
                  empty={t('wa.analytics.noQuestions')}
                  columns={[
                    { key: 'question', header: t('wa.conversation.intent'), cell: (q) => intentWords(t, q.question_pattern) },
                    { key: 'turns', header: t('wa.analytics.turns'), cell: (q) => f.number(q.frequency), className: 'num' },
                    { key: 'ai', header: t('wa.analytics.answeredByAssistant'), cell: (q) => f.share(q.ai_success_rate), className: 'num' },
                  ]}
                />
              </section>
              <section className="card" aria-labelledby="wa-versions-title">
                <h3 id="wa-versions-title">{t('wa.analytics.promptVersions')}</h3>
                <DataTable
                  caption={t('wa.analytics.promptVersions')}
                  rows={r.prompt_versions}
                  rowKey={(v) => v.prompt_version ?? ''}
                  empty={t('wa.analytics.noConversations')}
                  columns={[
                    { key: 'version', header: t('wa.analytics.promptVersion'), cell: (v) => v.prompt_version ?? t('wa.analytics.noPrompt') },
                    { key: 'conversations', header: t('wa.analytics.conversations'), cell: (v) => f.number(v.conversations), className: 'num' },
                    { key: 'booking', header: t('wa.phase.booking'), cell: (v) => f.number(v.reached_booking), className: 'num' },
                    { key: 'conversion', header: t('wa.analytics.bookingRate'), cell: (v) => f.share(v.conversion_rate), className: 'num' },
                    { key: 'escalation', header: t('wa.analytics.escalationRate'), cell: (v) => f.share(v.escalation_rate), className: 'num' },
                    { key: 'response', header: t('wa.analytics.responseTime'), cell: (v) => seconds(v.avg_response_time), className: 'num' },
                  ]}
                />
              </section>
            </>
          );
        }}
      </Loadable>
    </section>
  );
}
