// Wire shapes of sign-in, sign-out, first-run setup and "who am I" (routes/auth.ts).
import { z } from 'zod';
import { ROLES } from '../../core/auth/roles.js';

/** Shortest password the API accepts. */
export const MIN_PASSWORD_LENGTH = 10;
/** Longest password the API accepts, so a huge body cannot make hashing expensive. */
export const MAX_PASSWORD_LENGTH = 1024;

export const emailField = z.email().max(254);
export const newPasswordField = z.string().min(MIN_PASSWORD_LENGTH).max(MAX_PASSWORD_LENGTH);

export const setupStatusSchema = z.object({ needs_setup: z.boolean() });

export const setupBody = z.object({ email: emailField, password: newPasswordField, name: z.string().max(200).optional() });

export const signInBody = z.object({
  email: emailField,
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
  workspace: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be a workspace slug')
    .optional()
    .describe('The workspace to sign in to. Leave it out: the server finds the workspaces where this email and password are right, and asks to choose when there are several.'),
});

export const workspaceChoiceSchema = z
  .object({
    choose_workspace: z
      .array(z.object({ slug: z.string(), name: z.string() }))
      .describe('The email and password are right in several workspaces: send the sign-in again with one of these slugs as `workspace`. Nothing is signed in yet.'),
  })
  .meta({ id: 'WorkspaceChoice' });

export const sessionUserSchema = z.object({ id: z.string(), email: z.string(), name: z.string(), role: z.enum(ROLES) }).meta({ id: 'SessionUser' });

export const signedInSchema = z
  .object({
    user: sessionUserSchema,
    csrf_token: z.string().describe('send back as x-csrf-token on POST/PUT/PATCH/DELETE'),
  })
  .meta({ id: 'SignedIn' });

export const activeModuleSchema = z
  .object({
    name: z.string().describe('The module name (scalev-leads, crm-lifecycle…): also the tag of its routes.'),
    description: z.string().nullable().describe('One sentence on what the module does.'),
  })
  .meta({ id: 'ActiveModule' });

export const meSchema = z
  .object({
    kind: z.enum(['session', 'token']).describe('session: a signed-in person (cookie); token: an integration (Bearer).'),
    role: z.enum(ROLES),
    user: sessionUserSchema.nullable().describe('The signed-in person; null for a token.'),
    token: z.object({ id: z.string(), name: z.string() }).nullable().describe('The API token; null for a session.'),
    csrf_token: z.string().nullable().describe("The session's CSRF token (send as x-csrf-token); null for a token."),
    workspace: z.object({
      id: z.string(),
      slug: z.string(),
      name: z.string(),
      timezone: z.string(),
      country: z.string(),
      currency: z.string(),
    }),
    modules: z.array(activeModuleSchema).describe('The product modules this server runs, in registry order: their routes exist and the dashboard shows their screens.'),
  })
  .meta({ id: 'Me' });
