// Report-like random documents for the property tests: runs of lines cut from the fixtures and examples (prose,
// TAB tables, pipe tables, headings), joined, with some of their numbers mutated (a digit changed, a decimal
// added or dropped, a sign, full width, thousands separators), so the relations the rules read mostly fail.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';

const root = resolve(__dirname, '..', '..', '..');

interface Source {
  name: string;
  format: 'txt' | 'md';
  lines: string[];
}

function sources(dir: string): Source[] {
  return readdirSync(dir)
    .filter((n) => /\.(txt|md)$/.test(n) && n !== 'README.md')
    .sort()
    .map((name) => ({ name, format: name.endsWith('.md') ? ('md' as const) : ('txt' as const), text: readFileSync(join(dir, name), 'utf8') }))
    .filter((s) => !s.text.includes('\ufffd')) // GB18030 files: not text when read as UTF-8
    .map(({ name, format, text }) => ({ name, format, lines: text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/) }));
}

export const SOURCES: Source[] = [...sources(join(root, 'test', 'fixtures')), ...sources(join(root, 'examples'))];

const NUMBER = /\d+(?:\.\d+)?/g;

type Mutation = 'digit' | 'moreDecimals' | 'fewerDecimals' | 'negate' | 'fullWidth' | 'separators' | 'zero' | 'huge';
const mutations: Mutation[] = ['digit', 'moreDecimals', 'fewerDecimals', 'negate', 'fullWidth', 'separators', 'zero', 'huge'];

function mutate(n: string, how: Mutation, salt: number): string {
  switch (how) {
    case 'digit': {
      const digits = [...n].map((c, i) => (/\d/.test(c) ? i : -1)).filter((i) => i >= 0);
      const i = digits[salt % digits.length];
      return n.slice(0, i) + String((Number(n[i]) + 1 + (salt % 9)) % 10) + n.slice(i + 1);
    }
    case 'moreDecimals':
      return n.includes('.') ? `${n}${salt % 10}` : `${n}.${salt % 100}`;
    case 'fewerDecimals':
      return n.includes('.') ? n.slice(0, -1).replace(/\.$/, '') : n;
    case 'negate':
      return (salt % 2 ? '−' : '-') + n;
    case 'fullWidth':
      return n.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))).replace('.', '．');
    case 'separators': {
      const [int, frac] = n.split('.');
      const g = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
      return frac === undefined ? g : `${g}.${frac}`;
    }
    case 'zero':
      return '0';
    case 'huge':
      return `${n}${'9'.repeat(5 + (salt % 30))}`;
  }
}

/** Applies mutations to the numbers of `text`: each picks a number by index (mod their count). */
export function mutateNumbers(text: string, picks: Array<[number, Mutation, number]>): string {
  const found = [...text.matchAll(NUMBER)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  if (found.length === 0) return text;
  const chosen = new Map<number, [Mutation, number]>();
  for (const [i, how, salt] of picks) chosen.set(i % found.length, [how, salt]);
  let out = text;
  for (const i of [...chosen.keys()].sort((a, b) => b - a)) {
    const { start, end } = found[i];
    const [how, salt] = chosen.get(i)!;
    out = out.slice(0, start) + mutate(out.slice(start, end), how, salt) + out.slice(end);
  }
  return out;
}

const run = fc.tuple(fc.nat({ max: SOURCES.length - 1 }), fc.nat(), fc.integer({ min: 1, max: 30 }));

/** A report-like document and its format (the first fragment's). */
export const reportLike = fc
  .record({
    runs: fc.array(run, { minLength: 1, maxLength: 4 }),
    eol: fc.constantFrom('\n', '\n', '\n', '\r\n'),
    title: fc.boolean(),
    picks: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...mutations), fc.nat({ max: 1000 })), { maxLength: 8 }),
  })
  .map(({ runs, eol, title, picks }) => {
    const lines: string[] = title ? ['2023年度部门整体支出绩效自评报告', ''] : [];
    for (const [file, from, count] of runs) {
      const src = SOURCES[file].lines;
      const start = from % src.length;
      lines.push(...src.slice(start, start + count));
    }
    return { text: mutateNumbers(lines.join(eol), picks), format: SOURCES[runs[0][0]].format };
  });
