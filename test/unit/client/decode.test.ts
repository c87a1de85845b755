// Files read by the workspace check decode as the CLI reads them: UTF-8 with or without BOM, UTF-16 with BOM,
// GB18030/GBK otherwise.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { decodeReport } from '../../../client/src/decode';

const title = '2023年度部门整体支出绩效自评报告\r\n合计47281.07万元';

describe('decodeReport', () => {
  it('UTF-8, with and without BOM', () => {
    assert.equal(decodeReport(new TextEncoder().encode(title)), title);
    assert.equal(decodeReport(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(title)])), title);
  });

  it('UTF-16 LE and BE with BOM', () => {
    assert.equal(decodeReport(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(title, 'utf16le')])), title);
    assert.equal(decodeReport(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(title, 'utf16-be')])), title);
  });

  it('GBK / GB18030 from Chinese Windows', () => {
    assert.equal(decodeReport(iconv.encode(title, 'gbk')), title);
    assert.equal(decodeReport(iconv.encode(title, 'gb18030')), title);
  });

  it('empty input is empty text', () => {
    assert.equal(decodeReport(new Uint8Array()), '');
  });
});
