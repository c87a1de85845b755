// same-figure: a change's rate stated in the prose and again in the table's 增减幅度 column (jz-km-rsj-2020: the 三公
// 说明 and its 对比表). Printed at the same places they must be the same digits; the table's rate, which its own
// row's figures give, is the one offered.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findings, summary } from './helpers';

const table = [
  '单位：万元',
  '项目 | 上年决算数 | 本年决算数 | 增、减额 | 增、减幅度',
  '合计 | 31.66 | 13.49 | -18.17 | -57.39%',
  '1、因公出国（境）费 | 0 | 0 | 0 | 0',
  '2、公务接待费 | 9.10 | 1.50 | -7.6 | -83.52%',
  '3、公务用车费 | 22.56 | 11.99 | -10.57 | -46.85%',
];
const prose = (total: string, car: string, host: string) =>
  `2020年度一般公共预算财政拨款“三公”经费支出决算数比2019年减少18.17万元，下降${total}%。其中：公务用车购置及运行费支出决算减少10.57万元，下降${car}%；公务接待费支出决算数比上年减7.60万元，减${host}%。`;

describe('a change rate in the prose and in the table', () => {
  it('the km-rsj 说明: three rates one to three hundredths off the table are warnings on the prose figures', () => {
    const text = ['2020年“三公”经费决算情况说明', prose('57.41', '46.86', '83.55'), ...table].join('\n');
    const seen = findings(text).filter((f) => f.rule === 'same-figure');
    assert.deepEqual(
      seen.map((f) => `${f.severity} ${f.line} ${f.figure} → ${f.fix}`),
      ['warning 2 57.41 → 57.39', 'warning 2 46.86 → 46.85', 'warning 2 83.55 → 83.52'],
    );
    assert.match(seen[0].message, /^合计·增、减幅度应为 57\.39%（表中合计·增、减幅度 -57\.39%），文中为 57\.41%/);
    assert.match(seen[2].message, /^公务接待费·增、减幅度应为 83\.52%/);
  });

  it('the same digits as the table: nothing', () => {
    assert.deepEqual(summary(['2020年“三公”经费决算情况说明', prose('57.39', '46.85', '83.52'), ...table].join('\n')), []);
  });

  it('a rate off by more than its last digit is an error', () => {
    const text = ['2020年“三公”经费决算情况说明', prose('57.39', '46.85', '73.52'), ...table].join('\n');
    assert.ok(summary(text).includes('2 error same-figure 73.52'), summary(text).join('; '));
  });

  it('a change no row has, or one the prose does not name, is left alone', () => {
    const other = '2020年度会议费比上年减少7.60万元，下降12.5%。';
    assert.deepEqual(summary(['2020年“三公”经费决算情况说明', other, ...table].join('\n')), []);
  });

  it('a wrong rate in the table itself is the table rule’s, not compared', () => {
    const wrong = table.map((l) => l.replace('-83.52%', '-80.52%'));
    const seen = summary(['2020年“三公”经费决算情况说明', prose('57.39', '46.85', '83.52'), ...wrong].join('\n'));
    assert.deepEqual(seen.filter((s) => s.includes('same-figure')), []);
  });
});
