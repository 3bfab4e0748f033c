// "Generate secret": a random signing secret made in the browser (32 bytes, hex) to save here and paste at the provider.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from './copy-button';

function randomSecret(): string {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Calls `onGenerated` with the new secret (the form puts it in its secret field) and shows it once with Copy. */
export function GenerateSecret({ provider, onGenerated }: { provider: string; onGenerated(secret: string): void }) {
  const { t } = useTranslation();
  const [secret, setSecret] = useState<string>();
  return (
    <div className="generate-secret">
      <button
        type="button"
        className="button"
        onClick={() => {
          const next = randomSecret();
          setSecret(next);
          onGenerated(next);
        }}
      >
        {t('setup.generate.button')}
      </button>
      {secret && (
        <div className="field">
          <label htmlFor="generated-secret">{t('setup.generate.label', { provider })}</label>
          <div className="copy-row">
            <input id="generated-secret" className="mono" readOnly value={secret} onFocus={(e) => e.target.select()} data-testid="generated-secret" />
            <CopyButton text={secret} name={t('setup.generate.copyName')} />
          </div>
        </div>
      )}
    </div>
  );
}
