// The scoreboard: how many of the slips a reader found by hand jixiao reports, and how many right figures it
// flags, for the real set (test/fixtures/real/: published text) and the written set (test/fixtures/ and
// examples/: reports written for the tests) separately. The real set decides.
//
//   npm run accuracy                 the two summaries, then a row per miss and per false alarm
//   npm run accuracy -- --record     also rewrites the KNOWN MISS / KNOWN FALSE ALARM lines of the real set to what
//                                    jixiao does now (the slips themselves are never changed), so that the corpus
//                                    test holds the line; review the diff before committing it
//   npm run accuracy -- --only PREFIX  the real set's excerpts whose name starts with PREFIX only (and no written
//                                    set): one reader's new excerpts scored, or recorded, without touching the rest
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { analyze } from '../server/src/analyze';
import { decodeReport } from '../server/src/io/decode';
import { loadReal, parseRealExpected, realReports, score, type Scored, type Seen, type Slip } from '../test/corpus/real';

const root = join(__dirname, '..');

function writtenSet(): Scored[] {
  const out: Scored[] = [];
  const dirs: Array<[string, string]> = [
    [join(root, 'test', 'fixtures'), join(root, 'test', 'fixtures')],
    [join(root, 'examples'), join(root, 'test', 'corpus', 'examples')],
  ];
  for (const [dir, expectedDir] of dirs) {
    for (const f of readdirSync(dir).sort()) {
      if ((extname(f) !== '.txt' && extname(f) !== '.md') || f === 'README.md') continue;
      const decoded = decodeReport(readFileSync(join(dir, f)));
      if (!decoded.ok) continue;
      const expected = parseRealExpected(readFileSync(join(expectedDir, basename(f, extname(f)) + '.expected'), 'utf8'));
      const analysis = analyze(decoded.text, { format: extname(f) === '.md' ? 'md' : 'txt' });
      out.push(score(f, decoded.text, analysis, expected.slips));
    }
  }
  return out;
}

function realSet(record: boolean, only?: string): Scored[] {
  const reports = realReports().filter((r) => {
    if (only !== undefined && !r.name.startsWith(only)) return false;
    if (existsSync(r.expectedPath)) return true;
    console.error(`accuracy: ${r.name} has no .expected yet; left out`);
    return false;
  });
  return reports.map((r) => {
    const { text, expected, analysis } = loadReal(r);
    const scored = score(r.name, text, analysis, expected.slips);
    if (record) writeFileSync(r.expectedPath, recorded(readFileSync(r.expectedPath, 'utf8'), scored));
    return scored;
  });
}

const slipText = (s: Slip) => `${s.line} ${s.severity} ${s.ruleId} ${s.figures.join('|')}`;

/** The .expected with its KNOWN lines brought up to date: slips keep their text, only their marking moves. */
function recorded(content: string, s: Scored): string {
  const lines = content.replace(/\n+$/, '').split('\n');
  const out: string[] = [];
  lines.forEach((raw, i) => {
    if (/^#\s*KNOWN FALSE ALARM:/.test(raw.trim())) return;
    const slip = s.slips.find((x) => x.source === i + 1);
    if (!slip) return void out.push(raw);
    const why = / — (.*)$/.exec(raw)?.[1];
    if (s.missed.includes(slip)) out.push(`# KNOWN MISS: ${slipText(slip)} — ${why ?? 'jixiao does not read it yet'}`);
    else out.push(slipText(slip));
  });
  for (const f of s.falseAlarms) out.push(`# KNOWN FALSE ALARM: ${f.line} ${f.ruleId} ${f.figure} — ${f.message.replace(/\s+/g, ' ').slice(0, 160)}`);
  return out.join('\n') + '\n';
}

function summary(title: string, set: Scored[]): void {
  const slips = set.reduce((n, s) => n + s.slips.length, 0);
  const found = set.reduce((n, s) => n + s.found.length, 0);
  const fa = set.reduce((n, s) => n + s.falseAlarms.length, 0);
  const right = set.reduce((n, s) => n + s.rightChecked, 0);
  const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`);
  const per300 = right === 0 ? '—' : ((300 * fa) / right).toFixed(2);
  console.log(
    `${title.padEnd(8)} reports ${String(set.length).padStart(3)}   slips found ${found}/${slips} (${pct(found, slips)})   ` +
      `false alarms ${fa}/${right} right figures checked (${per300} per 300)`,
  );
}

function rows(title: string, set: Scored[]): void {
  const misses = set.flatMap((s) => s.missed.map((m) => ({ name: s.name, m })));
  const alarms = set.flatMap((s) => s.falseAlarms.map((f) => ({ name: s.name, f })));
  if (misses.length) {
    console.log(`\n${title}: missed slips (${misses.length})`);
    for (const { name, m } of misses) console.log(`  MISS  ${name}:${m.line}  ${m.ruleId} ${m.figures.join('|')}`);
  }
  if (alarms.length) {
    console.log(`\n${title}: false alarms (${alarms.length})`);
    for (const { name, f } of alarms) console.log(`  FALSE ${name}:${f.line}  ${f.ruleId} ${f.figure}  ${oneLine(f)}`);
  }
}

const oneLine = (f: Seen) => f.message.replace(/\s+/g, ' ').slice(0, 120);

// `npm run accuracy | head` closes the pipe early: stop quietly, as other command-line tools do.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
const unknown = args.filter((a, i) => a !== '--record' && !(onlyAt >= 0 && (i === onlyAt || i === onlyAt + 1)));
if (unknown.length || (onlyAt >= 0 && !only)) {
  console.error(`accuracy: unknown option ${unknown.join(' ') || '--only without a PREFIX'} (known: --record, --only PREFIX)`);
  process.exit(2);
}
const real = realSet(args.includes('--record'), only);
const written = only === undefined ? writtenSet() : [];
summary('real', real);
if (only === undefined) summary('written', written);
rows('real', real);
rows('written', written);
