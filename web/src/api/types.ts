// The core API's answers as the dashboard reads them, taken from the route schemas (src/server/contract/). Times are
// UTC epoch milliseconds. `import type` only: the schemas' code never reaches the bundle.
import type { z } from 'zod';
import type * as roles from '../../../src/core/auth/roles.js';
import type * as auth from '../../../src/server/contract/auth.js';
import type * as alerts from '../../../src/server/contract/alerts.js';
import type * as deliveries from '../../../src/server/contract/deliveries.js';
import type * as events from '../../../src/server/contract/events.js';
import type * as jobs from '../../../src/server/contract/jobs.js';
import type { pageOf } from '../../../src/server/contract/paging.js';
import type * as providers from '../../../src/server/contract/providers.js';
import type * as setup from '../../../src/server/contract/setup.js';
import type * as tokens from '../../../src/server/contract/tokens.js';
import type * as users from '../../../src/server/contract/users.js';
import type * as workspace from '../../../src/server/contract/workspace.js';

/** The server's roles, most powerful first (a copy the type check keeps equal to src/core/auth/roles.ts). */
export const ROLES: typeof roles.ROLES = ['owner', 'admin', 'marketing', 'sales', 'staff'];
export type Role = roles.Role;

export type SessionUser = z.output<typeof auth.sessionUserSchema>;
export type SignedIn = z.output<typeof auth.signedInSchema>;
/** POST /api/auth/login when the email and password are right in several workspaces: nothing is signed in yet. */
export type WorkspaceChoice = z.output<typeof auth.workspaceChoiceSchema>;
export type SetupStatus = z.output<typeof auth.setupStatusSchema>;
/** GET /api/auth/me: who is calling, the workspace, and the modules the server runs. */
export type Me = z.output<typeof auth.meSchema>;
export type ActiveModule = z.output<typeof auth.activeModuleSchema>;
export type Workspace = z.output<typeof workspace.workspaceSchema>;

export type Alerts = z.output<typeof alerts.alertsSchema>;

export type EventStatus = z.output<typeof events.eventStatusSchema>;
export type WebhookEvent = z.output<typeof events.webhookEventSchema>;
export type WebhookEventDetail = z.output<typeof events.webhookEventDetailSchema>;
export type Rejection = z.output<typeof events.webhookRejectionSchema>;

export type DeliveryStatus = z.output<typeof deliveries.deliveryStatusSchema>;
export type Delivery = z.output<typeof deliveries.deliverySchema>;
export type Job = z.output<typeof jobs.jobSchema>;

export type User = z.output<typeof users.userSchema>;
export type ApiToken = z.output<typeof tokens.apiTokenSchema>;
export type CreatedToken = z.output<typeof tokens.createdApiTokenSchema>;

export type ProviderSettings = z.output<typeof providers.providerSettingsSchema>;
export type ProviderField = z.output<typeof providers.providerFieldSchema>;

/** GET /api/setup: each module's Get started checklist, every provider's status, the address providers call. */
export type Setup = z.output<typeof setup.setupSchema>;
export type SetupStep = z.output<typeof setup.setupStepSchema>;
export type ProviderStatus = z.output<typeof setup.providerStatusSchema>['status'];

/** A page of a list (`{ items, next_cursor }`): pass next_cursor back as `cursor` for the next one, until it is null. */
type PageOf<T extends z.ZodType> = z.output<ReturnType<typeof pageOf<T>>>;
export type WebhookEventPage = PageOf<typeof events.webhookEventSchema>;
export type RejectionPage = PageOf<typeof events.webhookRejectionSchema>;
export type DeliveryPage = PageOf<typeof deliveries.deliverySchema>;
export type JobPage = PageOf<typeof jobs.jobSchema>;
