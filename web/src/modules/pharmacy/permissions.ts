// What each role may do in the pharmacy screens, mirroring the `roles` of the module's routes.
import { MANAGERS, READERS, type Permission } from '../../session/permissions';

export const PHARMACY_PERMISSIONS = {
  /** Contacts, tasks, the counter, refill reminders, the staff list (reading). */
  usePharmacy: READERS,
  /** Upload a contact sheet and read its report (the upload route's own roles). */
  uploadSheets: ['owner', 'admin', 'staff'],
  /** Add, change and deactivate staff; pick whose tasks to see. */
  manageStaff: MANAGERS,
  /** Chronic conditions and allergies: the roles the server shows them to. */
  seeMedical: ['owner', 'admin', 'staff'],
} as const satisfies Record<string, Permission>;
