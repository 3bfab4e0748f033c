// Wire shape of GET /api/marketing/analytics: the seed's report with numbers as numbers, the seed's words beside them.
// Imports nothing but zod, so the dashboard takes its types from here.
import { z } from 'zod';
import { experimentFiguresSchema } from './experiments.js';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
/** A share between 0 and 1; null when nothing was there to divide by. */
const share = (what: string) => z.number().min(0).max(1).nullable().describe(`${what} (0–1; null when there was nothing to count).`);
/** The seed's percentage text of a share ("8%"), null with it. */
const percentText = z.string().nullable().describe('The same share as the seed writes it ("8%").');

export const analyticsQuery = z
  .object({
    from: day.optional().describe("First day of the range, in the workspace's time zone (default: 29 days before `to`)."),
    to: day.optional().describe("Last day of the range, inclusive, in the workspace's time zone (default: today)."),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, { message: 'from must not be after to', path: ['from'] });

const funnelFields = {
  conversations: z.number().int().describe('Conversations that started in the range.'),
  reached_interest: z.number().int().describe('Of those, how many reached interest or later.'),
  reached_booking: z.number().int().describe('Of those, how many reached booking.'),
  conversion_rate: share('reached_booking / conversations'),
  conversion_rate_text: percentText,
  escalation_rate: share('Conversations that were escalated to a person / conversations'),
  escalation_rate_text: percentText,
};

export const marketingAnalyticsSchema = z
  .object({
    range: z.object({ from: day, to: day, timezone: z.string(), start: z.number().describe('UTC epoch ms, inclusive'), end: z.number().describe('UTC epoch ms, exclusive') }),
    conversion_metrics: z.object({
      total_leads: z.number().int().describe('Conversations that started in the range (every one starts as a lead).'),
      leads_to_interest: z.number().int().describe('Of those, how many reached interest (or went straight to booking).'),
      interest_to_booking: z.number().int().describe('Of those, how many reached booking.'),
      booking_to_paid: z.number().int().describe('Of those, how many paid: the pilgrim record marked paid (PUT /api/jamaah/{id}), or a transfer the customer reported that the assistant read.'),
      conversion_rate: share('booking_to_paid / total_leads, as the seed counts it'),
      conversion_rate_text: percentText,
      booking_rate: share('interest_to_booking / total_leads'),
      booking_rate_text: percentText,
    }),
    campaign_performance: z.array(
      z.object({
        campaign_code: z.string(),
        clicks: z.number().int().describe('Clicks on the campaign link in the range.'),
        conversations: z.number().int().describe('Conversations started in the range and attributed to the code.'),
        bookings: z.number().int().describe('Of those, how many reached booking.'),
        conversion: share('bookings / clicks, as the seed counts it'),
        conversion_text: percentText,
        conversation_conversion: share('bookings / conversations'),
      }),
    ),
    ai_performance: z.object({
      avg_response_time: z.number().nullable().describe("Seconds from a turn's first customer message to the first part of the bot's reply going out (the quiet window and the typing pause included); null without a sent reply."),
      avg_response_time_text: z.string().nullable().describe('The seed\'s words: "3 seconds".'),
      replies_measured: z.number().int(),
      successful_conversations: share('Conversations resolved without a person: never escalated, never taken over'),
      successful_conversations_text: percentText,
      escalation_rate: share('Conversations escalated to a person / conversations'),
      escalation_rate_text: percentText,
      satisfaction_score: z.number().nullable().describe('Average customer rating 1–5; null when nobody answered the rating question.'),
      ratings: z.number().int().describe('How many customers answered the rating question.'),
    }),
    common_questions: z.array(
      z.object({
        question_pattern: z.string().describe('The intent the assistant read (details, price, payment, visa, unknown…).'),
        frequency: z.number().int().describe('Turns with that intent in the range.'),
        ai_success_rate: share('Of those, answered by the assistant without escalating'),
        ai_success_rate_text: percentText,
      }),
    ),
    drop_off_analysis: z
      .object({
        leads_to_interest: share('1 − leads_to_interest / total_leads'),
        leads_to_interest_text: percentText,
        interest_to_booking: share('1 − interest_to_booking / leads_to_interest'),
        interest_to_booking_text: percentText,
        booking_to_payment: share('1 − booking_to_paid / interest_to_booking'),
        booking_to_payment_text: percentText,
      })
      .describe('Drop-off of each step = 1 − that step\'s conversion.'),
    prompt_versions: z
      .array(z.object({ prompt_version: z.string().nullable().describe('The production prompt versions a conversation first met (`base:2.0 rules:1.1`); null: none saved.'), ...funnelFields, avg_response_time: z.number().nullable() }))
      .describe('The same figures per prompt version.'),
    experiments: z.array(experimentFiguresSchema).describe('A/B tests the range\'s conversations joined: per variant, conversations, reached interest and booking, conversion and rating.'),
  })
  .meta({ id: 'MarketingAnalytics' });

export type MarketingAnalytics = z.output<typeof marketingAnalyticsSchema>;
