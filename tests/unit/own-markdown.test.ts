// Our own Markdown documents (method notes, codebook, change log) as the site renders them: tables read as cards on a
// phone, each cell after the first named by its column.
import { describe, expect, it } from 'vitest';
import { renderOwnMarkdown } from '../../src/lib/corpus/markdown.ts';

describe('renderOwnMarkdown', () => {
  it('labels every cell after the first with its column header, and wraps the table so that it can scroll', () => {
    const html = renderOwnMarkdown('| 做法 | 首个对应条文正确 | 说明 |\n|---|---|---|\n| 现行方法 | 90.0% | 上面公布的数字 |\n');
    expect(html).toBe(
      '<div class="table-scroll" tabindex="0"><table class="stack-table">\n<thead>\n<tr>\n<th>做法</th>\n<th>首个对应条文正确</th>\n<th>说明</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>现行方法</td>\n<td data-label="首个对应条文正确">90.0%</td>\n<td data-label="说明">上面公布的数字</td>\n</tr>\n</tbody>\n</table></div>',
    );
  });

  it('names a cell by the text of its header even when the header has markup, and pushes headings down', () => {
    const html = renderOwnMarkdown('# 方法\n\n| 等级 | **条件** |\n|---|---|\n| 相关 | 把握 ≥ 相关阈值 |\n', 1);
    expect(html).toContain('<h2>方法</h2>');
    expect(html).toContain('<td data-label="条件">把握 ≥ 相关阈值</td>');
    expect(html).toContain('<td>相关</td>');
  });

  it('leaves an empty cell unnamed', () => {
    const html = renderOwnMarkdown('| 代码 | 问题 | 说明 |\n|---|---|---|\n| budget | 规定平安建设经费列入财政预算？ | |\n');
    expect(html).toContain('<td data-label="问题">规定平安建设经费列入财政预算？</td>\n<td></td>');
  });
});
