// How well the 决算表 readers of plain pdftotext text (report/row-streams.ts, rules/table-code-stream.ts,
// rules/table-row-stream.ts) tell a slip and keep quiet about a figure pdftotext moved, over the written corpus's
// clean whole 部门决算 copies (test/fixtures/*-juesuan-pdf-raw.txt), changed at random but the same way every run:
//
//   node --import tsx scripts/probe-tables.ts [--n 40] [--moves random|page] [--tree DIR] [--verbose]
//
// For each copy, n times: one digit of a figure standing alone on its line is changed (a slip) — counted found when a
// table-total finding is on that figure, wrong when one is on another figure not told before; and that line is
// moved (`random`: 1–30 lines on; `page`: to just after a page foot or head within 60 lines, where pdftotext puts the
// figures it moves) — any table-total finding the clean copy did not have is a false one. --tree runs another
// checkout's analysis (e.g. a `git archive` of an earlier commit with node_modules linked) for a before/after.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: { n: { type: 'string', default: '40' }, moves: { type: 'string', default: 'random' }, tree: { type: 'string' }, verbose: { type: 'boolean', default: false } },
});
if (args.moves !== 'random' && args.moves !== 'page') throw new Error(`--moves random|page, not ${args.moves}`);
const root = resolve(args.tree ?? join(__dirname, '..'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { analyze } = require(join(root, 'server/src/analyze.ts')) as typeof import('../server/src/analyze');
const fixtures = join(__dirname, '../test/fixtures');
const files = readdirSync(fixtures).filter((f) => /juesuan.*-pdf-raw\.txt$/.test(f) && !f.includes('slips')).sort();

let seed = 12345;
const random = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};
const FIGURE = /^(\s*)(-?(\d{1,3}(,\d{3})+|\d+)\.\d\d)(\s*)$/;
const FURNITURE = /^\s*([-—－]\s*\d+\s*[-—－]|第\s*\d+\s*页.*)\s*$/;
const told = (text: string) => analyze(text, { format: 'txt' }).findings.filter((f) => f.ruleId === 'table-total');
const tally = { slips: 0, found: 0, wrong: 0, moves: 0, falseAfterMove: 0 };

for (const file of files) {
  const text = readFileSync(join(fixtures, file), 'utf8');
  const before = told(text);
  const lines = text.split('\n');
  const figures = lines.flatMap((l, i) => (FIGURE.test(l) ? [i] : []));
  const furniture = lines.flatMap((l, i) => (FURNITURE.test(l) ? [i] : []));
  if (figures.length < 50) continue;
  for (let k = 0; k < Number(args.n); k++) {
    const i = figures[random(figures.length)];
    // A move.
    let to = i + 1 + random(30);
    if (args.moves === 'page') {
      const near = furniture.filter((f) => Math.abs(f - i) < 60);
      if (!near.length) continue;
      const f = near[random(near.length)];
      to = f > i ? f : f + 1;
    }
    const moved = [...lines];
    const [line] = moved.splice(i, 1);
    moved.splice(Math.max(0, Math.min(moved.length, to)), 0, line);
    const afterMove = told(moved.join('\n'));
    tally.moves++;
    if (afterMove.length > before.length) {
      tally.falseAfterMove++;
      if (args.verbose) console.log(`move  ${file}:${i + 1} → ${to + 1}: ${afterMove.map((f) => f.message.slice(0, 80)).join(' | ')}`);
    }
    // A slip.
    const m = FIGURE.exec(lines[i])!;
    const digits = [...m[2]].flatMap((c, j) => (/\d/.test(c) ? [j] : []));
    const j = digits[random(digits.length)];
    const changed = m[2].slice(0, j) + String((Number(m[2][j]) + 1 + random(8)) % 10) + m[2].slice(j + 1);
    if (/^-?0\d/.test(changed)) continue;
    const slipped = [...lines];
    slipped[i] = m[1] + changed + m[5];
    const at = lines.slice(0, i).join('\n').length + 1 + m[1].length;
    const known = new Set(before.map((f) => f.span.start));
    const after = told(slipped.join('\n')).filter((f) => !known.has(f.span.start) || f.span.start === at);
    tally.slips++;
    if (after.some((f) => f.span.start === at)) tally.found++;
    if (after.some((f) => f.span.start !== at)) {
      tally.wrong++;
      if (args.verbose) console.log(`wrong ${file}:${i + 1} ${m[2]} → ${changed}`);
    }
  }
}
console.log(`tree ${root}, moves ${args.moves}, ${files.length} clean plain 部门决算 copies`);
console.log(`slips ${tally.slips}: found on the figure ${tally.found}, another figure blamed ${tally.wrong}`);
console.log(`moves ${tally.moves}: a table-total finding after the move ${tally.falseAfterMove}`);
