// Every clause with 应当 should yield a duty with an actor. The ones that do not are printed, and the test fails
// unless each is listed below with the reason the text itself gives.
import { describe, expect, it } from 'vitest';
import { analyses } from './analyze-helpers.ts';

/** Clauses where 应当 does not state anybody's duty, read from the text. */
const EXPLAINED: Record<string, string> = {
  'changji:art_24__para_1__cl_1': '“应当承担法律责任的其他行为”：应当在定语里，本条是引致其他法律的条款，不给任何主体设定义务',
};

const withShall = analyses.flatMap((a) => a.clauses.filter((c) => c.text.includes('应当')).map((c) => ({ key: `${a.regulationId}:${c.id}`, c })));

describe('clauses with 应当', () => {
  it('are many (the corpus is mostly duties)', () => {
    expect(withShall.length).toBeGreaterThan(300);
  });

  it('each yield a duty with an actor, or are explained', () => {
    const unresolved = withShall.filter(({ c }) => !c.modalities.includes('义务') || c.actors.length === 0);
    const implicit = withShall.filter(({ c }) => c.actors.some((a) => a.via === 'implicit'));
    const carried = withShall.filter(({ c }) => c.actors.length > 0 && c.actors.every((a) => a.via === 'carried'));
    console.log(`含“应当”的分句 ${withShall.length} 句；未解析出主体 ${unresolved.length} 句；主体来自审核规则（无主句）${implicit.length} 句；承前文主语 ${carried.length} 句`);
    for (const { key, c } of unresolved) console.log(`  未解析 ${key}「${c.text}」${EXPLAINED[key] ? `——${EXPLAINED[key]}` : ''}`);
    for (const { key, c } of implicit) console.log(`  审核规则 ${key}「${c.text.slice(0, 40)}…」→ ${c.actors.map((a) => a.name).join('、')}`);
    expect(unresolved.map((u) => u.key).sort()).toEqual(Object.keys(EXPLAINED).sort());
  });

  it('never leave an actor uncovered by the vocabulary', () => {
    const uncovered = withShall.flatMap(({ key, c }) => c.actors.filter((a) => a.id === null).map((a) => `${key} ${a.expanded}`));
    expect(uncovered).toEqual([]);
  });
});
