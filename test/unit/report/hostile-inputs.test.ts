// Hostile inputs through analyze(): each returns (no throw, no hang: the 30 s timeout is a hang guard, not a
// speed target), every span lies inside the text, and where the input still holds a report the slip is found.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../server/src/analyze';
import { documentSymbols } from '../../../server/src/features/symbols';
import { foldingRanges } from '../../../server/src/features/folding';
import type { Analysis, Span } from '../../../server/src/report/model';

const title = '2023年度部门整体支出绩效自评报告\n\n';
/** 2 stated, 0 + 1 + 2 = 3 listed: one finding, on the `2` after 预算数. */
const wrong = '2023年“三公”经费预算数2万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费1万元，公务接待费2万元。';
const guard = { timeout: 30_000 };

function inside(a: Analysis, text: string): void {
  const ok = (s: Span) => Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= text.length;
  for (const f of a.findings) assert.ok(ok(f.span), `finding span ${JSON.stringify(f.span)} outside a text of ${text.length}`);
  for (const c of a.checks) assert.ok(ok(c.target), `check span ${JSON.stringify(c.target)}`);
}

/** Analyses as .txt and .md; returns the .txt analysis. */
function both(text: string): Analysis {
  const md = analyze(text, { format: 'md' });
  inside(md, text);
  const txt = analyze(text, { format: 'txt' });
  inside(txt, text);
  return txt;
}

const flaggedAt = (a: Analysis) => a.findings.map((f) => a.report.text.slice(f.span.start, f.span.end) + '@' + f.span.start);

describe('hostile inputs to analyze()', () => {
  it('an empty text, and a text of only whitespace (spaces, TABs, CR/LF, U+3000, NBSP)', guard, () => {
    assert.deepEqual(both('').findings, []);
    assert.deepEqual(both(' \n\t\r\n\u3000\u00a0 \r'.repeat(2000)).findings, []);
  });

  it('NUL bytes and other control characters around a slip: the slip is still found', guard, () => {
    const text = title + '\0\u0001\u001b[31m' + wrong + '\0'.repeat(100) + '\n\u0007\u0008\n';
    assert.equal(both(text).findings.length, 1);
  });

  it('a binary file decoded as text anyway (every byte value, as Latin-1 and as U+FFFD)', guard, () => {
    const bytes = Buffer.from(Array.from({ length: 64 * 1024 }, (_, i) => (i * 7919) % 256));
    both(bytes.toString('latin1'));
    both(bytes.toString('utf8'));
  });

  it('1e400, 1e-400 and a 500-digit 999…9: no crash, no false alarm; a 500-digit sum that holds holds', guard, () => {
    const nines = '9'.repeat(500);
    assert.deepEqual(both(title + `总支出1e400万元，其中基本支出1e-400万元，项目支出${nines}万元，执行率${nines}%，增长1e-400%。`).findings, []);
    const b = '4' + '9'.repeat(499);
    const c = '5' + '0'.repeat(498) + '1';
    const a = (BigInt(b) + BigInt(c)).toString();
    const held = both(title + `2023年决算总支出${a}万元，其中：基本支出${b}万元，项目支出${c}万元。`);
    assert.deepEqual(held.findings, []);
    assert.ok(held.checks.some((k) => k.holds), 'the sum is read and holds');
  });

  it('lone surrogates (high, low, reversed pair) in a slip sentence: found, spans on whole figures', guard, () => {
    const text = title + '\ud800' + wrong.replace('预算数', '预算数\udc00').replace('。', '\udfff\ud83d。') + '\ude00\ud83d';
    const a = both(text);
    assert.equal(a.findings.length, 1);
    assert.equal(text.slice(a.findings[0].span.start, a.findings[0].span.end), '2');
  });

  it('headings nested 60 deep (1.1.1…, # to ######, （一）…): outline and folding still work', guard, () => {
    const numbered = Array.from({ length: 60 }, (_, i) => Array(i + 1).fill('1').join('.') + ' 标题').join('\n');
    const hashes = Array.from({ length: 60 }, (_, i) => '#'.repeat((i % 6) + 1) + ` 第${i}节`).join('\n');
    for (const text of [title + numbered + '\n' + wrong, title + hashes + '\n' + wrong]) {
      const a = both(text);
      assert.equal(a.findings.length, 1);
      documentSymbols(a.report);
      foldingRanges(a.report);
    }
  });

  it('mixed CRLF, LF and CR line ends: the slip is found on the same line as with LF only', guard, () => {
    const lines = [title.trim(), '', '一、 基本情况', '说明文字。', wrong, '其他说明。'];
    const lf = both(lines.join('\n'));
    const mixed = both(lines[0] + '\r\n' + lines[1] + '\r' + lines[2] + '\n' + lines[3] + '\r\n' + lines[4] + '\r' + lines[5]);
    assert.equal(lf.findings.length, 1);
    assert.equal(mixed.findings.length, 1);
    const lineOf = (a: Analysis) => a.report.text.slice(0, a.findings[0].span.start).split(/\r\n|\r|\n/).length;
    assert.equal(lineOf(mixed), 5);
    assert.equal(lineOf(lf), 5);
  });

  it('byte-order marks at the start and inside the text: the slip is found, at the right place', guard, () => {
    const text = '\ufeff' + title + '\ufeff' + wrong;
    const a = both(text);
    assert.deepEqual(flaggedAt(a), [`2@${text.indexOf('预算数2') + 3}`]);
  });

  it('a 10,000-row table (Markdown pipes and TAB-separated), with a 合计 row', guard, () => {
    const pipe = Array.from({ length: 10_000 }, (_, i) => `| 项目${i + 1} | ${i + 1}.5 |`).join('\n');
    both(title + '单位：万元\n\n| 项目 | 金额 |\n| --- | --- |\n' + pipe + '\n| 合计 | 50010000 |\n');
    const tab = Array.from({ length: 10_000 }, (_, i) => `\t项目${i + 1}\t${i + 1}.5`).join('\n');
    const tabText = title + '单位：万元\n\n\t项目\t金额\n' + tab + '\n\t合计\t50010000\n';
    inside(analyze(tabText), tabText);
  });

  it('100,000 figures on one line', guard, () => {
    const text = title + Array.from({ length: 100_000 }, (_, i) => `支出${i}.5万元`).join('，') + '。';
    inside(analyze(text, { format: 'txt' }), text);
  });
});
