// The status-bar text users see for the active report.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { statusText } from '../../../client/src/statusText';

describe('statusText', () => {
  it('a spinner while a check runs', () => {
    assert.equal(statusText({ errors: 2, warnings: 0, others: 0 }, true).text, '$(sync~spin) 绩效：检查中…');
  });

  it('the finding count, with an icon for the worst severity and a breakdown in the tooltip', () => {
    const s = statusText({ errors: 2, warnings: 5, others: 1 }, false);
    assert.equal(s.text, '$(error) 绩效：8 处问题');
    assert.match(s.tooltip, /^错误 2，警告 5，其他 1\n/);
    assert.equal(statusText({ errors: 0, warnings: 3, others: 0 }, false).text, '$(warning) 绩效：3 处问题');
    assert.equal(statusText({ errors: 0, warnings: 0, others: 1 }, false).text, '$(info) 绩效：1 处问题');
  });

  it('no finding', () => {
    assert.equal(statusText({ errors: 0, warnings: 0, others: 0 }, false).text, '$(pass) 绩效：无问题');
  });
});
