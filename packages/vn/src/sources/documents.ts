import type { Citation } from '@tinhgon/core';

// The legal documents the rules and parameter tables cite. Dates are issue dates; where a date or an
// article was not verified, PARAMETERS.md says so and the table's `note` repeats it.

/** Seed 000: the plan carries neither a number nor a date in the text we have. */
export const PLAN_000: Citation = {
  document: 'Kế hoạch thực hiện mô hình thí điểm theo Kết luận 34-KL/TW',
  issuer: 'Ban Thường vụ Tỉnh ủy',
};

/** Seed 002. */
export const PLAN_300_KH_UBND: Citation = {
  document: 'Kế hoạch 300/KH-UBND',
  issuer: 'UBND tỉnh Đắk Nông',
  date: '2018-06-20',
};

/** Seed 003. */
export const PLAN_43_KH_TU: Citation = {
  document: 'Kế hoạch 43-KH/TU',
  issuer: 'Tỉnh ủy Bình Dương',
  date: '2018-02-12',
};

/** Seed 004. */
export const PLAN_168_KH_TU: Citation = {
  document: 'Kế hoạch 168-KH/TU',
  issuer: 'Ban Chấp hành Đảng bộ tỉnh Tuyên Quang',
  date: '2018-02-18',
};

export const RESOLUTION_18: Citation = {
  document: 'Nghị quyết 18-NQ/TW',
  issuer: 'Ban Chấp hành Trung ương',
  date: '2017-10-25',
};

export const RESOLUTION_39: Citation = {
  document: 'Nghị quyết 39-NQ/TW',
  issuer: 'Bộ Chính trị',
  date: '2015-04-17',
};

/**
 * Conclusion 34-KL/TW on the pilot models was issued on 7 Aug 2018; seed 000 cites it as 07 Aug 2019, a
 * date after its own deadlines (the timeline check, R11, catches that).
 */
export const CONCLUSION_34: Citation = {
  document: 'Kết luận 34-KL/TW',
  issuer: 'Bộ Chính trị',
  date: '2018-08-07',
};

export const DECREE_107_2020: Citation = { document: 'Nghị định 107/2020/NĐ-CP', issuer: 'Chính phủ' };

export const DECREE_45_2025: Citation = {
  document: 'Nghị định 45/2025/NĐ-CP',
  issuer: 'Chính phủ',
  date: '2025-02-28',
};

export const DECREE_150_2025: Citation = {
  document: 'Nghị định 150/2025/NĐ-CP',
  issuer: 'Chính phủ',
  date: '2025-06-12',
};

export const DECREE_370_2025: Citation = {
  document: 'Nghị định 370/2025/NĐ-CP',
  issuer: 'Chính phủ',
  date: '2025-12-31',
};
