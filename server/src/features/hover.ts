// Hover cards (Markdown): the relations a figure takes part in, with the numbers computed; a column's total;
// a section's figure and finding counts. Every amount also in 元/万元/亿元.
import Decimal from 'decimal.js';
import { t } from '../l10n';
import type { Analysis, Check, Finding, Quantity, Report, Span, Table } from '../report/model';
import { isMoneyUnit, moneyConversions, plain } from './amounts';
import { columnSum } from './columns';
import { contains, type Figure, figureAt, overlaps, statedFiguresIn } from './figures';
import { computedText, displayDecimals, numericFormula, trimmed } from './formula';
import { escapeMarkdown, markdownTable } from './markdown';
import { ADDITIVE_RULES, ruleLabel } from './rule-labels';

export interface HoverCard {
  markdown: string;
  /** What the card is about (highlighted by the editor). */
  span: Span;
}

export function hover(analysis: Analysis, offset: number): HoverCard | undefined {
  const { report } = analysis;
  const figure = figureAt(report, offset);
  if (figure) return figureCard(analysis, figure);
  const checks = analysis.checks.filter((c) => offset >= c.target.start && offset <= c.target.end);
  if (checks.length) return { markdown: checks.map(checkBlock).join('\n\n---\n\n'), span: checks[0].target };
  const header = headerAt(report, offset);
  if (header) return columnCard(header.table, header.column);
  const index = report.headings.findIndex((h) => offset >= h.span.start && offset <= h.span.end);
  if (index >= 0) return headingCard(analysis, index);
  if (report.title && offset >= report.title.span.start && offset <= report.title.span.end) {
    return summaryCard(analysis, report.title.text, { start: 0, end: report.text.length }, report.title.span);
  }
  return undefined;
}

/**
 * A unit as the card prints it, in the message language: the card is one language, so an English card says
 * `10k yuan` where the report says 万元 (the report's own words — its labels — are quoted as they stand).
 */
function unitName(unit: string): string {
  switch (unit) {
    case '元':
      return t('元');
    case '万元':
      return t('万元');
    case '亿元':
      return t('亿元');
    default:
      return unit;
  }
}

function unitSuffix(unit: string): string {
  if (!unit) return '';
  return unit === '%' ? '%' : ` ${unitName(unit)}`;
}

function amount(value: Decimal, unit: string, decimals?: number): string {
  return plain(value, decimals) + unitSuffix(unit);
}

function figureLabel(f: Figure): string {
  if (f.where === 'prose') return f.quantity.label;
  const header = f.column?.header ?? '';
  return [f.row.label, header].filter(Boolean).join('·');
}

function figureCard(analysis: Analysis, f: Figure): HoverCard {
  const q = f.quantity;
  const blocks: string[] = [];
  const label = figureLabel(f);
  blocks.push(`${label ? `**${escapeMarkdown(label)}** ` : ''}${escapeMarkdown(q.raw)}${unitSuffix(q.unit)}`);
  // The verdicts first, failing ones on top (`300.00 + 180.00 = 480 ✗ …` must not need scrolling), then
  // each relation's operands.
  const mine = analysis.checks.filter((c) => overlaps(c.target, q.span) || overlaps(c.target, q.fullSpan));
  const ordered = [...mine.filter((c) => !c.holds), ...mine.filter((c) => c.holds)];
  if (ordered.length) blocks.push(ordered.map(verdictLine).join('  \n'));
  for (const check of ordered) blocks.push(checkDetails(check));
  const shares = partShares(analysis.checks, q);
  if (shares.length) blocks.push(shares.join('  \n'));
  if (f.where === 'cell') {
    const sum = columnSumLine(f.table, f.cell.column);
    if (sum) blocks.push(sum);
  }
  const conversions = conversionTable(q.value, q.unit);
  if (conversions) blocks.push(conversions);
  return { markdown: blocks.join('\n\n'), span: q.fullSpan };
}

/** One relation: whether the stated figure agrees (the formula with its result) first, then its operands. */
function checkBlock(check: Check): string {
  return `${verdictLine(check)}\n\n${checkDetails(check)}`;
}

/** `362 ÷ 487.4 = 74.27% ✗ 文中为 79.4%，相差 5.13 个百分点` */
function verdictLine(check: Check): string {
  return `${escapeMarkdown(numericFormula(check.formula))} = ${computedText(check)}${unitSuffix(check.unit)} ${verdict(check)}`;
}

/** The relation's name and what it is about, and its operands in a table. */
function checkDetails(check: Check): string {
  const rows = check.operands.map((o) => [escapeMarkdown(o.label), plain(o.value), unitName(o.unit)]);
  const rule = `**${ruleLabel(check.ruleId)}**`;
  const head = check.targetLabel ? t('{0}：{1}', rule, escapeMarkdown(check.targetLabel)) : rule;
  const table = rows.length ? markdownTable([t('项目'), t('数值'), t('单位')], rows, ['l', 'r', 'l']) : '';
  return [head, table].filter(Boolean).join('\n\n');
}

function verdict(check: Check): string {
  if (check.holds) return '✓';
  const stated = check.stated;
  const diff = trimmed(stated.value.minus(check.computed).abs(), displayDecimals(check));
  const statedText = `${stated.raw}${unitSuffix(stated.unit || check.unit)}`;
  return check.unit === '%'
    ? t('✗ 文中为 {0}，相差 {1} 个百分点', statedText, diff)
    : t('✗ 文中为 {0}，相差 {1}', statedText, diff + unitSuffix(check.unit));
}

/** For a part of a total: its share of that total (`占总支出（47281.07 万元）的 0.73%`). */
function partShares(checks: Check[], q: Quantity): string[] {
  const out: string[] = [];
  for (const check of checks) {
    if (!ADDITIVE_RULES.has(check.ruleId) || check.stated.value.isZero()) continue;
    const part = check.operands.find((o) => o.span && overlaps(o.span, q.span));
    if (!part || (part.unit && check.stated.unit && part.unit !== check.stated.unit)) continue;
    const share = part.value.dividedBy(check.stated.value).times(100);
    out.push(
      t(
        '占{0}（{1}）的 {2}%',
        escapeMarkdown(check.targetLabel),
        `${check.stated.raw}${unitSuffix(check.stated.unit)}`,
        plain(share, 2),
      ),
    );
  }
  return out;
}

function conversionTable(value: Decimal, unit: string): string {
  if (!isMoneyUnit(unit)) return '';
  const conv = moneyConversions(value, unit);
  return markdownTable(
    conv.map((c) => unitName(c.unit)),
    [conv.map((c) => c.text)],
    conv.map(() => 'r'),
  );
}

function columnSumLine(table: Table, column: number): string {
  const s = columnSum(table, column);
  if (!s) return '';
  const header = table.columns[column]?.header ?? '';
  let line = t('本列（{0}）合计：{1}（{2} 项，不含“其中”子项）', escapeMarkdown(header), amount(s.sum, s.unit, s.decimals), s.count);
  const total = s.totalCell?.quantity;
  if (total) {
    const diff = total.value.minus(s.sum).abs();
    line +=
      '  \n' +
      (diff.isZero()
        ? t('合计行：{0} ✓', total.raw)
        : t('合计行：{0}，与各项之和相差 {1}', total.raw, plain(diff, Math.max(s.decimals, total.decimals))));
  }
  return line;
}

function headerAt(report: Report, offset: number): { table: Table; column: number } | undefined {
  for (const table of report.tables) {
    if (offset < table.headerSpan.start || offset > table.headerSpan.end) continue;
    for (const col of table.columns) {
      const span = col.headerCell.span;
      if (offset >= span.start && offset <= span.end && span.end > span.start) return { table, column: col.index };
    }
  }
  return undefined;
}

function columnCard(table: Table, column: number): HoverCard {
  const col = table.columns[column];
  const blocks = [`**${escapeMarkdown(col.header)}** ${t('（第 {0} 列）', column + 1)}`];
  const s = columnSum(table, column);
  const line = columnSumLine(table, column);
  if (line) blocks.push(line);
  if (s) {
    const conv = conversionTable(s.sum, s.unit);
    if (conv) blocks.push(conv);
  }
  return { markdown: blocks.join('\n\n'), span: col.headerCell.span };
}

function headingCard(analysis: Analysis, index: number): HoverCard {
  const heading = analysis.report.headings[index];
  const section = analysis.report.sections[index];
  const span = section && section.heading === heading ? section.span : heading.span;
  return summaryCard(analysis, `${heading.marker} ${heading.title}`.trim(), span, heading.span);
}

/** Figures, relations and findings inside a span (a section, or the whole report under its title). */
function summaryCard(analysis: Analysis, title: string, within: Span, span: Span): HoverCard {
  const figureCount = statedFiguresIn(analysis.report, within).length;
  const checks = analysis.checks.filter((c) => contains(within, c.target));
  const findings = analysis.findings.filter((f) => contains(within, f.span));
  const rows = [
    [t('数字'), String(figureCount)],
    [t('核对的关系'), String(checks.length)],
    [t('不成立的关系'), String(checks.filter((c) => !c.holds).length)],
    [t('问题'), String(findings.length)],
  ];
  const blocks = [`**${escapeMarkdown(title)}**`, markdownTable([t('统计'), t('数量')], rows, ['l', 'r'])];
  const bySeverity = severityCounts(findings);
  if (bySeverity) blocks.push(bySeverity);
  return { markdown: blocks.join('\n\n'), span };
}

function severityCounts(findings: Finding[]): string {
  const names: Record<Finding['severity'], string> = {
    error: t('错误'),
    warning: t('警告'),
    information: t('信息'),
    hint: t('提示'),
  };
  const parts: string[] = [];
  for (const sev of ['error', 'warning', 'information', 'hint'] as const) {
    const n = findings.filter((f) => f.severity === sev).length;
    if (n) parts.push(`${names[sev]} ${n}`);
  }
  return parts.join(' · ');
}
