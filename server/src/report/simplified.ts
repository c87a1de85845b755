// Reports copied from a mirror site in traditional characters (`預算`, `決算數`, `較上年減少`): jixiao's words are
// simplified, so such a text is read through OpenCC's traditional → simplified conversion (opencc-js, the t2cn
// build). The conversion keeps every character in place — the text is read at the same offsets, so ranges and
// fixes are the original's. It runs only when the text holds a fair number of traditional-only characters, and
// the converter is loaded and built on first use (it costs about 50 ms and 140 ms per MB; its tables are a bundle
// of their own, t2cn.ts).

/**
 * Common characters written differently in traditional text: enough of them mark the text as traditional. A
 * character class, so that a simplified text (most reports) is scanned by the regular-expression engine, not a
 * lookup per character (1 MB: ~1 ms instead of ~15 ms, on every analysis).
 */
const TRADITIONAL = /[預決經費數額萬億與為務際實這個們區縣產資負債單項統計總較減說業報國門關會機時對發開來後點過還應當從現歲專車輛購運維護採貨價績評導據構齡職員礎設備劃議辦條規質並則營]/g;
const MIN_TRADITIONAL = 8;

let convert: ((text: string) => string) | undefined;

// `預(yù)算`, `經(jīng)費(fèi)`: mirror sites put the pinyin of some characters after them in brackets. Read as spaces of
// the same length (names are read without spaces), so `预算` is found by its name and every range stays in place.
// Only a bracket right after a Han character holding one lower-case syllable with a tone mark.
const PINYIN = /(?<=[\u4e00-\u9fff])[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]/g;

/** The text as jixiao reads it: traditional characters simplified, pinyin annotations blanked, else itself. */
export function readable(text: string): string {
  return withoutPinyin(simplified(text));
}

function withoutPinyin(text: string): string {
  if (!/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/.test(text)) return text;
  return text.replace(PINYIN, (m) => ' '.repeat(m.length));
}

/** The text converted to simplified characters when it is traditional, else itself. */
function simplified(text: string): string {
  let n = 0;
  TRADITIONAL.lastIndex = 0;
  while (n < MIN_TRADITIONAL && TRADITIONAL.test(text)) n++;
  if (n < MIN_TRADITIONAL) return text;
  // (A plain require keeps this synchronous; the bundle maps it to dist/t2cn.js, esbuild.mjs.)
  const toSimplified = (convert ??= (require('./t2cn.js') as typeof import('./t2cn')).traditionalToSimplified());
  const simplified = toSimplified(text);
  // A conversion that changed the length would move every range after it: then the text is read as it is.
  return simplified.length === text.length ? simplified : text;
}
