import type { Bilingual } from '@tinhgon/core';
import type { SectorId } from './sectors.js';

/** What the rules need to know about a kind of body (`Body.kind`). */
export interface BodyKindInfo {
  readonly id: string;
  readonly label: Bilingual;
  /** The sector bodies of this kind usually belong to; absent for kinds found in every sector. */
  readonly sector?: SectorId;
  /** A unit inside another body (phòng, chi cục): counted by R1, R2 and R4, not a focal point of its own for R7. */
  readonly internal?: true;
  /** An office (văn phòng): its staff are support staff for R9. */
  readonly office?: true;
}

/**
 * The body kinds of the Vietnamese political system that the rules use, from DOMAIN.md "The bodies".
 * Kinds are an open vocabulary in `@tinhgon/core`; add rows here to grow the taxonomy.
 */
export const BODY_KINDS: readonly BodyKindInfo[] = [
  { id: 'party-committee', sector: 'party', label: { vi: 'Cấp ủy', en: 'Party committee' } },
  { id: 'standing-committee', sector: 'party', label: { vi: 'Ban Thường vụ', en: 'Standing Committee' } },
  {
    id: 'party-organization-committee',
    sector: 'party',
    label: { vi: 'Ban Tổ chức', en: 'Organization Committee' },
  },
  {
    id: 'party-propaganda-committee',
    sector: 'party',
    label: { vi: 'Ban Tuyên giáo', en: 'Propaganda and Education Committee' },
  },
  {
    id: 'party-mass-mobilization-committee',
    sector: 'party',
    label: { vi: 'Ban Dân vận', en: 'Mass Mobilization Committee' },
  },
  {
    id: 'party-inspection-committee',
    sector: 'party',
    label: { vi: 'Ủy ban Kiểm tra', en: 'Inspection Committee' },
  },
  {
    id: 'party-office',
    sector: 'party',
    office: true,
    label: { vi: 'Văn phòng cấp ủy', en: 'Party office' },
  },
  {
    id: 'party-internal-affairs',
    sector: 'party',
    label: { vi: 'Ban Nội chính', en: 'Internal Affairs Committee' },
  },
  { id: 'party-delegation', sector: 'party', label: { vi: 'Đảng đoàn', en: 'Party delegation' } },
  {
    id: 'party-affairs-committee',
    sector: 'party',
    label: { vi: 'Ban cán sự đảng', en: 'Party affairs committee' },
  },
  {
    id: 'political-training-centre',
    sector: 'party',
    label: { vi: 'Trung tâm bồi dưỡng chính trị', en: 'Political training centre' },
  },
  { id: 'peoples-council', sector: 'state', label: { vi: 'Hội đồng nhân dân', en: "People's Council" } },
  { id: 'peoples-committee', sector: 'state', label: { vi: 'Ủy ban nhân dân', en: "People's Committee" } },
  {
    id: 'council-committee-office',
    sector: 'state',
    office: true,
    label: { vi: 'Văn phòng HĐND và UBND', en: "Office of the People's Council and Committee" },
  },
  {
    id: 'na-delegation-office',
    sector: 'state',
    office: true,
    label: { vi: 'Văn phòng Đoàn đại biểu Quốc hội', en: 'Office of the National Assembly delegation' },
  },
  { id: 'department', sector: 'state', label: { vi: 'Sở', en: 'Provincial department' } },
  {
    id: 'district-office',
    sector: 'state',
    label: { vi: 'Phòng chuyên môn cấp huyện', en: 'District specialised office' },
  },
  {
    id: 'commune-office',
    sector: 'state',
    label: { vi: 'Phòng chuyên môn cấp xã', en: 'Commune specialised office' },
  },
  { id: 'division', internal: true, label: { vi: 'Phòng, ban (bên trong)', en: 'Division' } },
  { id: 'sub-department', sector: 'state', internal: true, label: { vi: 'Chi cục', en: 'Sub-department' } },
  {
    id: 'fatherland-front',
    sector: 'front',
    label: { vi: 'Ủy ban Mặt trận Tổ quốc', en: 'Fatherland Front Committee' },
  },
  {
    id: 'mass-organization',
    sector: 'mass',
    label: { vi: 'Tổ chức chính trị - xã hội', en: 'Socio-political organisation' },
  },
  {
    id: 'public-service-unit',
    sector: 'public-service',
    label: { vi: 'Đơn vị sự nghiệp công lập', en: 'Public service unit' },
  },
  {
    id: 'project-board',
    sector: 'state',
    label: { vi: 'Ban Quản lý dự án', en: 'Project management board' },
  },
  {
    id: 'coordination-body',
    sector: 'state',
    label: { vi: 'Tổ chức phối hợp liên ngành', en: 'Inter-sector coordination body' },
  },
];

const byId = new Map(BODY_KINDS.map((kind) => [kind.id, kind]));

/** The taxonomy entry of a kind, or `undefined` for a kind the taxonomy does not know. */
export function bodyKind(id: string): BodyKindInfo | undefined {
  return byId.get(id);
}

/** True for a unit inside another body (`division`, `sub-department`). */
export function isInternalKind(id: string): boolean {
  return byId.get(id)?.internal === true;
}
