// Who may see and do what: role sets mirroring the `roles` of the API's routes (the API checks again on every call).
import type * as server from '../../../src/core/auth/roles.ts';
import type { Role } from '../api/types';

// The server's named role sets (src/core/auth/roles.ts), copied so the dashboard bundles no server file; the types
// make a copy that drifts from the server's fail the type check.
export const READERS: typeof server.READERS = ['owner', 'admin', 'marketing', 'sales', 'staff'];
export const EDITORS: typeof server.EDITORS = ['owner', 'admin', 'marketing', 'sales'];
export const SENDERS: typeof server.SENDERS = ['owner', 'admin', 'marketing'];
export const MANAGERS: typeof server.MANAGERS = ['owner', 'admin'];

/** A permission is the set of roles it is given to: one of the role sets above. */
export type Permission = readonly Role[];

/** The core screens' permissions; each module names its own beside its screens (web/src/modules/<name>/permissions.ts). */
export const PERMISSIONS = {
  /** Settings, users and API tokens. */
  manageWorkspace: MANAGERS,
  /** Webhook log, rejections, jobs. */
  viewWebhookLog: SENDERS,
  replayEvents: MANAGERS,
  viewDeliveries: EDITORS,
  retryDeliveries: SENDERS,
  viewJobs: SENDERS,
  retryJobs: MANAGERS,
} as const satisfies Record<string, Permission>;

export function can(role: Role, permission: Permission): boolean {
  return permission.includes(role);
}
