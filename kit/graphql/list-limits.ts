/**
 * The longest a list without `first` can be, by type and field (documented in the README's limits
 * table). Writes refuse more; reads never return more; the gateway prices such a list at its maximum.
 */
export const LIST_MAXIMUMS = {
  'Programme.route': 30,
  'Programme.curriculumLinks': 30,
  'Venue.accessibility': 20,
  'Booking.history': 50,
  'Venue.complianceHistory': 50,
  'Venue.alliances': 50,
  'CatalogueSearch.facets': 5,
  'Facet.values': 100,
} as const;

export type BoundedList = keyof typeof LIST_MAXIMUMS;

export function listMaximum(type: string, field: string): number | undefined {
  return (LIST_MAXIMUMS as Record<string, number>)[`${type}.${field}`];
}

/**
 * A list as the API shows it: at most its maximum, the latest entries of a history (kept oldest
 * first), the first ones of anything else.
 */
export function bounded<Item>(list: BoundedList, items: Item[], keep: 'first' | 'latest' = 'first'): Item[] {
  const maximum = LIST_MAXIMUMS[list];
  if (items.length <= maximum) return items;
  return keep === 'latest' ? items.slice(-maximum) : items.slice(0, maximum);
}
