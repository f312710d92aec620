/**
 * The two sets of administrative units: `pre-2025` is the three-level list (province, district, commune)
 * last in force from 1 March to 30 June 2025; `post-2025` the two-level list (province, commune) in force
 * from 1 July 2025 (Resolution 202/2025/QH15, Decision 19/2025/QĐ-TTg).
 */
export const ADMIN_ERAS = ['pre-2025', 'post-2025'] as const;

/** `pre-2025` or `post-2025`: see {@link ADMIN_ERAS}. */
export type AdminEra = (typeof ADMIN_ERAS)[number];

/** The day the two-level local government took effect. */
export const REFORM_2025_DATE = '2025-07-01';
