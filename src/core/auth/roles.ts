// The roles, most powerful first, and the role sets routes name in `config: { roles }` (hand-written core).

/** From most to least powerful. owner and admin manage users, tokens and settings. */
export const ROLES = ['owner', 'admin', 'marketing', 'sales', 'staff'] as const;
export type Role = (typeof ROLES)[number];

// Each set is the roles from owner down to one tier. Named once here (and mirrored, type-checked, in
// web/src/session/permissions.ts) so a route says in words who may call it.

/** Everyone who can sign in: reads leads, businesses, campaigns, figures and the workspace. */
export const READERS = ROLES;
/** Work records by hand: move leads, add businesses and change their statuses; see deliveries and product lists. */
export const EDITORS = ['owner', 'admin', 'marketing', 'sales'] as const satisfies readonly Role[];
/**
 * Decide what customers are sent: campaigns, resends, retried deliveries, product lists and the provider look-ups
 * they need; see the webhook log and jobs.
 */
export const SENDERS = ['owner', 'admin', 'marketing'] as const satisfies readonly Role[];
/** Manage the workspace: settings and provider keys, users, API tokens, replaying events, retrying jobs, metrics. */
export const MANAGERS = ['owner', 'admin'] as const satisfies readonly Role[];
