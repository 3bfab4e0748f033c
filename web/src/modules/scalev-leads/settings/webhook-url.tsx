// The address to paste into ScaleV's webhook settings, with a copy button, numbered steps and the public-address check.
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../../components/copy-button';
import { PublicUrlNotice } from '../../../components/public-url-notice';
import { useSetup } from '../../../features/setup/use-setup';

export function WebhookUrl({ url }: { url: string }) {
  const { t } = useTranslation();
  const setup = useSetup();
  return (
    <section className="card" aria-labelledby="webhook-title">
      <h2 id="webhook-title">{t('leadSettings.webhook')}</h2>
      <h3>{t('leadSetup.steps.title')}</h3>
      <ol className="numbered-steps" data-testid="scalev-steps">
        <li>{t('leadSetup.steps.generate')}</li>
        <li>{t('leadSetup.steps.open')}</li>
        <li>{t('leadSetup.steps.paste')}</li>
        <li>{t('leadSetup.steps.events')}</li>
        <li>{t('leadSetup.steps.check')}</li>
      </ol>
      {setup.data && <PublicUrlNotice setup={setup.data} />}
      <div className="copy-row">
        <input className="mono" readOnly value={url} aria-label={t('leadSettings.webhook')} onFocus={(e) => e.target.select()} data-testid="webhook-url" />
        <CopyButton text={url} />
      </div>
    </section>
  );
}
