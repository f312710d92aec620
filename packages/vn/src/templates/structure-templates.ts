import type { AdminEra } from '../admin-units/admin-era.js';
import { COMMUNE_2024 } from './commune-2024.js';
import { COMMUNE_2025 } from './commune-2025.js';
import { DISTRICT_2024 } from './district-2024.js';
import { PROVINCE_2024 } from './province-2024.js';
import { PROVINCE_2025 } from './province-2025.js';
import type { StructureTemplate } from './structure-template.js';

/** The templates of each era by level: pre-2025 has three levels, post-2025 two. */
export const STRUCTURE_TEMPLATES: Readonly<
  Record<AdminEra, Readonly<Partial<Record<'province' | 'district' | 'commune', StructureTemplate>>>>
> = {
  'pre-2025': { province: PROVINCE_2024, district: DISTRICT_2024, commune: COMMUNE_2024 },
  'post-2025': { province: PROVINCE_2025, commune: COMMUNE_2025 },
};
