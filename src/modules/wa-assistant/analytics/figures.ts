// The analytics report's arithmetic (pure): funnels, shares, drop-off, campaign and prompt-version figures from plain rows.
import type { MarketingAnalytics } from '../contract/analytics.js';

/** A conversation that started in the range, with what became of it. */
export interface CohortConversation {
  readonly id: string;
  readonly phase: string;
  readonly campaignCode: string | null;
  /** The production prompt versions its first answered turn used. */
  readonly promptVersion: string | null;
  readonly escalated: boolean;
  /** A person replied or owned it at some point. */
  readonly personInvolved: boolean;
  /** The pilgrim record is marked paid, or the customer reported a transfer the assistant read. */
  readonly paid: boolean;
  /** The A/B test it joined and its variant, or null. */
  readonly experimentId: string | null;
  readonly variantKey: string | null;
}

/** A turn answered by the assistant in the range. */
export interface AnsweredTurn {
  readonly conversationId: string;
  readonly intent: string | null;
  readonly escalated: boolean;
  readonly promptVersion: string | null;
  /** ms from the burst's first message to the first reply part going out; null while not sent. */
  readonly responseMs: number | null;
}

export interface AnalyticsInput {
  readonly range: MarketingAnalytics['range'];
  readonly conversations: readonly CohortConversation[];
  readonly turns: readonly AnsweredTurn[];
  readonly clicks: ReadonlyMap<string, number>;
  /** Every campaign code the catalogue knows: each gets a row, with zeros when nothing happened. */
  readonly campaignCodes: readonly string[];
  readonly ratings: readonly number[];
}

/** Intents that are no question: the opening code, greetings, thanks, a plain yes, an answer to the rating question. */
const NOT_QUESTIONS = new Set(['campaign_code', 'greeting', 'thanks', 'affirmative', 'rating']);

export const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);
const dropOff = (next: number, previous: number): number | null => (previous > 0 ? 1 - next / previous : null);

/** "8%", "7.5%": at most one decimal, as the seed writes it. */
export function percentText(value: number | null): string | null {
  if (value === null) return null;
  return `${Math.round(value * 1000) / 10}%`;
}

/** "3 seconds", "1 second", "2.5 seconds". */
export function secondsText(seconds: number | null): string | null {
  if (seconds === null) return null;
  const rounded = seconds >= 10 ? Math.round(seconds) : Math.round(seconds * 10) / 10;
  return `${rounded} ${rounded === 1 ? 'second' : 'seconds'}`;
}

const reachedInterest = (c: CohortConversation) => c.phase === 'interest' || c.phase === 'booking';
const reachedBooking = (c: CohortConversation) => c.phase === 'booking';

function averageSeconds(turns: readonly AnsweredTurn[]): { seconds: number | null; measured: number } {
  const times = turns.flatMap((t) => (t.responseMs === null ? [] : [t.responseMs]));
  if (times.length === 0) return { seconds: null, measured: 0 };
  return { seconds: times.reduce((a, b) => a + b, 0) / times.length / 1000, measured: times.length };
}

/** Conversations, how many reached interest and booking, conversion and escalation (per prompt version, per A/B variant). */
export function funnel(conversations: readonly CohortConversation[]) {
  const total = conversations.length;
  const booked = conversations.filter(reachedBooking).length;
  const escalated = conversations.filter((c) => c.escalated).length;
  const conversion = ratio(booked, total);
  const escalation = ratio(escalated, total);
  return {
    conversations: total,
    reached_interest: conversations.filter(reachedInterest).length,
    reached_booking: booked,
    conversion_rate: conversion,
    conversion_rate_text: percentText(conversion),
    escalation_rate: escalation,
    escalation_rate_text: percentText(escalation),
  };
}

export function analyticsReport(input: AnalyticsInput): Omit<MarketingAnalytics, 'experiments'> {
  const cs = input.conversations;
  const total = cs.length;
  const interest = cs.filter(reachedInterest).length;
  const booking = cs.filter(reachedBooking).length;
  const paid = cs.filter((c) => reachedBooking(c) && c.paid).length;
  const conversion = ratio(paid, total);
  const bookingRate = ratio(booking, total);

  const codes = new Set<string>(input.campaignCodes);
  for (const c of cs) if (c.campaignCode) codes.add(c.campaignCode);
  for (const code of input.clicks.keys()) codes.add(code);
  const campaigns = [...codes].map((code) => {
    const mine = cs.filter((c) => c.campaignCode === code);
    const clicks = input.clicks.get(code) ?? 0;
    const bookings = mine.filter(reachedBooking).length;
    const byClicks = ratio(bookings, clicks);
    return { campaign_code: code, clicks, conversations: mine.length, bookings, conversion: byClicks, conversion_text: percentText(byClicks), conversation_conversion: ratio(bookings, mine.length) };
  });
  campaigns.sort((a, b) => b.conversations - a.conversations || b.clicks - a.clicks || a.campaign_code.localeCompare(b.campaign_code));

  const response = averageSeconds(input.turns);
  const successful = ratio(cs.filter((c) => !c.escalated && !c.personInvolved).length, total);
  const escalation = ratio(cs.filter((c) => c.escalated).length, total);
  const satisfaction = input.ratings.length === 0 ? null : Math.round((input.ratings.reduce((a, b) => a + b, 0) / input.ratings.length) * 100) / 100;

  const questions = new Map<string, { frequency: number; solved: number }>();
  for (const t of input.turns) {
    const pattern = t.intent ?? 'unknown';
    if (NOT_QUESTIONS.has(pattern)) continue;
    const q = questions.get(pattern) ?? { frequency: 0, solved: 0 };
    q.frequency++;
    if (!t.escalated) q.solved++;
    questions.set(pattern, q);
  }
  const commonQuestions = [...questions.entries()]
    .map(([pattern, q]) => {
      const success = ratio(q.solved, q.frequency);
      return { question_pattern: pattern, frequency: q.frequency, ai_success_rate: success, ai_success_rate_text: percentText(success) };
    })
    .sort((a, b) => b.frequency - a.frequency || a.question_pattern.localeCompare(b.question_pattern))
    .slice(0, 20);

  const dropInterest = dropOff(interest, total);
  const dropBooking = dropOff(booking, interest);
  const dropPayment = dropOff(paid, booking);

  const versions = new Map<string | null, CohortConversation[]>();
  for (const c of cs) versions.set(c.promptVersion, [...(versions.get(c.promptVersion) ?? []), c]);
  const promptVersions = [...versions.entries()]
    .map(([version, members]) => ({
      prompt_version: version,
      ...funnel(members),
      avg_response_time: averageSeconds(input.turns.filter((t) => t.promptVersion === version)).seconds,
    }))
    .sort((a, b) => b.conversations - a.conversations || String(a.prompt_version).localeCompare(String(b.prompt_version)));

  return {
    range: input.range,
    conversion_metrics: {
      total_leads: total,
      leads_to_interest: interest,
      interest_to_booking: booking,
      booking_to_paid: paid,
      conversion_rate: conversion,
      conversion_rate_text: percentText(conversion),
      booking_rate: bookingRate,
      booking_rate_text: percentText(bookingRate),
    },
    campaign_performance: campaigns,
    ai_performance: {
      avg_response_time: response.seconds === null ? null : Math.round(response.seconds * 10) / 10,
      avg_response_time_text: secondsText(response.seconds),
      replies_measured: response.measured,
      successful_conversations: successful,
      successful_conversations_text: percentText(successful),
      escalation_rate: escalation,
      escalation_rate_text: percentText(escalation),
      satisfaction_score: satisfaction,
      ratings: input.ratings.length,
    },
    common_questions: commonQuestions,
    drop_off_analysis: {
      leads_to_interest: dropInterest,
      leads_to_interest_text: percentText(dropInterest),
      interest_to_booking: dropBooking,
      interest_to_booking_text: percentText(dropBooking),
      booking_to_payment: dropPayment,
      booking_to_payment_text: percentText(dropPayment),
    },
    prompt_versions: promptVersions,
  };
}
