// The materials message: its text with the placeholders it may use (inserted at the cursor), a live preview with a
// sample name, the way back to the default text, and the optional image and PDF the WAHA server downloads.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField, TextField } from '../../../components/fields';
import { MATERIALS_PLACEHOLDERS, type PharmacySettings } from '../api-types';

/** As the server fills it: `{{name}}` (spaces inside the braces allowed) becomes the contact's name. */
const fillName = (text: string, name: string) => text.replace(/\{\{\s*name\s*\}\}/g, name);

interface MaterialsFieldsProps {
  settings: PharmacySettings;
  text: string;
  onText(text: string): void;
  imageUrl: string;
  onImageUrl(url: string): void;
  pdfUrl: string;
  onPdfUrl(url: string): void;
  errorOf(field: string): string | undefined;
}

export function MaterialsFields({ settings, text, onText, imageUrl, onImageUrl, pdfUrl, onPdfUrl, errorOf }: MaterialsFieldsProps) {
  const { t } = useTranslation();
  const area = useRef<HTMLTextAreaElement>(null);

  const insert = (word: string) => {
    const el = area.current;
    const start = el?.selectionStart ?? text.length;
    const end = el?.selectionEnd ?? text.length;
    const tag = `{{${word}}}`;
    onText(text.slice(0, start) + tag + text.slice(end));
    // After React has written the new text: the cursor right after the inserted word.
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + tag.length, start + tag.length);
    });
  };

  const attachments = [
    { field: 'image', value: imageUrl, onChange: onImageUrl, placeholder: 'https://…/brosur.jpg' },
    { field: 'pdf', value: pdfUrl, onChange: onPdfUrl, placeholder: 'https://…/harga.pdf' },
  ] as const;

  return (
    <section className="card" aria-labelledby="pharmacy-materials-title">
      <h2 id="pharmacy-materials-title">{t('pharmacy.settings.materialsTitle')}</h2>
      <p className="muted">{t('pharmacy.settings.materialsIntro')}</p>
      <TextAreaField
        ref={area}
        label={t('pharmacy.settings.text')}
        hint={t('pharmacy.settings.textHint')}
        rows={6}
        maxLength={4000}
        value={text}
        onChange={(e) => onText(e.target.value)}
        error={errorOf('materials_text')}
      />
      <div className="pharmacy-placeholders" role="group" aria-label={t('pharmacy.settings.placeholders')}>
        <span className="muted">{t('pharmacy.settings.placeholders')}:</span>
        {MATERIALS_PLACEHOLDERS.map((word) => (
          <button key={word} type="button" className="button pharmacy-chip" onClick={() => insert(word)} aria-label={t('pharmacy.settings.insert', { word: `{{${word}}}` })}>
            {`{{${word}}}`}
          </button>
        ))}
        {text !== settings.materials_text_default && (
          <button type="button" className="button button-ghost" onClick={() => onText(settings.materials_text_default)}>
            {t('pharmacy.settings.useDefault')}
          </button>
        )}
      </div>
      <figure className="pharmacy-preview" aria-labelledby="pharmacy-preview-title">
        <figcaption id="pharmacy-preview-title" className="muted">
          {t('pharmacy.settings.preview', { name: t('pharmacy.settings.sampleName') })}
        </figcaption>
        <div className="pharmacy-bubble" data-testid="materials-preview">
          <p>{fillName(text, t('pharmacy.settings.sampleName'))}</p>
          {imageUrl.trim() && <p className="muted">+ {t('pharmacy.settings.withImage')}</p>}
          {pdfUrl.trim() && <p className="muted">+ {t('pharmacy.settings.withPdf')}</p>}
        </div>
      </figure>
      {attachments.map(({ field, value, onChange, placeholder }) => (
        <TextField
          key={field}
          label={t(`pharmacy.settings.${field}`)}
          hint={t(`pharmacy.settings.${field}Hint`)}
          type="url"
          inputMode="url"
          placeholder={placeholder}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          error={errorOf(`materials_${field}_url`)}
        />
      ))}
    </section>
  );
}
