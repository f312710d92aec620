/**
 * Ids joined by arrows; a long list keeps its first 8 and its last, so one huge cycle cannot flood a
 * message. `more` words the count of the ids left out, in the message's language.
 */
export function arrowList(ids: readonly string[], more: (count: number) => string): string {
  const q = (id: string | undefined): string => `"${id ?? ''}"`;
  if (ids.length <= 10) return ids.map(q).join(' → ');
  return [...ids.slice(0, 8).map(q), `… ${more(ids.length - 9)} …`, q(ids[ids.length - 1])].join(' → ');
}
