// Heading numbers run 1, 2, 3… under their parent; a level keeps the numbering style it started with.
//
// Only where the outline is certain. Published text restarts its numbering for reasons that are no slip: a table
// of contents before the body, a part (第二部分) that starts again at 一、, an excerpt that begins at 六、, table
// rows numbered 一、二、 flattened one cell per line, a check box line `1、持续性项目 ☑ 2、新增性项目 □`. So a
// first heading that is not 1 and a number lower than the one before (a restart) are not reported, and a
// repeat or a gap only between two lines that are surely headings (see isCertainHeading).
import type { Heading, Report } from '../report/model';
import { lineTextOf } from '../report/lines';
import { formatMarker } from '../report/numbering';
import { t } from '../l10n';
import type { Rule } from './rule';

const STYLE_NAMES: Record<string, string> = {
  'chinese-dun': '一、',
  'chinese-paren': '（一）',
  'arabic-dun': '1、',
  'arabic-paren': '（1）',
  'arabic-dot': '1.',
  circled: '①',
  'chinese-part': '第一部分',
};

export const headingNumbering: Rule = {
  id: 'heading-numbering',
  severity: 'warning',
  description: '同级标题编号应连续（不跳号、不重号），同一级别的编号样式前后一致',
  example: '一、… 二、… 四、…（缺少“三、”）',
  run(report, out) {
    const { headings, sections } = report;
    const lastChild = new Map<number, Heading>();
    const styleOfLevel = new Map<string, Heading>();
    // For each heading, the number of the next heading of its level and style under the same parent: a gap right
    // before a restart
    // (`目錄` / `九、… 十二、…` / `九、《…》`) is a table of contents or an excerpt of one, not a slip.
    const nextNumber: number[] = new Array(headings.length);
    const seen = new Map<string, number>();
    for (let k = headings.length - 1; k >= 0; k--) {
      const key = `${sections[k].parent} ${headings[k].level} ${headings[k].style}`;
      nextNumber[k] = seen.get(key) ?? Infinity;
      seen.set(key, headings[k].number);
    }
    /** Headings reported as repeating the number before them, with the number the fix gives them. */
    const renumbered = new Map<(typeof headings)[number], number>();
    headings.forEach((h, k) => {
      if (h.style === 'markdown') return;
      // One style per level within a 第X部分: another part (第一部分's 1. list, 第三部分's （一） sections) may use its own.
      let part = sections[k].parent;
      while (part >= 0 && headings[part].style !== 'chinese-part') part = sections[part].parent;
      const siblingsKey = `${part} ${h.level}`;
      const first = styleOfLevel.get(siblingsKey);
      if (!first) styleOfLevel.set(siblingsKey, h);
      // (Only between lines surely headings: in a table flattened a cell per line `1.` and `（一）` are row numbers.)
      else if (first.style !== h.style && isCertainHeading(report, h) && isCertainHeading(report, first)) {
        out.report({
          span: h.markerSpan,
          severity: 'information',
          message: t('第 {0} 级标题前文用“{1}”式编号（第 {2} 行），此处用“{3}”式', h.level, STYLE_NAMES[first.style], first.line + 1, STYLE_NAMES[h.style]),
          related: [{ span: first.markerSpan, message: first.marker }],
        });
      }
      const parent = sections[k].parent;
      const prev = lastChild.get(parent);
      lastChild.set(parent, h);
      const sameRun = prev && prev.level === h.level && prev.style === h.style;
      if (!sameRun) return; // a first heading, whatever its number: the text may start mid-document
      const expected = prev.number + 1;
      if (h.number === expected || h.number < prev.number) return; // in order, or a restart
      // `一、` `一、` `三、` (a helper's 乡镇 probe): after a number repeated — reported, its fix the next number — the one
      // that follows the fix is in order.
      if (renumbered.get(prev) === h.number - 1) return;
      if (!isCertainHeading(report, h) || !isCertainHeading(report, prev)) return;
      if (nextNumber[k] <= prev.number) return;
      // `  1. 收入支出决算总体情况说明` … `  1. 收入决算情况说明` (xz-guangshui-baiquanwsy-2023): a web page's lists of one
      // item each, all numbered 1 and indented by the page; not the writer's numbering.
      if (h.number === 1 && prev.number === 1 && /^[ \t\u3000]/.test(lineText(report, h.line)) && /^[ \t\u3000]/.test(lineText(report, prev.line))) return;
      // `(一)职能职责` twice (ra1-changshou-honghu-2024): the same heading line pasted twice is no numbering to change —
      // renumbering it would make the next heading wrong.
      if (h.number === prev.number && lineText(report, h.line).trim() === lineText(report, prev.line).trim()) return;
      // `二、分配原则:根据…文件,下达资金。…` (rb2-shangqiu-czj-2020): the missing number opens a line of prose between
      // them — a heading with its text run on, not a number skipped.
      if (h.number > expected && numberOpensLineBetween(report, prev.line, h.line, formatMarker(h.style, expected))) return;
      // `(一)资金投入情况分析` … `总体绩效情况分析` … `)总体绩效目标完成情况分析` … `(四)绩效指标完成情况分析` (sp-linhe-tyjrj-2023, a
      // page whose store lost the lines' starts): as many heading-like lines between as numbers missing — their numbers
      // were lost, not skipped.
      if (h.number > expected && unnumberedHeadingsBetween(report, prev.line, h.line) >= h.number - expected) return;
      const message =
        h.number === prev.number
          ? t('标题编号“{0}”与上一个同级标题重复，应为“{1}”', h.marker, formatMarker(h.style, expected))
          : t('标题编号跳号：上一个同级标题是“{0}”，此处为“{1}”，应为“{2}”', prev.marker, h.marker, formatMarker(h.style, expected));
      const newText = formatMarker(h.style, expected);
      if (h.number === prev.number) renumbered.set(h, expected);
      out.report({
        span: h.markerSpan,
        message,
        related: [{ span: prev.markerSpan, message: prev.marker }],
        fix: { title: t('将编号改为“{0}”', newText), edits: [{ span: h.markerSpan, newText }] },
      });
    });
  },
};

/** A line that reads as a heading whose number is lost: a topic word at its end, or the rest of a bracket marker first. */
const HEADING_LIKE = /^[)）]|(分析|情况|说明|概况|目标|指标|措施|问题|建议|结论|评价|成效|做法|经验)$/;

/** How many lines strictly between two read as headings that lost their numbers (short, no sentence punctuation). */
function unnumberedHeadingsBetween(report: Report, from: number, to: number): number {
  let n = 0;
  for (let line = from + 1; line < to && line - from <= MAX_LINES_BETWEEN; line++) {
    const text = lineText(report, line).trim();
    if (text.length >= 4 && text.length <= 30 && !/[。，,；;！？!?\d]/.test(text) && HEADING_LIKE.test(text)) n++;
  }
  return n;
}

/** A bare figure on a line of its own, not in a TAB-cell table: a cell of a table flattened one cell per line. */
const BARE_FIGURE = /^ *[\-－—+]?[\d０-９][\d０-９,，.．\s]*%?\s*$/;

/** Whether a line strictly between two lines opens with `marker` (brackets and 、 in either width). */
function numberOpensLineBetween(report: Report, from: number, to: number, marker: string): boolean {
  const plain = (x: string) => x.replace(/[（(]/g, '(').replace(/[）)]/g, ')').replace(/[.．]/g, '.');
  const want = plain(marker);
  for (let line = from + 1; line < to && line - from <= MAX_LINES_BETWEEN; line++) {
    if (plain(lineText(report, line).trim()).startsWith(want)) return true;
  }
  return false;
}
const MAX_LINES_BETWEEN = 400;

const lineText = (report: Report, line: number) => lineTextOf(report.text, report.lineStarts, line).replace(/\r?\n$/, '');

/**
 * A line that is surely a heading: a short title with no sentence in it, no second number marker or check box,
 * no figure, and not a cell among the bare figures of a flattened table.
 */
export function isCertainHeading(report: Report, h: Heading): boolean {
  const title = h.title;
  if (title.length > 40 || /[。；;☑□■√]/.test(title)) return false;
  // `一、一般公共预算拨款收入 |`: a cell of a table flattened one cell per line, its rows numbered.
  if (lineText(report, h.line).includes('|')) return false;
  if (/\d+[.．]\d+|[\d０-９]{3,}(?!年)/.test(title)) return false;
  if (/(^|[^\d])[1-9一二三四五六七八九十][、.．](?!\d)/.test(title)) return false;
  const near = [...neighbours(report, h.line, -1), ...neighbours(report, h.line, 1)];
  // `七、附属单位上缴收入` beside `七、文化旅游体育与传媒支出`: the two sides of a 收支总表 a cell per line (plain pdftotext),
  // their rows numbered each on its own — no outline.
  if (BUDGET_ROW.test(title) && near.some((l) => NUMBERED_BUDGET_ROW.test(l))) return false;
  return !near.some((l) => BARE_FIGURE.test(l));
}
const BUDGET_ROW = /(收入|支出)$/;
const NUMBERED_BUDGET_ROW = /^[\s\u3000]*[（(]?[一二三四五六七八九十\d]+[、)）.．]?.{2,30}(收入|支出)[\s\u3000]*$/;

/**
 * The nearest NEAR non-blank lines before or after `line`, within NEAR_SPAN lines: a table flattened a cell per
 * line with blank cells between (rd3-shangluo-tjj-2016's `三、事业单位经营支出` / blank / `五、事业单位经营收入`) puts
 * its figures a few cells away from a row's name.
 */
function neighbours(report: Report, line: number, step: number): string[] {
  const out: string[] = [];
  for (let l = line + step, n = 0; l >= 0 && l < report.lineStarts.length && n < NEAR_SPAN && out.length < NEAR; l += step, n++) {
    const raw = lineText(report, l);
    // (A `|` alone is the border between two cells, no cell.)
    if (raw.replace(/\|/g, '').trim() !== '') out.push(raw);
  }
  return out;
}
const NEAR = 3;
const NEAR_SPAN = 20;
