// Keyset paging for list routes: the cursor of the next page (the query and answer shapes are in contract/paging.ts).

/** The cursor for the next page, or null when this page was the last. */
export function nextCursor<T>(items: readonly T[], limit: number, id: (item: T) => string | number): string | null {
  const last = items[items.length - 1];
  return items.length === limit && last !== undefined ? String(id(last)) : null;
}
