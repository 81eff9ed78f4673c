/**
 * Character counting as the platforms count.
 * - Meta counts characters (code points), so emoji count once.
 * - Google Ads counts double-width characters (CJK ideographs, kana, hangul, full-width forms)
 *   as 2 toward the 30/90 limits ("Ad text character limits for double-width languages",
 *   Google Ads Help 1704389), so a 15-character Japanese headline is already full.
 */
export function charCount(text: string): number {
  return [...text].length;
}

const DOUBLE_WIDTH = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

export function googleTextWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += DOUBLE_WIDTH.test(ch) ? 2 : 1;
  return width;
}

/** Longest prefix of `text` whose Google width is ≤ `max`, cut at a word boundary when possible. */
export function truncateToWidth(text: string, max: number, measure: (t: string) => number = googleTextWidth): string {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (measure(trimmed) <= max) return trimmed;
  let out = '';
  for (const ch of trimmed) {
    if (measure(out + ch) > max) break;
    out += ch;
  }
  const lastSpace = out.lastIndexOf(' ');
  // Prefer whole words, unless that throws away more than half the text.
  const cut = lastSpace > out.length / 2 ? out.slice(0, lastSpace) : out;
  return cut.replace(/[\s,;:–-]+$/u, '').trim();
}
