import {
  BODY_KINDS,
  FUNCTION_TAGS,
  instantiateTemplate,
  loadAdminUnits,
  partyCommitteeName,
  SECTORS,
  STRUCTURE_TEMPLATES,
  type StructureTemplate,
} from '@tinhgon/vn';
import { describe, expect, it } from 'vitest';

const kinds = new Set(BODY_KINDS.map((k) => k.id));
const tags = new Set(FUNCTION_TAGS.map((t) => t.id));
const sectors = new Set<string>(SECTORS);
const templates = Object.values(STRUCTURE_TEMPLATES).flatMap((byLevel) =>
  Object.values(byLevel),
) as StructureTemplate[];
const quota = (t: StructureTemplate): number => t.bodies.reduce((sum, b) => sum + b.quota, 0);

describe('structure templates', () => {
  it.each(templates.map((t) => [t.id, t] as const))(
    '%s uses the vn taxonomy and links only to bodies that exist',
    (_, t) => {
      const keys = new Set(t.bodies.map((b) => b.key));
      expect(keys.size).toBe(t.bodies.length);
      const above =
        t.level === 'province'
          ? undefined
          : STRUCTURE_TEMPLATES[t.era][
              t.era === 'pre-2025' && t.level === 'commune' ? 'district' : 'province'
            ];
      const upperKeys = new Set(above?.bodies.map((b) => b.key));
      for (const b of t.bodies) {
        expect(kinds.has(b.kind), b.kind).toBe(true);
        expect(sectors.has(b.sector), b.sector).toBe(true);
        for (const fn of b.functions) expect(tags.has(fn), fn).toBe(true);
        if (b.parent !== undefined) expect(keys.has(b.parent), b.parent).toBe(true);
        if (b.upper !== undefined) expect(upperKeys.has(b.upper), b.upper).toBe(true);
        for (const led of b.leads ?? []) expect(keys.has(led)).toBe(true);
        expect(b.actual).toBeLessThanOrEqual(b.quota);
      }
    },
  );

  it('have the body counts and positions documented', () => {
    // Province 2024: 10 party bodies, 5 of the Council and Committee, 16 departments × (1 + 3 divisions),
    // radio-TV and hospital, Front + 5 organisations: 10 + 5 + 64 + 2 + 6 = 87.
    expect(STRUCTURE_TEMPLATES['pre-2025'].province?.bodies).toHaveLength(87);
    // District 2024: 7 party bodies, Council, Committee, office, 11 offices, 2 units, Front + 5: 29.
    expect(STRUCTURE_TEMPLATES['pre-2025'].district?.bodies).toHaveLength(29);
    // Commune 2024: 9 bodies, 3 + 1 + 10 + 2 + 1 + 4 × 1 = 21 positions (Decree 34/2019 order of size).
    const commune2024 = STRUCTURE_TEMPLATES['pre-2025'].commune as StructureTemplate;
    expect([commune2024.bodies.length, quota(commune2024)]).toEqual([9, 21]);
    // Province 2025: 8 party, 4 Council/Committee, 12 departments + 32 divisions, hospital, Front + 5: 63.
    expect(STRUCTURE_TEMPLATES['post-2025'].province?.bodies).toHaveLength(63);
    // Commune 2025: 15 bodies, 38 positions.
    const commune2025 = STRUCTURE_TEMPLATES['post-2025'].commune as StructureTemplate;
    expect([commune2025.bodies.length, quota(commune2025)]).toEqual([15, 38]);
  });

  it('fill names from the unit and link a unit’s bodies to those of the unit above', () => {
    const units = loadAdminUnits('pre-2025');
    const hanoi = units.find((u) => u.code === '01');
    const baDinh = units.find((u) => u.code === '001');
    const phucXa = units.find((u) => u.code === '00001');
    if (hanoi === undefined || baDinh === undefined || phucXa === undefined) throw new Error('missing units');
    expect([partyCommitteeName(hanoi), partyCommitteeName(baDinh), partyCommitteeName(phucXa)]).toEqual([
      'Thành ủy',
      'Quận ủy',
      'Đảng ủy',
    ]);
    const district = instantiateTemplate(
      STRUCTURE_TEMPLATES['pre-2025'].district as StructureTemplate,
      baDinh,
      '01',
    );
    expect(district.bodies[0]).toMatchObject({
      id: '001.huyen-uy',
      name: 'Quận ủy Ba Đình',
      parent: '01.tinh-uy',
    });
    expect(district.bodies.find((b) => b.id === '001.ubnd')).toMatchObject({
      name: 'Ủy ban nhân dân quận Ba Đình',
      parent: '01.ubnd',
    });
    expect(district.bodies.find((b) => b.id === '001.phong-nong-nghiep')?.name).toBe('Phòng Kinh tế');
    expect(district.relations.map((r) => r.to)).toEqual(['001.hdnd', '001.ubnd', '001.mttq']);
    const alone = instantiateTemplate(STRUCTURE_TEMPLATES['pre-2025'].commune as StructureTemplate, phucXa);
    expect(alone.bodies[0]).toMatchObject({
      name: 'Đảng ủy phường Phúc Xá',
      parent: null,
      level: 'commune',
      unit: '00001',
    });
  });
});
