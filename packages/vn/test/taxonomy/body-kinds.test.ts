import {
  BODY_KINDS,
  bodyKind,
  isInternalKind,
  isOfficeBody,
  LEVEL_LABELS,
  PROVINCE_CLASS_LABELS,
  PROVINCE_CLASSES,
  SECTOR_LABELS,
  SECTORS,
} from '@tinhgon/vn';
import { describe, expect, it } from 'vitest';

describe('body kinds', () => {
  it('cover the bodies of DOMAIN.md, each with labels and a known sector', () => {
    expect(BODY_KINDS.map((kind) => kind.id)).toEqual(
      expect.arrayContaining([
        'party-committee',
        'standing-committee',
        'party-organization-committee',
        'party-propaganda-committee',
        'party-mass-mobilization-committee',
        'party-inspection-committee',
        'party-office',
        'party-internal-affairs',
        'party-delegation',
        'party-affairs-committee',
        'peoples-council',
        'peoples-committee',
        'council-committee-office',
        'na-delegation-office',
        'department',
        'district-office',
        'division',
        'sub-department',
        'fatherland-front',
        'mass-organization',
        'public-service-unit',
        'project-board',
        'coordination-body',
        'political-training-centre',
      ]),
    );
    const ids = BODY_KINDS.map((kind) => kind.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const kind of BODY_KINDS) {
      if (kind.sector !== undefined) expect(SECTORS).toContain(kind.sector);
      expect(kind.label.vi.length * kind.label.en.length, kind.id).toBeGreaterThan(0);
    }
  });

  it('mark units inside a body and offices', () => {
    expect(bodyKind('division')).toMatchObject({ internal: true, label: { en: 'Division' } });
    expect(bodyKind('no-such-kind')).toBeUndefined();
    expect(['division', 'sub-department', 'department'].map(isInternalKind)).toEqual([true, true, false]);
    expect(isOfficeBody({ kind: 'party-office', functions: [] })).toBe(true);
    expect(isOfficeBody({ kind: 'division', functions: ['office'] })).toBe(true);
    expect(isOfficeBody({ kind: 'department', functions: ['home-affairs'] })).toBe(false);
  });

  it('label sectors, levels and province classes in both languages', () => {
    expect(SECTORS.map((sector) => SECTOR_LABELS[sector].vi)).toEqual([
      'Đảng',
      'Nhà nước',
      'Mặt trận Tổ quốc',
      'Tổ chức chính trị - xã hội',
      'Đơn vị sự nghiệp công lập',
    ]);
    expect(LEVEL_LABELS.district).toEqual({ vi: 'huyện', en: 'district' });
    expect(PROVINCE_CLASSES.map((c) => PROVINCE_CLASS_LABELS[c].en)).toEqual([
      'Hà Nội and Hồ Chí Minh City',
      'Class I province',
      'Class II province',
      'Class III province',
    ]);
  });
});
