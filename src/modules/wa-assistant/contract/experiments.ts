// Wire shapes of /api/ai/experiments: A/B tests of reply templates and prompt versions, with each variant's figures.
// Imports nothing but zod, so the dashboard takes its types from here.
import { z } from 'zod';

/** The replies a variant can word differently, and the placeholders each one may use. */
export const TEMPLATE_PLACEHOLDERS = {
  /** The welcome without (or with an unknown) campaign code: asks for people and month, lists packages with seats. */
  greeting: ['company', 'packages'],
  /** The first line of the package reply to a campaign code, before the package image. */
  package_intro: ['company', 'package'],
  /** The package reply's facts and its closing question (the call to action), after the image. */
  package_details: ['package', 'price', 'departure', 'duration', 'seats'],
} as const;
export type TemplateName = keyof typeof TEMPLATE_PLACEHOLDERS;
export const TEMPLATE_NAMES = Object.keys(TEMPLATE_PLACEHOLDERS) as TemplateName[];
export const EXPERIMENT_STATUSES = ['draft', 'running', 'stopped'] as const;
const PROMPT_TYPES = ['base', 'company', 'rules', 'escalation', 'faq'] as const;

const ms = (what = 'UTC epoch ms') => z.number().describe(what);

/** `{company}`-style placeholders; any other `{name}` is refused, naming the field, so a typo never reaches a customer. */
const templateText = (name: TemplateName) =>
  z
    .string()
    .trim()
    .min(1)
    .max(4_000)
    .superRefine((text, ctx) => {
      const allowed: readonly string[] = TEMPLATE_PLACEHOLDERS[name];
      for (const m of text.matchAll(/\{([a-z_]+)\}/g)) {
        if (!allowed.includes(m[1] ?? '')) ctx.addIssue({ code: 'custom', message: `unknown placeholder {${m[1]}}; ${name} may use ${allowed.map((a) => `{${a}}`).join(', ')}` });
      }
    });
const byLanguage = (name: TemplateName) =>
  z
    .object({ id: templateText(name).optional().describe('Bahasa Indonesia.'), en: templateText(name).optional().describe('English.') })
    .strict()
    .refine((t) => t.id !== undefined || t.en !== undefined, { message: 'give the text in id, en or both' })
    .describe(`The ${name} reply in this variant; a language left out keeps the standard words. Placeholders: ${TEMPLATE_PLACEHOLDERS[name].map((p) => `{${p}}`).join(', ')}.`);

const replyTemplates = z
  .object({ greeting: byLanguage('greeting').optional(), package_intro: byLanguage('package_intro').optional(), package_details: byLanguage('package_details').optional() })
  .strict();
export type ReplyTemplates = z.infer<typeof replyTemplates>;

const variantBody = z
  .object({
    key: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,31}$/, 'lowercase letters, digits, - and _, at most 32').describe('Stable name of the variant (`control`, `short_cta`); recorded on conversations and turns.'),
    name: z.string().trim().min(1).max(100).optional(),
    weight: z.number().int().min(0).max(1_000).describe('Relative share of new conversations (50 and 50, or 1 and 3); 0 pauses the variant.'),
    prompt_versions: z
      .partialRecord(z.enum(PROMPT_TYPES), z.string().trim().min(1).max(40))
      .default({})
      .describe('Saved prompt versions used instead of production, per prompt type (`{"base": "2.1"}`); they matter when a language model answers.'),
    reply_templates: replyTemplates.default({}).describe('Replies worded differently; used by the rules and whenever the model is not asked.'),
  })
  .strict();

const variantsField = z
  .array(variantBody)
  .min(2)
  .max(6)
  .superRefine((vs, ctx) => {
    const seen = new Set<string>();
    for (const [i, v] of vs.entries()) {
      if (seen.has(v.key)) ctx.addIssue({ code: 'custom', path: [i, 'key'], message: `variant key ${v.key} is used twice` });
      seen.add(v.key);
    }
    if (vs.every((v) => v.weight === 0)) ctx.addIssue({ code: 'custom', path: [0, 'weight'], message: 'at least one variant needs a weight above 0' });
  })
  .describe('Two to six variants; a variant with no prompt versions and no templates is the control (what production says).');

export const createExperimentBody = z
  .object({
    name: z.string().trim().min(1).max(120),
    hypothesis: z.string().trim().max(2_000).optional().describe('What the owner expects to learn, for the record.'),
    variants: variantsField,
    start: z.boolean().default(false).describe('Start at once (default: saved as a draft).'),
  })
  .strict()
  .meta({ id: 'ExperimentCreate' });
export const updateExperimentBody = z
  .object({ name: z.string().trim().min(1).max(120).optional(), hypothesis: z.string().trim().max(2_000).nullable().optional(), variants: variantsField.optional() })
  .strict()
  .meta({ id: 'ExperimentUpdate' });
export const experimentParams = z.object({ id: z.string().min(1).max(100) });

const share = (what: string) => z.number().min(0).max(1).nullable().describe(`${what} (0–1; null when there was nothing to count).`);

export const variantFiguresSchema = z.object({
  conversations: z.number().int().describe('Conversations given this variant.'),
  reached_interest: z.number().int(),
  reached_booking: z.number().int(),
  conversion_rate: share('reached_booking / conversations'),
  conversion_rate_text: z.string().nullable().describe('The same share as the seed writes it ("8%").'),
  escalation_rate: share('escalated / conversations'),
  satisfaction_score: z.number().nullable().describe('Average rating (1–5) of its conversations; null when none answered.'),
  ratings: z.number().int(),
});

export const experimentSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    hypothesis: z.string().nullable(),
    status: z.enum(EXPERIMENT_STATUSES).describe('draft: editable; running: new conversations get a variant; stopped: figures kept, nobody new joins.'),
    created_by: z.string().nullable(),
    created_at: ms(),
    started_at: ms().nullable(),
    stopped_at: ms().nullable(),
    variants: z.array(
      variantBody.extend({
        name: z.string(),
        share: z.number().min(0).max(1).describe('weight / the sum of the weights.'),
        figures: variantFiguresSchema,
      }),
    ),
  })
  .meta({ id: 'Experiment' });
export type Experiment = z.output<typeof experimentSchema>;
export const experimentListSchema = z.object({ items: z.array(experimentSchema) }).meta({ id: 'ExperimentList' });

/** An A/B test in GET /api/marketing/analytics: each variant's figures over the conversations of the report's range. */
export const experimentFiguresSchema = z.object({
  experiment_id: z.string(),
  name: z.string(),
  status: z.enum(EXPERIMENT_STATUSES),
  variants: z.array(z.object({ variant_key: z.string(), name: z.string(), weight: z.number().int(), share: z.number().min(0).max(1), ...variantFiguresSchema.shape })),
});
export type ExperimentFigures = z.output<typeof experimentFiguresSchema>;
