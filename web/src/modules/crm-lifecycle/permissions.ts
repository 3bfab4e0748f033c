// What each role may do in the CRM, mirroring the `roles` of the module's routes.
import { EDITORS, READERS, SENDERS, type Permission } from '../../session/permissions';

export const CRM_PERMISSIONS = {
  /** Businesses, campaigns and the funnel (reading only). */
  viewCrm: READERS,
  /** Add businesses and change their statuses by hand, with a reason. */
  editBusinesses: EDITORS,
  /** Write, send, pause and delete campaigns. */
  editCampaigns: SENDERS,
} as const satisfies Record<string, Permission>;
