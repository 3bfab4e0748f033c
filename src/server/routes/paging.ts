// Shared query-string pieces for list routes: keyset paging (newest first) with a clear limit.
import { z } from 'zod';

export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('Items per page (1-200).'),
  before: z.string().min(1).optional().describe('Cursor from the previous page: items older than this id.'),
};

/** The cursor for the next page, or null when this page was the last. */
export function nextCursor<T>(items: readonly T[], limit: number, id: (item: T) => string | number): string | null {
  const last = items[items.length - 1];
  return items.length === limit && last !== undefined ? String(id(last)) : null;
}
