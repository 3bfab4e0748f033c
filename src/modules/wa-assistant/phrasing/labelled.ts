// The phrasing guess learned once per process from the labelled turns the repository carries.
import { normalise } from '../rules.js';
import { guessIntent, learnFromLabelledTurns, type PhrasingGuess, type PhrasingModel } from './guess.js';
import { BLIND_TURNS, LABELLED_TURNS, parseLabelledTurns } from './labelled-turns.js';

let learned: PhrasingModel | undefined;

/**
 * The model every turn uses. Learning takes a few milliseconds and the turns never change while the process runs, so
 * it is learned on the first turn that needs it and kept: the same constant for every workspace and every test.
 */
export function labelledPhrasing(): PhrasingModel {
  learned ??= learnFromLabelledTurns([...parseLabelledTurns(LABELLED_TURNS), ...parseLabelledTurns(BLIND_TURNS)], normalise);
  return learned;
}

/** The guess `decide` takes as `phrasing`: what the labelled turns say a normalised turn asks, or null. */
export const guessFromLabelledTurns = (normalised: string): PhrasingGuess | null => guessIntent(labelledPhrasing(), normalised);
