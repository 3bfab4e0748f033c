// Work for a person (hand-written core): the one import path for modules; see items.ts for the glossary.
export { CLAIMABLE, countedOnDay, getWorkItem, listClaimableWorkItems, listWorkForDay, offerWorkItem, offerWorkItems, reofferWorkItems } from './items.js';
export type { OfferInput, WorkDeps, WorkItem, WorkItemRef, WorkStatus } from './items.js';
export { carryOverWorkItems, claimNextWorkItem, claimWorkItem } from './claim.js';
export type { CapInput, ClaimOutcome, PersonInQueue } from './claim.js';
export { completeWorkItem, releaseWorkItem } from './finish.js';
export type { FinishOutcome } from './finish.js';
