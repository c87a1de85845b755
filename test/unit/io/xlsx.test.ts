// The Excel reader: cells as Excel displays them (number formats), cached formula values, merged cells,
// several sheets, places, and broken files.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { strToU8, zipSync } from 'fflate';
import { placeAt } from '../../../server/src/io/document';
import { formatValue, readXlsx } from '../../../server/src/io/xlsx';

const root = join(__dirname, '..', '..', '..');
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

test('number formats decide the printed text', () => {
  const cases: [number, string, string][] = [
    [0.924888888, '0.00%', '92.49%'],
    [0.925, '0%', '93%'],
    [1248.6, '#,##0.00', '1,248.60'],
    [1248.6, '#,##0.00_ ', '1,248.60'],
    [46921.445, '0.00', '46921.45'],
    [1.005, '0.00', '1.01'],
    [-68.75, '#,##0.00;-#,##0.00', '-68.75'],
    [-68.75, '#,##0.00;(#,##0.00)', '(68.75)'],
    [12, '0"万元"', '12万元'],
    [1234567, '#,##0', '1,234,567'],
    [9.2488888, 'General', '9.2488888'],
    [0.1 + 0.2, 'General', '0.3'],
    [100, 'General', '100'],
    [3.5, '0.0#', '3.5'],
    [45000, 'yyyy/m/d', '2023/3/15'],
  ];
  for (const [n, code, shown] of cases) assert.equal(formatValue(n, code), shown, `${n} in ${code}`);
});

function xlsx(sheets: Record<string, string>, extra: Record<string, string> = {}): Uint8Array {
  const names = Object.keys(sheets);
  const files: Record<string, Uint8Array> = {
    'xl/workbook.xml': strToU8(
      `<workbook ${NS} xmlns:r="r"><sheets>${names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships>${names.map((_, i) => `<Relationship Id="rId${i + 1}" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`,
    ),
    'xl/styles.xml': strToU8(
      `<styleSheet ${NS}><numFmts><numFmt numFmtId="170" formatCode="#,##0.00"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="10"/><xf numFmtId="170"/><xf numFmtId="2"/></cellXfs></styleSheet>`,
    ),
    'xl/sharedStrings.xml': strToU8(`<sst ${NS}><si><t>项目</t></si><si><r><t>执行</t></r><r><t>率</t></r></si><si><t>合计</t></si></sst>`),
  };
  names.forEach((n, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(`<worksheet ${NS}>${sheets[n]}</worksheet>`)));
  for (const [k, v] of Object.entries(extra)) files[k] = strToU8(v);
  return zipSync(files);
}

test('a sheet is a table: shared and rich strings, cached formula values in their formats, merged cells', () => {
  const sheet =
    '<sheetData>' +
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>' +
    '<row r="2"><c r="A2" t="inlineStr"><is><t>基本支出</t></is></c><c r="B2" s="2"><v>1426.18</v></c><c r="C2" s="1"><f>B2/1432.4</f><v>0.99565763753141573</v></c></row>' +
    '<row r="4"><c r="A4" t="s"><v>2</v></c><c r="B4" s="3"><f>SUM(B2:B3)</f><v>1426.18</v></c><c r="C4" t="str"><f>"约"&amp;C2</f><v>约1</v></c><c r="D4" t="e"><v>#DIV/0!</v></c></row>' +
    '</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>';
  const r = readXlsx(xlsx({ Sheet1: sheet }));
  assert.ok(r.ok, r.ok ? '' : r.reason);
  assert.equal(r.text, '项目\t\t执行率\n基本支出\t1,426.18\t99.57%\n\n合计\t1426.18\t约1\t#DIV/0!\n');
  assert.equal(placeAt(r.places, r.text.indexOf('99.57%')), 'Sheet1!C2');
  assert.equal(placeAt(r.places, r.text.indexOf('合计')), 'Sheet1!A4');
});

test('several sheets: each named on a line before its rows; hidden sheets skipped', () => {
  const one = '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>';
  const bytes = xlsx({ 收入: one, 支出: one });
  const r = readXlsx(bytes);
  assert.ok(r.ok);
  assert.equal(r.text, '收入\n1\n\n支出\n1\n');
  assert.equal(placeAt(r.places, r.text.lastIndexOf('1')), '支出!A1');
});

test('the 自评表 fixture: figures as Excel shows them, same lines as its text original', () => {
  const r = readXlsx(readFileSync(join(root, 'test/fixtures/formats/zipingbiao-only-2024.xlsx')));
  assert.ok(r.ok);
  const lines = r.text.split('\n');
  assert.equal(lines[9], '\t年度资金总额\t1,200.00\t1,350.00\t1,248.60\t10\t92.49%\t9.25\t因征地延误2个月，新建仓房工程进度款101.40万元未能支付');
  assert.equal(lines[8], '项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\t偏差原因分析及改进措施');
});

test('broken and encrypted workbooks give a reason', () => {
  assert.equal(readXlsx(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0])).ok, false);
  assert.deepEqual(readXlsx(zipSync({ 'a.xml': strToU8('<a/>') })), {
    ok: false,
    reason: '不是有效的 .xlsx 文件（缺少 xl/workbook.xml）',
  });
  const good = xlsx({ S: '<sheetData/>' });
  assert.equal(readXlsx(good.subarray(0, good.length >> 1)).ok, false);
});
