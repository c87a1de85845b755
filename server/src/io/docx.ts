// .docx → the report's text: body paragraphs in order, each paragraph's automatic numbering rendered as the
// label Word shows (一、 （一） 1.) from numbering.xml, tables as one line per row with the cells between TABs
// (a cell spanning columns is followed by empty cells, a vertically merged cell repeats as empty), the way a
// report pasted from Word reads. Footnotes, comments, text boxes, pictures and deleted revisions are skipped.
import { t } from '../l10n';
import { TextBuilder, isOle, isZip, type ReadDocument } from './document';
import { child, elements, parseXml, textOf, type XmlElement } from './xml';
import { readZip } from './zip';

interface Level {
  start: number;
  numFmt: string;
  lvlText: string;
  suff: string;
}

interface Numbering {
  /** numId → levels (by ilvl) and the start overrides of that list. */
  nums: Map<string, { abstract: string; starts: Map<number, number> }>;
  abstracts: Map<string, Map<number, Level>>;
}

interface StyleNumbering {
  numId?: string;
  ilvl?: number;
  basedOn?: string;
}

export function readDocx(bytes: Uint8Array): ReadDocument {
  if (isOle(bytes)) return { ok: false, reason: t('文件已加密或是旧的 Word 格式，请先去掉打开密码或另存为 .docx') };
  if (!isZip(bytes)) return { ok: false, reason: t('不是有效的 .docx 文件') };
  const zip = readZip(bytes, (n) => n === 'word/document.xml' || n === 'word/numbering.xml' || n === 'word/styles.xml');
  if (!zip.ok) return zip;
  const main = zip.parts.get('word/document.xml');
  if (!main) return { ok: false, reason: t('不是有效的 .docx 文件（缺少 word/document.xml）') };
  try {
    const numbering = readNumbering(zip.parts.get('word/numbering.xml'));
    const styles = readStyles(zip.parts.get('word/styles.xml'));
    const body = child(child(parseXml(main), 'w:document'), 'w:body');
    if (!body) return { ok: false, reason: t('不是有效的 .docx 文件（缺少正文）') };
    return { ok: true, ...new DocxWriter(numbering, styles).write(body) };
  } catch (e) {
    return { ok: false, reason: t('文件已损坏（{0}）', e instanceof Error ? e.message : String(e)) };
  }
}

function readNumbering(bytes: Uint8Array | undefined): Numbering {
  const numbering: Numbering = { nums: new Map(), abstracts: new Map() };
  if (!bytes) return numbering;
  const root = child(parseXml(bytes), 'w:numbering');
  if (!root) return numbering;
  for (const a of elements(root, 'w:abstractNum')) {
    const levels = new Map<number, Level>();
    for (const l of elements(a, 'w:lvl')) {
      levels.set(Number(l.attrs['w:ilvl'] ?? 0), {
        start: Number(val(child(l, 'w:start')) ?? 1),
        numFmt: val(child(l, 'w:numFmt')) ?? 'decimal',
        lvlText: val(child(l, 'w:lvlText')) ?? '',
        suff: val(child(l, 'w:suff')) ?? 'tab',
      });
    }
    numbering.abstracts.set(a.attrs['w:abstractNumId'], levels);
  }
  for (const n of elements(root, 'w:num')) {
    const starts = new Map<number, number>();
    for (const o of elements(n, 'w:lvlOverride')) {
      const s = val(child(o, 'w:startOverride'));
      if (s !== undefined) starts.set(Number(o.attrs['w:ilvl'] ?? 0), Number(s));
    }
    numbering.nums.set(n.attrs['w:numId'], { abstract: val(child(n, 'w:abstractNumId')) ?? '', starts });
  }
  return numbering;
}

function readStyles(bytes: Uint8Array | undefined): Map<string, StyleNumbering> {
  const styles = new Map<string, StyleNumbering>();
  if (!bytes) return styles;
  const root = child(parseXml(bytes), 'w:styles');
  if (!root) return styles;
  for (const s of elements(root, 'w:style')) {
    const numPr = child(child(s, 'w:pPr'), 'w:numPr');
    const ilvl = val(child(numPr, 'w:ilvl'));
    styles.set(s.attrs['w:styleId'], {
      numId: val(child(numPr, 'w:numId')),
      ilvl: ilvl === undefined ? undefined : Number(ilvl),
      basedOn: val(child(s, 'w:basedOn')),
    });
  }
  return styles;
}

function val(e: XmlElement | undefined): string | undefined {
  return e?.attrs['w:val'];
}

class DocxWriter {
  private out = new TextBuilder();
  private paragraphs = 0;
  private tables = 0;
  /** numId → counters by ilvl. */
  private counters = new Map<string, number[]>();

  constructor(
    private numbering: Numbering,
    private styles: Map<string, StyleNumbering>,
  ) {}

  write(body: XmlElement): { text: string; places: { offset: number; label: string }[] } {
    this.blocks(body);
    return this.out.done();
  }

  private blocks(node: XmlElement): void {
    for (const e of elements(node)) {
      if (e.name === 'w:p') this.paragraph(e);
      else if (e.name === 'w:tbl') this.table(e);
      else if (e.name === 'w:sdt') this.blocks(child(e, 'w:sdtContent') ?? e);
      else if (e.name === 'w:customXml' || e.name === 'w:ins') this.blocks(e);
    }
  }

  private paragraph(p: XmlElement): void {
    const text = this.label(p) + inlineText(p);
    if (text.trim() !== '') this.out.place(t('第{0}段', ++this.paragraphs));
    this.out.line(text);
  }

  /** The automatic number of a paragraph as Word shows it, with what follows it. */
  label(p: XmlElement): string {
    const pPr = child(p, 'w:pPr');
    const numPr = child(pPr, 'w:numPr');
    let numId = val(child(numPr, 'w:numId'));
    let ilvlText = val(child(numPr, 'w:ilvl'));
    let style = val(child(pPr, 'w:pStyle'));
    for (let depth = 0; style && depth < 10 && (numId === undefined || ilvlText === undefined); depth++) {
      const s = this.styles.get(style);
      if (!s) break;
      numId ??= s.numId;
      if (ilvlText === undefined && s.ilvl !== undefined) ilvlText = String(s.ilvl);
      style = s.basedOn;
    }
    if (numId === undefined || numId === '0') return '';
    const num = this.numbering.nums.get(numId);
    const levels = num && this.numbering.abstracts.get(num.abstract);
    if (!num || !levels) return '';
    const ilvl = Math.max(0, Math.min(8, Number(ilvlText ?? 0)));
    const level = levels.get(ilvl);
    if (!level) return '';
    let counters = this.counters.get(numId);
    if (!counters) this.counters.set(numId, (counters = []));
    const startOf = (l: number) => num.starts.get(l) ?? levels.get(l)?.start ?? 1;
    counters[ilvl] = counters[ilvl] === undefined ? startOf(ilvl) : counters[ilvl] + 1;
    counters.length = ilvl + 1; // deeper levels restart
    if (level.numFmt === 'bullet' || level.numFmt === 'none') return '';
    const label = level.lvlText.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      const fmt = levels.get(l)?.numFmt ?? 'decimal';
      return formatNumber(counters![l] ?? startOf(l), fmt);
    });
    if (label === '') return '';
    if (level.suff === 'nothing' || /[、）)．.，：:]$/.test(label)) return label;
    return label + ' ';
  }

  private table(tbl: XmlElement): void {
    const table = ++this.tables;
    let row = 0;
    for (const tr of elements(tbl, 'w:tr')) {
      row++;
      const cells: { text: string; column: number }[] = [];
      let column = Number(val(child(child(tr, 'w:trPr'), 'w:gridBefore')) ?? 0);
      for (let i = 0; i < column; i++) cells.push({ text: '', column: i + 1 });
      for (const tc of cellsOf(tr)) {
        const tcPr = child(tc, 'w:tcPr');
        const span = Math.max(1, Number(val(child(tcPr, 'w:gridSpan')) ?? 1));
        const vMerge = child(tcPr, 'w:vMerge');
        const continued = vMerge !== undefined && vMerge.attrs['w:val'] !== 'restart';
        const text = continued ? '' : cellText(tc, this);
        cells.push({ text, column: column + 1 });
        for (let i = 1; i < span; i++) cells.push({ text: '', column: column + i + 1 });
        column += span;
      }
      while (cells.length > 1 && cells[cells.length - 1].text === '') cells.pop();
      if (cells.every((c) => c.text === '')) continue;
      cells.forEach((c, i) => {
        if (i > 0) this.out.add('\t');
        this.out.place(t('表{0} 第{1}行 第{2}列', table, row, c.column));
        this.out.add(c.text);
      });
      this.out.line();
    }
  }
}

function cellsOf(tr: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const e of elements(tr)) {
    if (e.name === 'w:tc') out.push(e);
    else if (e.name === 'w:sdt' || e.name === 'w:customXml') out.push(...cellsOf(child(e, 'w:sdtContent') ?? e));
  }
  return out;
}

/** A cell's paragraphs (and nested tables) joined on one line. */
function cellText(tc: XmlElement, writer: DocxWriter): string {
  const parts: string[] = [];
  const walk = (node: XmlElement) => {
    for (const e of elements(node)) {
      if (e.name === 'w:p') parts.push(writer.label(e) + inlineText(e));
      else if (e.name === 'w:tbl') for (const tr of elements(e, 'w:tr')) for (const c of cellsOf(tr)) walk(c);
      else if (e.name === 'w:sdt') walk(child(e, 'w:sdtContent') ?? e);
    }
  };
  walk(tc);
  return parts
    .map((s) => s.replace(/[\t\n]+/g, ' ').trim())
    .filter((s) => s !== '')
    .join('');
}

const skipped = new Set([
  'w:pPr',
  'w:rPr',
  'w:del',
  'w:moveFrom',
  'w:instrText',
  'w:delText',
  'w:drawing',
  'w:pict',
  'w:object',
  'mc:AlternateContent',
  'w:footnoteReference',
  'w:endnoteReference',
  'w:commentReference',
  'w:fldData',
]);

/** The text of a paragraph's runs (inside hyperlinks, fields, content controls and insertions too). */
function inlineText(p: XmlElement): string {
  let s = '';
  const walk = (node: XmlElement) => {
    for (const e of node.children) {
      if (typeof e === 'string') continue;
      if (skipped.has(e.name)) continue;
      switch (e.name) {
        case 'w:t':
          s += textOf(e);
          break;
        case 'w:tab':
        case 'w:ptab':
          s += ' ';
          break;
        case 'w:br':
        case 'w:cr':
          s += e.name === 'w:br' && e.attrs['w:type'] === 'page' ? '' : '\n';
          break;
        case 'w:noBreakHyphen':
          s += '-';
          break;
        default:
          walk(e);
      }
    }
  };
  walk(p);
  return s;
}

const digits = '〇一二三四五六七八九';

function chineseCounting(n: number): string {
  if (n <= 0 || n >= 10000) return String(n);
  if (n < 10) return digits[n];
  if (n < 20) return '十' + (n % 10 ? digits[n % 10] : '');
  if (n < 100) return digits[Math.floor(n / 10)] + '十' + (n % 10 ? digits[n % 10] : '');
  if (n < 1000) {
    const rest = n % 100;
    return digits[Math.floor(n / 100)] + '百' + (rest === 0 ? '' : rest < 10 ? '零' + digits[rest] : rest < 20 ? '一' + chineseCounting(rest) : chineseCounting(rest));
  }
  return String(n);
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let s = '';
  for (const [v, r] of table) while (n >= v) (s += r), (n -= v);
  return s;
}

function letters(n: number): string {
  if (n <= 0) return String(n);
  const letter = String.fromCharCode(65 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** A counter in one of Word's number formats (w:numFmt). */
export function formatNumber(n: number, numFmt: string): string {
  switch (numFmt) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'ideographDigital':
      return numFmt === 'ideographDigital' ? [...String(n)].map((d) => digits[Number(d)]).join('') : chineseCounting(n);
    case 'chineseLegalSimplified':
      return [...chineseCounting(n)].map((c) => '零壹贰叁肆伍陆柒捌玖拾佰'['〇一二三四五六七八九十百'.indexOf(c)] ?? c).join('');
    case 'ideographTraditional':
      return '甲乙丙丁戊己庚辛壬癸'[(n - 1) % 10] ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
    case 'decimalZero':
      return n < 10 ? '0' + n : String(n);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letters(n);
    case 'lowerLetter':
      return letters(n).toLowerCase();
    default:
      return String(n);
  }
}
