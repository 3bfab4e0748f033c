// A campaign's message text with one-click placeholders ({{name}}, {{city}}…) inserted where the cursor is.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { PLACEHOLDERS, type Channel } from '../api-types';
import { TextAreaField } from '../../../components/fields';
import { unknownPlaceholders } from './placeholders';

/** One SMS carries 160 plain characters; longer texts go out (and are billed) as several parts. */
const SMS_PART = 160;

interface TemplateFieldProps {
  channel: Channel;
  value: string;
  onChange(value: string): void;
}

export function TemplateField({ channel, value, onChange }: TemplateFieldProps) {
  const { t } = useTranslation();
  const area = useRef<HTMLTextAreaElement>(null);
  const unknown = unknownPlaceholders(value);

  const insert = (word: string) => {
    const el = area.current;
    const start = el?.selectionStart ?? value.length;
    const end = el?.selectionEnd ?? value.length;
    const tag = `{{${word}}}`;
    onChange(value.slice(0, start) + tag + value.slice(end));
    // After React has written the new text: put the cursor right after the inserted word.
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + tag.length, start + tag.length);
    });
  };

  const hint =
    channel === 'sms'
      ? t('crm.smsLength', { count: value.length, parts: String(Math.max(1, Math.ceil(value.length / SMS_PART))) })
      : t('crm.bodyHint');
  return (
    <div className="template-field">
      <TextAreaField
        ref={area}
        label={t('crm.body')}
        hint={hint}
        error={unknown.length > 0 ? t('crm.unknownPlaceholders', { words: unknown.map((w) => `{{${w}}}`).join(', ') }) : undefined}
        required
        rows={channel === 'sms' ? 4 : 8}
        maxLength={channel === 'sms' ? 1600 : 20000}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      <div className="placeholder-row" role="group" aria-label={t('crm.insertPlaceholder')}>
        <span className="muted">{t('crm.insertPlaceholder')}:</span>
        {PLACEHOLDERS.map((word) => (
          <button key={word} type="button" className="button button-chip" onClick={() => insert(word)} aria-label={t('crm.insert', { word: `{{${word}}}` })}>
            {`{{${word}}}`}
          </button>
        ))}
      </div>
    </div>
  );
}
