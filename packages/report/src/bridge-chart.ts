import type { BridgeRow, Lang } from '@tinhgon/core';
import { escapeXml } from './escape.js';
import { textWidth } from './font.js';
import { type BridgeLine, textOf } from './labels.js';
import { svgDocument } from './svg-document.js';

export interface BridgeChartOptions {
  readonly lang?: Lang;
  /** The chart's title; by default the measure's name (staff quota or staff in post). */
  readonly title?: string;
  /** Keep movement lines that are zero. Default false: only start, end and the lines that moved. */
  readonly showZero?: boolean;
  /** Width of the bar area in pixels. Default 420. */
  readonly barWidth?: number;
  readonly standalone?: boolean;
}

/** Each movement line and its sign in the bridge sum (`restructured`, `reclassified` carry their own). */
const MOVES: readonly { readonly line: Exclude<BridgeLine, 'start' | 'end'>; readonly sign: 1 | -1 }[] = [
  { line: 'created', sign: 1 },
  { line: 'cut', sign: -1 },
  { line: 'released', sign: -1 },
  { line: 'transferredOut', sign: -1 },
  { line: 'transferredIn', sign: 1 },
  { line: 'restructured', sign: 1 },
  { line: 'reclassified', sign: 1 },
];

const COLOURS = { total: '#4b5563', up: '#009e73', down: '#d55e00' } as const;
const FONT = 12;
const ROW = 26;
const BAR = 16;

/**
 * A headcount bridge as a horizontal waterfall chart (standalone SVG): the start figure, each movement
 * (created, cut, released, transferred, restructured, reclassified) as a bar floating from the running
 * total, and the end figure. Increases are green, decreases orange-red, totals grey; each bar is labelled
 * with its signed value.
 *
 * @example
 * const [total] = headcountBridge(run, 'total', 'quota');
 * if (total) writeFileSync('bridge.svg', bridgeChartSvg(total, { lang: 'en' }));
 */
export function bridgeChartSvg(row: BridgeRow, options: BridgeChartOptions = {}): string {
  const text = textOf(options.lang ?? 'vi');
  const barWidth = options.barWidth ?? 420;
  const bars: { line: BridgeLine; from: number; to: number; kind: keyof typeof COLOURS; value: number }[] =
    [];
  bars.push({ line: 'start', from: 0, to: row.start, kind: 'total', value: row.start });
  let running = row.start;
  for (const { line, sign } of MOVES) {
    const delta = sign * row[line];
    if (delta === 0 && options.showZero !== true) continue;
    bars.push({ line, from: running, to: running + delta, kind: delta >= 0 ? 'up' : 'down', value: delta });
    running += delta;
  }
  bars.push({ line: 'end', from: 0, to: row.end, kind: 'total', value: row.end });

  const values = bars.flatMap((bar) => [bar.from, bar.to]);
  const lo = Math.min(0, ...values);
  const hi = Math.max(1, ...values);
  const scale = (v: number) => ((v - lo) / (hi - lo)) * barWidth;
  const labelWidth = Math.max(...bars.map((bar) => textWidth(text.bridge[bar.line], FONT))) + 16;
  const valueRoom = textWidth('−0000000', FONT) + 8;
  const title =
    options.title ?? `${text.measure[row.measure]}${row.group === 'total' ? '' : `: ${row.group}`}`;
  const top = 34;
  const parts: string[] = [
    `<text class="chart-title" x="12" y="22" font-size="15" font-weight="bold" fill="#111827">${escapeXml(title)}</text>`,
  ];
  bars.forEach((bar, i) => {
    const y = top + i * ROW;
    const x1 = labelWidth + scale(Math.min(bar.from, bar.to));
    const w = Math.max(1, Math.abs(scale(bar.to) - scale(bar.from)));
    const shown =
      bar.kind === 'total'
        ? String(bar.value)
        : `${bar.value > 0 ? '+' : bar.value < 0 ? '−' : '±'}${Math.abs(bar.value)}`;
    parts.push(
      `<g class="bridge-bar" data-line="${bar.line}"><text x="${labelWidth - 8}" y="${y + BAR - 4}" text-anchor="end" font-size="${FONT}" fill="#111827">${escapeXml(text.bridge[bar.line])}</text><rect x="${x1.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${BAR}" fill="${COLOURS[bar.kind]}"/><text x="${(x1 + w + 6).toFixed(1)}" y="${y + BAR - 4}" font-size="${FONT}" fill="#111827">${escapeXml(shown)}</text></g>`,
    );
    const next = bars[i + 1];
    if (next !== undefined && next.kind !== 'total') {
      const x = labelWidth + scale(bar.kind === 'total' ? bar.to : bar.to);
      parts.push(
        `<line x1="${x.toFixed(1)}" y1="${y + BAR}" x2="${x.toFixed(1)}" y2="${y + ROW}" stroke="#9ca3af" stroke-dasharray="2 2"/>`,
      );
    }
  });
  const zero = labelWidth + scale(0);
  parts.push(
    `<line x1="${zero.toFixed(1)}" y1="${top - 4}" x2="${zero.toFixed(1)}" y2="${top + bars.length * ROW}" stroke="#111827"/>`,
  );
  return svgDocument(
    parts.join(''),
    { width: labelWidth + barWidth + valueRoom + 12, height: top + bars.length * ROW + 8 },
    {
      title,
      className: 'bridge-chart',
      ...(options.standalone === undefined ? {} : { standalone: options.standalone }),
    },
  );
}
