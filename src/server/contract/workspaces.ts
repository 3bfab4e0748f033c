// Wire shapes of the workspaces routes (routes/workspaces.ts): the workspaces a person belongs to, and a new one.
import { z } from 'zod';
import { updateWorkspaceBody } from './workspace.js';

export const workspaceMembershipSchema = z
  .object({
    id: z.string(),
    slug: z.string().describe('Names the workspace in webhook URLs (/webhooks/<source>/<slug>) and at sign-in.'),
    name: z.string(),
    current: z.boolean().describe('The workspace this call is made in.'),
  })
  .meta({ id: 'WorkspaceMembership' });

export const workspaceListSchema = z
  .object({
    items: z.array(workspaceMembershipSchema).describe('By name. A person: every workspace where their email has an enabled user; a token: its own.'),
    next_cursor: z.null().describe('Always null: a person belongs to few workspaces, so there is one page.'),
  })
  .meta({ id: 'WorkspaceList' });

export const createWorkspaceBody = z.object({
  slug: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lower-case letters, digits and hyphens (at most 63), starting with a letter or digit')
    .describe('Used in webhook URLs: /webhooks/<source>/<slug>.'),
  name: z.string().trim().min(1).max(200),
  timezone: updateWorkspaceBody.shape.timezone,
  country: updateWorkspaceBody.shape.country,
  currency: updateWorkspaceBody.shape.currency,
});
