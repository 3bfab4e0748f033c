// What each role may see and do, mirroring the `roles` of the API's routes (the API checks again on every call).
import type * as server from '../../../src/core/auth/roles.ts';
import type { Role } from '../api/types';

// The server's named role sets (src/core/auth/roles.ts), copied so the dashboard bundles no server file; the types
// make a copy that drifts from the server's fail the type check.
const READERS: typeof server.READERS = ['owner', 'admin', 'marketing', 'sales', 'staff'];
const EDITORS: typeof server.EDITORS = ['owner', 'admin', 'marketing', 'sales'];
const SENDERS: typeof server.SENDERS = ['owner', 'admin', 'marketing'];
const MANAGERS: typeof server.MANAGERS = ['owner', 'admin'];

const rules = {
  /** Settings, users and API tokens. */
  manageWorkspace: MANAGERS,
  /** Product lists: see them. */
  viewProductLists: EDITORS,
  /** Product lists: add, change, delete (and the provider look-ups they need). */
  editProductLists: SENDERS,
  /** Webhook log, rejections, jobs. */
  viewWebhookLog: SENDERS,
  replayEvents: MANAGERS,
  viewDeliveries: EDITORS,
  retryDeliveries: SENDERS,
  viewJobs: SENDERS,
  retryJobs: MANAGERS,
  moveLeads: EDITORS,
  /** Test Not Closing and resend. */
  sendLeads: SENDERS,
  /** Names of users in a lead's history come from the user list. */
  listUsers: MANAGERS,
  /** CRM: businesses, campaigns and the funnel (reading only). */
  viewCrm: READERS,
  /** CRM: add businesses and change their statuses by hand, with a reason. */
  editBusinesses: EDITORS,
  /** CRM: write, send, pause and delete campaigns. */
  editCampaigns: SENDERS,
} satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof rules;

export function can(role: Role, permission: Permission): boolean {
  return (rules[permission] as readonly Role[]).includes(role);
}
