import type { Bilingual } from '@tinhgon/core';

/** The parts of the political system a body belongs to (`Body.sector`). */
export const SECTORS = ['party', 'state', 'front', 'mass', 'public-service'] as const;

/** A sector id: `party`, `state`, `front`, `mass` or `public-service`. */
export type SectorId = (typeof SECTORS)[number];

/** Display labels of each sector (DOMAIN.md, "The bodies"). */
export const SECTOR_LABELS: Readonly<Record<SectorId, Bilingual>> = {
  party: { vi: 'Đảng', en: 'Party' },
  state: { vi: 'Nhà nước', en: 'State' },
  front: { vi: 'Mặt trận Tổ quốc', en: 'Fatherland Front' },
  mass: { vi: 'Tổ chức chính trị - xã hội', en: 'Socio-political organisations' },
  'public-service': { vi: 'Đơn vị sự nghiệp công lập', en: 'Public service units' },
};
