import type { Bilingual } from '@tinhgon/core';

/** A function tag (`Body.functions`), with its family of similar functions if it has one. */
export interface FunctionTagInfo {
  readonly id: string;
  readonly label: Bilingual;
  /** A {@link FunctionFamilyInfo} id. A tag with no family is similar only to itself. */
  readonly family?: string;
}

const tag = (id: string, family: string | undefined, vi: string, en: string): FunctionTagInfo =>
  family === undefined ? { id, label: { vi, en } } : { id, family, label: { vi, en } };

/**
 * The function tags the rules know. Similarity is computed from these tags and their families, never
 * from names. Add rows to grow the catalogue; a new family goes in `function-families.ts`.
 */
export const FUNCTION_TAGS: readonly FunctionTagInfo[] = [
  // personnel: Organization Committee ~ Home Affairs
  tag(
    'party-organization',
    'personnel',
    'Công tác tổ chức, cán bộ của Đảng',
    'Party organisation and cadres',
  ),
  tag('home-affairs', 'personnel', 'Quản lý nhà nước về nội vụ', 'State management of home affairs'),
  tag('personnel', 'personnel', 'Tổ chức, cán bộ', 'Organisation and personnel'),
  // inspection: Inspection Committee ~ Inspectorate
  tag(
    'party-inspection',
    'inspection',
    'Kiểm tra, giám sát, kỷ luật đảng',
    'Party inspection and discipline',
  ),
  tag('state-inspection', 'inspection', 'Thanh tra nhà nước', 'State inspection'),
  tag(
    'complaints',
    'inspection',
    'Tiếp công dân, giải quyết khiếu nại, tố cáo',
    'Complaints and denunciations',
  ),
  tag('inspection', 'inspection', 'Kiểm tra, thanh tra', 'Inspection'),
  // propaganda: Propaganda ~ Information and Communications ~ political training centre
  tag(
    'party-propaganda',
    'propaganda',
    'Tuyên truyền, giáo dục chính trị tư tưởng',
    'Party propaganda and education',
  ),
  tag(
    'information-communications',
    'propaganda',
    'Quản lý nhà nước về thông tin và truyền thông',
    'State management of information and communications',
  ),
  tag('political-training', 'propaganda', 'Bồi dưỡng lý luận chính trị', 'Political theory training'),
  // mass mobilisation: Mass Mobilization ~ Fatherland Front
  tag('party-mass-mobilization', 'mass-mobilization', 'Công tác dân vận của Đảng', 'Party mass mobilisation'),
  tag(
    'front-work',
    'mass-mobilization',
    'Đại đoàn kết toàn dân tộc, giám sát, phản biện xã hội',
    'National unity, social oversight and criticism',
  ),
  // office: party office ~ office of the People's Council and Committee ~ NA delegation office
  tag('party-office-work', 'office', 'Tham mưu, phục vụ cấp ủy', 'Serving the party committee'),
  tag(
    'council-committee-office-work',
    'office',
    'Tham mưu, phục vụ HĐND và UBND',
    "Serving the People's Council and Committee",
  ),
  tag('na-delegation-office-work', 'office', 'Phục vụ Đoàn đại biểu Quốc hội', 'Serving the NA delegation'),
  tag('office', 'office', 'Văn phòng, hành chính, tổng hợp', 'Office and administration'),
  // media and health care: public service units merged or handed over in seed 003 B.II.1
  tag('press', 'media', 'Báo chí', 'Press'),
  tag('broadcasting', 'media', 'Phát thanh, truyền hình', 'Radio and television'),
  tag('officials-health-care', 'health-care', 'Bảo vệ, chăm sóc sức khỏe cán bộ', "Officials' health care"),
  tag('hospital-care', 'health-care', 'Khám bệnh, chữa bệnh', 'Hospital care'),
  // internal affairs, finance and planning
  tag('party-internal-affairs', 'internal-affairs', 'Công tác nội chính của Đảng', 'Party internal affairs'),
  tag('anti-corruption', 'internal-affairs', 'Phòng, chống tham nhũng', 'Anti-corruption'),
  tag('finance', 'finance-planning', 'Quản lý nhà nước về tài chính', 'State management of finance'),
  tag('planning-investment', 'finance-planning', 'Kế hoạch và đầu tư', 'Planning and investment'),
  // functions with no similar counterpart
  tag('party-leadership', undefined, 'Lãnh đạo của cấp ủy', 'Party committee leadership'),
  tag(
    'people-representation',
    undefined,
    'Đại diện, quyết định, giám sát của HĐND',
    "People's Council functions",
  ),
  tag('state-administration', undefined, 'Quản lý hành chính nhà nước', 'State administration'),
  tag('justice', undefined, 'Tư pháp', 'Justice'),
  tag('religious-affairs', undefined, 'Tín ngưỡng, tôn giáo', 'Religious affairs'),
  tag('education', undefined, 'Giáo dục và đào tạo', 'Education and training'),
  tag('health-administration', undefined, 'Quản lý nhà nước về y tế', 'State management of health'),
  tag('agriculture-environment', undefined, 'Nông nghiệp và môi trường', 'Agriculture and environment'),
  tag('industry-trade', undefined, 'Công thương', 'Industry and trade'),
  tag('construction', undefined, 'Xây dựng', 'Construction'),
  tag('culture-sports-tourism', undefined, 'Văn hóa, thể thao và du lịch', 'Culture, sports and tourism'),
  tag('science-technology', undefined, 'Khoa học và công nghệ', 'Science and technology'),
  tag('labour-social-affairs', undefined, 'Lao động, thương binh và xã hội', 'Labour and social affairs'),
  tag('economy', undefined, 'Kinh tế', 'Economy'),
  tag('culture-society', undefined, 'Văn hóa - xã hội', 'Culture and society'),
  tag('youth-work', undefined, 'Công tác thanh niên', 'Youth work'),
  tag('women-work', undefined, 'Công tác phụ nữ', "Women's work"),
  tag('farmers-work', undefined, 'Công tác nông dân', "Farmers' work"),
  tag('veterans-work', undefined, 'Công tác cựu chiến binh', "Veterans' work"),
  tag('trade-union-work', undefined, 'Công tác công đoàn', 'Trade union work'),
  tag('project-management', undefined, 'Quản lý dự án đầu tư', 'Investment project management'),
  tag('inter-sector-coordination', undefined, 'Phối hợp liên ngành', 'Inter-sector coordination'),
  tag('public-administration-service', undefined, 'Phục vụ hành chính công', 'Public administration service'),
];
