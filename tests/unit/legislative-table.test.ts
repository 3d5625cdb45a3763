// The 立法对照表's pure parts: the 事项 of a row and a paragraph's lines. Texts from the corpus: shanxi 第七条
// opens 各级平安建设管理机构负责本行政区域内的平安建设工作，履行下列职责： before its items.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { provisionLines, rowSubject } from '../../src/lib/compare/legislative-table.ts';
import { toUnits } from '../../src/lib/compare/units.ts';
import { parseRegulation } from '../../src/lib/parse/parse-regulation.ts';
import { ROOT } from '../helpers/corpus.ts';

const cell = (text: string, topics: string[]) => ({ label: '第一条', href: '/', text, topics });

describe('legislative table', () => {
  it('names a row by the topic most of its provisions share, else by the first provision’s opening words', () => {
    expect(rowSubject({ cells: [cell('甲', ['信访工作', '矛盾纠纷多元化解']), null, cell('乙', ['矛盾纠纷多元化解'])] })).toEqual({ subject: '矛盾纠纷多元化解', from: 'topic' });
    expect(rowSubject({ cells: [null, cell('各级平安建设管理机构负责本行政区域内的平安建设工作，履行下列职责：', [])] })).toEqual({
      subject: '各级平安建设管理机构负责本行……',
      from: 'words',
    });
    expect(rowSubject({ cells: [cell('本条例自公布之日起施行。', [])] })).toEqual({ subject: '本条例自公布之日起施行……', from: 'words' });
  });

  it('puts each item of a paragraph on its own line, and leaves a （一） inside a sentence alone', () => {
    expect(provisionLines('履行下列职责：（一）统筹协调；（二）督促检查。')).toEqual(['履行下列职责：', '（一）统筹协调；', '（二）督促检查。']);
    expect(provisionLines('依照本条例第七条（一）项规定处理。')).toEqual(['依照本条例第七条（一）项规定处理。']);
  });

  it('cites in Chinese numerals what a text numbered 第10条 (the cells’ citations come from these labels)', () => {
    const file = path.join(ROOT, 'tests/fixtures/parse/arabic-numbers/input.txt');
    const { regulation } = parseRegulation(readFileSync(file, 'utf8'), file);
    const units = toUnits({ meta: { id: 'jiangzhou', shortName: '江州', jurisdiction: '江州市' }, parsed: regulation! });
    expect(units.find((u) => u.text.startsWith('电动自行车应当依法登记'))!.label).toBe('第十条');
  });
});
