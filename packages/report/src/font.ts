/**
 * The font stack of every chart and of the HTML report: fonts with full Vietnamese coverage first (Noto Sans
 * and DejaVu Sans ship with most Linux systems, Arial with Windows and macOS), then the generic family.
 */
export const FONT_STACK = "'Noto Sans', 'DejaVu Sans', Arial, sans-serif";

/**
 * A conservative width of a text in pixels at a font size, without a DOM or font files: each character
 * counts as wide as it is in the widest font of the stack (DejaVu Sans), rounded up. Labels measured this
 * way fit in any font of the stack.
 *
 * @example
 * textWidth('Phòng Nội vụ', 12); // ≈ 85
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text.normalize('NFC')) em += charWidth(ch);
  return Math.ceil(em * fontSize);
}

function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  // Combining marks (a decomposed diacritic that NFC could not compose) take no advance.
  if (code >= 0x300 && code <= 0x36f) return 0;
  if (ch === ' ') return 0.33;
  if ("iljI.,:;|!'".includes(ch)) return 0.34;
  if ('frt()[]-'.includes(ch)) return 0.45;
  if ('mwMW@%'.includes(ch)) return 1.0;
  if (code >= 0x2e80) return 1.0; // CJK and other wide scripts
  const base = ch.normalize('NFD')[0] ?? ch;
  if (base >= 'A' && base <= 'Z') return 0.78;
  if (base >= '0' && base <= '9') return 0.64;
  return 0.64;
}

/**
 * Breaks a label into at most `maxLines` lines no wider than `maxWidth`, at spaces where it can; the last
 * line ends with an ellipsis when the text does not fit. Never returns an empty list.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines: number): string[] {
  const words = text.normalize('NFC').split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  let i = 0;
  for (; i < words.length; i += 1) {
    const word = words[i] as string;
    const candidate = current === '' ? word : `${current} ${word}`;
    if (textWidth(candidate, fontSize) <= maxWidth) {
      current = candidate;
      continue;
    }
    if (current !== '') {
      lines.push(current);
      if (lines.length === maxLines) break;
    }
    current = word;
  }
  if (lines.length < maxLines && current !== '') lines.push(current);
  const truncated = i < words.length || lines.some((line) => textWidth(line, fontSize) > maxWidth);
  if (lines.length === 0) lines.push('');
  if (truncated) {
    const last = lines.length - 1;
    lines[last] = ellipsize(lines[last] as string, maxWidth, fontSize);
  }
  return lines.map((line) =>
    textWidth(line, fontSize) > maxWidth ? ellipsize(line, maxWidth, fontSize) : line,
  );
}

function ellipsize(line: string, maxWidth: number, fontSize: number): string {
  const chars = [...line];
  while (chars.length > 0 && textWidth(`${chars.join('')}…`, fontSize) > maxWidth) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}
