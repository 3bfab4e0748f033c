// /api/customers/analytics/…: the conversion report (with each staff member's performance), customer figures and one day's summary, in the workspace's time zone.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { READERS, requireAuth } from '../../../core/auth/types.js';
import { AppError } from '../../../core/errors.js';
import { addLocalDays, daysBetween, localDayOf } from '../../../core/schedule/local-day.js';
import type { ModuleRouteOptions } from '../../../server/module-routes.js';
import { conversionReport } from '../analytics/conversion-report.js';
import { customerAnalytics } from '../analytics/customer-analytics.js';
import { dailySummary } from '../analytics/daily-summary.js';
import { conversionReportQuery, conversionReportSchema, customerAnalyticsSchema, dailySummaryQuery, dailySummarySchema } from '../contract/analytics.js';
import { workspaceLocale } from '../settings.js';

const tags = ['pharmacy'];
/** The longest period one report covers: a year and a day, so a whole year (leap or not) fits. */
const MAX_REPORT_DAYS = 366;

export const analyticsRoutes: FastifyPluginAsync<ModuleRouteOptions> = async (base, { ctx }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();

  /** Contacts added in the period by status, conversions in it, conversion per staff member and per contact sheet. */
  app.get('/api/customers/analytics/conversion-report', {
    config: { roles: READERS },
    schema: {
      operationId: 'getPharmacyConversionReport',
      tags,
      summary: 'Conversion report for local days start_date..end_date (default the last 30 days): contacts by status, converted and their value, per staff member (calls made, conversions, value) and per contact sheet',
      querystring: conversionReportQuery,
      response: { 200: conversionReportSchema },
    },
  }, async (request) => {
    const ws = requireAuth(request).workspaceId;
    const { timezone } = await workspaceLocale(ctx.db, ws);
    const end = request.query.end_date ?? localDayOf(ctx.clock.now(), timezone);
    const start = request.query.start_date ?? addLocalDays(end, -29);
    const span = daysBetween(start, end);
    if (span < 0) throw new AppError('validation_failed', 'querystring.start_date: must not be after end_date', { context: { fields: { start_date: 'must not be after end_date' } } });
    if (span >= MAX_REPORT_DAYS) throw new AppError('validation_failed', `querystring.end_date: a report covers at most ${MAX_REPORT_DAYS} days`, { context: { fields: { end_date: `at most ${MAX_REPORT_DAYS} days after start_date` } } });
    return conversionReport(ctx.db, ws, timezone, start, end);
  });

  /** Customers per category, conversion and repeat rates, top medicines and generic adoption; never a medical detail. */
  app.get('/api/customers/analytics/customer-analytics', {
    config: { roles: READERS },
    schema: {
      operationId: 'getPharmacyCustomerAnalytics',
      tags,
      summary: 'Customers per category, conversion metrics, the top 10 medicines and generic adoption (share of customers with at least one generic purchase)',
      response: { 200: customerAnalyticsSchema },
    },
  }, async (request) => customerAnalytics(ctx.db, requireAuth(request).workspaceId));

  /** One local day: purchases and amount, new and repeat customers, refill reminders sent, calls made, conversions. */
  app.get('/api/customers/analytics/daily-summary', {
    config: { roles: READERS },
    schema: {
      operationId: 'getPharmacyDailySummary',
      tags,
      summary: "One local day (default today, the workspace's time zone): purchases, amount, new and repeat customers, refill reminders sent, calls made, conversions",
      querystring: dailySummaryQuery,
      response: { 200: dailySummarySchema },
    },
  }, async (request) => {
    const ws = requireAuth(request).workspaceId;
    const { timezone } = await workspaceLocale(ctx.db, ws);
    return dailySummary(ctx.db, ws, timezone, request.query.target_date ?? localDayOf(ctx.clock.now(), timezone));
  });
};
