import type { Bilingual, Lang } from '@tinhgon/core';
import { CHECK_USAGE } from './commands/check.js';
import { COMPARE_USAGE } from './commands/compare.js';
import { IMPORT_USAGE } from './commands/import.js';
import { REPORT_USAGE } from './commands/report.js';
import { RUN_USAGE } from './commands/run.js';

/** An example of the help text: the arguments after `tinhgon`, what it shows, and its exit code. */
export interface Example {
  readonly args: string;
  readonly note: Bilingual;
  readonly exit: 0 | 1 | 2;
}

interface CommandHelp {
  readonly usage: string;
  readonly summary: Bilingual;
  readonly details: Bilingual;
  readonly examples: readonly Example[];
}

/** Where the examples' files are: run them from the repository root. */
const F = 'packages/cli/test/fixtures';

/** The help of each command, with examples that a test runs. */
export const COMMAND_HELP: Readonly<Record<string, CommandHelp>> = {
  check: {
    usage: CHECK_USAGE,
    summary: {
      vi: 'kiểm tra dữ liệu, hoặc thẩm định một phương án, theo bộ quy tắc Việt Nam',
      en: 'check a state, or appraise a scenario, with the Vietnam rule pack',
    },
    details: {
      vi: 'Chỉ có dữ liệu: áp dụng các quy tắc về trạng thái vào ngày --date (mặc định hôm nay).\nCó phương án: chạy phương án rồi thẩm định cả đề án (R10) vào ngày --date (mặc định ngày của bước cuối).\nMã thoát: 0 đạt, 1 còn vi phạm bắt buộc hoặc có bước không thực hiện được, 2 dữ liệu vào sai.',
      en: "A state alone: the state rules on --date (today by default).\nA state and a scenario: the scenario is run and the whole scheme appraised (R10) on --date (the last step's date by default).\nExit codes: 0 passed, 1 a blocking finding remains or a step failed, 2 bad input.",
    },
    examples: [
      {
        args: `check ${F}/nam-truc.json --date 2019-01-01`,
        note: { vi: 'Kiểm tra dữ liệu huyện Nam Trực', en: 'Check the Nam Trực district state' },
        exit: 0,
      },
      {
        args: `check ${F}/nam-truc.json ${F}/offices.scenario.json`,
        note: { vi: 'Thẩm định phương án hợp nhất văn phòng', en: 'Appraise the common-office scenario' },
        exit: 0,
      },
      {
        args: `check ${F}/nam-truc.json ${F}/pilot.scenario.json --lang en`,
        note: {
          vi: 'Phương án thí điểm còn vi phạm bắt buộc',
          en: 'The pilot scenario has a blocking finding',
        },
        exit: 1,
      },
      {
        args: `check ${F}/nam-truc.json ${F}/pilot.scenario.json --json`,
        note: { vi: 'Kết quả dạng JSON', en: 'The same as JSON' },
        exit: 1,
      },
      {
        args: `check ${F}/broken-state.json`,
        note: { vi: 'Dữ liệu sai: liệt kê từng vấn đề', en: 'A broken state: every issue is listed' },
        exit: 2,
      },
    ],
  },
  run: {
    usage: RUN_USAGE,
    summary: {
      vi: 'chạy một phương án, in nhật ký thay đổi và ghi trạng thái sau cùng',
      en: 'run a scenario: print the change log, write the final state',
    },
    details: {
      vi: 'In nhật ký thay đổi từng bước; --out ghi trạng thái sau cùng (JSON chuẩn). Với --json: một tài liệu JSON gồm tên, kết quả, lỗi, nhật ký và trạng thái sau cùng.\nMã thoát: 0 xong, 1 có bước không thực hiện được, 2 dữ liệu vào sai.',
      en: 'Prints the change log step by step; --out writes the final state (canonical JSON). With --json: one JSON document with the name, outcome, failures, change log and final state.\nExit codes: 0 done, 1 a step failed, 2 bad input.',
    },
    examples: [
      {
        args: `run ${F}/nam-truc.json ${F}/pilot.scenario.json`,
        note: { vi: 'Nhật ký thay đổi', en: 'The change log' },
        exit: 0,
      },
      {
        args: `run ${F}/nam-truc.json ${F}/pilot.scenario.json --out final.json`,
        note: { vi: 'Ghi trạng thái sau cùng vào final.json', en: 'Write the final state to final.json' },
        exit: 0,
      },
      {
        args: `run ${F}/nam-truc.json ${F}/pilot.scenario.json --json`,
        note: { vi: 'Nhật ký và trạng thái dạng JSON', en: 'Change log and final state as JSON' },
        exit: 0,
      },
      {
        args: `run ${F}/nam-truc.json ${F}/failing.scenario.json`,
        note: { vi: 'Một bước không thực hiện được', en: 'A step that cannot be done' },
        exit: 1,
      },
    ],
  },
  compare: {
    usage: COMPARE_USAGE,
    summary: {
      vi: 'so sánh hai phương án trên cùng hiện trạng',
      en: 'compare two scenarios on one baseline',
    },
    details: {
      vi: 'In các chỉ tiêu tổng hợp của hai phương án và kết quả thẩm định chỉ một phương án có. --out THƯ_MỤC ghi comparison.csv và finding-differences.csv.\nMã thoát: 0 xong, 2 dữ liệu vào sai.',
      en: 'Prints the total figures of both scenarios and the findings only one of them has. --out DIR writes comparison.csv and finding-differences.csv.\nExit codes: 0 done, 2 bad input.',
    },
    examples: [
      {
        args: `compare ${F}/nam-truc.json ${F}/offices.scenario.json ${F}/pilot.scenario.json`,
        note: { vi: 'So sánh hai phương án', en: 'Compare the two scenarios' },
        exit: 0,
      },
      {
        args: `compare ${F}/nam-truc.json ${F}/offices.scenario.json ${F}/pilot.scenario.json --out comparison`,
        note: {
          vi: 'Ghi các bảng CSV vào thư mục comparison',
          en: 'Write the CSV tables to the folder comparison',
        },
        exit: 0,
      },
    ],
  },
  report: {
    usage: REPORT_USAGE,
    summary: { vi: 'lập báo cáo HTML của một phương án', en: 'write the HTML report of a scenario' },
    details: {
      vi: 'Một tệp HTML tự chứa, dùng được khi không có mạng: sơ đồ trước và sau, biến động biên chế, kết quả thẩm định kèm căn cứ pháp lý, bảng số liệu. --max-depth N thu gọn sơ đồ dưới cấp N.\nMã thoát: 0 đã ghi, 2 dữ liệu vào sai.',
      en: 'One self-contained HTML file that works offline: before and after charts, headcount bridge, findings with their legal basis, delta tables. --max-depth N collapses the charts below depth N.\nExit codes: 0 written, 2 bad input.',
    },
    examples: [
      {
        args: `report ${F}/nam-truc.json ${F}/pilot.scenario.json --out report.html`,
        note: { vi: 'Báo cáo tiếng Việt', en: 'A report in Vietnamese' },
        exit: 0,
      },
      {
        args: `report ${F}/nam-truc.json ${F}/pilot.scenario.json --lang en --max-depth 1 --out report-en.html`,
        note: { vi: 'Báo cáo tiếng Anh, sơ đồ thu gọn', en: 'In English, charts collapsed below depth 1' },
        exit: 0,
      },
    ],
  },
  import: {
    usage: IMPORT_USAGE,
    summary: {
      vi: 'nhập cơ quan, đơn vị từ CSV hoặc XLSX thành dữ liệu đã kiểm tra',
      en: 'import bodies from CSV or XLSX into a validated state',
    },
    details: {
      vi: 'Cột: id, name, nameEn, kind, sector, level, unit, parent, functions (cách nhau bởi ;), quota, actual, quota_<năm>, validFrom, validUntil. Đơn vị hành chính (--units): code, name, level, parent, type.\nCột có giá trị thì phải có tiêu đề (cột trống hoàn toàn được bỏ qua).\nXLSX: công thức lấy giá trị đã lưu trong tệp; công thức chưa được tính hoặc giá trị lỗi (#DIV/0!) là lỗi, có nêu ô. Ô gộp dọc trong một cột: giá trị được chép cho từng dòng có dữ liệu; gộp ở cột id, code, quota, actual, quota_<năm>, gộp ô tiêu đề và gộp ngang qua nhiều cột là lỗi.\nMỗi lỗi nêu tệp, dòng và cột. Mã thoát: 0 đã nhập, 2 có lỗi.',
      en: 'Columns: id, name, nameEn, kind, sector, level, unit, parent, functions (separated by ;), quota, actual, quota_<year>, validFrom, validUntil. Admin units (--units): code, name, level, parent, type.\nA column with values needs a header (a column empty throughout is ignored).\nXLSX: a formula gives the value saved with the file; a formula never computed or an error value (#DIV/0!) is an error naming the cell. A value merged down one column is copied to each row with data; merges in id, code, quota, actual or quota_<year>, merged header cells and rows merged across columns are errors.\nEvery error names its file, row and column. Exit codes: 0 imported, 2 errors.',
    },
    examples: [
      {
        args: `import ${F}/bodies.csv --units ${F}/units.csv --out state.json`,
        note: { vi: 'Nhập từ CSV', en: 'Import from CSV' },
        exit: 0,
      },
      {
        args: `import ${F}/bodies.xlsx --units ${F}/units.csv`,
        note: { vi: 'Nhập từ XLSX, in ra JSON', en: 'Import from XLSX, print the JSON' },
        exit: 0,
      },
      {
        args: `import ${F}/bad-bodies.csv --units ${F}/units.csv --lang en`,
        note: { vi: 'Tệp có lỗi: nêu dòng và cột', en: 'A file with errors: row and column named' },
        exit: 2,
      },
    ],
  },
};

/** The commands, in help order. */
export const COMMANDS = Object.keys(COMMAND_HELP);

function exampleLines(examples: readonly Example[], lang: Lang): string[] {
  return examples.flatMap((e) => [`  $ tinhgon ${e.args}`, `      ${e.note[lang]} (exit ${e.exit})`]);
}

/** The help of one command. */
export function commandHelp(name: string, lang: Lang): string | undefined {
  const help = COMMAND_HELP[name];
  if (help === undefined) return undefined;
  return [
    `tinhgon ${name}: ${help.summary[lang]}`,
    '',
    `${lang === 'vi' ? 'Cách dùng' : 'Usage'}: ${help.usage}`,
    '',
    help.details[lang],
    '',
    lang === 'vi' ? 'Ví dụ (chạy từ thư mục gốc của kho mã):' : 'Examples (run from the repository root):',
    ...exampleLines(help.examples, lang),
    '',
  ].join('\n');
}

/** The general help: commands, options, exit codes. */
export function mainHelp(lang: Lang): string {
  const width = Math.max(...COMMANDS.map((c) => c.length));
  const vi = lang === 'vi';
  return [
    vi
      ? 'tinhgon: mô hình hóa và mô phỏng sắp xếp tổ chức bộ máy của hệ thống chính trị'
      : "tinhgon: model and simulate the restructuring of a political system's bodies",
    '',
    `${vi ? 'Cách dùng' : 'Usage'}: tinhgon <command> [${vi ? 'tham số' : 'arguments'}] [options]`,
    '',
    vi ? 'Lệnh:' : 'Commands:',
    ...COMMANDS.map((c) => `  ${c.padEnd(width)}  ${COMMAND_HELP[c]?.summary[lang] ?? ''}`),
    `  ${'help'.padEnd(width)}  ${vi ? 'hướng dẫn một lệnh: tinhgon help <lệnh>' : 'help on a command: tinhgon help <command>'}`,
    '',
    vi ? 'Tùy chọn:' : 'Options:',
    `  --json             ${vi ? 'kết quả dạng JSON cho máy đọc' : 'machine-readable JSON output'}`,
    `  --lang vi|en       ${vi ? 'ngôn ngữ thông báo (mặc định vi)' : 'language of messages (default vi)'}`,
    `  --out, -o PATH     ${vi ? 'ghi kết quả vào tệp (hoặc thư mục với compare)' : 'write the output to a file (a folder for compare)'}`,
    `  --date YYYY-MM-DD  ${vi ? 'ngày áp dụng quy tắc' : 'the date rules are judged on'}`,
    `  --help, -h         ${vi ? 'hướng dẫn' : 'this help'}`,
    '',
    vi
      ? 'Mã thoát: 0 xong, 1 còn vi phạm bắt buộc hoặc có bước lỗi, 2 dữ liệu vào hoặc tham số sai.'
      : 'Exit codes: 0 done, 1 a blocking finding remains or a step failed, 2 bad input or usage.',
    '',
    vi ? 'Ví dụ:' : 'Examples:',
    ...exampleLines(
      COMMANDS.map((c) => COMMAND_HELP[c]?.examples[0]).filter((e): e is Example => e !== undefined),
      lang,
    ),
    '',
  ].join('\n');
}
