// Shared pieces for list routes: `limit` and `cursor` in, `{ items, next_cursor }` out (keyset paging, newest first).
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

/** The cursor for the next page, or null when this page was the last. */
export function nextCursor<T>(items: readonly T[], limit: number, id: (item: T) => string | number): string | null {
  const last = items[items.length - 1];
  return items.length === limit && last !== undefined ? String(id(last)) : null;
}
