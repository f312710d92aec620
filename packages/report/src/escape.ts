/**
 * True for a UTF-16 code unit XML 1.0 forbids outright: C0 controls other than tab, line feed and carriage
 * return, and U+FFFE, U+FFFF. Such characters are dropped, because no escape makes them legal.
 */
function forbidden(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff
  );
}

/** Drops forbidden characters and lone surrogates (half of an emoji cut off, say). */
function dropForbidden(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (forbidden(code) || (code >= 0xd800 && code <= 0xdfff)) continue;
    out += ch;
  }
  return out;
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for XML and HTML, in element content and in quoted attribute values alike: `& < > " '`
 * become entities, forbidden control characters are dropped, and the text is put in Unicode NFC so that
 * Vietnamese letters with stacked marks render as one glyph.
 *
 * @example
 * escapeXml('Ban Tổ chức & <Nội vụ>'); // 'Ban Tổ chức &amp; &lt;Nội vụ&gt;'
 */
export function escapeXml(text: string | number): string {
  return dropForbidden(String(text).normalize('NFC')).replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}
