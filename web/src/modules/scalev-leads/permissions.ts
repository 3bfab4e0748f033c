// What each role may do with leads and product lists, mirroring the `roles` of the module's routes.
import { EDITORS, SENDERS, type Permission } from '../../session/permissions';

export const LEAD_PERMISSIONS = {
  /** Product lists: see them. */
  viewProductLists: EDITORS,
  /** Product lists: add, change, delete (and the provider look-ups they need, such as Mailketing's list names). */
  editProductLists: SENDERS,
  moveLeads: EDITORS,
  /** Test Not Closing and resend. */
  sendLeads: SENDERS,
} as const satisfies Record<string, Permission>;
