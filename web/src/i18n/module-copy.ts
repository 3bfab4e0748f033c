// The dashboard's copy is the core's plus every module's, each module under its own top-level keys (hand-written core).
import type { en } from './en';

/** A language's copy: the same keys as the English one, any words. */
export type Copy<T> = { [K in keyof T]: T[K] extends string ? string : Copy<T[K]> };

/**
 * The copy modules add, by declaration merging: each module's `i18n/copy.ts` declares
 * `interface ModuleCopy extends <its English copy> {}`, so `t('leads.title')` is checked without the core naming
 * the module. A top-level key used by two modules, or by a module and the core, stops the type check (AllCopy).
 */
export interface ModuleCopy {}

type CoreCopy = typeof en;

/** Every key t() accepts. */
export interface AllCopy extends CoreCopy, ModuleCopy {}

/** A module's copy in each language the dashboard speaks. */
export interface ModuleCopies {
  readonly en: object;
  readonly id: object;
}
