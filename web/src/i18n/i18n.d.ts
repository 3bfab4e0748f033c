// Makes t('…') keys checked against the English copy of the core and of every module.
import 'i18next';
import type { AllCopy } from './module-copy';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: AllCopy };
  }
}
