// Wire shape of a note: what the server tells people, as a code with values that the dashboard words per language.
import { z } from 'zod';

export const noteSchema = z
  .object({
    code: z.string().describe('Stable, dotted, e.g. lead.created; the dashboard keys its words on it.'),
    values: z
      .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))
      .optional()
      .describe('Names, ids, counts, and codes the dashboard words too (a stage such as follow_up).'),
  })
  .meta({ id: 'Note' });

export const notesSchema = z.array(noteSchema).describe('What happened, as codes with values; `outcome` says the same in English words.');
