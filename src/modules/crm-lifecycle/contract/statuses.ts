// The values of a business's three status fields, as every answer and filter spells them (the rules are in rules.ts).
import { z } from 'zod';

export const CONTACT_STATUSES = ['pending', 'emailed', 'sms_sent', 'bounced', 'opened', 'clicked', 'replied', 'purchased', 'unsubscribed'] as const;
export const WEBSITE_STATUSES = ['none', 'generating', 'generated', 'deployed', 'sold', 'archived'] as const;
export const SUBSCRIPTION_STATUSES = ['none', 'active', 'past_due', 'paused', 'cancelled'] as const;
export const STATUS_FIELDS = ['contact_status', 'website_status', 'subscription_status'] as const;

/** The three statuses in API answers (a stored value outside these is a bug, not an answer). */
export const contactStatusSchema = z.enum(CONTACT_STATUSES);
export const websiteStatusSchema = z.enum(WEBSITE_STATUSES);
export const subscriptionStatusSchema = z.enum(SUBSCRIPTION_STATUSES);
