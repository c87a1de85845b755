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
