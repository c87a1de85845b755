// .xlsx → the report's text: each sheet a table, one line per row, cells between TABs, each cell's text as
// Excel displays it — its number format decides the printed precision (`0.00%`, `#,##0.00`, `0.00`), which is
// what jixiao's rounding intervals are computed from. Formula cells show their cached values (what Excel last
// computed and saved). Merged cells hold their text in the top-left cell, the others are empty. Hidden sheets
// are skipped; a workbook with several sheets gets each sheet's name on a line before its rows.
import Decimal from 'decimal.js';
import { t } from '../l10n';
import { TextBuilder, isOle, isZip, type ReadDocument } from './document';
import { child, elements, parseXml, textOf, type XmlElement } from './xml';
import { readZip } from './zip';

/** Excel's built-in number formats that matter for figures (ids below 164 not listed are General). */
const builtinFormats: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  14: 'yyyy/m/d',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  49: '@',
};

export function readXlsx(bytes: Uint8Array): ReadDocument {
  if (isOle(bytes)) return { ok: false, reason: t('文件已加密或是旧的 Excel 格式，请先去掉打开密码或另存为 .xlsx') };
  if (!isZip(bytes)) return { ok: false, reason: t('不是有效的 .xlsx 文件') };
  const zip = readZip(bytes, (n) => n.startsWith('xl/') && n.endsWith('.xml') || n.endsWith('.rels'));
  if (!zip.ok) return zip;
  try {
    const workbookXml = zip.parts.get('xl/workbook.xml');
    if (!workbookXml) return { ok: false, reason: t('不是有效的 .xlsx 文件（缺少 xl/workbook.xml）') };
    const targets = relationships(zip.parts.get('xl/_rels/workbook.xml.rels'));
    const shared = sharedStrings(zip.parts.get('xl/sharedStrings.xml'));
    const formats = cellFormats(zip.parts.get('xl/styles.xml'));
    const workbook = child(parseXml(workbookXml), 'workbook');
    const date1904 = child(workbook, 'workbookPr')?.attrs['date1904'] === '1';
    const sheets = elements(child(workbook, 'sheets') ?? { name: '', attrs: {}, children: [] }, 'sheet').filter(
      (s) => s.attrs['state'] !== 'hidden' && s.attrs['state'] !== 'veryHidden',
    );
    const out = new TextBuilder();
    for (const sheet of sheets) {
      const target = targets.get(sheet.attrs['r:id']);
      const path = target && (target.startsWith('/') ? target.slice(1) : 'xl/' + target.replace(/^\.\//, ''));
      const xml = path && zip.parts.get(path);
      if (!xml) continue;
      const name = sheet.attrs['name'] ?? '';
      if (sheets.length > 1) {
        if (out.offset > 0) out.line();
        out.place(name);
        out.line(name);
      }
      writeSheet(out, name, child(parseXml(xml), 'worksheet'), shared, formats, date1904);
    }
    return { ok: true, ...out.done() };
  } catch (e) {
    return { ok: false, reason: t('文件已损坏（{0}）', e instanceof Error ? e.message : String(e)) };
  }
}

function relationships(bytes: Uint8Array | undefined): Map<string, string> {
  const map = new Map<string, string>();
  const root = bytes && child(parseXml(bytes), 'Relationships');
  if (root) for (const r of elements(root, 'Relationship')) map.set(r.attrs['Id'], r.attrs['Target']);
  return map;
}

function sharedStrings(bytes: Uint8Array | undefined): string[] {
  const root = bytes && child(parseXml(bytes), 'sst');
  if (!root) return [];
  return elements(root, 'si').map(richText);
}

/** The text of a shared or inline string (its runs, without phonetic guides). */
function richText(si: XmlElement): string {
  let s = '';
  for (const e of elements(si)) {
    if (e.name === 't') s += textOf(e);
    else if (e.name === 'r') s += textOf(child(e, 't') ?? e);
  }
  return s;
}

/** Style index → number format code. */
function cellFormats(bytes: Uint8Array | undefined): string[] {
  const root = bytes && child(parseXml(bytes), 'styleSheet');
  if (!root) return [];
  const custom = new Map<number, string>();
  for (const f of elements(child(root, 'numFmts') ?? root, 'numFmt'))
    custom.set(Number(f.attrs['numFmtId']), f.attrs['formatCode'] ?? 'General');
  return elements(child(root, 'cellXfs') ?? { name: '', attrs: {}, children: [] }, 'xf').map((xf) => {
    const id = Number(xf.attrs['numFmtId'] ?? 0);
    return custom.get(id) ?? builtinFormats[id] ?? ((id >= 14 && id <= 22) || (id >= 45 && id <= 47) ? 'yyyy/m/d' : 'General');
  });
}

/** `D7` → [row 7, column 4] (1-based). */
function parseRef(ref: string): [number, number] | undefined {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) return undefined;
  let column = 0;
  for (const ch of m[1]) column = column * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]), column];
}

export function columnName(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function writeSheet(
  out: TextBuilder,
  name: string,
  sheet: XmlElement | undefined,
  shared: string[],
  formats: string[],
  date1904: boolean,
): void {
  const data = child(sheet, 'sheetData');
  if (!sheet || !data) return;
  const rows = new Map<number, Map<number, string>>();
  let lastRow = 0;
  let nextRow = 1;
  for (const row of elements(data, 'row')) {
    const r = Number(row.attrs['r'] ?? nextRow);
    nextRow = r + 1;
    const cells = new Map<number, string>();
    let nextColumn = 1;
    for (const c of elements(row, 'c')) {
      const at = c.attrs['r'] ? parseRef(c.attrs['r']) : undefined;
      const column = at ? at[1] : nextColumn;
      nextColumn = column + 1;
      const text = cellText(c, shared, formats, date1904).replace(/[\t\r\n]+/g, ' ').trim();
      if (text !== '') cells.set(column, text);
    }
    if (cells.size > 0) {
      rows.set(r, cells);
      lastRow = Math.max(lastRow, r);
    }
  }
  // Merged cells: only the top-left one holds a value; Excel shows the others as part of it (here: empty).
  for (let r = 1; r <= lastRow; r++) {
    const cells = rows.get(r);
    if (!cells || cells.size === 0) {
      out.line();
      continue;
    }
    const last = Math.max(...cells.keys());
    for (let c = 1; c <= last; c++) {
      if (c > 1) out.add('\t');
      out.place(`${name}!${columnName(c)}${r}`);
      out.add(cells.get(c) ?? '');
    }
    out.line();
  }
}

function cellText(c: XmlElement, shared: string[], formats: string[], date1904: boolean): string {
  const type = c.attrs['t'] ?? 'n';
  const v = child(c, 'v');
  const value = v ? textOf(v) : undefined;
  switch (type) {
    case 's':
      return shared[Number(value)] ?? '';
    case 'inlineStr':
      return richText(child(c, 'is') ?? c);
    case 'str':
    case 'e':
      return value ?? '';
    case 'b':
      return value === '1' ? 'TRUE' : value === '0' ? 'FALSE' : '';
    default: {
      if (value === undefined || value.trim() === '') return '';
      const n = Number(value);
      if (!Number.isFinite(n)) return value;
      return formatValue(n, formats[Number(c.attrs['s'] ?? 0)] ?? 'General', date1904);
    }
  }
}

/** A number as Excel displays it in a format: the precision, thousands separators, percent and literal text. */
export function formatValue(n: number, code: string, date1904 = false): string {
  const sections = splitSections(code);
  let section = sections[0] ?? 'General';
  let value = n;
  if (n < 0 && sections.length > 1) {
    section = sections[1];
    value = -n;
  } else if (n === 0 && sections.length > 2) section = sections[2];
  const plain = section.replace(/\[[^\]]*\]/g, '');
  if (/^\s*general\s*$/i.test(plain) || plain.trim() === '') return general(value);
  if (plain.trim() === '@') return general(value);
  if (/[yY]|[dD]|(^|[^0#?.,])[mM]+([^0#?]|$)|[hH]|[sS]/.test(stripLiterals(plain)) && !/[0#?]/.test(stripLiterals(plain)))
    return excelDate(value, date1904);
  // Literal text around the number pattern: "…", \x, _x (a space as wide as x), *x (fill) are dropped or kept.
  let prefix = '';
  let suffix = '';
  let pattern = '';
  let seenNumber = false;
  for (let i = 0; i < plain.length; i++) {
    const ch = plain[i];
    let literal: string | undefined;
    if (ch === '"') {
      const end = plain.indexOf('"', i + 1);
      literal = plain.slice(i + 1, end === -1 ? plain.length : end);
      i = end === -1 ? plain.length : end;
    } else if (ch === '\\') literal = plain[++i] ?? '';
    else if (ch === '_' || ch === '*') {
      i++;
      literal = ch === '_' ? '' : '';
    } else if ('0#?.,%'.includes(ch) || (seenNumber && /[Ee+\-]/.test(ch) && /[0#?]/.test(plain.slice(i + 1)))) {
      pattern += ch;
      seenNumber = true;
      continue;
    } else literal = ch;
    if (seenNumber) suffix += literal;
    else prefix += literal;
  }
  const percent = (pattern.match(/%/g) ?? []).length;
  let scaled = new Decimal(value.toPrecision(15)).times(new Decimal(100).pow(percent));
  const numberPart = pattern.replace(/%/g, '');
  // Trailing commas scale by thousands (`#,##0,` shows 万… no: thousands).
  const trailing = /,+$/.exec(numberPart.replace(/\.[0#?]*$/, ''))?.[0].length ?? 0;
  if (trailing) scaled = scaled.div(new Decimal(1000).pow(trailing));
  if (/[Ee]/.test(numberPart)) {
    const decimals = (/\.([0#?]*)/.exec(numberPart)?.[1].length) ?? 0;
    return prefix + value.toExponential(decimals).toUpperCase().replace(/E([+-])(\d)$/, 'E$10$2') + suffix + '%'.repeat(percent);
  }
  const fraction = /\.([0#?]*)/.exec(numberPart)?.[1] ?? '';
  const minDecimals = (fraction.match(/0/g) ?? []).length;
  const maxDecimals = fraction.length;
  let fixed = scaled.toFixed(maxDecimals, Decimal.ROUND_HALF_UP);
  if (maxDecimals > minDecimals && fixed.includes('.')) {
    let [whole, frac] = fixed.split('.');
    while (frac.length > minDecimals && frac.endsWith('0')) frac = frac.slice(0, -1);
    fixed = frac ? `${whole}.${frac}` : whole;
  }
  const integerPattern = numberPart.split('.')[0];
  if (/,/.test(integerPattern.replace(/,+$/, ''))) {
    const negative = fixed.startsWith('-');
    const [whole, frac] = fixed.replace('-', '').split('.');
    fixed = (negative ? '-' : '') + whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac !== undefined ? '.' + frac : '');
  }
  if (!/0/.test(integerPattern) && /^-?0(\.|$)/.test(fixed) && fixed !== '0') fixed = fixed.replace(/^(-?)0/, '$1');
  return (prefix + fixed + '%'.repeat(percent) + suffix).trim();
}

function splitSections(code: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && !quoted) {
      current += ch + (code[++i] ?? '');
      continue;
    }
    if (ch === ';' && !quoted) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

function stripLiterals(s: string): string {
  return s.replace(/"[^"]*"/g, '').replace(/\\./g, '');
}

/** Excel's General format: up to 11 significant digits, no trailing zeros. */
function general(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const abs = Math.abs(n);
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9)) return n.toExponential(5).toUpperCase();
  return String(Number(n.toPrecision(11)));
}

function excelDate(serial: number, date1904: boolean): string {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const d = new Date(epoch + Math.floor(serial) * 86400000);
  return `${d.getUTCFullYear()}/${d.getUTCMonth() + 1}/${d.getUTCDate()}`;
}
