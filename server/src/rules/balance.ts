// What is carried over (domain.md's 决算 relations): 年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出, as a 决算说明
// states it for its 政府性基金 or 财政拨款 in one sentence: `本部门2020年度政府性基金预算财政拨款收入84.00万元，年初结转和结余
// 12.00万元，支出86.00万元，年末结转和结余0万元` (12 + 84 − 86 = 10, not 0). Read only where the sentence names each of
// the four once and nothing that also moves the balance (结余分配, 使用非财政拨款结余, 弥补收支差额): otherwise silent.
import type { Quantity, Report } from '../report/model';
import { t } from '../l10n';
import { moneyDecimals } from './format';
import { add, intervalOf, sub } from './interval';
import { unitFactor } from './prose-lists';
import { relation } from './relation';
import type { RuleOutput } from './rule';
import { operandOf } from './sum-of-parts';

/** The identity, as the message names it (as identities.ts names the others). */
const BALANCE = '年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出';
// (`上年结转和结余资金为98.45万元`, `一般公共预算财政拨款上年结转98.45万元` (sn-zhouqu-dieryey-2023): what last year carried over.)
const OPENING = /(年初(财政拨款)?结转和?结余|上年(财政拨款)?结转(和?结余)?)(资金)?(为)?$/;
const CLOSING = /年末(财政拨款)?结转和?结余(资金)?(为)?$/;
const INCOME = /收入(合计)?$/;
const SPENT = /支出(合计)?$/;
/** Amounts that move the balance besides the four, or say the sentence is of the totals (收入总计 = 支出总计). */
const OTHER_MOVES = /结余分配|使用非财政拨款结余|弥补收支差额|提取|总计/;
/** A change or a part of one of the four, not one of them (`比上年增加`, `其中：基本支出`). */
const NOT_A_TERM = /(增加|减少|增长|下降|节约|超支|其中|基本支出|项目支出)/;

export function balances(report: Report, out: RuleOutput): void {
  for (const p of report.paragraphs) {
    if (!p.text.includes('年末') || !(p.text.includes('年初') || p.text.includes('上年'))) continue;
    for (const s of p.sentences) {
      const money = s.clauses.flatMap((c) => c.quantities).filter((q) => q.kind === 'money' && !q.incidental);
      // (A move said to be 0 moves nothing: `用事业基金弥补收支差额0万元,结余分配0万元` — sn-zhouqu-dieryey-2023.)
      if (money.length < 4 || money.some((q) => OTHER_MOVES.test(q.label) && !q.value.isZero())) continue;
      const one = (re: RegExp, not?: RegExp) => {
        const found = money.filter((q) => re.test(name(q)) && !(not && not.test(name(q))));
        return found.length === 1 && !NOT_A_TERM.test(name(found[0])) ? found[0] : undefined;
      };
      const opening = one(OPENING);
      const closing = one(CLOSING);
      const income = one(INCOME, /结转|结余|弥补/);
      const spent = one(SPENT, /结转|结余|弥补/);
      if (!opening || !closing || !income || !spent) continue;
      check(out, opening, income, spent, closing);
    }
  }
}

const name = (q: Quantity) => q.label.replace(/[\s\u3000]/g, '');

function check(out: RuleOutput, opening: Quantity, income: Quantity, spent: Quantity, closing: Quantity): void {
  const unit = closing.unit;
  const f = (q: Quantity) => unitFactor(q.unit, unit);
  const value = (q: Quantity) => q.value.mul(f(q));
  relation(out, {
    ruleId: 'identity',
    stated: closing,
    label: closing.label,
    operands: [opening, income, spent].map((q) => operandOf(q)),
    formula: `${opening.label} ${opening.raw} + ${income.label} ${income.raw} − ${spent.label} ${spent.raw}`,
    computed: value(opening).add(value(income)).sub(value(spent)),
    expected: sub(add(intervalOf(opening, f(opening)), intervalOf(income, f(income))), intervalOf(spent, f(spent))),
    decimals: moneyDecimals(closing.decimals, opening.decimals, income.decimals, spent.decimals),
    unit,
    note: t('依据：{0}', BALANCE),
  });
}
