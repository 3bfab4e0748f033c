// The lead lifecycle: Follow Up → Closing when paid, → Not Closing when not paid in time.
import type { z } from 'zod';
import { definePipeline } from '../../core/lifecycle/pipeline.js';
import { leadStageSchema } from './contract.js';

/**
 * Stage order is the direction of travel: a Not Closing lead who pays later still becomes Closing, but nothing
 * moves back to Follow Up without a person (who must give a reason).
 */
export const leadPipeline = definePipeline({
  name: 'scalev-leads',
  stages: ['follow_up', 'not_closing', 'closing'],
  initial: 'follow_up',
  // An order that is already paid when we first see it enters at Closing: a buyer gets no follow-up mail.
  entries: ['follow_up', 'closing'],
  moves: { follow_up: ['closing', 'not_closing'], not_closing: ['closing'] },
  terminal: ['closing'],
  neverBackwards: true,
});

export type LeadStage = 'follow_up' | 'not_closing' | 'closing';
/** The stages as people name them, in outcomes and the timeline. */
export const STAGE_LABEL: Record<LeadStage, string> = { follow_up: 'Follow Up', closing: 'Closing', not_closing: 'Not Closing' };
// The contract spells the stages without importing the pipeline; this keeps the two the same.
leadStageSchema satisfies z.ZodType<LeadStage>;
