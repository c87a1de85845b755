// Reading a number, or the words after it, in place: the scanner runs on every digit of the report, so it
// works on character codes and sticky patterns rather than building a match object and substrings each time.

/**
 * The last number nextNumber found, as /(-)?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)/g finds numbers — a minus
 * sign, digits (grouped in thousands with commas, or not), a fraction. Shared, so that finding allocates nothing.
 */
export const number = { index: 0, signed: false, end: 0 };

/** The next number at or after `from` into `number` (where it starts, whether a minus sign leads, where it ends). */
export function nextNumber(s: string, from: number): boolean {
  for (let p = from; p < s.length; p++) {
    const c = s.charCodeAt(p);
    const signed = c === 45 /* - */ && isDigit(s.charCodeAt(p + 1));
    if (!signed && !isDigit(c)) continue;
    number.index = p;
    number.signed = signed;
    number.end = numberEnd(s, signed ? p + 1 : p);
    return true;
  }
  return false;
}

function numberEnd(s: string, first: number): number {
  let end = first;
  while (isDigit(s.charCodeAt(end))) end++;
  // `\d{1,3}(?:,\d{3})+` can only hold when the leading run has at most three digits and a group follows it.
  // A space groups thousands too (`1 000.50万元`, as some typists and PDF extractors write) — but not after 表,
  // 第 or a letter (`表1 100万元以上项目` is table 1 and 100万元).
  if (end - first <= 3) {
    while (isThousands(s, end)) end += 4;
    // `34.568.64万元`, `21.966.95万元` (rb1-chuanshan-czj-nd): dots for thousands, the last one the decimal point — read
    // only with two dots or more, every group but the last of three digits.
    if (end - first <= 3 && isDotThousands(s, end)) {
      while (isDotThousands(s, end)) end += 4;
    }
    if (end - first <= 3 && spaceMayGroup(s.charCodeAt(first - 1))) while (isSpaceThousands(s, end)) end += 4;
  }
  if (s.charCodeAt(end) === 46 /* . */ && isDigit(s.charCodeAt(end + 1))) {
    end += 2;
    while (isDigit(s.charCodeAt(end))) end++;
  }
  return end;
}

/** `.ddd.d` at i: a group of three after a dot, and another dot and a digit after it. */
function isDotThousands(s: string, i: number): boolean {
  return (
    s.charCodeAt(i) === 46 &&
    isDigit(s.charCodeAt(i + 1)) && isDigit(s.charCodeAt(i + 2)) && isDigit(s.charCodeAt(i + 3)) &&
    s.charCodeAt(i + 4) === 46 && isDigit(s.charCodeAt(i + 5))
  );
}

/** ` ddd` at i, not followed by another digit. */
function isSpaceThousands(s: string, i: number): boolean {
  return s.charCodeAt(i) === 32 && isDigit(s.charCodeAt(i + 1)) && isDigit(s.charCodeAt(i + 2)) && isDigit(s.charCodeAt(i + 3)) && !isDigit(s.charCodeAt(i + 4));
}

/** Whether a number after this character may group its thousands with spaces. */
function spaceMayGroup(before: number): boolean {
  return !(isDigit(before) || isLatin(before) || before === 0x8868 /* 表 */ || before === 0x7b2c /* 第 */ || before === 0x56fe /* 图 */ || before === 0x4ef6 /* 件 */);
}

/** `,ddd` at i. */
function isThousands(s: string, i: number): boolean {
  return s.charCodeAt(i) === 44 && isDigit(s.charCodeAt(i + 1)) && isDigit(s.charCodeAt(i + 2)) && isDigit(s.charCodeAt(i + 3));
}

/**
 * Spaces, then the first of `words` that follows, read at a given place in a text as
 * `^[spaces]*(w1|w2|…)` reads the `window` characters from there — without cutting them out. Every figure is
 * followed by a unit and stands among words that make it a date or a threshold: reading those in place, and
 * ruling most places out by their first character, spares slicing and matching a short string per figure.
 */
export class WordsAt {
  private readonly cut: RegExp;
  private readonly sticky: RegExp;
  private readonly firsts: Set<string>;
  constructor(spaces: string[], words: string[], private readonly latin: boolean, private readonly window: number) {
    const alternatives = [...words.map(escape), ...(latin ? ['[A-Za-z]'] : [])].join('|');
    const space = `[${spaces.join('')}]*`;
    this.cut = new RegExp(`^${space}(${alternatives})`);
    this.sticky = new RegExp(`${space}(${alternatives})`, 'y');
    this.firsts = new Set([...spaces, ...words.map((w) => w[0])]);
  }
  /** The match at `at`, as the cut-out text would give it; null when there is none. */
  exec(text: string, at: number): RegExpExecArray | null {
    const c = text[at];
    if (c === undefined || !(this.firsts.has(c) || (this.latin && /[A-Za-z]/.test(c)))) return null;
    this.sticky.lastIndex = at;
    const m = this.sticky.exec(text);
    // A match running past the window may hide a shorter one the cut text allows: read the cut text then.
    if (m && this.sticky.lastIndex > at + this.window) return this.cut.exec(text.slice(at, at + this.window));
    return m;
  }
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isLatin(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
