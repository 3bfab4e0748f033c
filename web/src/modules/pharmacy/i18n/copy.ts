// The pharmacy copy in English and Bahasa Indonesia, and its keys added to the ones t() accepts.
import type { ModuleCopies } from '../../../i18n/module-copy';
import { en } from './en';
import { id } from './id';

type PharmacyCopy = typeof en;

declare module '../../../i18n/module-copy' {
  interface ModuleCopy extends PharmacyCopy {}
}

export const copy: ModuleCopies = { en, id };
