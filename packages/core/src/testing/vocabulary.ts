/**
 * The vocabulary generated documents draw on: sectors, kinds of body with the names they carry, places,
 * admin-unit names and types, people, function tags and time shares (see shared/DOMAIN.md).
 */
import type { UnitLevel } from '@tinhgon/core';

/** The kinds of body found in each sector, each with names such bodies carry. */
export const BODY_KINDS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  party: {
    'party-committee': ['Tỉnh ủy', 'Huyện ủy', 'Thành ủy', 'Đảng ủy xã'],
    'standing-committee': ['Ban Thường vụ Tỉnh ủy', 'Ban Thường vụ Huyện ủy'],
    'party-advisory': ['Ban Tổ chức', 'Ban Tuyên giáo', 'Ban Dân vận', 'Ban Nội chính'],
    'party-inspection': ['Ủy ban Kiểm tra', 'Cơ quan Ủy ban Kiểm tra'],
    'party-office': ['Văn phòng Tỉnh ủy', 'Văn phòng Huyện ủy'],
    'party-delegation': ['Đảng đoàn Hội đồng nhân dân', 'Ban cán sự đảng Ủy ban nhân dân'],
    'bloc-party-committee': ['Đảng ủy Khối các cơ quan', 'Đảng ủy Khối doanh nghiệp'],
    'political-training-centre': ['Trung tâm Bồi dưỡng chính trị'],
  },
  state: {
    'peoples-council': ['Hội đồng nhân dân'],
    'peoples-committee': ['Ủy ban nhân dân'],
    department: ['Sở Nội vụ', 'Sở Tài chính', 'Sở Thông tin và Truyền thông', 'Thanh tra tỉnh'],
    'district-office': ['Phòng Nội vụ', 'Phòng Tài chính - Kế hoạch', 'Thanh tra huyện'],
    'state-office': ['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân', 'Văn phòng Đoàn Đại biểu Quốc hội'],
    division: ['Phòng Tổ chức cán bộ', 'Phòng Công chức, viên chức', 'Phòng Tổng hợp'],
    'sub-department': ['Chi cục Văn thư - Lưu trữ', 'Ban Thi đua - Khen thưởng', 'Ban Tôn giáo'],
    'project-board': ['Ban Quản lý dự án đầu tư xây dựng'],
    'coordination-body': ['Ban Chỉ đạo liên ngành'],
  },
  front: {
    'fatherland-front': ['Ủy ban Mặt trận Tổ quốc'],
    'front-advisory': ['Cơ quan tham mưu, giúp việc chung'],
  },
  mass: {
    'youth-union': ['Đoàn Thanh niên Cộng sản Hồ Chí Minh'],
    'womens-union': ['Hội Liên hiệp Phụ nữ'],
    'farmers-union': ['Hội Nông dân'],
    'veterans-association': ['Hội Cựu chiến binh'],
    'labour-federation': ['Liên đoàn Lao động'],
  },
  'public-service': {
    newspaper: ['Báo Bình Dương', 'Báo Tuyên Quang'],
    'radio-tv': ['Đài Phát thanh - Truyền hình'],
    hospital: ['Bệnh viện Đa khoa tỉnh', 'Trung tâm Y tế huyện'],
    'health-care-board': ['Ban Bảo vệ, chăm sóc sức khỏe cán bộ'],
    'training-centre': ['Trường Chính trị', 'Trung tâm Giáo dục nghề nghiệp'],
  },
};

export const KIND_TABLE: readonly (readonly [sector: string, kind: string, names: readonly string[]])[] =
  Object.entries(BODY_KINDS).flatMap(([sector, kinds]) =>
    Object.entries(kinds).map(([kind, names]) => [sector, kind, names] as const),
  );

export const PLACES = [
  'tỉnh Tuyên Quang',
  'tỉnh Bình Dương',
  'tỉnh Đắk Nông',
  'huyện Thuận An',
  'thành phố Gia Nghĩa',
  'xã Tân Phú',
];

export const UNIT_NAMES: Readonly<Record<UnitLevel, readonly string[]>> = {
  province: ['Tuyên Quang', 'Bình Dương', 'Đắk Nông'],
  district: ['Thuận An', 'Gia Nghĩa', 'Sơn Dương', 'Chiêm Hóa'],
  commune: ['Tân Phú', 'An Phú', 'Quảng Thành', 'Phường 1'],
  village: ['Thôn 1', 'Tổ dân phố 3', 'Ấp Bình Giao', 'Khu phố 2'],
};

export const UNIT_TYPES: Readonly<Record<UnitLevel, readonly string[]>> = {
  province: ['Tỉnh', 'Thành phố Trung ương'],
  district: ['Huyện', 'Thị xã', 'Thành phố thuộc tỉnh', 'Quận'],
  commune: ['Xã', 'Phường', 'Thị trấn'],
  village: ['Thôn', 'Tổ dân phố', 'Ấp', 'Khu phố'],
};

export const PERSON_NAMES = [
  'Nguyễn Văn An',
  'Trần Thị Bình',
  'Lê Văn Cường',
  'Phạm Thị Dung',
  'Hoàng Văn Em',
  'Vũ Thị Hạnh',
  'Đặng Văn Hùng',
  'Bùi Thị Lan',
  'Đỗ Quang Minh',
  'Ngô Thị Ngọc',
] as const;

export const FUNCTION_TAGS = [
  'personnel',
  'party-organization',
  'state-organization',
  'inspection',
  'party-discipline',
  'complaints',
  'propaganda',
  'mass-mobilization',
  'office',
  'finance',
  'planning',
  'information',
  'media',
  'health',
  'training',
  'archives',
] as const;

/** Time shares a concurrent post may take. */
export const SHARES = [0.1, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.75, 1] as const;
