// The PDF reader: LibreOffice's exports of the format fixtures (test/fixtures/formats/build.py) read back as
// their Word originals (ruled tables rebuilt from their rules, wrapped cells and figures joined, wrapped
// paragraphs joined, rows split across pages joined), and PDFs it cannot read get a reason, not a crash.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { placeAt } from '../../../server/src/io/document';
import { readPdf } from '../../../server/src/io/pdf';

const formats = join(__dirname, '..', '..', 'fixtures', 'formats');

/** A PDF of the given objects (1 the catalog), with a correct cross-reference table. */
function pdf(objects: string[], trailer = ''): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

const page = (content: string) => [
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
  `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
];

async function text(name: string): Promise<string> {
  const r = await readPdf(readFileSync(join(formats, name)));
  assert.ok(r.ok, r.ok ? '' : r.reason);
  return r.text;
}

test('a ruled table: cells by the rules, blank cells kept, a figure wrapped in its cell joined', async () => {
  const lines = (await text('seed-hengshan.pdf')).split('\n');
  assert.ok(lines.includes('基本支出\t412.87\t\t344.12\t344.12\t0'), lines.join('\n'));
  assert.ok(lines.includes('其中：人员经费\t340.33\t\t286.73\t286.73\t0'));
  // 7402.03 is printed `7402.` over `03` in its narrow cell.
  assert.ok(lines.includes('1\t城乡社区支出\t其他城乡社区公共设施支出\t/\t7402.03\t7402.03\t7402.03\t100%\t/\t本级追加预算'));
  assert.ok(lines.includes('\t合计\t\t\t46936.95\t46936.95\t46936.95'));
  // A title and its unit are not a table row; wrapped paragraphs are one line.
  assert.ok(lines.some((l) => /^1\.整体绩效目标支出情况 +单位：万元$/.test(l)));
  assert.ok(lines.includes('2023年度政府采购支出2360.19万元，其中：货物43.05万元，工程1669.65万元，服务647.49万元。'));
});

test('a table drawn without rules: cells placed by their positions, blank cells kept, wrapped labels and figures joined', async () => {
  const lines = (await text('seed-hengshan-borderless.pdf')).split('\n');
  // `类     别` is one spaced-out cell; 预算调整 is blank in every row; 人员经 / 费 is one label.
  assert.ok(lines.includes('类 别\t年初预算\t预算调整\t调整后预算\t决算支出\t年末结余'), lines.join('\n'));
  assert.ok(lines.includes('基本支出\t412.87\t\t344.12\t344.12\t0'));
  assert.ok(lines.includes('其中：人员经费\t340.33\t\t286.73\t286.73\t0'));
  // A header over four lines, 7402.03 printed `7402.` over `03`, and the table going on at the next page.
  assert.ok(lines.includes('序号\t项目类别\t项目名称\t年初预算\t调整\t可执行预算\t支出金额\t执行率\t超支（+）/结余（-）\t备注'));
  assert.ok(lines.includes('1\t城乡社区支出\t其他城乡社区公共设施支出\t/\t7402.03\t7402.03\t7402.03\t100%\t/\t本级追加预算'));
  assert.ok(lines.includes('\t\t其他农林水支出\t/\t2800\t2800\t2800\t100%\t/\t本级追加预算'));
  assert.ok(lines.includes('\t\t其他城乡社区支出\t/\t13131.18\t1311.18\t13131.18\t100%\t/\t本级追加预算'));
  assert.ok(lines.includes('\t合计\t\t\t46936.95\t46936.95\t46936.95'));
  // The text around the tables is no table.
  assert.ok(lines.some((l) => /^1\.整体绩效目标支出情况 +单位：万元$/.test(l)));
  assert.ok(lines.includes('3、存在的问题及改进措施'));
  // A figure's unit and its % wrapped onto the next line; a lone row at the top of a page keeps the columns.
  const j = (await text('jiaoyu-xiangmu-2024-borderless.pdf')).split('\n');
  assert.ok(j.some((l) => l.startsWith('\t成本指标\t校舍改造单位造价\t≤2300元/平方米\t2086.90元/平方米\t')), j.join('\n'));
  assert.ok(j.includes('总分\t\t\t\t\t100\t95.26'));
  const k = (await text('kaifaqu-2024-seedlike-borderless.pdf')).split('\n');
  assert.ok(k.includes('\t\t招商引资支出\t26.2\t85.6\t111.8\t105.82\t94.56%\t-5.98'), k.join('\n'));
  // Text cells wrapped before a Latin word or a figure (`延至` / `2024年1月`, `最高` / `285.00` / `万元`).
  const x = (await text('xiangcun-2023-xiangmu-borderless.pdf')).split('\n');
  assert.ok(x.includes('\t时效指标\t项目完工时间\t2023年12月底前\t2个项目延至2024年1月\t7\t5\t受雨季影响，今后提前谋划开工'), x.join('\n'));
  assert.ok(x.includes('\t成本指标\t单个产业项目财政补助\t≤300万元\t最高285.00万元\t7\t7'));
});

test('a paragraph wrapped before a figure is joined; a row split across pages is one row', async () => {
  const x = (await text('xiangcun-2023-xiangmu.pdf')).split('\n');
  assert.ok(x.some((l) => l.includes('省级资金86.50万元、县级资金60.00万元')));
  assert.ok(x.some((l) => l.endsWith('各项指标及分值见表1。')));
  const z = (await text('zipingbiao-only-2024.pdf')).split('\n');
  assert.ok(z.some((l) => /^\t+可持续影响指标\t储粮综合损耗率\t≤0\.5%\t0\.62%\t10\t8\t3栋老旧仓房密闭性较差，损耗率0\.62%/.test(l)), z.join('\n'));
  assert.ok(z.some((l) => /^\t新建低温仓房.*储备粮宜存率保持100%。\t建成低温仓房/.test(l)));
});

test('places name the page', async () => {
  const r = await readPdf(readFileSync(join(formats, 'seed-hengshan.pdf')));
  assert.ok(r.ok);
  assert.equal(placeAt(r.places, 0), '第1页');
  assert.equal(placeAt(r.places, r.text.indexOf('3、存在的问题')), '第3页');
});

test('page numbers and running headers are dropped', async () => {
  const pages = [1, 2, 3].map(
    (n) => `BT /F1 10 Tf 60 800 Td (Annual report 2023) Tj ET BT /F1 10 Tf 60 ${700 - n} Td (Body ${['alpha', 'beta', 'gamma'][n - 1]} total 12.5!) Tj ET BT /F1 10 Tf 290 40 Td (${n}) Tj ET`,
  );
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 3 >>',
    ...[0, 1, 2].map((i) => `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${6 + i} 0 R /Resources << /Font << /F1 9 0 R >> >> >>`),
    ...pages.map((c) => `<< /Length ${c.length} >>\nstream\n${c}\nendstream`),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const r = await readPdf(pdf(objects));
  assert.ok(r.ok, r.ok ? '' : r.reason);
  assert.equal(r.text, 'Body alpha total 12.5!\nBody beta total 12.5!\nBody gamma total 12.5!\n');
});

test('a PDF without text (a scan) gets a reason naming OCR', async () => {
  const r = await readPdf(pdf(page('0 0 m 100 100 l S')));
  assert.equal(r.ok, false);
  assert.match(r.ok ? '' : r.reason, /扫描件|OCR/);
});

test('a password, a broken file or a non-PDF gets a reason, never a throw', async () => {
  const id = '<00112233445566778899aabbccddeeff>';
  const encrypted = pdf(
    [...page('BT ET'), `<< /Filter /Standard /V 1 /R 2 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -4 >>`],
    `/Encrypt 5 0 R /ID [${id} ${id}] `,
  );
  const e = await readPdf(encrypted);
  assert.deepEqual(e, { ok: false, reason: 'PDF 设有打开密码，请先去掉密码再检查' });
  const whole = readFileSync(join(formats, 'seed-hengshan.pdf'));
  for (const bytes of [whole.subarray(0, 2000), Buffer.from('%PDF-1.4\n garbage'), Buffer.from('not a pdf'), new Uint8Array()]) {
    const r = await readPdf(bytes);
    assert.equal(r.ok, false);
    assert.match(r.ok ? '' : r.reason, /PDF/);
  }
});

test('quotes drawn from a fallback font go back into the spaces they stand over; 第X部分 after a contents page starts a line', async () => {
  // juesuan-2023.pdf (LibreOffice, from test/fixtures/generators/juesuan-2023.py): 仿宋 has no “ ”, the text run keeps a
  // space for each and the marks come as items of their own at the spaces' places.
  const lines = (await text('juesuan-2023.pdf')).split('\n');
  assert.ok(lines.includes('七、财政拨款“三公”经费支出决算情况说明'), lines.slice(290, 310).join('\n'));
  assert.ok(lines.some((l) => l.startsWith('2023年度“三公”经费财政拨款支出预算为18.00万元，支出决算为15.21万元，完成预算的84.50%，其中：')));
  // The contents page ends `第五部分附件……25`; the next page's heading is a line of its own, not glued on.
  assert.ok(lines.includes('第一部分部门概况'));
  assert.ok(lines.some((l) => /^第五部分附件\.+25$/.test(l)));
});
