// `(一)老年人福利类项目73元。` / `安排中央彩票公益金73万用于养老机构疫情防控物资设备购置。` (rl1-bazhong-mzj-2022, a 公告 in
// 万元 throughout): an item's amount said again at once in the text under it, with the same digits in 万, is one sum
// of money — the one written in 元 is the slip.
import type { Paragraph, Quantity, Report } from '../report/model';
import { t } from '../l10n';
import type { RuleOutput } from './rule';

/** Fewer amounts in 万元 than this elsewhere, and 万元 is not shown to be the text's unit. */
const MIN_WAN = 3;

const ITEM_MARK = /^[（(]?[一二三四五六七八九十\d]+[)）、.．]/;
const isWan = (q: Quantity) => q.unit === '万元' || (q.unit === '万' && !!q.incidental);

export function unitRestated(report: Report, out: RuleOutput): void {
  const money = report.paragraphs.flatMap((p) => p.quantities.filter((q) => q.kind === 'money' && !q.incidental));
  const inYuan = money.filter((q) => q.unit === '元');
  if (inYuan.length !== 1 || money.filter((q) => q.unit === '万元').length < MIN_WAN) return;
  const slip = inYuan[0];
  const k = report.paragraphs.findIndex((p) => p.quantities.includes(slip));
  const item = report.paragraphs[k];
  const next: Paragraph | undefined = report.paragraphs[k + 1];
  if (!item?.listMarker || !next || item.quantities.filter((q) => !q.incidental).length !== 1) return;
  const again = next.quantities.find((q) => !(q.incidental && q.unit !== '万'));
  if (!again || !isWan(again) || !again.value.eq(slip.value)) return;
  const yuan = slip.fullSpan.end - 1;
  out.report({
    span: slip.span,
    severity: 'error',
    message: t('{0} {1}元 的单位像是写错了：下文同一笔资金写作 {1}万，全文其他金额都以万元计', slip.label.replace(ITEM_MARK, ''), slip.raw),
    related: [{ span: again.span, message: `${again.label} ${again.raw}${again.unit}` }],
    fix: { title: t('将“{0}元”改为“{0}万元”', slip.raw), edits: [{ span: { start: yuan, end: yuan }, newText: '万' }] },
  });
}
