// The element tree the Word and Excel readers walk: what a part's XML holds, in document order.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { child, elements, parseXml, textOf } from '../../../server/src/io/xml';

test('elements, attributes and text in order; spaces kept; entities and character references decoded', () => {
  const doc = parseXml(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:p w:rsid=\'00A1\' x="a &amp; b"><w:r><w:t xml:space="preserve"> 412.87 </w:t></w:r>' +
      '<!-- a comment --><w:r><w:t>&lt;合计&gt;&#x4E00;&#20108;&quot;&apos;</w:t></w:r><w:tab/><w:r><w:t><![CDATA[<b>]]></w:t></w:r></w:p>',
  );
  const p = child(doc, 'w:p');
  assert.ok(p);
  assert.deepEqual(p.attrs, { 'w:rsid': '00A1', x: 'a & b' });
  assert.deepEqual(p.children.map((c) => (typeof c === 'string' ? c : c.name)), ['w:r', 'w:r', 'w:tab', 'w:r']);
  assert.deepEqual(elements(p, 'w:r').map(textOf), [' 412.87 ', '<合计>一二"\'', '<b>']);
  assert.deepEqual(child(p, 'w:tab'), { name: 'w:tab', attrs: {}, children: [] });
});

test('malformed XML gives a partial tree, never an exception', () => {
  for (const bad of ['<a><b>text', '<a></b></a>', '<a x="1', '< a>', '<a>&bogus; &#xFFFFFFF;</a>', '']) {
    assert.doesNotThrow(() => parseXml(bad), bad);
  }
  assert.equal(textOf(parseXml('<a>&bogus; &#xFFFFFFF;</a>')), '&bogus; &#xFFFFFFF;');
  assert.equal(textOf(parseXml('<a><b>text')), 'text');
});
