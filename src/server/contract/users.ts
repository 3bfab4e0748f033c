// Wire shapes of the users routes (routes/users.ts): the people who sign in, and their roles.
import { z } from 'zod';
import { ROLES } from '../../core/auth/roles.js';
import { emailField, newPasswordField } from './auth.js';

export const userSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    disabled: z.boolean().describe('A disabled user cannot sign in; their sessions ended when they were disabled.'),
    created_at: z.number().describe('UTC epoch ms'),
    disabled_at: z.number().nullable().describe('UTC epoch ms'),
  })
  .meta({ id: 'User' });

export const userListSchema = z.object({ items: z.array(userSchema) });

export const userParams = z.object({ id: z.string().min(1) });

export const createUserBody = z.object({ email: emailField, password: newPasswordField, name: z.string().max(200).optional(), role: z.enum(ROLES) });

export const updateUserBody = z.object({
  role: z.enum(ROLES).optional(),
  name: z.string().max(200).optional(),
  disabled: z.boolean().optional(),
  password: newPasswordField.optional(),
});
