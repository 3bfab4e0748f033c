// The WhatsApp assistant's copy in English and Bahasa Indonesia, and its keys added to the ones t() accepts.
import type { Copy, ModuleCopies } from '../../../i18n/module-copy';
import { en } from './en';
import { id } from './id';

type WaAssistantCopy = typeof en;

declare module '../../../i18n/module-copy' {
  interface ModuleCopy extends WaAssistantCopy {}
}

/**
 * A language's copy with the AI notes' values that are codes (an intent, a phase, an escalation reason) worded as the
 * module words those codes everywhere else (`notes_wa.values.<name>.<code>`, where components/notes.tsx looks).
 */
const withCodeValues = (c: Copy<WaAssistantCopy>) => ({
  ...c,
  notes_wa: { ...c.notes_wa, values: { ...c.notes_wa.values, intent: c.wa.intent, phase: c.wa.phase, reason: c.wa.reason } },
});

export const copy: ModuleCopies = { en: withCodeValues(en), id: withCodeValues(id) };
