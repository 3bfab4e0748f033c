// The address to paste into ScaleV's webhook settings, with a copy button.
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../../components/copy-button';

export function WebhookUrl({ url }: { url: string }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="webhook-title">
      <h2 id="webhook-title">{t('leadSettings.webhook')}</h2>
      <p className="muted">{t('leadSettings.webhookIntro')}</p>
      <div className="copy-row">
        <input className="mono" readOnly value={url} aria-label={t('leadSettings.webhook')} onFocus={(e) => e.target.select()} data-testid="webhook-url" />
        <CopyButton text={url} />
      </div>
    </section>
  );
}
