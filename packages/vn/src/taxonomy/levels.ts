import type { Bilingual, Level } from '@tinhgon/core';

/** Display labels of the administrative levels (cấp) a body sits at. */
export const LEVEL_LABELS: Readonly<Record<Level, Bilingual>> = {
  central: { vi: 'Trung ương', en: 'central' },
  province: { vi: 'tỉnh', en: 'province' },
  district: { vi: 'huyện', en: 'district' },
  commune: { vi: 'xã', en: 'commune' },
  village: { vi: 'thôn, tổ dân phố', en: 'village' },
};
