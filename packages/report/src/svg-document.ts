import { escapeXml } from './escape.js';
import { FONT_STACK } from './font.js';

/**
 * Wraps SVG content in an `<svg>` element with a title (for screen readers and tooltips) and the font stack.
 * `standalone` (the default) adds the XML declaration and namespace, for a `.svg` file; inline in HTML
 * neither is needed.
 */
export function svgDocument(
  content: string,
  size: { readonly width: number; readonly height: number },
  options: { readonly title: string; readonly standalone?: boolean; readonly className?: string },
): string {
  const standalone = options.standalone ?? true;
  const width = Math.max(1, Math.ceil(size.width));
  const height = Math.max(1, Math.ceil(size.height));
  const head = standalone ? '<?xml version="1.0" encoding="UTF-8"?>\n' : '';
  const ns = standalone ? ' xmlns="http://www.w3.org/2000/svg"' : '';
  const cls = options.className === undefined ? '' : ` class="${escapeXml(options.className)}"`;
  return `${head}<svg${ns}${cls} width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" font-family="${escapeXml(FONT_STACK)}"><title>${escapeXml(options.title)}</title><rect width="100%" height="100%" fill="#ffffff"/>${content}</svg>`;
}
