// A stored secret shown masked (••••••abcd); "Replace" opens an input for a new value, "Keep current" closes it.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface SecretFieldProps {
  label: string;
  /** The masked value from the server, or null when not set. */
  masked: string | null;
  /** undefined: keep the stored value; a string: the replacement being typed. */
  value: string | undefined;
  onChange(value: string | undefined): void;
}

export function SecretField({ label, masked, value, onChange }: SecretFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const replacing = value !== undefined || masked === null;
  return (
    <div className="field secret-field">
      <label htmlFor={replacing ? id : undefined} id={`${id}-label`}>
        {label}
      </label>
      {replacing ? (
        <div className="secret-edit">
          <input
            id={id}
            type="password"
            autoComplete="off"
            spellCheck={false}
            placeholder={masked ?? t('settings.notSet')}
            value={value ?? ''}
            onChange={(event) => onChange(event.target.value)}
          />
          {masked !== null && (
            <button type="button" className="button button-ghost" onClick={() => onChange(undefined)}>
              {t('settings.keep')}
            </button>
          )}
        </div>
      ) : (
        <div className="secret-edit">
          <code className="secret-masked" aria-labelledby={`${id}-label`}>
            {masked}
          </code>
          <button type="button" className="button" onClick={() => onChange('')} aria-label={`${t('settings.replace')}: ${label}`}>
            {t('settings.replace')}
          </button>
        </div>
      )}
    </div>
  );
}
