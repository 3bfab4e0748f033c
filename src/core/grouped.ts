// Items by a key, in the order the keys first appear: what set-form writers split their items by (workspace, set).

/** `items` grouped by `keyOf`, each group in the items' order. */
export function grouped<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
