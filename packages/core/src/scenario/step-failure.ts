import type { Bilingual } from '../locale/lang.js';
import type { StepOp } from '../transform/change.js';
import type { TransformErrorCode } from '../transform/transform-error.js';

/** A step that could not be done, as data: which step, why, about what, in both languages. */
export interface StepFailure {
  readonly code: 'step-failed';
  /** 1-based position of the step in the scenario as written. */
  readonly step: number;
  readonly op: StepOp;
  readonly effective: string;
  readonly planItem: string | null;
  readonly reason: TransformErrorCode;
  readonly subjects: readonly string[];
  readonly message: Bilingual;
}

const REASON_VI: Readonly<Record<TransformErrorCode, string>> = {
  'unknown-body': 'cơ quan không có trong dữ liệu',
  'unknown-post': 'chức danh không có trong dữ liệu',
  'unknown-person': 'người không có trong dữ liệu',
  'unknown-unit': 'đơn vị hành chính không có trong dữ liệu',
  'duplicate-id': 'mã đã được dùng',
  'would-create-cycle': 'sẽ tạo vòng trong cây tổ chức',
  'has-children': 'cơ quan còn đơn vị trực thuộc chưa được bố trí',
  'level-above-parent': 'cấp của cơ quan cao hơn cơ quan cấp trên',
  'unit-level-mismatch': 'cấp của cơ quan khác cấp đơn vị hành chính',
  'partition-mismatch': 'phân chia biên chế, chức năng hoặc đơn vị trực thuộc không khớp',
  'insufficient-staff': 'không đủ biên chế',
  'staff-limit': 'biên chế vượt quá giới hạn cho phép',
  'missing-function': 'cơ quan không có chức năng này',
  'not-a-child': 'không phải đơn vị trực thuộc',
  'not-concurrent': 'không phải kiêm nhiệm',
  'post-taken': 'chức danh đã có người đảm nhiệm',
  'invalid-step': 'bước không hợp lệ',
  unassigned: 'còn cơ quan hoặc đơn vị chưa được bố trí',
  'invalid-argument': 'tham số không hợp lệ',
};

/** The Vietnamese message of a failed step: step number, operation, reason and the ids concerned. */
export function failureMessageVi(
  step: number,
  op: string,
  reason: TransformErrorCode,
  subjects: readonly string[],
  note?: string,
): string {
  const about =
    subjects.length === 0
      ? ''
      : ` (${subjects
          .slice(0, 10)
          .map((s) => `"${s}"`)
          .join(', ')})`;
  return `Bước ${step} (${op}) không thực hiện được: ${REASON_VI[reason]}${about}${note === undefined ? '' : `; ${note}`}`;
}
