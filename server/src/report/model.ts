// The model of a report: what the parser produces and every rule and feature reads.
// Plain data, plain offsets. Nothing here knows about editors or protocols.
import type Decimal from 'decimal.js';
import type { StoredIgnore } from './ignores';

/** Half-open range [start, end) of UTF-16 offsets into the document text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * money: 元/万元/亿元; percent: %; count: 人 个 家 项 辆 …; multiple: 倍; score: 分;
 * plain: a number with no unit (a table cell in a money table gets the table's unit and kind money).
 */
export type QuantityKind = 'money' | 'percent' | 'count' | 'multiple' | 'score' | 'plain';

export interface Quantity {
  /** The value in its printed unit: 47281.07 for `47281.07万元`, 0.73 for `0.73%`. */
  value: Decimal;
  /** '元' | '万元' | '亿元' | '%' | '倍' | '分' | '人' | '个' | '家' | '项' | '辆' | '' … */
  unit: string;
  kind: QuantityKind;
  /** Digits printed after the decimal point (`15.5` → 1, `2` → 0). */
  decimals: number;
  /** The number exactly as printed, without the unit: `47,281.07`, `４７２８１．０７`, `−68.75`. */
  raw: string;
  /** Where the number itself stands; a fix replaces this span. */
  span: Span;
  /** Where number and unit together stand (equals span when there is no unit). */
  fullSpan: Span;
  /** The noun phrase the figure belongs to, as written: `基本支出`, `资产使用率`, `“三公”经费预算数`. */
  label: string;
  /** True when the figure is a year, date, list number, threshold (`50万元以上`) or similar, not a stated amount. */
  incidental?: boolean;
  /** True inside brackets: `公务用车费9.80万元（其中购置费0万元）` — an aside, not a term of the sentence's list. */
  inParens?: boolean;
  /** Money in a text (or table) that prints all its money in whole units: read at its printed precision. */
  coarse?: boolean;
}

export type NumberingStyle =
  | 'chinese-dun' // 一、
  | 'chinese-paren' // （一）
  | 'arabic-dun' // 1、
  | 'arabic-paren' // （1） (1)
  | 'arabic-dot' // 1.  1．
  | 'circled' // ①
  | 'chinese-part' // 第一部分
  | 'markdown'; // # heading without a number

export interface Heading {
  /** 1 = top level. Assigned by nesting of numbering styles as they first appear. */
  level: number;
  style: NumberingStyle;
  /** The number it carries (一 → 1, ③ → 3); 0 for an unnumbered Markdown heading. */
  number: number;
  /** The marker as written: `1、` `（1)` `一、`. */
  marker: string;
  markerSpan: Span;
  /** The heading text after the marker, trimmed (a trailing `单位：万元` removed). */
  title: string;
  titleSpan: Span;
  /** The whole line. */
  span: Span;
  /** 0-based line. */
  line: number;
}

export interface Clause {
  /** Text of the clause, as in the source (wrapped line breaks kept out: see Paragraph.text). */
  text: string;
  span: Span;
  quantities: Quantity[];
  /** The punctuation that closed it: '，' '；' '。' '' … */
  end: string;
}

export interface Sentence {
  span: Span;
  clauses: Clause[];
}

export interface Paragraph {
  /** Covers every line of the paragraph (PDF-wrapped lines joined). */
  span: Span;
  /** The text with wrapped line breaks (and the indentation after them) removed. */
  text: string;
  /**
   * Where each joined line's text starts in `text` and in the document: text[i] stands at
   * docStart + (i − textStart) of the last segment with textStart ≤ i. See offsetInDocument in report/prose.ts.
   */
  segments: Array<{ textStart: number; docStart: number }>;
  sentences: Sentence[];
  quantities: Quantity[];
  /** A numbered list item (`（1) 2023年实现…`) rather than plain prose. */
  listMarker?: { marker: string; number: number; style: NumberingStyle; span: Span };
}

export interface Cell {
  /** Trimmed text of the cell. */
  text: string;
  /** The trimmed text's span; for a blank cell, its whole slot (the TAB of a cell line, the spaces between pipes). */
  span: Span;
  /** Where a value typed into an empty cell would be inserted (same as span.start for an empty cell). */
  insertAt: number;
  /** True for '', '/', '-', '—', '－', '--'. */
  empty: boolean;
  /** The number the cell holds, if it is one figure (unit from the table or the cell). */
  quantity?: Quantity;
  /** 0-based column index. */
  column: number;
}

export interface Row {
  cells: Cell[];
  /** The row's label (the text of its label cell, `其中：` removed, spaces removed): `人员经费`, `合计`. */
  label: string;
  labelCell?: Cell;
  /** 'total' for 合计/总计/总 计, 'subtotal' for 小计, otherwise 'item'. */
  kind: 'item' | 'total' | 'subtotal';
  /** Index of the parent row when this is a `其中：` child (the label starts with 其中, or continues that group). */
  parent?: number;
  span: Span;
  /** 0-based line of the row's first cell. */
  line: number;
}

export interface Column {
  index: number;
  /** Header text, spaces removed: `年初预算`, `超支（+）/结余（-）`. */
  header: string;
  headerCell: Cell;
  /** What the column holds, from its header: see columnRole in report/columns.ts. */
  role: ColumnRole;
  /** A unit named in the header (`金额（万元）`), overriding the table's. */
  unit?: string;
}

export type ColumnRole =
  | 'label' // 类别, 项目名称, 项目类别, 指标
  | 'index' // 序号
  | 'initial-budget' // 年初预算
  | 'adjustment' // 预算调整, 调整
  | 'adjusted-budget' // 调整后预算, 全年预算数
  | 'executable-budget' // 可执行预算
  | 'spent' // 决算支出, 支出金额, 全年执行数, 实际支出
  | 'balance' // 年末结余, 结余
  | 'over-under' // 超支（+）/结余（-）
  | 'rate' // 执行率
  | 'weight' // 分值
  | 'score' // 得分
  | 'note' // 备注, 偏差原因
  | 'amount' // another money column
  | 'other';

export interface Table {
  /** Word-pasted TAB cells, Markdown pipes, or a cell per line as copied out of a PDF. */
  form: 'tab' | 'markdown' | 'lines';
  span: Span;
  /** The unit stated near the table (`单位：万元`), or inherited, or '' when none is known. */
  unit: string;
  /** Text of the heading or caption line just before the table, if any. */
  caption: string;
  columns: Column[];
  /** Body rows (the header row is not among them). */
  rows: Row[];
  headerSpan: Span;
  /** Index (into report.sections) of the section the table stands in, or -1. */
  section: number;
  /**
   * The text ends with the table: an excerpt (a paste, a page) may have cut its last rows. Also when the table stops
   * right before a `其中` row with a figure that it could not read (a cell dropped): the rows from there are lost.
   */
  endsText?: boolean;
  /** The table goes on in the next one after a page break (report/table-continuation.ts). */
  continued?: boolean;
  /** The table goes on from the one before it, its header repeated after a page break. */
  continues?: boolean;
}

export interface Section {
  heading: Heading;
  /** From the heading line to the line before the next heading of the same or a higher level. */
  span: Span;
  /** Index of the parent section in report.sections, or -1 for top level. */
  parent: number;
}

export interface Report {
  text: string;
  format: 'txt' | 'md';
  title?: { text: string; span: Span };
  /** Every heading, in document order. */
  headings: Heading[];
  /** One per heading, same order. */
  sections: Section[];
  paragraphs: Paragraph[];
  tables: Table[];
  /** Offsets at which each line starts (lineStarts[0] = 0). */
  lineStarts: number[];
  /** Figure streams of total-first 决算表 as plain pdftotext prints them (report/row-streams.ts). */
  rowStreams?: RowStream[];
}

/** A total-first table's figures in order, its blank cells and row ends lost: see report/row-streams.ts. */
export interface RowStream {
  /** The header's total column: `本年支出合计`. */
  total: string;
  /** The most figures a row may hold: the total and every part column. */
  columns: number;
  values: Quantity[];
  span: Span;
  /** Its last row may be cut: the text ends, or another kind of number stands, right after its last figure. */
  cut: boolean;
  /** How many rows the table has, by its 科目编码 and the 合计 row (1 when no code is printed). */
  rows?: number;
  /** Where each row's figures start, when each line holds a row's (`-layout`); else the rows are unknown. */
  lineRows?: number[];
  /** Where each row's figures start, when each row's 科目编码 stands right before them (plain text, a row at a time). */
  codedRows?: Array<{ start: number; code: string }>;
  /** The table's note (`注：…`) stands right after its last figure: no row of it is left out. */
  closed?: boolean;
  /** A 三公 table's group: the 合计, then what is left of 出国, 车小计, 购置, 运行, 接待 (report/row-streams.ts). */
  sanGong?: boolean;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface Related {
  span: Span;
  message: string;
}

export interface Edit {
  span: Span;
  newText: string;
}

export interface Fix {
  /** Shown on the quick fix: `将 79.4% 改为 74.27%`. */
  title: string;
  edits: Edit[];
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** The stated figure that fails (the total, the rate, the derived cell). */
  span: Span;
  message: string;
  /** Every figure used in the relation. */
  related: Related[];
  fix?: Fix;
}

/** An operand of a checked relation. */
export interface Operand {
  label: string;
  value: Decimal;
  unit: string;
  span?: Span;
}

/**
 * A relation the analysis evaluated — holding or failing. Hover shows these (parts and their sum, the
 * division that gives a rate); a failing one is the source of a Finding.
 */
export interface Check {
  ruleId: string;
  /** The stated figure the relation is about. */
  target: Span;
  targetLabel: string;
  stated: Quantity;
  operands: Operand[];
  /** Human-readable formula with the numbers: `362 ÷ 487.4`, `340.33 + 71.05`. */
  formula: string;
  /** The exact value the operands give, in the stated figure's unit (features round it for display). */
  computed: Decimal;
  /** Its unit ('%' for rates, the amount's unit otherwise). */
  unit: string;
  holds: boolean;
  /** An inequality (a part at most its whole, a 总计 at least its 合计): holding, it vouches for no value. */
  bound?: boolean;
}

export interface Analysis {
  report: Report;
  checks: Check[];
  findings: Finding[];
}

/** Per-rule override from settings: off, or a severity replacing the rule's own. */
export type RuleSetting = 'off' | Severity;

export interface AnalyzeOptions {
  format?: 'txt' | 'md';
  rules?: Record<string, RuleSetting>;
  /** Ignores kept outside the text (`.jixiao-ignore`) for this report: see report/ignores.ts. */
  ignores?: readonly StoredIgnore[];
  /** A Date.now() time past which the analysis gives up (throws AnalysisAbandoned, see deadline.ts). */
  deadline?: number;
}
