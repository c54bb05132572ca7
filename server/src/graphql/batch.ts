/** Orders batch results by the requested keys, with null for misses (the DataLoader contract). */
export function byKey<K, V>(keys: readonly K[], values: V[], keyOf: (v: V) => K): (V | null)[] {
  const map = new Map<K, V>();
  for (const v of values) map.set(keyOf(v), v);
  return keys.map((k) => map.get(k) ?? null);
}

/** Groups batch results by key (one-to-many), with an empty list for misses. */
export function groupByKey<K, V>(keys: readonly K[], values: V[], keyOf: (v: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const v of values) {
    const k = keyOf(v);
    const list = map.get(k);
    if (list) list.push(v);
    else map.set(k, [v]);
  }
  return keys.map((k) => map.get(k) ?? []);
}
