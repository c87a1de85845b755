// sum-of-parts, a count and the names listed after it: `设9个内设机构,分别为:A、B、…` must name 9.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertConsistent, checks, doc, only, summary } from './helpers';

// pd-nanzhang-zsfwzx-2019.txt line 30, as published (eight names for 9).
const EIGHT = '办公室、投资促进股科、区域协作股、招商股、信息统计股、政工人事股、政策法规股、项目服务股';
const nanzhang = (count: string, names = EIGHT) =>
  doc(`南漳县招商服务中心属于县委、县政府下设一级局,全额拨款事业单位,担负着全县的招商引资工作。招商服务中心设${count}个内设机构,分别为:${names}。招商服务中心内有事业编制25名。`);

describe('sum-of-parts: a count and the names listed', () => {
  it('设9个内设机构,分别为: eight names is an error on the 9, naming both counts', () => {
    const f = only(nanzhang('9'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '3 error sum-of-parts 9');
    assert.equal(f.message, '9个内设机构，但“分别为”后列出的是 8个');
    assert.equal(f.fix, undefined);
  });

  it('as many names as the count: checked and holding', () => {
    assertConsistent(nanzhang('8'), 'sum-of-parts', '8');
    assertConsistent(nanzhang('9', `${EIGHT}、综合股`), 'sum-of-parts', '9');
  });

  it('a partial list (等), names joined by 和, 包括 naming fewer, or two counts before the list: silent', () => {
    const silent = (text: string) => {
      assert.deepEqual(summary(text), []);
      assert.deepEqual(checks(text).filter((c) => c.rule === 'sum-of-parts'), []);
    };
    silent(nanzhang('9', `${EIGHT}等`));
    silent(nanzhang('9', EIGHT.replace('、招商股', '和招商股')));
    // 包括 may name kinds, not members: fewer names than the count holds.
    assertConsistent(doc('全县共有12所学校,包括城区学校、农村学校。'), 'sum-of-parts', '12');
    silent(doc('中心设6个内设机构和2个下属单位,分别为:办公室、招商股。'));
  });

  it('包括 naming more than the count is a slip', () => {
    assert.deepEqual(summary(doc('局机关设3个科室,包括:办公室、财务科、人事科、业务科。')), ['3 error sum-of-parts 3']);
  });

  it('包括 naming most of the count, four names or more, names its members: 17 with 16 listed is a slip (rd1-qingcheng-fy-2019)', () => {
    const courts = '办公室、政工科、刑事审判庭、民事审判第一庭、民事审判第二庭、行政审判庭、执行局、立案庭、审判监督庭、审判管理办公室、信访室、司法警察大队、马岭法庭、驿马法庭、白马法庭、桐川法庭';
    const f = only(doc(`机关内设机构17个,包括:${courts}。`));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '3 error sum-of-parts 17');
    assert.equal(f.message, '17个，但“包括”后列出的是 16个');
    assertConsistent(doc(`机关内设机构16个,包括:${courts}。`), 'sum-of-parts', '16');
    // Three names of 5: kinds, or some of them — fewer holds as before.
    assertConsistent(doc('下设5个股室,包括:办公室、财务股、业务股。'), 'sum-of-parts', '5');
  });

  it('即 without a colon names them too: 10个,即 nine names (re-nanxian-czj-2020)', () => {
    const text = (n: string) =>
      doc(`直属事业单位${n}个,即县国库集中支付中心、县财政信息中心、县工资统发中心、县财政投资评审中心、县政府债务研究评估中心、县财政预算编审中心、县国有资产服务中心、县会计服务中心、县经济开发区财政所。`);
    const f = only(text('10'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '3 error sum-of-parts 10');
    assert.equal(f.message, '10个，但“即”后列出的是 9个');
    assert.deepEqual(summary(text('9')), []);
  });
});

