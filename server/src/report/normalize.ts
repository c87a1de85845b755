// Full-width digits and punctuation folded to ASCII, one UTF-16 unit for one, so offsets stay valid.

const FOLD: Record<string, string> = {
  '．': '.',
  '，': '，', // kept: a full-width comma is a clause break, never a thousands separator
  '－': '-',
  '−': '-',
  '–': '-',
  '％': '%',
  '＋': '+',
};

const WIDE = /[０-９．－−–％＋]/;

export function foldWidth(text: string): string {
  if (!WIDE.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff10 && c <= 0xff19) out += String.fromCharCode(c - 0xff10 + 48);
    else out += FOLD[text[i]] ?? text[i];
  }
  return out;
}

/** Spaces (ASCII, full-width, NBSP) and TABs removed: `合    计` → `合计`. */
export function squeeze(text: string): string {
  return text.replace(/[\s\u3000\u00a0]+/g, '');
}

/** Markdown emphasis and code marks dropped from a label. */
export function plainLabel(text: string): string {
  return squeeze(text.replace(/[*_`~]+/g, ''));
}

/** Whether the UTF-16 unit is one that `\s` matches and `trim()` removes (white space and line breaks). */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Nothing but white space (`/^[\s\u3000\u00a0]*$/`, read without a regular expression: it runs on every line). */
export function isBlank(s: string): boolean {
  return isBlankIn(s, 0, s.length);
}

/** isBlank(text.slice(start, end)), without cutting the slice out. */
export function isBlankIn(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}
