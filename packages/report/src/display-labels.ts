import type { Lang } from '@tinhgon/core';

/**
 * Display names for the open vocabularies a rule pack defines (sector, kind) and for levels; the report
 * shows the raw id where a function is not given or returns `undefined`. `@tinhgon/vn`'s `SECTOR_LABELS`,
 * `LEVEL_LABELS` and `bodyKind` fit here.
 */
export interface DisplayLabels {
  readonly level?: (id: string, lang: Lang) => string | undefined;
  readonly sector?: (id: string, lang: Lang) => string | undefined;
  readonly kind?: (id: string, lang: Lang) => string | undefined;
  readonly unit?: (code: string, lang: Lang) => string | undefined;
}

/** The display name of a group value under a facet, or the value itself. */
export function displayGroup(
  labels: DisplayLabels,
  by: 'total' | 'level' | 'sector' | 'kind' | 'unit',
  value: string,
  lang: Lang,
): string {
  if (by === 'total') return value;
  return labels[by]?.(value, lang) ?? value;
}
