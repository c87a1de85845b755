// Issue #12: a report pasted as one line (thousands of clauses in a paragraph, or in a single sentence) is read in
// work proportional to its length. No clock: every read of the report's paragraphs, sentences, clauses and
// figures by the rules is counted, and twice the text may take about twice the reads, not four times (a pass over
// pairs of clauses or figures, or a look back over the whole sentence for each figure, gives four).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Report } from '../../../server/src/report/model';
import { parseReport } from '../../../server/src/report/parse';
import { rules } from '../../../server/src/rules/catalogue';

const seed = readFileSync(join(__dirname, '../../fixtures/seed-hengshan.txt'), 'utf8');
/** The seed's text on one line: its sentences kept, or all of it one sentence of clauses. */
const oneLine = seed.replace(/\r?\n/g, '') + '管委会设3个内设机构，分别为：办公室、财政局、经济合作局。';
const oneSentence = oneLine.replace(/[。；;！？!?]|(?<![0-9０-９])\./g, '，');

/** The report with every paragraph, sentence, clause and figure behind a proxy that counts each property read. */
function counted(report: Report): { report: Report; reads: () => number } {
  let reads = 0;
  const proxies = new Map<object, object>();
  const wrap = <T extends object>(o: T): T => {
    let p = proxies.get(o);
    if (!p) {
      p = new Proxy(o, {
        get(target, key, receiver) {
          reads++;
          return Reflect.get(target, key, receiver);
        },
      });
      proxies.set(o, p);
    }
    return p as T;
  };
  const paragraphs = report.paragraphs.map((p) => {
    const quantities = wrap(p.quantities.map(wrap));
    const sentences = wrap(
      p.sentences.map((s) => wrap({ ...s, clauses: wrap(s.clauses.map((c) => wrap({ ...c, quantities: wrap(c.quantities.map(wrap)) }))) })),
    );
    return wrap({ ...p, quantities, sentences });
  });
  return { report: { ...report, paragraphs: wrap(paragraphs) }, reads: () => reads };
}

/** The reads all rules make on the text repeated `copies` times. */
function readsOf(text: string, copies: number): number {
  const { report, reads } = counted(parseReport(text.repeat(copies), 'txt'));
  for (const rule of rules) rule.run(report, { check() {}, report() {} });
  return reads();
}

describe('one-line input: work grows with the text, not with its square', () => {
  for (const [name, text] of [
    ['one line of sentences', oneLine],
    ['one sentence of clauses', oneSentence],
  ] as const) {
    it(name, () => {
      const once = readsOf(text, 4);
      const twice = readsOf(text, 8);
      assert.ok(twice / once < 2.2, `${name}: 8 copies take ${(twice / once).toFixed(2)}× the reads of 4 (${twice} vs ${once})`);
    });
  }
});
