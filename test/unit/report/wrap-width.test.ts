// The width a PDF text wraps its paragraphs at (report/wrapped-lines.ts), and what it says of a line that stops there:
// a double-spaced text (a blank line after every line, xichong-2019-juesuan-pdf-layout.txt) wraps the same way, and a line
// ending on ； a few columns short of the edge was still cut by it (PDF text spaces its figures).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { displayWidth, wrapWidth } from '../../../server/src/report/wrapped-lines';
import { spansOf } from './helpers';
import { summary } from '../rules/helpers';

// Filler prose wrapped at 39 characters (78 columns), a blank line after each line.
const filler = Array.from({ length: 30 }, (_, k) => '本部门严格执行预算管理制度，加强财务管理和内部控制，提高资金使用效益第' + '一二三四五六七八九十'[k % 10] + '项工作');
const doubleSpaced = (lines: string[]) => lines.flatMap((l) => [l, '']).join('\n');

describe('wrap width', () => {
  it('a double-spaced text wraps at the width of its lines', () => {
    assert.equal(displayWidth(filler[0]), 78);
    const text = doubleSpaced(filler);
    assert.equal(wrapWidth(text, spansOf(text)), 78);
  });

  it('a 三公 list running on past a line ending on ；, a blank line between: its parts are read (7.79 against 0 + 4.35 + 3.62)', () => {
    const sangong = [
      '2019年“三公”经费财政拨款支出决算为 7.79 万元，完成预算 86.56%。',
      '2019年“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0万元，占0%；',
      '公务用车购置及运行维护费支出决算 4.35 万元，占 54.58%；公务接待费支出决算 3.62 万元。',
    ];
    const text = doubleSpaced([...filler, ...sangong, ...filler.slice(0, 4)]);
    // 73 columns: five short of the edge.
    assert.equal(displayWidth(sangong[1]), 73);
    assert.ok(summary(text).some((s) => /sum-of-parts 7\.79$/.test(s)), summary(text).join('; '));
  });
});
