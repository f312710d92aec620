import type { Bilingual } from '@tinhgon/core';

/**
 * Province classes (loại đơn vị hành chính cấp tỉnh) that several thresholds depend on. `special` stands
 * for Hà Nội and Thành phố Hồ Chí Minh. The official unit lists do not carry the class: set it as the
 * attribute {@link PROVINCE_CLASS_ATTRIBUTE} on the province admin unit (or on a body).
 */
export const PROVINCE_CLASSES = ['special', 'I', 'II', 'III'] as const;

/** A province class: `special`, `I`, `II` or `III`. */
export type ProvinceClass = (typeof PROVINCE_CLASSES)[number];

/** The attribute name rules read the class from: `{ "provinceClass": "I" }`. */
export const PROVINCE_CLASS_ATTRIBUTE = 'provinceClass';

/** Display labels of each province class. */
export const PROVINCE_CLASS_LABELS: Readonly<Record<ProvinceClass, Bilingual>> = {
  special: { vi: 'Hà Nội, Thành phố Hồ Chí Minh', en: 'Hà Nội and Hồ Chí Minh City' },
  I: { vi: 'Tỉnh loại I', en: 'Class I province' },
  II: { vi: 'Tỉnh loại II', en: 'Class II province' },
  III: { vi: 'Tỉnh loại III', en: 'Class III province' },
};
