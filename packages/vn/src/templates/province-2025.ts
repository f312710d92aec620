import type { BodyTemplate, StructureTemplate } from './structure-template.js';
import { departmentBodies, staffed, type UnitWithDivisions } from './template-helpers.js';

const VP = (quota = 9) => ['van-phong', 'Văn phòng Sở', quota] as const;

/**
 * The departments (sở) of a province from 2025 (Decree 45/2025/NĐ-CP): twelve, with an office and one or
 * two professional divisions each. Sở Ngoại vụ (only in some provinces) is left out.
 */
const DEPARTMENTS_2025: readonly UnitWithDivisions[] = [
  {
    key: 'so-noi-vu',
    name: 'Sở Nội vụ {unit}',
    nameEn: 'Department of Home Affairs',
    functions: ['home-affairs', 'labour-social-affairs'],
    divisions: [
      VP(),
      ['to-chuc-bien-che', 'Phòng Tổ chức, biên chế', 9],
      ['lao-dong-viec-lam', 'Phòng Lao động - Việc làm', 8],
    ],
  },
  {
    key: 'so-tu-phap',
    name: 'Sở Tư pháp {unit}',
    nameEn: 'Department of Justice',
    functions: ['justice'],
    divisions: [VP(8), ['van-ban', 'Phòng Xây dựng và kiểm tra văn bản', 8]],
  },
  {
    key: 'so-tai-chinh',
    name: 'Sở Tài chính {unit}',
    nameEn: 'Department of Finance',
    functions: ['finance', 'planning-investment'],
    divisions: [
      VP(10),
      ['ngan-sach', 'Phòng Quản lý ngân sách', 10],
      ['tong-hop-quy-hoach', 'Phòng Tổng hợp, quy hoạch', 9],
    ],
  },
  {
    key: 'so-cong-thuong',
    name: 'Sở Công Thương {unit}',
    nameEn: 'Department of Industry and Trade',
    functions: ['industry-trade'],
    divisions: [
      VP(),
      ['cong-nghiep', 'Phòng Quản lý công nghiệp', 8],
      ['thuong-mai', 'Phòng Quản lý thương mại', 8],
    ],
  },
  {
    key: 'so-nong-nghiep-moi-truong',
    name: 'Sở Nông nghiệp và Môi trường {unit}',
    nameEn: 'Department of Agriculture and Environment',
    functions: ['agriculture-environment'],
    divisions: [
      VP(10),
      ['dat-dai', 'Phòng Quản lý đất đai', 10],
      ['trong-trot', 'Phòng Trồng trọt và Chăn nuôi', 8],
    ],
  },
  {
    key: 'so-xay-dung',
    name: 'Sở Xây dựng {unit}',
    nameEn: 'Department of Construction',
    functions: ['construction'],
    divisions: [
      VP(10),
      ['quy-hoach-kien-truc', 'Phòng Quản lý quy hoạch - kiến trúc', 9],
      ['ket-cau-ha-tang', 'Phòng Quản lý kết cấu hạ tầng giao thông', 9],
    ],
  },
  {
    key: 'so-khoa-hoc',
    name: 'Sở Khoa học và Công nghệ {unit}',
    nameEn: 'Department of Science and Technology',
    functions: ['science-technology', 'information-communications'],
    divisions: [
      VP(8),
      ['khoa-hoc', 'Phòng Quản lý khoa học', 7],
      ['chuyen-doi-so', 'Phòng Chuyển đổi số', 8],
    ],
  },
  {
    key: 'so-van-hoa',
    name: 'Sở Văn hóa, Thể thao và Du lịch {unit}',
    nameEn: 'Department of Culture, Sports and Tourism',
    functions: ['culture-sports-tourism'],
    divisions: [VP(8), ['van-hoa', 'Phòng Quản lý văn hóa', 8]],
  },
  {
    key: 'so-giao-duc',
    name: 'Sở Giáo dục và Đào tạo {unit}',
    nameEn: 'Department of Education and Training',
    functions: ['education'],
    divisions: [VP(), ['giao-duc-pho-thong', 'Phòng Giáo dục phổ thông', 9]],
  },
  {
    key: 'so-y-te',
    name: 'Sở Y tế {unit}',
    nameEn: 'Department of Health',
    functions: ['health-administration'],
    divisions: [VP(), ['nghiep-vu-y', 'Phòng Nghiệp vụ y', 8], ['bao-tro-xa-hoi', 'Phòng Bảo trợ xã hội', 7]],
  },
  {
    key: 'thanh-tra-tinh',
    name: 'Thanh tra {unit}',
    nameEn: 'Provincial Inspectorate',
    functions: ['state-inspection', 'complaints'],
    divisions: [
      VP(8),
      ['khieu-nai-to-cao', 'Phòng Giải quyết khiếu nại, tố cáo', 9],
      ['phong-chong-tham-nhung', 'Phòng Phòng, chống tham nhũng', 8],
    ],
  },
  {
    key: 'so-dan-toc-ton-giao',
    name: 'Sở Dân tộc và Tôn giáo {unit}',
    nameEn: 'Department of Ethnic and Religious Affairs',
    functions: ['religious-affairs'],
    divisions: [VP(7), ['ton-giao', 'Phòng Tôn giáo', 7]],
  },
];

const underFront = (key: string, name: string, nameEn: string, fn: string, quota: number): BodyTemplate => ({
  ...staffed(quota),
  key,
  name,
  nameEn,
  kind: 'mass-organization',
  sector: 'mass',
  parent: 'mttq',
  functions: [fn],
});

/**
 * The standard bodies of a province from 1 July 2025: the party committee with its Organization
 * Committee, the merged Propaganda and Mass Mobilization Committee, the Inspection Committee, Internal
 * Affairs, office and school; the People's Council with the common office of the NA delegation and the
 * Council; the People's Committee with its office and 12 departments; the merged newspaper and radio-TV
 * station; the Fatherland Front with the socio-political organisations under it; a general hospital.
 *
 * The staff figures are synthetic: plausible orders of magnitude, not official quotas.
 */
export const PROVINCE_2025: StructureTemplate = {
  id: 'province-2025',
  era: 'post-2025',
  level: 'province',
  label: 'Tỉnh, từ 1/7/2025',
  bodies: [
    {
      key: 'tinh-uy',
      name: '{committee} {short}',
      nameEn: 'Provincial party committee',
      kind: 'party-committee',
      sector: 'party',
      functions: ['party-leadership'],
      quota: 0,
      actual: 0,
      leads: ['hdnd', 'ubnd', 'mttq'],
    },
    {
      ...staffed(28),
      key: 'ban-to-chuc',
      name: 'Ban Tổ chức {committee}',
      nameEn: 'Organization Committee',
      kind: 'party-organization-committee',
      sector: 'party',
      parent: 'tinh-uy',
      functions: ['party-organization'],
    },
    {
      ...staffed(32),
      key: 'ban-tuyen-giao-dan-van',
      name: 'Ban Tuyên giáo và Dân vận {committee}',
      nameEn: 'Propaganda and Mass Mobilization Committee',
      kind: 'party-propaganda-committee',
      sector: 'party',
      parent: 'tinh-uy',
      functions: ['party-propaganda', 'party-mass-mobilization'],
    },
    {
      ...staffed(14),
      key: 'ban-noi-chinh',
      name: 'Ban Nội chính {committee}',
      nameEn: 'Internal Affairs Committee',
      kind: 'party-internal-affairs',
      sector: 'party',
      parent: 'tinh-uy',
      functions: ['party-internal-affairs'],
    },
    {
      ...staffed(30),
      key: 'ubkt',
      name: 'Ủy ban Kiểm tra {committee}',
      nameEn: 'Inspection Committee',
      kind: 'party-inspection-committee',
      sector: 'party',
      parent: 'tinh-uy',
      functions: ['party-inspection'],
    },
    {
      ...staffed(52),
      key: 'van-phong-tinh-uy',
      name: 'Văn phòng {committee}',
      nameEn: 'Party Office',
      kind: 'party-office',
      sector: 'party',
      parent: 'tinh-uy',
      functions: ['party-office-work', 'officials-health-care'],
    },
    {
      ...staffed(45),
      key: 'truong-chinh-tri',
      name: 'Trường Chính trị {unit}',
      nameEn: 'Provincial political school',
      kind: 'political-training-centre',
      sector: 'party',
      parent: 'tinh-uy',
      functions: ['political-training'],
    },
    {
      ...staffed(110),
      key: 'bao-phat-thanh-truyen-hinh',
      name: 'Báo và Phát thanh, Truyền hình {short}',
      nameEn: 'Provincial newspaper and radio-TV',
      kind: 'public-service-unit',
      sector: 'public-service',
      parent: 'tinh-uy',
      functions: ['press', 'broadcasting'],
    },
    {
      key: 'hdnd',
      name: 'Hội đồng nhân dân {unit}',
      nameEn: "Provincial People's Council",
      kind: 'peoples-council',
      sector: 'state',
      functions: ['people-representation'],
      quota: 0,
      actual: 0,
    },
    {
      ...staffed(35),
      key: 'vp-doan-dbqh-hdnd',
      name: 'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân {unit}',
      nameEn: "Office of the NA delegation and the People's Council",
      kind: 'na-delegation-office',
      sector: 'state',
      parent: 'hdnd',
      functions: ['na-delegation-office-work', 'council-committee-office-work'],
    },
    {
      key: 'ubnd',
      name: 'Ủy ban nhân dân {unit}',
      nameEn: "Provincial People's Committee",
      kind: 'peoples-committee',
      sector: 'state',
      functions: ['state-administration'],
      quota: 0,
      actual: 0,
    },
    {
      ...staffed(60),
      key: 'vp-ubnd',
      name: 'Văn phòng Ủy ban nhân dân {unit}',
      nameEn: "Office of the People's Committee",
      kind: 'council-committee-office',
      sector: 'state',
      parent: 'ubnd',
      functions: ['council-committee-office-work'],
    },
    ...DEPARTMENTS_2025.flatMap((dept) => departmentBodies(dept, 'ubnd', 4)),
    {
      ...staffed(500),
      key: 'benh-vien-da-khoa',
      name: 'Bệnh viện Đa khoa {unit}',
      nameEn: 'Provincial general hospital',
      kind: 'public-service-unit',
      sector: 'public-service',
      parent: 'so-y-te',
      functions: ['hospital-care'],
    },
    {
      ...staffed(45),
      key: 'mttq',
      name: 'Ủy ban Mặt trận Tổ quốc Việt Nam {unit}',
      nameEn: 'Fatherland Front Committee',
      kind: 'fatherland-front',
      sector: 'front',
      functions: ['front-work'],
    },
    underFront('tinh-doan', 'Tỉnh đoàn {short}', 'Youth Union', 'youth-work', 18),
    underFront('hoi-phu-nu', 'Hội Liên hiệp Phụ nữ {unit}', "Women's Union", 'women-work', 16),
    underFront('hoi-nong-dan', 'Hội Nông dân {unit}', "Farmers' Union", 'farmers-work', 14),
    underFront(
      'hoi-cuu-chien-binh',
      'Hội Cựu chiến binh {unit}',
      "Veterans' Association",
      'veterans-work',
      10,
    ),
    underFront(
      'lien-doan-lao-dong',
      'Liên đoàn Lao động {unit}',
      'Labour Federation',
      'trade-union-work',
      22,
    ),
  ],
};
