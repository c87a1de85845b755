// The rule catalogue: ids are stable kebab-case, and each prose rule's example sentence (shown in the README)
// is flagged by that very rule.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyze } from '../../server/src/analyze';
import { rules } from '../../server/src/rules/catalogue';

// Table and outline rules need more than one line to show; their examples describe a table.
const DESCRIBED = new Set(['heading-numbering', 'column-kind', 'table-row-formula', 'table-blank-adjustment', 'table-total', 'score', 'same-figure', 'report-year']);

test('rule ids are unique and kebab-case', () => {
  const ids = rules.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.match(id, /^[a-z]+(-[a-z]+)*$/);
});

for (const rule of rules.filter((r) => !DESCRIBED.has(r.id))) {
  test(`${rule.id}: its example sentence is flagged by it`, () => {
    const found = analyze(rule.example).findings.map((f) => f.ruleId);
    assert.ok(found.includes(rule.id), `example «${rule.example}» gave ${JSON.stringify(found)}`);
  });
}

test('the README lists every rule with its description', () => {
  const readme = readFileSync('README.md', 'utf8');
  for (const rule of rules) {
    assert.ok(readme.includes('`' + rule.id + '`'), `README misses ${rule.id}`);
    assert.ok(readme.includes(rule.description), `README's description of ${rule.id} is not the catalogue's`);
  }
});
