// CSV in and out: businesses with the list's filters, a campaign's recipients (both streamed one page at a time), and
// a businesses CSV import answered with a per-row report.
import { Readable } from 'node:stream';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../../core/api-errors.js';
import { EDITORS, READERS, requireAuth } from '../../../core/auth/types.js';
import type { ModuleRouteOptions } from '../../../server/module-routes.js';
import { BUSINESS_COLUMNS, businessRecords, RECIPIENT_COLUMNS, recipientRecords } from '../businesses/csv-export.js';
import { importBusinessesCsv } from '../businesses/csv-import.js';
import { workspaceCountry } from '../businesses/queries.js';
import { getCampaign } from '../campaigns/queries.js';
import { csvImportReportSchema, businessFiltersQuery, importCsvBody } from '../contract/businesses.js';
import { campaignParams } from '../contract/campaigns.js';

const tags = ['crm-lifecycle'];
const csvText = z.string().describe('The CSV text (UTF-8 with a BOM, a header row, times in UTC ISO-8601); served as text/csv with a download file name.');

async function sendCsv(reply: FastifyReply, records: AsyncIterable<Record<string, string>>, columns: readonly string[], filename: string) {
  // Imported at the first download, not at start-up (an idle server needs no CSV writer).
  const { stringify } = await import('csv-stringify');
  const csv = Readable.from(records).pipe(stringify({ header: true, columns: [...columns], bom: true }));
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${filename}"`)
    // A stream is piped as it is (Fastify serializes only non-stream payloads); the schema documents the CSV text.
    .send(csv as unknown as string);
}

export const csvRoutes: FastifyPluginAsync<ModuleRouteOptions> = async (base, { ctx }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();

  /** Every business matching the list's filters, newest first. */
  app.get('/api/v1/crm/businesses/export.csv', {
    config: { roles: READERS },
    schema: {
      operationId: 'exportBusinesses',
      tags,
      summary: 'Every business matching the filters (the list’s) as CSV, streamed',
      querystring: businessFiltersQuery,
      response: { 200: csvText },
    },
  }, async (request, reply) => sendCsv(reply, businessRecords(ctx.db, requireAuth(request).workspaceId, request.query), BUSINESS_COLUMNS, 'businesses.csv'));

  /** Every recipient of one campaign with what became of its message. */
  app.get('/api/v1/crm/campaigns/:id/recipients.csv', {
    config: { roles: READERS },
    schema: {
      operationId: 'exportCampaignRecipients',
      tags,
      summary: 'Every recipient of a campaign as CSV (queued or skipped, the delivery, and when it was delivered, opened, clicked…), streamed',
      params: campaignParams,
      response: { 200: csvText, ...errorResponses(404) },
    },
  }, async (request, reply) => {
    const ws = requireAuth(request).workspaceId;
    const campaign = await getCampaign(ctx.db, ws, request.params.id);
    return sendCsv(reply, recipientRecords(ctx.db, ws, campaign.id), RECIPIENT_COLUMNS, `recipients-${campaign.id}.csv`);
  });

  /** A businesses CSV: each row created, merged with the one already there, or reported by line with why. */
  app.post('/api/v1/crm/businesses/import.csv', {
    config: { roles: EDITORS },
    schema: {
      operationId: 'importBusinessesCsv',
      tags,
      summary: 'Import businesses from CSV text (columns name, phone, email, website, city, source, owner); phones read in the workspace country; a report per row',
      body: importCsvBody,
      response: { 200: csvImportReportSchema, ...errorResponses(400) },
    },
  }, async (request) => {
    const ws = requireAuth(request).workspaceId;
    const report = await importBusinessesCsv(ctx.db, ctx, ws, await workspaceCountry(ctx.db, ws), request.body.csv);
    ctx.jobSignal.notify();
    return report;
  });
};
