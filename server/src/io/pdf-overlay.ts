// A font without a glyph (curly quotes in 仿宋, as Word, WPS and LibreOffice export them) leaves a space in the
// line's text run, and the glyph drawn from a fallback font comes as an item of its own, standing over that space:
// `财政拨款 三公 经费` at x 103.8, width 308.5, and `“` at 271.8, `”` at 307. Read in x order the marks would land
// after the run (`…决算表“”`); they go back into the spaces they stand over (`财政拨款“三公”经费`).
import type { GridItem } from './pdf-grid';

/** Half-width characters take half the advance of the rest (CJK, full-width forms). */
const half = (ch: string) => ch.charCodeAt(0) < 0x2e80;

/**
 * Puts each short item that stands inside another item of its line into the space of that item it stands over,
 * and drops it as an item of its own. `items` is sorted by x; returns the items left, still sorted.
 */
export function placeOverlaid(items: GridItem[]): GridItem[] {
  const left: GridItem[] = [];
  for (const it of items) {
    const host = it.str.length <= 2 && it.str.trim() !== '' ? left.find((h) => h.str.length > 2 && it.x > h.x && it.x < h.x + h.width - it.size * 0.3) : undefined;
    const at = host ? spaceUnder(host, it.x) : -1;
    if (host && at >= 0) {
      host.str = host.str.slice(0, at) + it.str + host.str.slice(at + 1);
      continue;
    }
    left.push(it);
  }
  return left;
}

/** The index of the space of `host` whose place is nearest to x (within one character), or -1. */
function spaceUnder(host: GridItem, x: number): number {
  const chars = [...host.str];
  if (chars.length !== host.str.length) return -1;
  const units = chars.reduce((n, ch) => n + (half(ch) ? 0.5 : 1), 0);
  const unit = host.width / units;
  let best = -1;
  let distance = Infinity;
  let pos = host.x;
  chars.forEach((ch, i) => {
    const advance = (half(ch) ? 0.5 : 1) * unit;
    if (ch === ' ' || ch === '\u3000') {
      const d = Math.abs(pos - x);
      if (d < distance) [best, distance] = [i, d];
    }
    pos += advance;
  });
  return distance <= unit ? best : -1;
}
