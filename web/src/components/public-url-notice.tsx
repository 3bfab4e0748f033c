// The address providers call (PUBLIC_URL), and a warning saying how to fix it when a provider cannot reach it.
import { useTranslation } from 'react-i18next';
import type { Setup } from '../api/types';
import { CopyButton } from './copy-button';

export function PublicUrlNotice({ setup }: { setup: Pick<Setup, 'public_url' | 'public_url_problem'> }) {
  const { t } = useTranslation();
  const problem = setup.public_url_problem;
  return (
    <div className="public-url" data-testid="public-url">
      <p className="public-url-line">
        <span className="muted">{t('setup.publicUrl.label')}: </span>
        <code className="mono">{setup.public_url}</code>
      </p>
      {problem && (
        <div className="notice notice-warn" role="note" data-testid="public-url-warning">
          <p className="notice-title">⚠ {t(`setup.publicUrl.${problem}`, { url: setup.public_url })}</p>
          <p>{t('setup.publicUrl.howTo')}</p>
        </div>
      )}
    </div>
  );
}

/** A webhook address to paste into a provider, with a copy button. */
export function WebhookAddress({ label, url, testId }: { label: string; url: string; testId?: string }) {
  return (
    <div className="copy-row">
      <input className="mono" readOnly value={url} aria-label={label} onFocus={(e) => e.target.select()} data-testid={testId} />
      <CopyButton text={url} name={label} />
    </div>
  );
}
