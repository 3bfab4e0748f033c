// What each role may see and do, mirroring the `roles` of the API's routes (the API checks again on every call).
import type { Role } from '../api/types';

const MANAGERS: readonly Role[] = ['owner', 'admin'];
const EDITORS: readonly Role[] = ['owner', 'admin', 'marketing'];

const rules = {
  /** Settings, users and API tokens. */
  manageWorkspace: MANAGERS,
  /** Product lists: see them. */
  viewProductLists: ['owner', 'admin', 'marketing', 'sales'],
  /** Product lists: add, change, delete (and the provider look-ups they need). */
  editProductLists: EDITORS,
  /** Webhook log, rejections, jobs. */
  viewWebhookLog: EDITORS,
  replayEvents: MANAGERS,
  viewDeliveries: ['owner', 'admin', 'marketing', 'sales'],
  retryDeliveries: EDITORS,
  viewJobs: EDITORS,
  retryJobs: MANAGERS,
  moveLeads: ['owner', 'admin', 'marketing', 'sales'],
  /** Test Not Closing and resend. */
  sendLeads: EDITORS,
  /** Names of users in a lead's history come from the user list. */
  listUsers: MANAGERS,
  /** CRM: businesses, campaigns and the funnel (reading only). */
  viewCrm: ['owner', 'admin', 'marketing', 'sales', 'staff'],
  /** CRM: add businesses and change their statuses by hand, with a reason. */
  editBusinesses: ['owner', 'admin', 'marketing', 'sales'],
  /** CRM: write, send, pause and delete campaigns. */
  editCampaigns: EDITORS,
} satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof rules;

export function can(role: Role, permission: Permission): boolean {
  return (rules[permission] as readonly Role[]).includes(role);
}
