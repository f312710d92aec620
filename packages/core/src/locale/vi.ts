import { arrowList } from './arrow-list.js';
import type { IssueMessages } from './locale.js';

const list = (ids: readonly string[]): string => arrowList(ids, (n) => `${n} mục khác`);

const ENTITY: Readonly<Record<string, string>> = {
  body: 'cơ quan',
  relation: 'quan hệ',
  person: 'người',
  post: 'chức danh',
  unit: 'đơn vị hành chính',
};

const LEVEL: Readonly<Record<string, string>> = {
  central: 'trung ương',
  province: 'tỉnh',
  district: 'huyện',
  commune: 'xã',
  village: 'thôn',
};

const ROLE: Readonly<Record<string, string>> = {
  head: 'người đứng đầu',
  deputy: 'cấp phó',
  member: 'thành viên',
};

const entity = (kind: string): string => ENTITY[kind] ?? kind;
const level = (name: string): string => LEVEL[name] ?? name;

export const vi: IssueMessages = {
  'invalid-input': (i) =>
    i.received === 'nothing' ? i.detail.vi : `${i.detail.vi} (nhận được ${i.received})`,
  'invalid-json': (i) => `không phải JSON hợp lệ: ${i.detail.vi}`,
  'duplicate-id': (i) => `mã ${entity(i.entity)} "${i.id}" bị dùng hai lần; mã phải là duy nhất`,
  'missing-parent': (i) =>
    `cơ quan "${i.body}" trực thuộc "${i.parent}", nhưng "${i.parent}" không có trong dữ liệu`,
  'parent-cycle': (i) => `quan hệ trực thuộc tạo thành vòng: ${list([...i.bodies, i.bodies[0] ?? ''])}`,
  'level-above-parent': (i) =>
    `cơ quan "${i.body}" ở cấp ${level(i.level)}, cao hơn cơ quan cấp trên "${i.parent}" ở cấp ${level(i.parentLevel)}`,
  'unknown-unit': (i) =>
    `cơ quan "${i.body}" đặt tại đơn vị hành chính "${i.unit}", nhưng đơn vị này không có trong dữ liệu`,
  'unit-level-mismatch': (i) =>
    `cơ quan "${i.body}" ở cấp ${level(i.level)} nhưng đơn vị hành chính "${i.unit}" là cấp ${level(i.unitLevel)}`,
  'unknown-body': (i) =>
    `${entity(i.entity)} "${i.id}" trỏ tới cơ quan "${i.body}", nhưng cơ quan này không có trong dữ liệu`,
  'self-relation': (i) => `quan hệ "${i.relation}" nối cơ quan "${i.body}" với chính nó`,
  'unknown-person': (i) =>
    `chức danh "${i.post}" do người "${i.person}" đảm nhiệm, nhưng người này không có trong dữ liệu`,
  'duplicate-holding': (i) =>
    `người "${i.person}" giữ chức danh ${ROLE[i.role] ?? i.role} của cơ quan "${i.body}" hai lần ("${i.posts[0]}" và "${i.posts[1]}")`,
  'duplicate-head': (i) =>
    `cơ quan "${i.body}" có hai người đứng đầu cùng lúc ("${i.posts[0]}" và "${i.posts[1]}")`,
  'time-share-exceeded': (i) =>
    `người "${i.person}" được phân ${i.total} thời gian cho các chức danh ${list(i.posts)}; tổng không được vượt quá 1`,
  'dates-reversed': (i) =>
    `${entity(i.entity)} "${i.id}" kết thúc (${i.validUntil}) không sau ngày bắt đầu (${i.validFrom}); validUntil phải sau validFrom`,
  'duplicate-function': (i) => `cơ quan "${i.body}" ghi chức năng "${i.tag}" hai lần`,
  'unknown-unit-parent': (i) =>
    `đơn vị hành chính "${i.unit}" thuộc "${i.parent}", nhưng "${i.parent}" không có trong dữ liệu`,
  'unit-level-order': (i) =>
    `đơn vị hành chính "${i.unit}" (cấp ${level(i.level)}) thuộc "${i.parent}" (cấp ${level(i.parentLevel)}), không phải cấp cao hơn`,
};
