import type { Bilingual } from '@tinhgon/core';

/** A family of function tags: bodies whose functions share a family have similar functions (R6, R7). */
export interface FunctionFamilyInfo {
  readonly id: string;
  readonly label: Bilingual;
  /** The pairing in the seeds that puts these functions together. */
  readonly seed?: string;
}

/**
 * The families of similar functions (chức năng, nhiệm vụ tương đồng). The first five are the pairings the
 * seed plans name for concurrent appointment and consolidation; the others group functions that the seeds
 * merge or transfer between public service units.
 */
export const FUNCTION_FAMILIES: readonly FunctionFamilyInfo[] = [
  {
    id: 'personnel',
    label: { vi: 'Tổ chức, cán bộ, nội vụ', en: 'Organisation, personnel and home affairs' },
    seed: '000 II.1.1, II.1.3; 003 B.II.1',
  },
  {
    id: 'inspection',
    label: { vi: 'Kiểm tra, thanh tra', en: 'Inspection' },
    seed: '000 II.1.2, II.1.4; 004 III.6',
  },
  {
    id: 'propaganda',
    label: {
      vi: 'Tuyên giáo, thông tin và truyền thông',
      en: 'Propaganda, information and communications',
    },
    seed: '003 B.II.1; 004 III.4',
  },
  {
    id: 'mass-mobilization',
    label: { vi: 'Dân vận, Mặt trận Tổ quốc', en: 'Mass mobilisation and the Fatherland Front' },
    seed: '003 B.II.1; 004 III.4',
  },
  {
    id: 'office',
    label: { vi: 'Văn phòng, tham mưu tổng hợp', en: 'Office and general support' },
    seed: '000 II.1.5; 002 II.2.1; 004 III.1',
  },
  {
    id: 'media',
    label: { vi: 'Báo chí, phát thanh, truyền hình', en: 'Press and broadcasting' },
    seed: '003 B.II.1',
  },
  {
    id: 'health-care',
    label: { vi: 'Khám, chữa bệnh, chăm sóc sức khỏe', en: 'Health care' },
    seed: '003 B.II.1',
  },
  {
    id: 'internal-affairs',
    label: { vi: 'Nội chính, phòng, chống tham nhũng', en: 'Internal affairs and anti-corruption' },
  },
  { id: 'finance-planning', label: { vi: 'Tài chính, kế hoạch', en: 'Finance and planning' } },
];
