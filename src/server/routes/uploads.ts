// The uploads API: an upload's status, progress, result and error, readable by the roles allowed to upload it.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MANAGERS, requireAuth, type AuthInfo, type Role } from '../../core/auth/types.js';
import { AppError } from '../../core/errors.js';
import { uploadSchema, uploadView } from '../../core/upload-schemas.js';
import { getUpload, listUploads } from '../../core/uploads.js';
import type { CoreRouteOptions } from '../app.js';
import { uploadReaders } from '../assemble.js';
import { pageOf, pageQuery } from '../contract/paging.js';
import { nextCursor } from './paging.js';

const tags = ['uploads'];

export const uploadApiRoutes: FastifyPluginAsync<CoreRouteOptions> = async (base, { ctx, assembly }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  // Anyone who may upload something, plus managers; each upload is then checked against its own purpose.
  const anyReader: readonly Role[] = [...new Set([...MANAGERS, ...assembly.uploads.flatMap((u) => u.roles)])];
  const mayRead = (auth: AuthInfo, purpose: string) => uploadReaders(assembly, purpose).includes(auth.role);
  const purposes = [...new Set(assembly.uploads.map((u) => u.purpose))];

  app.get('/api/uploads/:upload_id', {
    config: { roles: anyReader },
    schema: {
      operationId: 'getUpload',
      tags,
      summary: "One upload: its status, its job's progress, and the result when done (readable by the roles that may upload it)",
      params: z.object({ upload_id: z.string().regex(/^upl_/, 'must be an upload id (upl_…)') }),
      response: { 200: uploadSchema },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const upload = await getUpload(ctx.db, auth.workspaceId, request.params.upload_id);
    if (!mayRead(auth, upload.purpose)) throw new AppError('forbidden', `your role ${auth.role} cannot read ${upload.purpose} uploads`);
    return uploadView(upload);
  });

  app.get('/api/uploads', {
    config: { roles: anyReader },
    schema: {
      operationId: 'listUploads',
      tags,
      summary: 'Uploads, newest first: of one purpose, or of every purpose your role may upload',
      querystring: z.object({
        purpose: z.string().min(1).max(100).optional().describe('Only uploads for this purpose, e.g. pharmacy.contacts.'),
        limit: pageQuery.limit,
        cursor: z.string().regex(/^upl_/, 'must be the next_cursor of the previous page').optional().describe('next_cursor of the previous page; leave it out for the first page.'),
      }),
      response: { 200: pageOf(uploadSchema) },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const q = request.query;
    if (q.purpose !== undefined && !mayRead(auth, q.purpose)) throw new AppError('forbidden', `your role ${auth.role} cannot read ${q.purpose} uploads`);
    // Without a purpose: every declared purpose this role may read (managers also see undeclared ones via ?purpose=).
    const readable = q.purpose !== undefined ? [q.purpose] : purposes.filter((p) => mayRead(auth, p));
    const rows = await listUploads(ctx.db, auth.workspaceId, { purposes: readable, limit: q.limit, ...(q.cursor !== undefined ? { before: q.cursor } : {}) });
    return { items: rows.map(uploadView), next_cursor: nextCursor(rows, q.limit, (u) => u.id) };
  });
};
