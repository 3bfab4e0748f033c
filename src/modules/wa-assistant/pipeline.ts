// The conversation's phase lifecycle: leads → interest → booking, never backwards.
import type { z } from 'zod';
import { definePipeline } from '../../core/lifecycle/pipeline.js';
import type { phaseSchema } from './contract.js';
import type { Phase } from './rules.js';

/** A payment question with a package known may skip interest; nothing moves back without a person and a reason. */
export const phasePipeline = definePipeline({
  name: 'wa-assistant.phase',
  stages: ['leads', 'interest', 'booking'],
  initial: 'leads',
  moves: { leads: ['interest', 'booking'], interest: ['booking'] },
  terminal: ['booking'],
  neverBackwards: true,
});

// The contract spells the phases without importing the pipeline; this keeps the two the same.
export type ContractPhase = z.infer<typeof phaseSchema>;
const samePhases: ContractPhase extends Phase ? (Phase extends ContractPhase ? true : never) : never = true;
void samePhases;
