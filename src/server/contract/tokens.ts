// Wire shapes of the API token routes (routes/tokens.ts): tokens for integrations, the plain token shown once.
import { z } from 'zod';
import { ROLES } from '../../core/auth/roles.js';

export const apiTokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    created_by: z.string().nullable().describe('user (or token) id that created it'),
    created_at: z.number().describe('UTC epoch ms'),
    last_used_at: z.number().nullable().describe('UTC epoch ms, updated at most once a minute'),
    revoked_at: z.number().nullable().describe('UTC epoch ms'),
  })
  .meta({ id: 'ApiToken' });

export const apiTokenListSchema = z.object({ items: z.array(apiTokenSchema) });

export const createdApiTokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    token: z.string().describe('send as Authorization: Bearer <token>; shown only this once'),
  })
  .meta({ id: 'CreatedApiToken' });

export const createApiTokenBody = z.object({ name: z.string().trim().min(1).max(100), role: z.enum(ROLES) });

export const apiTokenParams = z.object({ id: z.string().min(1) });
