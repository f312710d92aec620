import { MAX_STAFF } from '../schema/primitives.js';
import type { Lang } from './lang.js';

/**
 * The wording of tinhgon's own schema checks, by key. Schema messages are written `tinhgon:<key>` and
 * translated here; zod's built-in checks are translated by zod's own locales.
 */
export const SCHEMA_DETAILS: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  en: {
    'id-empty': 'an id may not be empty',
    'id-space': 'an id may not start or end with white space',
    'name-empty': 'a name may not be empty or only white space',
    'tag-empty': 'a tag may not be empty',
    date: 'expected a calendar date written YYYY-MM-DD, such as 2025-07-01',
    'staff-type': 'expected a number of staff positions',
    'staff-int': 'staff positions are whole numbers',
    'staff-negative': 'staff may not be negative',
    'staff-max': `staff may not exceed ${MAX_STAFF}`,
    year: 'expected a four-digit year such as "2015"',
    'share-min': 'a time share must be more than 0',
    'share-max': 'a time share may be at most 1',
    'attribute-key': 'an attribute key starts with a letter and has only letters, digits, _ . -',
  },
  vi: {
    'id-empty': 'mã không được để trống',
    'id-space': 'mã không được bắt đầu hoặc kết thúc bằng khoảng trắng',
    'name-empty': 'tên không được để trống hoặc chỉ có khoảng trắng',
    'tag-empty': 'nhãn không được để trống',
    date: 'cần một ngày có thật, viết YYYY-MM-DD, ví dụ 2025-07-01',
    'staff-type': 'cần một số lượng biên chế',
    'staff-int': 'biên chế phải là số nguyên',
    'staff-negative': 'biên chế không được âm',
    'staff-max': `biên chế không được vượt quá ${MAX_STAFF}`,
    year: 'cần năm bốn chữ số, ví dụ "2015"',
    'share-min': 'tỷ lệ thời gian phải lớn hơn 0',
    'share-max': 'tỷ lệ thời gian tối đa là 1',
    'attribute-key': 'khóa thuộc tính bắt đầu bằng chữ cái, chỉ gồm chữ, số, _ . -',
  },
};
