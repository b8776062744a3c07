export function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** Each item repeated by its whole-number weight, so a uniform pick from the result is a weighted pick. */
export function tickets<T>(items: readonly T[], weightOf: (item: T) => number): T[] {
  return items.flatMap((item) => Array<T>(weightOf(item)).fill(item));
}

/** 0, 1, … length - 1. */
export function range(length: number): number[] {
  return Array.from({ length }, (_, i) => i);
}
