// What each role may do in the WhatsApp assistant's screens, mirroring the `roles` of the module's routes.
import { EDITORS, READERS, SENDERS, type Permission } from '../../session/permissions';

export const WA_PERMISSIONS = {
  /** Conversations, the handover queue, packages, prompts and the marketing figures: everyone signed in reads them. */
  view: READERS,
  /** Take over, hand back, reply as a person. */
  handle: EDITORS,
  /** Packages and prompt versions: add, change, delete, put in production. */
  manage: SENDERS,
} as const satisfies Record<string, Permission>;
