// /api/customers/uploads/{upload_id}: a contact sheet's import, its progress and its report (the upload route itself is declared on the descriptor).
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireAuth } from '../../../core/auth/types.js';
import { notFound } from '../../../core/errors.js';
import { uploadView } from '../../../core/upload-schemas.js';
import { getUpload } from '../../../core/uploads.js';
import type { ModuleRouteOptions } from '../../../server/module-routes.js';
import { contactImportResultSchema, contactUploadSchema, uploadParams } from '../contract.js';
import { CONTACTS_UPLOAD_PURPOSE } from '../settings.js';

const tags = ['pharmacy'];

export const contactRoutes: FastifyPluginAsync<ModuleRouteOptions> = async (base, { ctx }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get('/api/customers/uploads/:upload_id', {
    config: { roles: ['owner', 'admin', 'staff'] },
    schema: {
      operationId: 'getPharmacyContactUpload',
      tags,
      summary: 'A contact sheet upload: status (queued, running, done, failed), progress {done, total} and, when done, the import report',
      params: uploadParams,
      response: { 200: contactUploadSchema },
    },
  }, async (request) => {
    const upload = await getUpload(ctx.db, requireAuth(request).workspaceId, request.params.upload_id);
    if (upload.purpose !== CONTACTS_UPLOAD_PURPOSE) throw notFound('upload', request.params.upload_id);
    const view = uploadView(upload);
    const result = view.result === null ? null : contactImportResultSchema.parse(view.result);
    return { ...view, result };
  });
};
