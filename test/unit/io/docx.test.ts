// The Word reader on .docx files built here in memory: numbering labels, merged table cells, skipped parts,
// places, and broken, encrypted or oversized files.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { zipSync, strToU8 } from 'fflate';
import { placeAt } from '../../../server/src/io/document';
import { formatNumber, readDocx } from '../../../server/src/io/docx';
import { readZip } from '../../../server/src/io/zip';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function docx(body: string, numbering?: string, styles?: string): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<Types/>'),
    'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
  };
  if (numbering) files['word/numbering.xml'] = strToU8(`<w:numbering ${W}>${numbering}</w:numbering>`);
  if (styles) files['word/styles.xml'] = strToU8(`<w:styles ${W}>${styles}</w:styles>`);
  return zipSync(files);
}

const p = (text: string, numPr = '') =>
  `<w:p>${numPr ? `<w:pPr>${numPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const num = (ilvl: number, numId = 1) => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;
const lvl = (ilvl: number, fmt: string, text: string, suff = 'nothing') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:suff w:val="${suff}"/><w:lvlText w:val="${text}"/></w:lvl>`;
const headings =
  `<w:abstractNum w:abstractNumId="7">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'chineseCounting', '（%2）')}` +
  `${lvl(2, 'decimal', '%3.')}${lvl(3, 'decimal', '%1.%4', 'tab')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>`;

function text(bytes: Uint8Array): string {
  const r = readDocx(bytes);
  assert.ok(r.ok, r.ok ? '' : r.reason);
  return r.text;
}

test('automatic numbering is rendered as Word shows it, deeper levels restarting (%1 in a deeper level keeps the format of level 1, as in Word)', () => {
  const body = [
    p('基本情况', num(0)),
    p('职责', num(1)),
    p('人员', num(1)),
    p('数量指标：…', num(2)),
    p('质量指标：…', num(2)),
    p('绩效情况', num(0)),
    p('预算', num(1)),
    p('执行率', num(2)),
    p('小节', num(3)),
    p('没有编号'),
  ].join('');
  assert.equal(
    text(docx(body, headings)),
    ['一、基本情况', '（一）职责', '（二）人员', '1.数量指标：…', '2.质量指标：…', '二、绩效情况', '（一）预算', '1.执行率', '二.1 小节', '没有编号', ''].join('\n'),
  );
});

test('numbering through a paragraph style, a start override, and bullets without a label', () => {
  const numbering =
    headings +
    `<w:abstractNum w:abstractNumId="8">${lvl(0, 'bullet', '•')}</w:abstractNum><w:num w:numId="2"><w:abstractNumId w:val="8"/></w:num>` +
    `<w:num w:numId="3"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>`;
  const styles = `<w:style w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>`;
  const body =
    `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>总体情况</w:t></w:r></w:p>` +
    p('要点', num(0, 2)) +
    p('存在的问题', num(0, 3));
  assert.equal(text(docx(body, numbering, styles)), '一、总体情况\n要点\n五、存在的问题\n');
});

test('Word number formats', () => {
  assert.deepEqual(
    [1, 10, 11, 20, 23, 100, 105].map((n) => formatNumber(n, 'chineseCounting')),
    ['一', '十', '十一', '二十', '二十三', '一百', '一百零五'],
  );
  assert.equal(formatNumber(3, 'decimalEnclosedCircle'), '③');
  assert.equal(formatNumber(4, 'upperRoman'), 'IV');
  assert.equal(formatNumber(2, 'lowerLetter'), 'b');
  assert.equal(formatNumber(2, 'ideographTraditional'), '乙');
  assert.equal(formatNumber(12, 'decimalFullWidth'), '１２');
});

test('a table: a row per line, cells between TABs, gridSpan followed by empty cells, vMerge continued as empty', () => {
  const tc = (t: string, pr = '') => `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ''}${p(t)}</w:tc>`;
  const body =
    p('表前') +
    '<w:tbl>' +
    `<w:tr>${tc('项目')}${tc('预算数', '<w:gridSpan w:val="2"/>')}${tc('执行率')}</w:tr>` +
    `<w:tr>${tc('基本支出', '<w:vMerge w:val="restart"/>')}${tc('100.00')}${tc('90.00')}${tc('90.00%')}</w:tr>` +
    `<w:tr>${tc('', '<w:vMerge/>')}${tc('50.00')}${tc('50.00')}${tc('100.00%')}</w:tr>` +
    '</w:tbl>' +
    p('表后');
  const r = readDocx(docx(body));
  assert.ok(r.ok);
  assert.equal(r.text, '表前\n项目\t预算数\t\t执行率\n基本支出\t100.00\t90.00\t90.00%\n\t50.00\t50.00\t100.00%\n表后\n');
  const at = (s: string, from = 0) => placeAt(r.places, r.text.indexOf(s, from));
  assert.equal(at('表前'), '第1段');
  assert.equal(at('执行率'), '表1 第1行 第4列');
  assert.equal(at('90.00%'), '表1 第2行 第4列');
  assert.equal(at('50.00'), '表1 第3行 第2列');
  assert.equal(at('表后'), '第2段');
});

test('footnote references, text boxes, deleted revisions and field codes are skipped; tabs and hyperlinks read', () => {
  const body =
    '<w:p><w:r><w:t>决算支出</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r>' +
    '<w:r><mc:AlternateContent xmlns:mc="m"><mc:Choice><w:drawing><w:t>文本框 999</w:t></w:drawing></mc:Choice></mc:AlternateContent></w:r>' +
    '<w:del><w:r><w:delText>1000</w:delText></w:r></w:del><w:ins><w:r><w:t>100</w:t></w:r></w:ins>' +
    '<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:tab/><w:t>万元</w:t></w:r>' +
    '<w:hyperlink><w:r><w:t>。</w:t></w:r></w:hyperlink></w:p>';
  assert.equal(text(docx(body)), '决算支出100 万元。\n');
});

test('a truncated, encrypted, foreign or oversized file gives a reason, never an exception', () => {
  const good = docx(p('决算支出100万元'));
  for (const bytes of [good.subarray(0, Math.floor(good.length / 2)), good.subarray(0, 40)]) {
    const r = readDocx(bytes);
    assert.equal(r.ok, false);
    assert.ok(!r.ok && r.reason.length > 0);
  }
  const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
  assert.deepEqual(readDocx(ole), { ok: false, reason: '文件已加密或是旧的 Word 格式，请先去掉打开密码或另存为 .docx' });
  assert.deepEqual(readDocx(strToU8('hello')), { ok: false, reason: '不是有效的 .docx 文件' });
  assert.deepEqual(readDocx(zipSync({ 'a.txt': strToU8('x') })), {
    ok: false,
    reason: '不是有效的 .docx 文件（缺少 word/document.xml）',
  });
  // A zip bomb: 64 MB of zeros compress to ~64 KB; with a 1 MB limit reading stops early.
  const bomb = zipSync({ 'word/document.xml': new Uint8Array(64 * 1024 * 1024) }, { level: 9 });
  assert.ok(bomb.length < 200 * 1024);
  const r = readZip(bomb, () => true, 1024 * 1024);
  assert.deepEqual(r, { ok: false, reason: '文件解压后超过 1 MB，不像是一份报告（可能是压缩炸弹）' });
});
