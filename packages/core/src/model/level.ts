/**
 * The administrative levels a body or an admin unit sits at, from the top down.
 * `village` (thôn, tổ dân phố) is self-managed, not a level of government, but bodies sit there too.
 */
export const LEVELS = ['central', 'province', 'district', 'commune', 'village'] as const;

export type Level = (typeof LEVELS)[number];

/** Admin units have every level but `central`. */
export const UNIT_LEVELS = ['province', 'district', 'commune', 'village'] as const;

export type UnitLevel = (typeof UNIT_LEVELS)[number];

const RANK: Readonly<Record<Level, number>> = {
  central: 0,
  province: 1,
  district: 2,
  commune: 3,
  village: 4,
};

/** Depth of a level: `central` is 0, `village` is 4. */
export function levelRank(level: Level): number {
  return RANK[level];
}
