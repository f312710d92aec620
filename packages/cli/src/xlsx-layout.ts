import { strFromU8, unzipSync } from 'fflate';

/** A merged range of a sheet, 1-based and inclusive, with its reference as written (`A2:A4`). */
export interface MergedRange {
  readonly ref: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * A cell whose value cannot be trusted: a formula saved without its computed value (`value: 'none'`), or
 * a cell holding an error such as `#DIV/0!` (`value: 'error'`). `formula` is the text shown to a person
 * (`=SUM(F2:F6)`; for a cell that shares the formula of `sharedFrom`, that cell's text), or `undefined`
 * for an error typed in as a value.
 */
export interface UnreadCell {
  readonly ref: string;
  readonly row: number;
  readonly column: number;
  readonly formula: string | undefined;
  readonly sharedFrom?: string;
  readonly value: 'none' | 'error';
  readonly error?: string;
}

/** What read-excel-file does not report about a sheet: its name, merged ranges and unreadable cells. */
export interface SheetLayout {
  readonly name: string;
  readonly merges: readonly MergedRange[];
  readonly unread: readonly UnreadCell[];
}

// Elements may carry a namespace prefix (`<x:c>` from the Open XML SDK), so every pattern allows one.
const P = '(?:[A-Za-z_][\\w.-]*:)?';
// A sheet name may hold `>`, which XML allows unescaped in an attribute value.
const SHEET = new RegExp(`<${P}sheet\\b((?:[^>"']|"[^"]*"|'[^']*')*)>`, 'g');
const RELATIONSHIP = new RegExp(`<${P}Relationship\\b([^>]*)>`, 'g');
const SHEET_DATA = new RegExp(`<${P}sheetData\\b[^>]*>([\\s\\S]*?)</${P}sheetData>`);
const CELL = new RegExp(`<${P}c\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${P}c>)`, 'g');
const FORMULA = new RegExp(`<${P}f\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${P}f>)`);
const VALUE = new RegExp(`<${P}v\\b[^>]*?(?:/>|>([\\s\\S]*?)</${P}v>)`);
const MERGE = new RegExp(`<${P}mergeCell\\b([^>]*)>`, 'g');
const ATTRIBUTE = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ADDRESS = /^\$?([A-Z]{1,3})\$?(\d+)$/;

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[\da-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, name: string) =>
    name.startsWith('#x')
      ? String.fromCodePoint(Number.parseInt(name.slice(2), 16))
      : name.startsWith('#')
        ? String.fromCodePoint(Number(name.slice(1)))
        : (ENTITIES[name] ?? ''),
  );
}

function attributes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(ATTRIBUTE)) out.set(m[1] as string, unescapeXml(m[2] ?? m[3] ?? ''));
  return out;
}

/** The column letters of a 1-based column number: 1 → `A`, 28 → `AB`. */
export function columnLetters(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** A cell or range with its sheet, as a spreadsheet writes it: `Sheet1!F7`, `'Cơ quan'!A2:A4`. */
export function qualified(sheet: string, ref: string): string {
  return /^[A-Za-z_][\w.]*$/.test(sheet) ? `${sheet}!${ref}` : `'${sheet.replaceAll("'", "''")}'!${ref}`;
}

function parseAddress(address: string): { row: number; column: number } | undefined {
  const m = ADDRESS.exec(address.toUpperCase());
  if (m === null) return undefined;
  let column = 0;
  for (const ch of m[1] as string) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}

function entry(files: Record<string, Uint8Array>, path: string): string | undefined {
  const bytes = files[path];
  return bytes === undefined ? undefined : strFromU8(bytes);
}

/** The path inside the zip of a sheet (the first, or the one named), as read-excel-file finds it. */
function sheetPath(bytes: Uint8Array, sheet: string | undefined): { name: string; path: string } | undefined {
  const files = unzipSync(bytes, {
    filter: (f) => f.name === 'xl/workbook.xml' || f.name === 'xl/_rels/workbook.xml.rels',
  });
  const workbook = entry(files, 'xl/workbook.xml');
  const rels = entry(files, 'xl/_rels/workbook.xml.rels');
  if (workbook === undefined || rels === undefined) return undefined;
  const sheets = [...workbook.matchAll(SHEET)].map((m) => attributes(m[1] as string));
  const chosen = sheet === undefined ? sheets[0] : sheets.find((a) => a.get('name') === sheet);
  if (chosen === undefined) return undefined;
  // The relationship id is the `id` attribute in the relationships namespace (`r:id`, whatever the prefix).
  const id = [...chosen].find(([key]) => key.endsWith(':id'))?.[1];
  for (const m of rels.matchAll(RELATIONSHIP)) {
    const rel = attributes(m[1] as string);
    const target = rel.get('Target');
    if (rel.get('Id') === id && target !== undefined) {
      return {
        name: chosen.get('name') ?? '',
        path: target.startsWith('/') ? target.slice(1) : `xl/${target}`,
      };
    }
  }
  return undefined;
}

/**
 * Reads from the sheet's XML what read-excel-file leaves out: the merged ranges (it reports a merged
 * range's value in its top-left cell and empty cells elsewhere) and the cells whose value it reads as
 * empty although they are not (a formula without a computed value, a formula or cell with an error).
 * `undefined` when the sheet cannot be found the way read-excel-file finds it.
 */
export function readSheetLayout(bytes: Uint8Array, sheet: string | undefined): SheetLayout | undefined {
  const found = sheetPath(bytes, sheet);
  if (found === undefined) return undefined;
  const xml = entry(unzipSync(bytes, { filter: (f) => f.name === found.path }), found.path);
  if (xml === undefined) return undefined;
  const merges: MergedRange[] = [];
  for (const m of xml.matchAll(MERGE)) {
    const ref = attributes(m[1] as string).get('ref') ?? '';
    const [from, to = from] = ref.split(':').map((a) => parseAddress(a));
    if (from === undefined || to === undefined) continue;
    merges.push({
      ref,
      top: Math.min(from.row, to.row),
      left: Math.min(from.column, to.column),
      bottom: Math.max(from.row, to.row),
      right: Math.max(from.column, to.column),
    });
  }
  const unread: UnreadCell[] = [];
  // Shared formulas are written once, in the first cell; the others name it by `si`.
  const shared = new Map<string, { ref: string; text: string }>();
  for (const m of (SHEET_DATA.exec(xml)?.[1] ?? '').matchAll(CELL)) {
    const cell = attributes(m[1] as string);
    const ref = cell.get('r') ?? '';
    const at = parseAddress(ref);
    const inner = m[2] ?? '';
    const f = FORMULA.exec(inner);
    const v = VALUE.exec(inner);
    if (at === undefined || (f === null && cell.get('t') !== 'e')) continue;
    let formula: string | undefined;
    let from: { sharedFrom: string } | undefined;
    if (f !== null) {
      const fa = attributes(f[1] ?? '');
      const text = unescapeXml(f[2] ?? '').trim();
      const si = fa.get('si');
      if (text !== '') {
        formula = text.startsWith('=') ? text : `=${text}`;
        if (fa.get('t') === 'shared' && si !== undefined) shared.set(si, { ref, text: formula });
      } else {
        const master = si === undefined ? undefined : shared.get(si);
        formula = master?.text;
        if (master !== undefined) from = { sharedFrom: master.ref };
      }
    }
    if (cell.get('t') === 'e') {
      unread.push({ ref, ...at, formula, ...from, value: 'error', error: unescapeXml(v?.[1] ?? '').trim() });
    } else if (v === null) unread.push({ ref, ...at, formula: formula ?? '=…', ...from, value: 'none' });
  }
  return { name: found.name, merges, unread };
}
