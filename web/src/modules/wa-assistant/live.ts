// What the assistant's screens refetch on: a WhatsApp webhook came in (a customer message, an ack), a reply's
// delivery moved, a conversation changed phase (the core's kinds), or a conversation changed hands: a colleague's
// takeover, reassignment or hand-back (`wa`, the module's own signal).
import type { ChangeKind } from '../../components/live';

declare module '../../components/live' {
  /** A conversation changed: taken over, reassigned, handed back (the wa-assistant module's live signal). */
  interface ModuleChangeKinds {
    wa: true;
  }
}

export const WA_LIVE_KINDS: readonly ChangeKind[] = ['events', 'deliveries', 'stages', 'wa'];
