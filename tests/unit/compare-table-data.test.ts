// The many-way table's per-regulation data: split from the corpus alignment and joined back for any choice,
// it must give exactly what the build's grouping gives. Expected rows were read in the texts: suzhou 第四十三条,
// changji 第二十一条 (公民应当遵守法律和社会公德，增进家庭和邻里关系和谐…, word for word) and shanxi 第四十一条第一款
// (公民应当遵守法律、法规，尊重社会公德，自觉维护社会治安秩序…) state the citizen's own duties; their paragraphs on
// 见义勇为 (suzhou 第四十三条第三款, changji 第二十一条第三款, shanxi 第四十一条第二款) reward those who step in.
// changji 第七条 (区域协作 with neighbouring prefectures and the 兵团) has nothing in xinjiang or shanxi.
import { describe, expect, it } from 'vitest';
import { alignCorpus } from '../../src/lib/compare/align-corpus.ts';
import { groupTableView } from '../../src/lib/compare/group-table-view.ts';
import { groupProvisions } from '../../src/lib/compare/groups.ts';
import { joinTableData, regulationTableData } from '../../src/lib/compare/table-data.ts';
import { RegulationTableDataSchema } from '../../src/lib/schemas/alignment.ts';
import { loadRegulations } from './compare-labels.ts';

const regulations = loadRegulations();
const alignment = alignCorpus(regulations);
const parts = regulations.map((r) => regulationTableData(alignment, r));
const byId = new Map(parts.map((p) => [p.id, p]));
const pick = (...ids: string[]) => ids.map((id) => byId.get(id)!);

describe('regulationTableData / joinTableData', () => {
  it('splits the alignment per regulation in the published format, every link listed from both ends', () => {
    for (const p of parts) RegulationTableDataSchema.parse(p);
    const listed = parts.reduce((n, p) => n + Object.values(p.links).reduce((m, l) => m + l.length, 0), 0);
    expect(listed).toBe(alignment.links.length * 2);
    const suzhou = byId.get('suzhou')!;
    expect(suzhou.units.find((u) => u.label === '第四十三条第一款')!.text).toBe('公民应当遵守法律和社会公德，增进家庭和邻里关系和谐，增强自我防护意识，提高安全防范能力。');
  });

  it('joins all parts back into the same regulations and links', () => {
    const joined = joinTableData(parts, alignment.method);
    expect(joined.links).toEqual(alignment.links);
    expect(joined.regulations).toEqual(alignment.regulations);
  });

  it('groups a joined choice exactly as the full alignment does', () => {
    for (const ids of [
      ['suzhou', 'changji', 'shanxi'],
      ['xinjiang', 'haidong'],
      ['shanxi', 'xinjiang', 'suzhou', 'changji'],
    ]) {
      const joined = joinTableData(pick(...ids), alignment.method);
      const cells = (t: ReturnType<typeof groupProvisions>) => t.rows.map((r) => r.cells.map((c) => c?.id ?? null));
      expect(cells(groupProvisions(joined, ids))).toEqual(cells(groupProvisions(alignment, ids)));
    }
  });
});

describe('groupTableView', () => {
  const view = groupTableView(pick('suzhou', 'changji', 'shanxi'), alignment.method);

  it('puts the three citizens’ duty articles in one row, with text and permalinks', () => {
    const row = view.rows.find((r) => r.cells[0]?.label === '第四十三条第一款')!;
    expect(row.cells[1]!.label).toBe('第二十一条第一款');
    expect(row.cells[2]!.label).toBe('第四十一条第一款');
    expect(row.cells[2]!.text.startsWith('公民应当遵守法律、法规，尊重社会公德')).toBe(true);
    expect(row.cells[0]!.href).toBe('/regulations/suzhou/43/#art_43__para_1');
    expect(row.filled).toBe(3);
  });

  it('groups the 见义勇为 paragraphs of all three', () => {
    const row = view.rows.find((r) => r.cells[0]?.label === '第四十三条第三款')!;
    expect(row.cells.map((c) => c?.label)).toEqual(['第四十三条第三款', '第二十一条第三款', '第四十一条第二款']);
  });

  it('says 无 where a regulation has nothing: changji 第七条 (区域协作) against xinjiang and shanxi', () => {
    const other = groupTableView(pick('changji', 'xinjiang', 'shanxi'), alignment.method);
    const row = other.rows.find((r) => r.cells[0]?.label === '第七条')!;
    expect(row.cells.slice(1)).toEqual([null, null]);
    expect(row.level).toBeNull();
    expect(row.levelName).toBe('他处未找到');
  });
});

describe('regulation ids that are names of Object.prototype', () => {
  it('split and join like any other id (a regulation may be called constructor)', () => {
    const renamed = regulations.map((r) => (r.meta.id === 'changji' ? { ...r, meta: { ...r.meta, id: 'constructor' } } : r));
    const aligned = alignCorpus(renamed);
    const own = renamed.map((r) => regulationTableData(aligned, r));
    const xinjiang = own.find((p) => p.id === 'xinjiang')!;
    expect(Array.isArray(xinjiang.links['constructor'])).toBe(true);
    expect(xinjiang.links['constructor']!.length).toBeGreaterThan(0);
    const joined = joinTableData(
      own.filter((p) => p.id === 'constructor' || p.id === 'xinjiang'),
      aligned.method,
    );
    expect(joined.regulations.map((r) => r.id)).toEqual(['constructor', 'xinjiang']);
    expect(() => groupProvisions(joined, ['constructor', 'xinjiang'])).not.toThrow();
  });
});
