// Mailketing v1 wire schemas: every answer is a JSON object with a `status` string, refusals included (OBS).
import { z } from 'zod';

// Loose objects throughout: the shapes are reconstructed from client code (OBS/ASSUMED), so any extra
// field is expected and must not fail a parse.

/** OBS: `success` on success, `failed` on a refusal; some clients also handle `error`. The reason is in `response` or `message`. */
export const mailketingStatusSchema = z.looseObject({
  status: z.string(),
  response: z.unknown().optional(),
  message: z.unknown().optional(),
});
export type MailketingStatusBody = z.infer<typeof mailketingStatusSchema>;

/** OBS (three unrelated clients): `lists[].list_id` is an integer, `list_name` a string. Accept a string id too (ASSUMED). */
export const mailketingListSchema = z.looseObject({
  list_id: z.union([z.number().int(), z.string().min(1)]),
  list_name: z.string(),
});

export const mailketingViewListSchema = mailketingStatusSchema.extend({
  lists: z.array(mailketingListSchema).optional(),
});
export type MailketingViewListBody = z.infer<typeof mailketingViewListSchema>;

/** ASSUMED: ceksaldo's shape is undocumented; clients look for a number in `credits`, `credit`, `saldo` or `data.credits`. */
export const mailketingBalanceSchema = mailketingStatusSchema.extend({
  credits: z.unknown().optional(),
  credit: z.unknown().optional(),
  saldo: z.unknown().optional(),
  data: z.unknown().optional(),
});
export type MailketingBalanceBody = z.infer<typeof mailketingBalanceSchema>;
