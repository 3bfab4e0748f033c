// The Not Closing delay as friendly choices (1, 3, 7, 14 days) or a custom amount, stored as ISO-8601 (P7D, PT12H).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readDuration, writeDuration, type DurationUnit } from '../format/duration';

const PRESETS = ['P1D', 'P3D', 'P7D', 'P14D'] as const;
const CUSTOM = 'custom';
const DEFAULT = '';

interface DelayFieldProps {
  label: string;
  hint?: string;
  /** ISO-8601 duration; null means "use the default" (only when `defaultLabel` is given). */
  value: string | null;
  onChange(value: string | null): void;
  /** Offers "same as the workspace setting" as the first choice. */
  defaultLabel?: string;
}

export function DelayField({ label, hint, value, onChange, defaultLabel }: DelayFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const isPreset = value !== null && (PRESETS as readonly string[]).includes(value);
  const [custom, setCustom] = useState(value !== null && !isPreset);
  const choice = value === null ? DEFAULT : custom || !isPreset ? CUSTOM : value;
  const friendly = value ? readDuration(value) : undefined;

  const choices = [
    ...(defaultLabel ? [{ value: DEFAULT, label: defaultLabel }] : []),
    ...PRESETS.map((p) => ({ value: p, label: t('settings.days', { count: readDuration(p)?.amount ?? 0 }) })),
    { value: CUSTOM, label: t('settings.custom') },
  ];

  return (
    <fieldset className="delay-field">
      <legend>{label}</legend>
      {hint && <p className="field-hint">{hint}</p>}
      <div className="field">
        <label htmlFor={`${id}-choice`}>{t('settings.delayLabel')}</label>
        <select
          id={`${id}-choice`}
          value={choice}
          onChange={(event) => {
            const next = event.target.value;
            if (next === CUSTOM) {
              setCustom(true);
              if (value === null) onChange('P10D');
            } else {
              setCustom(false);
              onChange(next === DEFAULT ? null : next);
            }
          }}
        >
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      {choice === CUSTOM && value !== null && (
        friendly ? (
          <div className="inline-fields">
            <div className="field">
              <label htmlFor={`${id}-amount`}>{t('settings.customAmount')}</label>
              <input
                id={`${id}-amount`}
                type="number"
                min={1}
                max={9999}
                inputMode="numeric"
                value={friendly.amount}
                onChange={(event) => onChange(writeDuration({ amount: Math.max(1, Math.floor(Number(event.target.value) || 1)), unit: friendly.unit }))}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-unit`}>{t('settings.unit')}</label>
              <select id={`${id}-unit`} value={friendly.unit} onChange={(event) => onChange(writeDuration({ amount: friendly.amount, unit: event.target.value as DurationUnit }))}>
                <option value="minutes">{t('settings.minutes')}</option>
                <option value="hours">{t('settings.hours')}</option>
                <option value="days">{t('settings.daysUnit')}</option>
              </select>
            </div>
          </div>
        ) : (
          <div className="field">
            <label htmlFor={`${id}-iso`}>{t('settings.isoLabel')}</label>
            <input id={`${id}-iso`} type="text" value={value} onChange={(event) => onChange(event.target.value.trim().toUpperCase())} />
          </div>
        )
      )}
    </fieldset>
  );
}
