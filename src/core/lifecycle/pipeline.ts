// Pipelines: a module declares its lifecycle stages and the moves automation may make between them.
//
// Glossary. Pipeline: a named set of stages a subject (a lead, a chat, a customer) goes through. Stage: where a
// subject is now. Move: a change of stage, always recorded in stage_history and counted in stage_counts.
// Override: a move the pipeline does not allow, made by a person who gives a reason.

export interface PipelineDefinition<S extends string> {
  /** Stored in stage_history and stage_counts: unique across modules, e.g. `scalev.lead`. */
  name: string;
  /** Every stage, in lifecycle order: `neverBackwards` forbids a move to an earlier stage of this list. */
  stages: readonly S[];
  /** Where a subject enters the pipeline. */
  initial: NoInfer<S>;
  /** Other stages a subject may enter at directly (an order that arrives already paid); default none. */
  entries?: readonly NoInfer<S>[];
  /** The moves automation may make: for each stage, the stages it may move to. A stage left out has none. */
  moves: Partial<Record<NoInfer<S>, readonly NoInfer<S>[]>>;
  /** Stages a subject never leaves automatically. They may not appear as a source in `moves`. */
  terminal?: readonly NoInfer<S>[];
  /** When true, no move (not even one listed in `moves`) may go to an earlier stage. */
  neverBackwards?: boolean;
}

/** A checked pipeline definition. Build it once, at module load, with `definePipeline`. */
export interface Pipeline<S extends string = string> {
  readonly name: string;
  readonly stages: readonly S[];
  readonly initial: S;
  /** `initial` followed by the extra entry stages. */
  readonly entries: readonly S[];
  readonly moves: Readonly<Record<S, readonly S[]>>;
  readonly terminal: readonly S[];
  readonly neverBackwards: boolean;
  isStage(value: string): value is S;
  /** Why automation may not move from `from` (null: entering) to `to`, or undefined when it may. */
  whyIllegal(from: string | null, to: string): string | undefined;
}

/**
 * Checks a pipeline definition and returns the pipeline. A definition that names an unknown stage, lists a move
 * out of a terminal stage, or a backwards move under `neverBackwards` throws here, when the module loads, instead
 * of when the first event arrives.
 */
export function definePipeline<const S extends string>(definition: PipelineDefinition<S>): Pipeline<S> {
  const { name, stages } = definition;
  const fail = (problem: string): never => {
    throw new Error(`pipeline ${name || '(unnamed)'}: ${problem}`);
  };
  if (!name.trim()) fail('a name is required');
  if (stages.length === 0) fail('at least one stage is required');
  const position = new Map<string, number>();
  stages.forEach((stage, i) => {
    if (!stage.trim()) fail('a stage name cannot be empty');
    if (position.has(stage)) fail(`stage ${stage} is listed twice`);
    position.set(stage, i);
  });
  const isStage = (value: string): value is S => position.has(value);
  const known = (stage: string, where: string): S => (isStage(stage) ? stage : fail(`${where} names unknown stage ${stage}`));

  const initial = known(definition.initial, 'initial');
  const entries = [initial, ...(definition.entries ?? []).map((s) => known(s, 'entries'))].filter((s, i, all) => all.indexOf(s) === i);
  const terminal = (definition.terminal ?? []).map((s) => known(s, 'terminal'));
  const neverBackwards = definition.neverBackwards ?? false;
  const order = (stage: string) => position.get(stage) ?? -1;

  const moves = Object.fromEntries(stages.map((s) => [s, [] as S[]])) as Record<S, S[]>;
  const declared: Partial<Record<string, readonly string[]>> = definition.moves;
  for (const [from, targets] of Object.entries(declared)) {
    const source = known(from, 'moves');
    if (terminal.includes(source)) fail(`terminal stage ${source} cannot have moves`);
    for (const to of targets ?? []) {
      const target = known(to, `moves.${source}`);
      if (target === source) fail(`moves.${source} lists the stage itself`);
      if (neverBackwards && order(target) < order(source)) fail(`moves.${source} goes back to ${target} but the pipeline never moves backwards`);
      if (!moves[source].includes(target)) moves[source].push(target);
    }
  }

  return {
    name,
    stages,
    initial,
    entries,
    moves,
    terminal,
    neverBackwards,
    isStage,
    whyIllegal(from, to) {
      if (!isStage(to)) return `${to} is not a stage of ${name}`;
      if (from === null) return entries.includes(to) ? undefined : `a subject enters ${name} at ${entries.join(' or ')}`;
      if (!isStage(from)) return `${from} is not a stage of ${name}`;
      if (terminal.includes(from)) return `${from} is a terminal stage`;
      if (neverBackwards && order(to) < order(from)) return `${name} never moves backwards`;
      if (!moves[from].includes(to)) return `${name} does not move from ${from} to ${to} automatically`;
      return undefined;
    },
  };
}
