// A searchable drop-down (WAI-ARIA combobox): type to filter, arrows to move, Enter to pick, Escape to close.
import { useEffect, useId, useMemo, useRef, useState } from 'react';

export interface ComboOption {
  value: string;
  label: string;
  /** A second line: an id, an email, a SKU. */
  description?: string;
}

interface ComboboxProps {
  label: string;
  hint?: string | undefined;
  options: readonly ComboOption[];
  value: string | undefined;
  onChange(value: string | undefined): void;
  /** Called (debounced) with what was typed, for a server-side search; local filtering happens anyway. */
  onSearch?(text: string): void;
  placeholder?: string | undefined;
  noMatch: string;
  loading?: boolean | undefined;
  loadingText?: string | undefined;
  disabled?: boolean | undefined;
  required?: boolean | undefined;
  /** Shown under the field and announced with it. */
  error?: string | undefined;
}

const matches = (option: ComboOption, text: string) => {
  const needle = text.trim().toLowerCase();
  return !needle || option.label.toLowerCase().includes(needle) || (option.description ?? '').toLowerCase().includes(needle);
};

export function Combobox({ label, hint, options, value, onChange, onSearch, placeholder, noMatch, loading, loadingText, disabled, required, error }: ComboboxProps) {
  const id = useId();
  const listId = `${id}-list`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const selected = options.find((o) => o.value === value);
  const [text, setText] = useState(selected?.label ?? '');
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState(false);
  const [active, setActive] = useState(0);
  const searchTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // Show the chosen option's name whenever the choice (or the options) change from outside.
  useEffect(() => {
    if (!open) setText(selected?.label ?? '');
  }, [selected?.label, open]);

  useEffect(() => () => clearTimeout(searchTimer.current), []);

  const shown = useMemo(() => (typed ? options.filter((o) => matches(o, text)) : options), [options, text, typed]);
  const activeIndex = Math.min(active, shown.length - 1);
  const activeOption = open ? shown[activeIndex] : undefined;
  const optionId = (index: number) => `${id}-opt-${index}`;

  useEffect(() => {
    if (open && activeIndex >= 0) document.getElementById(`${id}-opt-${activeIndex}`)?.scrollIntoView({ block: 'nearest' });
  }, [open, activeIndex, id]);

  const pick = (option: ComboOption) => {
    onChange(option.value);
    setText(option.label);
    setTyped(false);
    setOpen(false);
  };

  const close = () => {
    setOpen(false);
    setTyped(false);
    setText(selected?.label ?? '');
  };

  return (
    <div className={error ? 'field combobox field-invalid' : 'field combobox'}>
      <label htmlFor={id}>{label}</label>
      <div className="combobox-control">
        <input
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={activeOption ? optionId(activeIndex) : undefined}
          aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
          aria-invalid={error ? true : undefined}
          aria-required={required}
          placeholder={placeholder}
          disabled={disabled}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setTyped(true);
            setOpen(true);
            setActive(0);
            if (onSearch) {
              clearTimeout(searchTimer.current);
              const value = event.target.value;
              searchTimer.current = setTimeout(() => onSearch(value), 300);
            }
          }}
          onFocus={() => setOpen(true)}
          onClick={() => setOpen(true)}
          onBlur={close}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              if (!open) setOpen(true);
              else setActive((a) => Math.min(a + 1, shown.length - 1));
            } else if (event.key === 'ArrowUp') {
              event.preventDefault();
              setActive((a) => Math.max(a - 1, 0));
            } else if (event.key === 'Enter' && open && activeOption) {
              event.preventDefault();
              pick(activeOption);
            } else if (event.key === 'Escape' && open) {
              event.preventDefault();
              close();
            }
          }}
        />
        <span className="combobox-arrow" aria-hidden="true">
          ▾
        </span>
      </div>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
      <ul id={listId} role="listbox" aria-label={label} className="combobox-list" hidden={!open}>
        {loading && <li className="combobox-note">{loadingText}</li>}
        {!loading && shown.length === 0 && <li className="combobox-note">{noMatch}</li>}
        {shown.map((option, index) => (
          <li
            key={option.value}
            id={optionId(index)}
            role="option"
            aria-selected={option.value === value}
            className={option === activeOption ? 'combobox-option is-active' : 'combobox-option'}
            // Keep focus in the input, so blur does not close the list before the click lands.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(option)}
          >
            <span>{option.label}</span>
            {option.description && <span className="combobox-description">{option.description}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
