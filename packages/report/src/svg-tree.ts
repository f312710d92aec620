import type { BodyId, Lang } from '@tinhgon/core';
import { escapeXml } from './escape.js';
import { textWidth } from './font.js';
import { textOf } from './labels.js';
import type { TreeLayout } from './layout.js';
import { legendSvg } from './legend.js';
import { styleOf } from './mark-style.js';
import type { Mark } from './marks.js';
import { svgDocument } from './svg-document.js';

/** How a laid-out tree is drawn. */
export interface TreeSvgOptions {
  readonly lang?: Lang;
  /** The chart's title, drawn above it and used as the SVG's accessible name. */
  readonly title?: string;
  /** Marks by body id; unmarked bodies are drawn plain. */
  readonly marks?: ReadonlyMap<BodyId, Mark>;
  /** Marks listed in the legend; by default those that occur. `[]` with no `+N` leaves the legend out. */
  readonly legend?: readonly Mark[];
  /** A file of its own (`true`, default: XML declaration and namespace) or inline in HTML (`false`). */
  readonly standalone?: boolean;
}

const TITLE_SIZE = 16;

/**
 * Draws a laid-out tree as an SVG string: one box per body, coloured and dashed by its mark, with its name
 * (wrapped), its staff figures, a tooltip with the full name, and `+N` on a collapsed subtree; elbow links
 * from parent to child; a title and a legend above. No DOM, no script, no external resources.
 *
 * @example
 * const svg = renderTreeSvg(layoutTree(state), { title: 'Huyện Nam Trực', marks: marksOf(run).before });
 * writeFileSync('before.svg', svg);
 */
export function renderTreeSvg(layout: TreeLayout, options: TreeSvgOptions = {}): string {
  const lang = options.lang ?? 'vi';
  const text = textOf(lang);
  const marks = options.marks ?? new Map<BodyId, Mark>();
  const fontSize = layout.fontSize;
  const lineHeight = Math.ceil(fontSize * 1.3);
  const present = new Set<Mark>();
  for (const node of layout.nodes) {
    const mark = marks.get(node.id);
    if (mark !== undefined) present.add(mark);
  }
  const collapsed = layout.nodes.some((node) => node.hidden > 0);
  const legendMarks = options.legend ?? [...present];
  const legend =
    legendMarks.length > 0 || collapsed
      ? legendSvg(legendMarks, { lang, collapsed, fontSize, maxWidth: Math.max(480, layout.width - 32) })
      : null;
  const titleHeight = options.title === undefined ? 0 : TITLE_SIZE + 14;
  const legendHeight = legend === null ? 0 : legend.height + 8;
  const top = titleHeight + legendHeight;
  const parts: string[] = [];
  if (options.title !== undefined) {
    parts.push(
      `<text class="chart-title" x="16" y="${TITLE_SIZE + 8}" font-size="${TITLE_SIZE}" font-weight="bold" fill="#111827">${escapeXml(options.title)}</text>`,
    );
  }
  if (legend !== null) parts.push(`<g transform="translate(16 ${titleHeight + 4})">${legend.svg}</g>`);

  const byId = new Map(layout.nodes.map((node) => [node.id, node]));
  const links: string[] = [];
  for (const link of layout.links) {
    const from = byId.get(link.from);
    const to = byId.get(link.to);
    if (from === undefined || to === undefined) continue;
    const x1 = from.x + from.width / 2;
    const y1 = from.y + from.height;
    const x2 = to.x + to.width / 2;
    const y2 = to.y;
    const mid = Math.round((y1 + y2) / 2);
    links.push(`<path d="M${x1} ${y1}V${mid}H${x2}V${y2}"/>`);
  }
  const nodes: string[] = [];
  for (const node of layout.nodes) {
    const mark = marks.get(node.id);
    const style = styleOf(mark);
    const dash = style.dash === null ? '' : ` stroke-dasharray="${style.dash}"`;
    const cx = node.width / 2;
    const label = node.lines
      .map(
        (line, i) =>
          `<text x="${cx}" y="${8 + fontSize + i * lineHeight}" text-anchor="middle" font-size="${fontSize}" fill="#111827">${escapeXml(line)}</text>`,
      )
      .join('');
    const staff = layout.showStaff
      ? `<text class="staff" x="${cx}" y="${node.height - 8}" text-anchor="middle" font-size="${fontSize - 1}" fill="#4b5563">${node.quota} / ${node.actual}</text>`
      : '';
    const badge =
      mark === undefined
        ? ''
        : `<g class="badge"><rect x="4" y="-9" width="${Math.min(node.width - 8, 12 + textWidth(text.marks[mark], 10))}" height="16" rx="8" fill="${style.stroke}"/><text x="10" y="3" font-size="10" fill="#ffffff">${escapeXml(text.marks[mark])}</text></g>`;
    const more =
      node.hidden > 0
        ? `<g class="collapsed"><rect x="${cx - 22}" y="${node.height - 2}" width="44" height="18" rx="9" fill="#374151"/><text x="${cx}" y="${node.height + 11}" text-anchor="middle" font-size="11" font-weight="bold" fill="#ffffff">${escapeXml(text.hidden(node.hidden))}</text></g>`
        : '';
    const tooltip = `${node.name} (${text.staff}: ${node.quota} / ${node.actual})${mark === undefined ? '' : `: ${text.marks[mark]}`}`;
    nodes.push(
      `<g class="node" data-id="${escapeXml(node.id)}"${mark === undefined ? '' : ` data-mark="${mark}"`} transform="translate(${node.x} ${node.y})"><title>${escapeXml(tooltip)}</title><rect width="${node.width}" height="${node.height}" rx="6" fill="${style.fill}" stroke="${style.stroke}" stroke-width="${mark === undefined ? 1 : 2}"${dash}/>${label}${staff}${badge}${more}</g>`,
    );
  }
  const content = `${parts.join('')}<g transform="translate(0 ${top})"><g class="links" fill="none" stroke="#9ca3af" stroke-width="1.5">${links.join('')}</g><g class="nodes">${nodes.join('')}</g></g>`;
  const width = Math.max(layout.width, (legend?.width ?? 0) + 32);
  const height = layout.height + top + 12;
  return svgDocument(
    content,
    { width, height },
    {
      title: options.title ?? text.report.charts,
      className: 'org-chart',
      ...(options.standalone === undefined ? {} : { standalone: options.standalone }),
    },
  );
}
