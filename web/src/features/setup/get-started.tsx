// The dashboard's "Get started" checklist: per active module, its providers saved and tested, its webhooks arriving, its first record.
import { useTranslation } from 'react-i18next';
import type { Setup, SetupStep } from '../../api/types';
import { PublicUrlNotice, WebhookAddress } from '../../components/public-url-notice';
import { useFormat } from '../../format/use-format';
import { providerName } from '../../format/provider';
import type { WebModule } from '../../modules/web-module';
import { Link } from '../../router';
import { PERMISSIONS } from '../../session/permissions';
import { useSignedIn } from '../../session/session';
import { ProviderStatusBadge } from './provider-status';
import './setup.css';

export function GetStarted({ setup, modules }: { setup: Setup; modules: readonly WebModule[] }) {
  const { t } = useTranslation();
  const shown = setup.modules.flatMap((m) => {
    const web = modules.find((w) => w.name === m.module);
    return web ? [{ ...m, web }] : [];
  });
  const steps = shown.flatMap((m) => m.steps);
  const done = steps.filter((s) => s.done).length;
  const waitingForWebhooks = steps.some((s) => s.kind === 'webhook' && !s.done);
  return (
    <section className="card get-started" aria-labelledby="get-started-title" data-testid="get-started">
      <div className="get-started-head">
        <h2 id="get-started-title">{t('setup.title')}</h2>
        <span className="muted">{t('setup.progress', { done: String(done), total: String(steps.length) })}</span>
      </div>
      <p className="muted">{t('setup.intro')}</p>
      {waitingForWebhooks && <PublicUrlNotice setup={setup} />}
      {shown.map((m) => (
        <div key={m.module} className="get-started-module" data-setup-module={m.module}>
          <h3>
            {t(m.web.title)} {m.done && <span className="badge badge-good">{t('setup.moduleDone')}</span>}
          </h3>
          <ol className="checklist">
            {m.steps.map((step) => (
              <StepItem key={`${step.kind}:${step.key}`} step={step} setup={setup} web={m.web} />
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}

function StepItem({ step, setup, web }: { step: SetupStep; setup: Setup; web: WebModule }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { can } = useSignedIn();
  const manage = can(PERMISSIONS.manageWorkspace);
  const name = providerName(step.provider ?? step.key);
  const mark = (
    <span className={step.done ? 'check check-done' : 'check'} aria-label={t(step.done ? 'setup.stepDone' : 'setup.stepOpen')} role="img">
      {step.done ? '✓' : ''}
    </span>
  );

  if (step.kind === 'provider') {
    const provider = setup.providers.find((p) => p.provider === step.key);
    return (
      <li className={step.done ? 'step is-done' : 'step'} data-step={`provider:${step.key}`}>
        {mark}
        <div className="step-body">
          <p className="step-title">
            {manage ? <Link to={`/settings?tab=${encodeURIComponent(step.key)}`}>{t(provider?.has_test === false ? 'setup.provider.titleNoTest' : 'setup.provider.title', { provider: name })}</Link> : t(provider?.has_test === false ? 'setup.provider.titleNoTest' : 'setup.provider.title', { provider: name })}
          </p>
          {provider && <ProviderStatusBadge status={provider.status} />}
        </div>
      </li>
    );
  }

  if (step.kind === 'webhook') {
    return (
      <li className={step.done ? 'step is-done' : 'step'} data-step={`webhook:${step.key}`}>
        {mark}
        <div className="step-body">
          <p className="step-title">{t('setup.webhook.title', { provider: name })}</p>
          {step.url && <WebhookAddress label={t('setup.webhook.urlLabel', { provider: name })} url={step.url} />}
          <p className={step.last_event_at === null ? 'step-status waiting' : 'step-status'} data-testid={`webhook-status-${step.key}`}>
            {step.last_event_at === null ? t('setup.webhook.waiting') : t('setup.webhook.lastEvent', { time: f.dateTime(step.last_event_at) })}
          </p>
        </div>
      </li>
    );
  }

  return (
    <li className={step.done ? 'step is-done' : 'step'} data-step={`first_record:${step.key}`}>
      {mark}
      <div className="step-body">
        <p className="step-title">{web.setup ? <Link to={web.setup.firstRecordPath}>{t(web.setup.firstRecord)}</Link> : step.key}</p>
      </div>
    </li>
  );
}
