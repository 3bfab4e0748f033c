// i18next set-up: English and Bahasa Indonesia, the browser's language by default, the person's choice remembered;
// the core's copy and every module's, merged once at start.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { id } from './id';
import type { ModuleCopies } from './module-copy';

export const LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'id', label: 'Bahasa Indonesia' },
] as const;
export type Language = (typeof LANGUAGES)[number]['code'];

const STORAGE_KEY = 'leadcycle.language';

function isLanguage(value: string | null): value is Language {
  return LANGUAGES.some((l) => l.code === value);
}

/** The saved choice, else the first of the browser's languages we speak, else English. */
function initialLanguage(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (isLanguage(saved)) return saved;
  } catch {
    // Storage can be blocked (private mode): fall back to the browser's language.
  }
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (base === 'id' || base === 'in' || base === 'ms') return 'id';
    if (base === 'en') return 'en';
  }
  return 'en';
}

export function setLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered, but still switched for this visit.
  }
  void i18next.changeLanguage(language);
}

/** BCP 47 locale for Intl formatting in the current language. */
export function localeOf(language: string): string {
  return language === 'id' ? 'id-ID' : 'en-GB';
}

/** The core's copy with each module's added; a top-level key used twice is a mistake the type check also catches. */
function merged(core: object, modules: readonly object[]): Record<string, unknown> {
  const all: Record<string, unknown> = { ...core };
  for (const copy of modules) {
    for (const [key, value] of Object.entries(copy)) {
      if (key in all) throw new Error(`the copy key ${key} is used twice`);
      all[key] = value;
    }
  }
  return all;
}

/** Starts i18next with the core's copy and the modules' (web/src/modules/registry.ts); call once, before rendering. */
export function startI18n(modules: readonly ModuleCopies[]): void {
  void i18next.use(initReactI18next).init({
    resources: {
      en: { translation: merged(en, modules.map((m) => m.en)) },
      id: { translation: merged(id, modules.map((m) => m.id)) },
    },
    lng: initialLanguage(),
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  document.documentElement.lang = i18next.language;
}

export { i18next };
