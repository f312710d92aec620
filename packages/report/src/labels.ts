import type { Lang } from '@tinhgon/core';
import type { Mark } from './marks.js';

/** The fixed texts of the charts and the report, in Vietnamese and English. */
export interface ReportText {
  readonly marks: Readonly<Record<Mark, string>>;
  readonly legend: string;
  readonly hidden: (n: number) => string;
  readonly hiddenLegend: string;
  readonly staff: string;
  readonly before: string;
  readonly after: string;
  readonly bridge: Readonly<Record<BridgeLine, string>>;
  readonly measure: Readonly<Record<'quota' | 'actual', string>>;
  readonly report: ReportWords;
}

/** The lines of a headcount bridge chart, in order. */
export type BridgeLine =
  | 'start'
  | 'created'
  | 'cut'
  | 'released'
  | 'transferredOut'
  | 'transferredIn'
  | 'restructured'
  | 'reclassified'
  | 'end';

interface ReportWords {
  readonly title: (name: string) => string;
  readonly summary: string;
  readonly scenario: string;
  readonly steps: (done: number, total: number) => string;
  readonly period: string;
  readonly charts: string;
  readonly bridge: string;
  readonly findings: string;
  readonly noFindings: string;
  readonly noAppraisal: string;
  readonly verdict: (approved: boolean) => string;
  readonly failures: string;
  readonly deltas: string;
  readonly bodyChanges: string;
  readonly noBodyChanges: string;
  readonly by: Readonly<Record<'total' | 'level' | 'sector' | 'kind' | 'unit', string>>;
  readonly columns: Readonly<
    Record<
      | 'group'
      | 'metric'
      | 'before'
      | 'after'
      | 'change'
      | 'body'
      | 'status'
      | 'from'
      | 'to'
      | 'quota'
      | 'actual',
      string
    >
  >;
  readonly metrics: Readonly<Record<'bodies' | 'quota' | 'actual' | 'heads' | 'deputies' | 'people', string>>;
  readonly statuses: Readonly<Record<'kept' | 'began' | 'ended', string>>;
  readonly findingStatus: Readonly<Record<'fail' | 'pass' | 'excepted', string>>;
  readonly severity: Readonly<Record<'blocking' | 'advisory', string>>;
  readonly citation: string;
  readonly generated: string;
}

const VI: ReportText = {
  marks: {
    absorbed: 'sáp nhập',
    consolidated: 'hợp nhất',
    dissolved: 'giải thể',
    split: 'chia tách',
    new: 'mới',
    moved: 'đổi cơ quan cấp trên',
    changed: 'thay đổi',
  },
  legend: 'Chú giải',
  hidden: (n) => `+${n}`,
  hiddenLegend: 'đơn vị trực thuộc được thu gọn',
  staff: 'biên chế / hiện có',
  before: 'Trước khi sắp xếp',
  after: 'Sau khi sắp xếp',
  bridge: {
    start: 'Đầu kỳ',
    created: 'Tăng mới',
    cut: 'Cắt giảm',
    released: 'Tinh giản',
    transferredOut: 'Chuyển đi',
    transferredIn: 'Chuyển đến',
    restructured: 'Sắp xếp lại',
    reclassified: 'Phân loại lại',
    end: 'Cuối kỳ',
  },
  measure: { quota: 'Biên chế được giao', actual: 'Số người hiện có' },
  report: {
    title: (name) => `Báo cáo phương án sắp xếp: ${name}`,
    summary: 'Tóm tắt',
    scenario: 'Phương án',
    steps: (done, total) => `${done}/${total} bước đã thực hiện`,
    period: 'Thời gian',
    charts: 'Sơ đồ tổ chức',
    bridge: 'Biến động biên chế',
    findings: 'Kết quả thẩm định',
    noFindings: 'Không có vi phạm.',
    noAppraisal: 'Chưa thẩm định.',
    verdict: (approved) =>
      approved ? 'Đủ điều kiện thẩm định, trình phê duyệt' : 'Không thẩm định, trình ký',
    failures: 'Bước không thực hiện được',
    deltas: 'Số liệu trước và sau',
    bodyChanges: 'Cơ quan, đơn vị thay đổi',
    noBodyChanges: 'Không có cơ quan, đơn vị nào thay đổi.',
    by: {
      total: 'Toàn bộ',
      level: 'Theo cấp',
      sector: 'Theo khối',
      kind: 'Theo loại',
      unit: 'Theo đơn vị hành chính',
    },
    columns: {
      group: 'Nhóm',
      metric: 'Chỉ tiêu',
      before: 'Trước',
      after: 'Sau',
      change: 'Chênh lệch',
      body: 'Cơ quan, đơn vị',
      status: 'Tình trạng',
      from: 'Từ',
      to: 'Sang',
      quota: 'Biên chế',
      actual: 'Hiện có',
    },
    metrics: {
      bodies: 'Số đầu mối',
      quota: 'Biên chế',
      actual: 'Hiện có',
      heads: 'Cấp trưởng',
      deputies: 'Cấp phó',
      people: 'Số người giữ chức vụ',
    },
    statuses: { kept: 'giữ nguyên', began: 'thành lập', ended: 'kết thúc' },
    findingStatus: { fail: 'vi phạm', pass: 'đạt', excepted: 'ngoại lệ' },
    severity: { blocking: 'bắt buộc', advisory: 'khuyến nghị' },
    citation: 'Căn cứ',
    generated: 'Tạo bởi tinhgon',
  },
};

const EN: ReportText = {
  marks: {
    absorbed: 'absorbed',
    consolidated: 'consolidated',
    dissolved: 'dissolved',
    split: 'split',
    new: 'new',
    moved: 'moved',
    changed: 'changed',
  },
  legend: 'Legend',
  hidden: (n) => `+${n}`,
  hiddenLegend: 'bodies below, collapsed',
  staff: 'quota / actual',
  before: 'Before',
  after: 'After',
  bridge: {
    start: 'Start',
    created: 'Created',
    cut: 'Cut',
    released: 'Released',
    transferredOut: 'Transferred out',
    transferredIn: 'Transferred in',
    restructured: 'Restructured',
    reclassified: 'Reclassified',
    end: 'End',
  },
  measure: { quota: 'Staff quota', actual: 'Staff in post' },
  report: {
    title: (name) => `Restructuring report: ${name}`,
    summary: 'Summary',
    scenario: 'Scenario',
    steps: (done, total) => `${done} of ${total} steps done`,
    period: 'Period',
    charts: 'Org charts',
    bridge: 'Headcount bridge',
    findings: 'Appraisal findings',
    noFindings: 'No breaches.',
    noAppraisal: 'Not appraised.',
    verdict: (approved) =>
      approved ? 'May be appraised and put up for approval' : 'Not to be appraised or approved',
    failures: 'Steps that could not be done',
    deltas: 'Figures before and after',
    bodyChanges: 'Bodies that changed',
    noBodyChanges: 'No body changed.',
    by: { total: 'Total', level: 'By level', sector: 'By sector', kind: 'By kind', unit: 'By admin unit' },
    columns: {
      group: 'Group',
      metric: 'Figure',
      before: 'Before',
      after: 'After',
      change: 'Change',
      body: 'Body',
      status: 'Status',
      from: 'From',
      to: 'To',
      quota: 'Quota',
      actual: 'Actual',
    },
    metrics: {
      bodies: 'Bodies (focal points)',
      quota: 'Staff quota',
      actual: 'Staff in post',
      heads: 'Heads',
      deputies: 'Deputies',
      people: 'People in posts',
    },
    statuses: { kept: 'kept', began: 'began', ended: 'ended' },
    findingStatus: { fail: 'fail', pass: 'pass', excepted: 'excepted' },
    severity: { blocking: 'blocking', advisory: 'advisory' },
    citation: 'Basis',
    generated: 'Made with tinhgon',
  },
};

/** The texts of a language. */
export function textOf(lang: Lang): ReportText {
  return lang === 'en' ? EN : VI;
}
