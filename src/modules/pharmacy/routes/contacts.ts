// /api/customers/contacts and /api/customers/uploads: sheet contacts (list, log a call, follow-up, status) and a sheet's import (the upload route itself is declared on the descriptor).
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, READERS, requireAuth } from '../../../core/auth/types.js';
import { AppError, notFound } from '../../../core/errors.js';
import { uploadView } from '../../../core/upload-schemas.js';
import { getUpload } from '../../../core/uploads.js';
import type { ModuleRouteOptions } from '../../../server/module-routes.js';
import { addFollowUp, logInteraction, setContactStatus } from '../calls/flow.js';
import { contactCursor, followUpView, listSheetContacts } from '../calls/queries.js';
import { followUpSchema, interactBody, interactResultSchema, reminderBody } from '../contract/calls.js';
import { contactPageSchema, contactParams, listContactsQuery, sheetContactSchema, statusBody, statusQuery } from '../contract/contacts.js';
import { contactImportResultSchema, contactUploadSchema, uploadParams } from '../contract/uploads.js';
import { getSheetContact, sheetContactView } from '../queries.js';
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

  app.get('/api/customers/contacts', {
    config: { roles: READERS },
    schema: {
      operationId: 'listPharmacyContacts',
      tags,
      summary: 'Sheet contacts, newest first: filter by status, whatsapp_status, staff_code, upload_id and text (name or phone digits); keyset paging',
      querystring: listContactsQuery,
      response: { 200: contactPageSchema },
    },
  }, async (request) => {
    const rows = await listSheetContacts(ctx.db, requireAuth(request).workspaceId, request.query);
    const last = rows[rows.length - 1];
    return { items: rows.map(sheetContactView), next_cursor: rows.length === request.query.limit && last ? contactCursor(last) : null };
  });

  app.get('/api/customers/contacts/:contact_id', {
    config: { roles: READERS },
    schema: { operationId: 'getPharmacyContact', tags, summary: 'One sheet contact', params: contactParams, response: { 200: sheetContactSchema } },
  }, async (request) => sheetContactView(await getSheetContact(ctx.db, requireAuth(request).workspaceId, request.params.contact_id)));

  app.post('/api/customers/contacts/:contact_id/interact', {
    config: { roles: READERS },
    schema: {
      operationId: 'logPharmacyInteraction',
      tags,
      summary: 'Log a call (or message, visit) with a contact: pending becomes contacted, the caller is credited if they buy; generic_explained: true moves the customer they became to generic_informed; a body contact_id other than the path is a 400',
      params: contactParams,
      body: interactBody,
      response: { 201: interactResultSchema },
    },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    const ws = auth.workspaceId;
    const out = await ctx.db.transaction().execute((trx) => logInteraction(trx, ctx, ws, request.params.contact_id, request.body, actorOf(auth)));
    const i = out.interaction;
    return reply.code(201).send({
      interaction: { ...i, call_successful: i.call_successful === null ? null : i.call_successful === 1 },
      contact: sheetContactView(out.contact),
    });
  });

  app.post('/api/customers/contacts/:contact_id/reminder', {
    config: { roles: READERS },
    schema: {
      operationId: 'addPharmacyFollowUp',
      tags,
      summary: "Set a follow-up for a contact ({remind_at, note}); it shows in the staff member's tasks on its day",
      params: contactParams,
      body: reminderBody,
      response: { 201: followUpSchema },
    },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    const b = request.body;
    const row = await ctx.db.transaction().execute((trx) =>
      addFollowUp(trx, ctx, auth.workspaceId, request.params.contact_id, { remindAt: b.remind_at, note: b.note ?? null, staffCode: b.staff_code ?? null, createdBy: auth.userId ?? auth.tokenId }),
    );
    const contact = await getSheetContact(ctx.db, auth.workspaceId, row.contact_id);
    return reply.code(201).send(followUpView(row, contact));
  });

  app.put('/api/customers/contacts/:contact_id/status', {
    config: { roles: READERS },
    schema: {
      operationId: 'setPharmacyContactStatus',
      tags,
      summary: 'Set a contact status: pending, contacted, converted, yellow (visited, did not buy) or inactive (not interested); ?status= or {"status"}; audited',
      params: contactParams,
      querystring: statusQuery,
      body: statusBody,
      response: { 200: sheetContactSchema },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const fromQuery = request.query.status;
    const fromBody = request.body?.status;
    if (fromQuery && fromBody && fromQuery !== fromBody) {
      throw new AppError('validation_failed', `body.status: is ${fromBody} but the query says ${fromQuery}; send one`, { context: { fields: { status: 'differs from the query' } } });
    }
    const status = fromQuery ?? fromBody;
    if (!status) throw new AppError('validation_failed', 'querystring.status: required (pending, contacted, converted, yellow or inactive), in the query or the body', { context: { fields: { status: 'required' } } });
    const row = await setContactStatus(ctx.db, ctx, auth.workspaceId, request.params.contact_id, status, actorOf(auth), request.body?.reason);
    return sheetContactView(row);
  });
};
