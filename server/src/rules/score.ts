// 自评表 scoring: 得分 ≤ 分值; 预算执行率 得分 = 执行率 × 分值, capped at 分值; the grade follows the total:
// 优 ≥ 90, 良 80–89, 中 60–79, 差 < 60. (总分 = Σ 得分 is a table total, checked by table-total.)
import Decimal from 'decimal.js';
import type { Cell, Operand, Quantity, Report, Row, Span, Table } from '../report/model';
import { t } from '../l10n';
import { fmt } from './format';
import { div, intervalOf, mul, overlaps, point, type Interval } from './interval';
import { relation } from './relation';
import type { Rule, RuleOutput } from './rule';
import { cellAt, cellName, cellOperand, column } from './table-cells';
import { checkSum } from './table-total';
import { proseRateScores, proseScorePairs, proseScoreSums, proseScoresOverWeight, proseScoresSpread } from './score-prose';
import { writtenProducts } from './formulas';
import { budgetScoreOutside } from './score-outside';
import { proseTotalsAgainstTables } from './score-restated';

const GRADE = /(等级|评价结果|评定结果|自评结果|评价等次|等次)(?:评定|确定|认定)?[为是：:\s]*[“"「『]?(优秀|优|良好|良|中等|中|差)[”"」』]?/g;

function gradeFor(score: Decimal): string {
  if (score.gte(90)) return '优';
  if (score.gte(80)) return '良';
  if (score.gte(60)) return '中';
  return '差';
}

/** The total a grade at `offset` speaks of: a 总分/得分 stated in its paragraph, else the 总分 row of the
 * nearest 自评表 above it. */
function totalScoreAt(report: Report, offset: number): Quantity | undefined {
  const paragraph = report.paragraphs.find((p) => p.span.start <= offset && offset <= p.span.end);
  // (`预算执行率得分9.8分，总分97.8分，等级为优`: the 总分, not an indicator's 得分 before it; else the last 得分 before
  // the grade.)
  // (`综合评分92分，自评等级为良` (a helper's recall probe): a 综合评分 is the total too.)
  // (`…得分分别为19.2分、18.5分、28.8分、27.5分，合计94分，评价结果为“优”` (a helper's 自评 probe): the 合计 after a list's
  // scores is the total, and the list's own figures, unnamed after the first, are none.)
  const scores = paragraph?.quantities.filter((q) => q.kind === 'score' && q.span.start < offset && (/(总分|得分|综合评分|总评分)(为|是)?$/.test(q.label) || /^[\s\u3000]*(合计|共计|总计)(得分)?(为|是)?$/.test(q.label)) && !/分别/.test(q.label)) ?? [];
  // (`该项目自评得分96.5分，等级为优。上年得分88分，等级为良。` (a helper's 自评 probe): the grade's own sentence's score.)
  const sentence = paragraph?.sentences.find((s) => s.span.start <= offset && offset <= s.span.end);
  // (Of its stretch after a ；: `项目A自评得分96.5分，等级为优；项目B自评得分86分，等级为良`.)
  const from = sentence ? sentence.span.start + Math.max(0, report.text.slice(sentence.span.start, offset).search(/[；;][^；;]*$/)) : 0;
  const own = sentence ? scores.filter((q) => q.span.start >= from) : [];
  if (own.length) return own.find((q) => /总|综合|自评得分|合计|共计/.test(q.label)) ?? own[own.length - 1];
  const stated = scores.find((q) => /总|综合|自评得分/.test(q.label)) ?? scores[scores.length - 1];
  if (stated) return stated;
  let found: Quantity | undefined;
  for (const table of report.tables) {
    if (table.span.start > offset) break;
    const scoreCol = column(table, 'score');
    const total = table.rows.find((r) => r.kind === 'total');
    const q = scoreCol && total && cellAt(total, scoreCol)?.quantity;
    if (q) found = q;
  }
  return found;
}

function checkRow(table: Table, row: Row, weightCol: NonNullable<ReturnType<typeof column>>, scoreCol: NonNullable<ReturnType<typeof column>>, out: RuleOutput): void {
  const weight = cellAt(row, weightCol)?.quantity;
  const score = cellAt(row, scoreCol)?.quantity;
  if (!weight || !score || row.kind !== 'item') return;
  const rate = rowRate(table, row, weightCol);
  const cap = weight.value;
  const computed = rate && Decimal.min(rate.value.mul(weight.value).div(100), cap);
  if (score.value.gt(weight.value)) {
    // On a 预算执行率 row the right score is 执行率 × 分值 (capped), not the cap itself: fixing 20 to the 分值 10
    // where the rate is 86.4% would only trade this finding for "应为 8.64".
    const right = computed ? fmt(computed, Math.max(2, score.decimals), score.decimals) : weight.raw;
    out.report({
      span: score.span,
      severity: 'error',
      message: t('{0} {1} 超过了分值 {2}', cellName(row, scoreCol), score.raw, weight.raw),
      related: [{ span: weight.span, message: `${cellName(row, weightCol)} ${weight.raw}` }],
      fix: { title: t('将 {0} 改为 {1}', score.raw, right), edits: [{ span: score.span, newText: right }] },
    });
    return;
  }
  if (!rate || !computed) return;
  const raw = mul(rate.interval, point(weight.value.div(100)));
  const expected = { lo: Decimal.min(raw.lo, cap), hi: Decimal.min(raw.hi, cap) };
  relation(out, {
    ruleId: 'score',
    stated: score,
    label: cellName(row, scoreCol),
    operands: [...rate.operands, cellOperand(row, weightCol, weight)],
    formula: t('min(执行率 {0}% × 分值 {1}, {1})', rate.value.toDecimalPlaces(4).toString(), weight.value.toString()),
    computed,
    expected,
    decimals: Math.max(2, score.decimals),
    unit: '',
  });
}

/** The 执行率 a row is scored by: the 预算执行率 row, or in the standard layout the 年度资金总额 row with a 执行率
 * column beside 分值 and 得分; undefined for any other row. */
function rowRate(table: Table, row: Row, weightCol: NonNullable<ReturnType<typeof column>>): { value: Decimal; interval: Interval; operands: Operand[] } | undefined {
  const rateColumn = table.columns.find((c) => c.role === 'rate' && /执行率/.test(c.header));
  const funds = rateColumn && cellAt(row, rateColumn)?.quantity?.unit === '%' ? cellAt(row, rateColumn) : undefined;
  // A stated 执行率 its own row's amounts do not give (`3824.26 ÷ 4753.66` printed 100%) is not what the row
  // scores: the score follows the amounts, as the template's 执行率 does.
  const fromAmounts = funds?.quantity ? amountsRate(table, row) : undefined;
  const misstated = fromAmounts && funds?.quantity && !overlaps(fromAmounts.interval, intervalOf(funds.quantity)) ? fromAmounts : undefined;
  // (The rate it should print, rounded as printed, may be what the score was worked from: 5198.91 ÷ 5212.11 = 99.7467%,
  // printed 99.75%, scores 9.98 — a helper's 自评表 whose 执行率 was mistyped 94.58%.)
  const rounded = misstated && funds?.quantity ? intervalOf({ ...funds.quantity, value: misstated.value.toDecimalPlaces(funds.quantity.decimals, Decimal.ROUND_HALF_UP) }) : undefined;
  const widened = misstated && rounded ? { ...misstated, interval: { lo: Decimal.min(misstated.interval.lo, rounded.lo), hi: Decimal.max(misstated.interval.hi, rounded.hi) } } : misstated;
  const derived = widened ?? (rateColumn ? undefined : executionRate(table, row));
  if (!funds && !derived && !/(预算|资金)执行率/.test(row.cells.map((c) => c.text).join(''))) return undefined;
  // The achieved rate: the 执行率 column's, or a percentage in a 执行率/实际/完成 column, else the last one before
  // 分值 (not the target).
  const percents = row.cells.filter((c) => c.quantity?.unit === '%' && c.column < weightCol.index);
  const rateCell = funds ?? percents.find((c) => /执行率|实际|完成/.test(table.columns[c.column]?.header ?? '')) ?? percents[percents.length - 1];
  return derived ?? (rateCell?.quantity && { value: rateCell.quantity.value, interval: intervalOf(rateCell.quantity), operands: [{ label: '执行率', value: rateCell.quantity.value, unit: '%', span: rateCell.quantity.span }] });
}

/**
 * A funds row's 执行率 from its amounts (全年执行数 ÷ 年初/全年预算数), where the table has no 执行率 column but
 * says how it scores (`执行率*该指标分值，最高不得超过分值上限`). Every funds row with its own 分值 is scored so.
 */
function executionRate(table: Table, row: Row): { value: Decimal; interval: Interval; operands: Operand[] } | undefined {
  if (!table.rows.some((r) => r.cells.some((c) => /执行率\s*[*×xX]/.test(c.text)))) return undefined;
  return amountsRate(table, row);
}

/** 全年执行数 ÷ 全年（或年初）预算数 of a row, in percent. */
function amountsRate(table: Table, row: Row): { value: Decimal; interval: Interval; operands: Operand[] } | undefined {
  const budgetCol = column(table, 'adjusted-budget') ?? column(table, 'initial-budget');
  const spentCol = column(table, 'spent');
  const budget = budgetCol && cellAt(row, budgetCol)?.quantity;
  const spent = spentCol && cellAt(row, spentCol)?.quantity;
  if (!budget || !spent || budget.unit === '%' || spent.unit === '%' || budget.value.lte(0)) return undefined;
  const ratio = div(intervalOf(spent), intervalOf(budget));
  if (!ratio) return undefined;
  return {
    value: spent.value.div(budget.value).mul(100),
    interval: { lo: ratio.lo.mul(100), hi: ratio.hi.mul(100) },
    operands: [cellOperand(row, spentCol!, spent), cellOperand(row, budgetCol!, budget)],
  };
}

/** A row of another table with its 分值 and 得分 cells put where this table has them. */
/** The rows' 分值 add up to the total's, exactly. */
function weightsAdd(total: Row, rows: Row[], weightCol: NonNullable<ReturnType<typeof column>>): boolean {
  const whole = cellAt(total, weightCol)?.quantity;
  if (!whole || !rows.length) return false;
  let sum = new Decimal(0);
  for (const r of rows) {
    const w = cellAt(r, weightCol)?.quantity;
    if (!w) return false;
    sum = sum.add(w.value);
  }
  return sum.eq(whole.value);
}

function movedRow(row: Row, weightAt: number, weight: Cell | undefined, scoreAt: number, score: Cell | undefined): Row {
  const cells: Cell[] = [];
  if (weight) cells[weightAt] = weight;
  if (score) cells[scoreAt] = score;
  return { ...row, cells };
}

/**
 * `评价等级为“优秀”（85分及以上为优秀）`, `自评结果分为优（90分及以上）、良（75-89分）、…` (a helper's 自评报告 probes): a text that
 * states its own grade bands grades by them, not by the usual ones.
 */
// (`85分（含）以上为优秀` (a helper's 评价报告 probe): the bound's （含） before 以上.)
/**
 * Whether the text grades by bands of its own: not when the bands it states are the usual ones (`等级：90分以上为优，
 * 80-90分为良，60-80分为中，60分以下为差` under a 自评表, a helper's — the grade it gives is still checked).
 */
function ownBands(text: string): boolean {
  const m = OWN_BANDS.exec(text);
  if (!m) return false;
  const stated = text.slice(Math.max(0, m.index - 40), m.index + 120).replace(/[\s\u3000]/g, '');
  // (The band's name first too: `优（90分及以上）、良（80-90分）、中（60-80分）` — a helper's Excel 自评表 note.)
  return !(/90分?[^。；]{0,10}优|优[（(]90/.test(stated) && /80[^。；]{0,10}良|良[（(]80/.test(stated) && /60[^。；]{0,10}(中|合格|及格)|(中|合格|及格)[（(]60/.test(stated));
}

const OWN_BANDS = /\d+\s*分\s*([（(]含[)）])?\s*(及|以)[以上]{1,2}[^。；;，,]{0,3}(为)?[“"「]?(优|良|中|合格|及格|差)|(优秀?|良好?|中等?|合格|及格|差)[”"」]?\s*[（(]\s*\d+\s*(分|[-－—~～至])/;

function checkGrade(report: Report, out: RuleOutput): void {
  if (ownBands(report.text)) return;
  GRADE.lastIndex = 0;
  for (let m = GRADE.exec(report.text); m; m = GRADE.exec(report.text)) {
    const total = totalScoreAt(report, m.index);
    if (!total) continue;
    const stated = m[2].slice(0, 1);
    const right = gradeFor(total.value);
    if (stated === right) continue;
    const start = m.index + m[0].lastIndexOf(m[2]);
    const span: Span = { start, end: start + m[2].length };
    out.report({
      span,
      severity: 'error',
      message: t('总分 {0} 分对应等级“{1}”（优 ≥ 90，良 80–89，中 60–79，差 < 60），文中为“{2}”', fmt(total.value, total.decimals), right, m[2]),
      related: [{ span: total.span, message: t('总分 {0}', total.raw) }],
      fix: { title: t('将“{0}”改为“{1}”', m[2], right), edits: [{ span, newText: right }] },
    });
  }
}

/**
 * Where the group a 小计 closes starts among `items`: at the last row whose first label cell is filled, in a table of
 * two label columns or more (一级指标 | 三级指标); else all of them.
 */
function groupStart(table: Table, items: Row[]): number {
  const labels = table.columns.filter((c) => c.role === 'label');
  if (labels.length < 2) return 0;
  const first = (row: Row) => cellAt(row, labels[0])?.text.trim() ?? '';
  for (let k = items.length - 1; k >= 0; k--) {
    const name = first(items[k]);
    if (!name) continue;
    // `产出指标 | 数量指标 | … ` / `产出指标 | 质量指标 | …` / `小计` (an Excel export that repeats the merged 一级指标 on every
    // row, a helper's 自评表 probe): the group is the run of rows naming it.
    while (k > 0 && first(items[k - 1]) === name) k--;
    return k;
  }
  return 0;
}

/**
 * `产出指标 | | | 50 | 48.5` over `| 数量指标 | 新建村级服务站 | 30 | 30` and `| 质量指标 | … | 20 | 18.5` (a 自评表 whose
 * 一级指标 rows carry their group's points, a helper's probe): a row naming only its first label, followed by rows that
 * leave the first label blank and name a lower one, heads those rows. The heads and their rows, in a table of two label
 * columns or more; none else.
 */
function labelledGroups(table: Table): Map<Row, Row[]> {
  const groups = new Map<Row, Row[]>();
  const labels = table.columns.filter((c) => c.role === 'label');
  if (labels.length < 2) return groups;
  const filled = (row: Row, k: number) => !!cellAt(row, labels[k])?.text.trim();
  const lower = (row: Row) => labels.some((_, k) => k > 0 && filled(row, k));
  const rows = table.rows;
  for (let i = 0; i + 1 < rows.length; i++) {
    const head = rows[i];
    if (head.kind !== 'item' || head.parent !== undefined || !filled(head, 0) || lower(head)) continue;
    const children: Row[] = [];
    for (let j = i + 1; j < rows.length && rows[j].kind === 'item' && rows[j].parent === undefined && !filled(rows[j], 0) && lower(rows[j]); j++) children.push(rows[j]);
    if (children.length) groups.set(head, children);
  }
  return groups;
}

export const score: Rule = {
  id: 'score',
  severity: 'error',
  description: '自评表评分：得分不超过分值，预算执行率得分 = 执行率 × 分值（封顶），评价等级与总分相符',
  example: '预算执行率 分值 10，执行率 95%，得分 10',
  run(report, out) {
    // A 自评表 split in two (表2 资金 with the 预算执行率 row, 表3 指标 with 总分): the rows scored in a table without
    // a total of its own count in the 总分 of the next one.
    let carried: Array<{ row: Row; weight: Cell | undefined; score: Cell | undefined }> = [];
    for (const table of report.tables) {
      const weightCol = column(table, 'weight');
      const scoreCol = column(table, 'score');
      if (!weightCol || !scoreCol) continue;
      for (const row of table.rows) checkRow(table, row, weightCol, scoreCol, out);
      // 总分 = Σ 得分 (and the 分值 column adds up the same way).
      const moved = carried.map(({ row, weight, score }) => movedRow(row, weightCol.index, weight, scoreCol.index, score));
      let items: Row[] = [...moved];
      // 小计 rows since the last total, and rows outside any 小计's group (a 预算执行率 row above the 产出指标 group).
      let parts: Row[] = [];
      let totals = 0;
      const sum = (row: Row, rows: Row[]) => {
        // (`预算执行率 10 | 产出指标 41.67 | 效益指标 26.67 | 满意度指标 6.67 | 总分 85` (a helper's 自评表 probe): points
        // worked out as 50 × 5/6 are printed rounded; the 总分 is of the unrounded ones.)
        checkSum(out, row, rows, scoreCol, { ruleId: 'score', exact: true, roundedParts: true });
        checkSum(out, row, rows, weightCol, { ruleId: 'score', exact: true });
      };
      const groups = labelledGroups(table);
      const grouped = new Set([...groups.values()].flat());
      for (const [head, children] of groups) sum(head, children);
      for (const row of table.rows) {
        if (row.parent !== undefined || grouped.has(row)) continue;
        if (row.kind === 'item') items.push(row);
        else if (row.kind === 'subtotal') {
          // `产出指标 | 新建… , | 工程验收合格率, 小计`: the group is the rows from the last one naming its 一级指标.
          const start = groupStart(table, items);
          sum(row, items.slice(start));
          parts.push(...items.slice(0, start), row);
          items = [];
        } else {
          // (The 预算执行率 score outside the indicator table: a helper's 项目自评表 probes.)
          let rows = [...parts, ...items];
          // (A funds table's rows carried over are none of a table whose own 分值 add up to its 总分 without them —
          // `预算执行率 | 10 | 9.84` its first row under a funds table scoring the same 10 (韶关 2022, pdftotext -layout).)
          if (moved.length && weightsAdd(row, rows.filter((r) => !moved.includes(r)), weightCol)) rows = rows.filter((r) => !moved.includes(r));
          const outside = budgetScoreOutside(report, table, row, rows, weightCol, scoreCol);
          if (outside === undefined) sum(row, rows);
          else if (outside !== 'silent') checkSum(out, row, [...rows, outside.row], scoreCol, { ruleId: 'score', exact: true, roundedParts: true });
          items = [];
          parts = [];
          totals++;
        }
      }
      carried = totals
        ? []
        : table.rows
            .filter((r) => r.parent === undefined && r.kind === 'item' && cellAt(r, weightCol)?.quantity && cellAt(r, scoreCol)?.quantity)
            .map((r) => ({ row: r, weight: cellAt(r, weightCol), score: cellAt(r, scoreCol) }));
    }
    proseScoreSums(report, out);
    proseScorePairs(report, out);
    proseScoresSpread(report, out);
    // `| 总分 | 100 | 95.5 |` then `…自评得分为97.5分` (score-restated.ts).
    proseTotalsAgainstTables(report, out);
    proseRateScores(report, out);
    proseScoresOverWeight(report, out);
    for (const p of report.paragraphs) if (/[=＝]/.test(p.text)) writtenProducts(p, out);
    checkGrade(report, out);
  },
};
