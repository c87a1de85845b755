// `2012年6月14日,广西收到《财政部关于下达2022年服务业发展资金预算的通知》(财建〔2022〕153号)` (rv-gx-swt-2022): a
// document is not received, issued or passed on before the year its number carries. The date's year is the slip.
import type { Report, Span } from '../report/model';
import { t } from '../l10n';
import { offsetInDocument } from '../report/prose';

// A date, then within its sentence a verb that handles a document, then the document's number `〔2022〕153号`.
const DATED = /(?<!\d)(20\d\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^。；;]{0,120}?(收到|接到|下达|下发|印发|转发|拨付|以(?=《))[^。；;]{0,160}?[〔［\[【(（](20\d\d)[〕］\]】)）]\s*\d+\s*号/g;

/** Each date earlier than its document's year, with the year it should at least be. */
export function datesBeforeTheirDocument(report: Report): Array<{ span: Span; stated: number; year: number }> {
  const out: Array<{ span: Span; stated: number; year: number }> = [];
  for (const p of report.paragraphs) {
    if (!p.text.includes('号')) continue;
    for (const m of p.text.matchAll(DATED)) {
      const stated = Number(m[1]);
      const year = Number(m[3]);
      if (stated >= year) continue;
      // (`2022年12月20日提前下达1000万元，2023年6月5日下达355.21万元（鄂财农发〔2023〕87号）` (a helper's 补贴 probe): another
      // date between is the document's own.)
      if (/(?<!\d)20\d\d\s*年\s*\d{1,2}\s*月/.test(m[0].slice(m[0].indexOf('日') + 1))) continue;
      const start = offsetInDocument(p.segments, m.index);
      out.push({ span: { start, end: start + 4 }, stated, year });
    }
  }
  return out;
}

export const datedNoticeMessage = (stated: number, year: number) => t('日期写的是 {0} 年，早于文件本身的年份 {1} 年（文号中的年份）', String(stated), String(year));
