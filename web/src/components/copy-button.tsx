// Copies a text (a webhook URL, a new token) and says so; if the browser refuses, asks the person to copy by hand.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface CopyButtonProps {
  text: string;
  /** The button's visible word; "Copy" by default. */
  label?: string;
  /** What a screen reader hears, when several copy buttons share one screen ("Copy the Twilio status URL"). */
  name?: string;
}

export function CopyButton({ text, label, name }: CopyButtonProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
    setTimeout(() => setState('idle'), 3000);
  };
  return (
    <span className="copy">
      <button type="button" className="button" onClick={() => void copy()} aria-label={name}>
        {label ?? t('common.copy')}
      </button>
      <span role="status" className="copy-status">
        {state === 'copied' ? t('common.copied') : state === 'failed' ? t('common.copyFailed') : ''}
      </span>
    </span>
  );
}
