import type { Lang } from '@tinhgon/core';
import { escapeXml } from './escape.js';
import { textWidth } from './font.js';
import { textOf } from './labels.js';
import { styleOf } from './mark-style.js';
import type { Mark } from './marks.js';

/** An SVG fragment with its size, to be placed by the caller. */
export interface SvgFragment {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

export interface LegendOptions {
  readonly lang?: Lang;
  /** Add the entry for a collapsed subtree (`+N`). */
  readonly collapsed?: boolean;
  readonly fontSize?: number;
  /** Wrap entries onto a new row past this width. Default 720. */
  readonly maxWidth?: number;
}

const SWATCH = 14;
const GAP = 16;

/**
 * The legend of a chart as an SVG `<g>`, one entry per mark (a swatch drawn like a marked box, and its
 * name), in the order given, wrapped onto rows; with `collapsed`, an entry for the `+N` marker.
 *
 * @example
 * const legend = legendSvg(['absorbed', 'new'], { lang: 'vi' });
 * legend.svg; // '<g class="legend">…sáp nhập…mới…</g>'
 */
export function legendSvg(marks: readonly Mark[], options: LegendOptions = {}): SvgFragment {
  const text = textOf(options.lang ?? 'vi');
  const fontSize = options.fontSize ?? 12;
  const maxWidth = options.maxWidth ?? 720;
  const rowHeight = Math.max(SWATCH, Math.ceil(fontSize * 1.3)) + 6;
  const title = `${text.legend}:`;
  const entries: { swatch: string; label: string }[] = marks.map((mark) => {
    const style = styleOf(mark);
    const dash = style.dash === null ? '' : ` stroke-dasharray="${style.dash}"`;
    return {
      swatch: `<rect width="${SWATCH}" height="${SWATCH}" rx="2" fill="${style.fill}" stroke="${style.stroke}" stroke-width="2"${dash}/>`,
      label: text.marks[mark],
    };
  });
  if (options.collapsed === true) {
    entries.push({
      swatch: `<text x="${SWATCH / 2}" y="${SWATCH - 2}" text-anchor="middle" font-size="${fontSize}" font-weight="bold" fill="#374151">+N</text>`,
      label: text.hiddenLegend,
    });
  }
  const parts: string[] = [];
  let x = textWidth(title, fontSize) + GAP / 2;
  let y = 0;
  let width = x;
  parts.push(
    `<text x="0" y="${SWATCH - 2}" font-size="${fontSize}" font-weight="bold" fill="#111827">${escapeXml(title)}</text>`,
  );
  for (const entry of entries) {
    const w = SWATCH + 6 + textWidth(entry.label, fontSize);
    if (x + w > maxWidth && x > 0) {
      x = 0;
      y += rowHeight;
    }
    parts.push(
      `<g class="legend-entry" transform="translate(${x} ${y})">${entry.swatch}<text x="${SWATCH + 6}" y="${SWATCH - 2}" font-size="${fontSize}" fill="#111827">${escapeXml(entry.label)}</text></g>`,
    );
    x += w + GAP;
    width = Math.max(width, x - GAP);
  }
  return { svg: `<g class="legend">${parts.join('')}</g>`, width: Math.ceil(width), height: y + rowHeight };
}
