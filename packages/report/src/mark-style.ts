import type { Mark } from './marks.js';

/** How a mark looks: fill and stroke of the box, and a dash pattern so it does not rest on colour alone. */
export interface MarkStyle {
  readonly fill: string;
  readonly stroke: string;
  readonly dash: string | null;
}

/** The plain box of an unmarked body. */
export const PLAIN_STYLE: MarkStyle = { fill: '#ffffff', stroke: '#4b5563', dash: null };

/** The look of each mark (colours from the Okabe–Ito palette, distinguishable with colour blindness). */
export const MARK_STYLES: Readonly<Record<Mark, MarkStyle>> = {
  absorbed: { fill: '#fde7c4', stroke: '#e69f00', dash: '6 3' },
  consolidated: { fill: '#f3dcea', stroke: '#cc79a7', dash: '6 3' },
  dissolved: { fill: '#f9d3c4', stroke: '#d55e00', dash: '2 3' },
  split: { fill: '#d5ecf8', stroke: '#56b4e9', dash: '10 3 2 3' },
  new: { fill: '#cdeee2', stroke: '#009e73', dash: null },
  moved: { fill: '#cfe0f1', stroke: '#0072b2', dash: '4 2' },
  changed: { fill: '#f7f4c8', stroke: '#b8a800', dash: null },
};

/** The style of a body with or without a mark. */
export function styleOf(mark: Mark | undefined): MarkStyle {
  return mark === undefined ? PLAIN_STYLE : MARK_STYLES[mark];
}
