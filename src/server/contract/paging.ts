// The paging shape of every list route: `limit` and `cursor` in, `{ items, next_cursor }` out (keyset, newest first).
import { z } from 'zod';

export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('Items per page (1-200).'),
  cursor: z.string().min(1).max(200).optional().describe('next_cursor of the previous page; leave it out for the first page.'),
};

/** `{ items: [item…], next_cursor }`: the answer of every paged list. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    next_cursor: z.string().nullable().describe('Pass as cursor to read the next page; null on the last page.'),
  });
}
