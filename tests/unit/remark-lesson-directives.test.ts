// The lesson directives on their own: each syntax, each error with its message and position, through
// both shells — the unified/remark plugin (after remark-directive) and the Sätteri plugin Astro runs.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toHast } from 'mdast-util-to-hast';
import remarkDirective from 'remark-directive';
import { markdownToHtml, mdxToJs } from 'satteri';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../scripts/lib/load-corpus.ts';
import { LessonDirectiveError } from '../../src/remark/lesson-directives.ts';
import { createLessonCorpus, editDistance, regulationsReferenced, resolveProvision, suggestRegulationId, type LessonCorpus } from '../../src/remark/lesson-refs.ts';
import { remarkLessonDirectives } from '../../src/remark/remark-lesson-directives.ts';
import { satteriLessonDirectives } from '../../src/remark/satteri-lesson-directives.ts';
import type { Regulation } from '../../src/lib/schemas/corpus.ts';
import { ROOT } from '../helpers/corpus.ts';
import { CONTENT_DIR } from '../../src/data/paths-fs.ts';

const BUILT_AT = '2026-11-22T23:43:42.641Z';
const regulations = loadCorpus(CONTENT_DIR, ROOT).map((l) => l.regulation!);
const corpus = createLessonCorpus(regulations, BUILT_AT);
const FILE = path.join(ROOT, 'content/lessons/test.mdx');
const textOf = (id: string, article: number, para: number) => corpus.regulations.get(id)!.parsed.articles[article - 1]!.paragraphs[para - 1]!.text;

/** remark-parse is not a dependency: parse with micromark and the extensions remark-directive registers. */
function remarkParseWithExtensions(this: { data: (key: string) => unknown; parser: unknown }) {
  this.parser = (doc: string) =>
    fromMarkdown(doc, { extensions: (this.data('micromarkExtensions') as never) ?? [], mdastExtensions: (this.data('fromMarkdownExtensions') as never) ?? [] });
}

/** Markdown → HTML through unified + remark-directive + the remark plugin. */
async function viaRemark(markdown: string, c: LessonCorpus = corpus): Promise<string> {
  const processor = unified()
    .use(remarkParseWithExtensions as never)
    .use(remarkDirective)
    .use(remarkLessonDirectives, { corpus: c, root: ROOT });
  const file = new VFile({ path: FILE, value: markdown });
  const tree = (await processor.run(processor.parse(file) as Root, file)) as Root;
  return toHtml(toHast(tree));
}

/** Markdown → HTML through Sätteri with directives on, as Astro is configured. */
async function viaSatteri(markdown: string, c: LessonCorpus = corpus): Promise<string> {
  const { html } = await markdownToHtml(markdown, {
    mdastPlugins: [satteriLessonDirectives({ corpus: c, root: ROOT })],
    features: { directive: true },
    fileURL: pathToFileURL(FILE),
  });
  return html;
}

/** The error a pipeline throws for some markdown. */
async function errorOf(run: (md: string) => Promise<string>, markdown: string): Promise<LessonDirectiveError> {
  try {
    await run(markdown);
  } catch (e) {
    if (e instanceof LessonDirectiveError || (e as Error).name === 'LessonDirectiveError') return e as LessonDirectiveError;
    throw e;
  }
  throw new Error('expected the lesson to fail');
}

describe.each([
  ['remark', viaRemark],
  ['satteri', viaSatteri],
])('lesson directives through %s', (_name, run) => {
  describe(':cite', () => {
    it('renders the exact citation of a paragraph linked to its permalink', async () => {
      const html = await run('见 :cite[suzhou/24/2]。');
      expect(html).toContain('<a href="/regulations/suzhou/24/#art_24__para_2" class="lesson-cite">《苏州市平安建设条例》第二十四条第二款</a>');
    });

    it('cites a whole article without an anchor', async () => {
      expect(await run(':cite[haidong/46]')).toContain('<a href="/regulations/haidong/46/" class="lesson-cite">《海东市平安建设条例》第四十六条</a>');
    });

    it('cites an item of a one-paragraph article written either way, without 款', async () => {
      const short = await run(':cite[xinjiang/9/(3)]');
      const full = await run(':cite[xinjiang/9/1/3]');
      const wide = await run(':cite[xinjiang/9/（3）]');
      const expected = '<a href="/regulations/xinjiang/9/#art_9__para_1__item_3" class="lesson-cite">《新疆维吾尔自治区平安建设条例》第九条第（三）项</a>';
      for (const html of [short, full, wide]) expect(html).toContain(expected);
    });

    it('keeps 款 for an item of a multi-paragraph article', async () => {
      expect(await run(':cite[shanxi/44/1/5]')).toContain('>《山西省平安建设条例》第四十四条第一款第（五）项</a>');
    });

    it('treats the only paragraph of an article as the article', async () => {
      expect(await run(':cite[suzhou/1/1]')).toContain('<a href="/regulations/suzhou/1/" class="lesson-cite">《苏州市平安建设条例》第一条</a>');
    });

    it('drops the title with {short} and keeps the full citation as the link title', async () => {
      const html = await run('该条例 :cite[suzhou/49/1/3]{short} 规定');
      expect(html).toMatch(
        /<a href="\/regulations\/suzhou\/49\/#art_49__para_1__item_3" (title="《苏州市平安建设条例》第四十九条第一款第（三）项" class="lesson-cite"|class="lesson-cite" title="《苏州市平安建设条例》第四十九条第一款第（三）项")>第四十九条第一款第（三）项<\/a>/,
      );
    });
  });

  describe('::quote', () => {
    it('embeds the current text of a paragraph from the data, with its citation and permalink', async () => {
      const html = await run('::quote[suzhou/24/2]');
      expect(html).toContain('data-cite="《苏州市平安建设条例》第二十四条第二款"');
      expect(html).toContain('data-href="/regulations/suzhou/24/#art_24__para_2"');
      expect(html).toContain(`<p class="para">${textOf('suzhou', 24, 2)}</p>`);
      expect(html).not.toContain(textOf('suzhou', 24, 1));
      expect(html).toContain('<figcaption class="quote-cite"><a href="/regulations/suzhou/24/#art_24__para_2">《苏州市平安建设条例》第二十四条第二款</a></figcaption>');
    });

    it('embeds a whole article: label, lead-in and every item on its own line', async () => {
      const html = await run('::quote[suzhou/4]');
      expect(html).toContain('<p class="para"><strong class="art-label">第四条</strong>　平安建设的主要任务是：</p>');
      expect(html.match(/<p class="item">/g)).toHaveLength(8);
      expect(html).toContain('<p class="item"><span class="item-label">（八）</span>国家和省、市规定的其他平安建设任务。</p>');
    });

    it('keeps inline items inline, as xinjiang 第九条 writes them', async () => {
      const html = await run('::quote[xinjiang/9]');
      expect(html.match(/<p class="para">/g)).toHaveLength(1);
      expect(html).toContain('平安建设的主要任务是：（一）依法精准深化严打暴恐专项斗争');
      expect(html).toContain('（十一）涉及平安建设的其他任务。</p>');
    });

    it('embeds a single item', async () => {
      const html = await run('::quote[haidong/46/(6)]');
      expect(html).toContain('<p class="item"><span class="item-label">（六）</span>平安建设考评评价等次为一般的；</p>');
    });

    it('renders provision text as escaped text, never as HTML', async () => {
      const text = '为了<script>alert(1)</script>&“有效”防范';
      const html = await run('::quote[suzhou/1]', withText('suzhou', 1, text));
      expect(html).not.toContain('<script');
      // the text comes back exactly once its character references are decoded
      const decoded = html
        .replace(/&(?:lt|#x3C|#60);/gi, '<')
        .replace(/&(?:gt|#x3E|#62);/gi, '>')
        .replace(/&(?:amp|#x26|#38);/gi, '&');
      expect(decoded).toContain(`</strong>　${text}</p>`);
    });
  });

  describe('::compare', () => {
    it('sets the chosen provisions of each jurisdiction side by side, in the order written', async () => {
      const html = await run('::compare[网格员队伍]{suzhou="15/2" xinjiang="30/2,30/3" shanxi="35"}');
      expect(html).toContain('<figcaption class="compare-caption">比较：网格员队伍</figcaption>');
      const rows = [...html.matchAll(/<th scope="row">([^<]+)</g)].map((m) => m[1]);
      expect(rows).toEqual(['苏州', '新疆', '山西']);
      const cites = [...html.matchAll(/data-cite="([^"]+)"/g)].map((m) => m[1]);
      expect(cites).toEqual([
        '《苏州市平安建设条例》第十五条第二款',
        '《新疆维吾尔自治区平安建设条例》第三十条第二款',
        '《新疆维吾尔自治区平安建设条例》第三十条第三款',
        '《山西省平安建设条例》第三十五条',
      ]);
      expect(html).toContain(textOf('xinjiang', 30, 3));
      expect(html).toContain('<span class="compare-meta">设区的市</span><span class="compare-meta">2023年1月1日施行</span>');
    });

    it('finds each jurisdiction’s best match with the comparison library, and takes the author’s choice over it', async () => {
      const html = await run('::compare[suzhou/16/1]{with="changji,shanxi" haidong="12/1"}');
      expect(html).toContain('<figcaption class="compare-caption">比较：《苏州市平安建设条例》第十六条第一款与各地相近条文</figcaption>');
      const rows = [
        ...html.matchAll(
          /<th scope="row">([^<]+)<span class="compare-meta">[^<]*<\/span><span class="compare-meta">[^<]*<\/span><span class="compare-how">([^<]*)<\/span><\/th><td>(?:<div[^>]*data-cite="([^"]+)")?/g,
        ),
      ].map((m) => [m[1], m[2]!.replace(/（文字相似度 [\d.]+）/, ''), m[3]]);
      // changji 第十六条第一款 repeats suzhou's wording almost word for word
      expect(rows.slice(0, 2)).toEqual([
        ['苏州', '比对基准', '《苏州市平安建设条例》第十六条第一款'],
        ['昌吉', '自动比对：基本相同', '《昌吉回族自治州平安建设促进条例》第十六条第一款'],
      ]);
      expect(rows[2]![0]).toBe('山西');
      expect(rows[3]).toEqual(['海东', '作者选定', '《海东市平安建设条例》第十二条第一款']);
      expect(html).toContain('标“自动比对”的行由本站比对程序选出');
    });
  });

  describe('errors', () => {
    it('fails on a paragraph that does not exist, with file, line, column and the source line', async () => {
      const e = await errorOf(run, '# 标题\n\n依照 :cite[suzhou/24/5]，……\n');
      expect([e.file, e.line, e.column, e.ruleId]).toEqual(['content/lessons/test.mdx', 3, 4, 'lesson-unknown-paragraph']);
      expect(e.message).toMatchInlineSnapshot(`
        "content/lessons/test.mdx:3:4 error 《苏州市平安建设条例》第二十四条只有 3 款，没有第五款：suzhou/24/5 [lesson-unknown-paragraph]
            3 | 依照 :cite[suzhou/24/5]，……
                     ^"
      `);
    });

    it('suggests the nearest id for a misspelt regulation', async () => {
      const e = await errorOf(run, 'x\n\n::quote[suzou/24]\n');
      expect([e.line, e.column, e.ruleId]).toEqual([3, 1, 'lesson-unknown-regulation']);
      expect(e.reason).toMatchInlineSnapshot(`"没有 id 为“suzou”的法规：suzou/24。你是不是要写“suzhou”？可用的 id：changji、guangdong、haidong、shanxi、suzhou、xinjiang"`);
    });

    it('suggests the id when the author wrote the place name', async () => {
      const e = await errorOf(run, ':cite[苏州/24]');
      expect(e.reason).toContain('你是不是要写“suzhou”？');
    });

    it('fails on an article that does not exist, naming the range', async () => {
      const e = await errorOf(run, ':cite[changji/26]');
      expect(e.reason).toMatchInlineSnapshot(`"《昌吉回族自治州平安建设促进条例》没有第二十六条（共 25 条，第一条至第二十五条）：changji/26"`);
      expect(e.ruleId).toBe('lesson-unknown-article');
    });

    it('fails on an item that does not exist, and on items of a paragraph that has none', async () => {
      const e = await errorOf(run, ':cite[shanxi/44/1/9]');
      expect(e.reason).toMatchInlineSnapshot(`"《山西省平安建设条例》第四十四条第一款只有 8 项，没有第（九）项：shanxi/44/1/9"`);
      const none = await errorOf(run, ':cite[suzhou/24/2/1]');
      expect(none.reason).toMatchInlineSnapshot(`"《苏州市平安建设条例》第二十四条第二款没有分项，没有第（一）项：suzhou/24/2/1"`);
      expect(none.ruleId).toBe('lesson-unknown-item');
    });

    it('asks for the paragraph when the short item form is used on a multi-paragraph article', async () => {
      const e = await errorOf(run, ':cite[shanxi/44/(5)]');
      expect(e.reason).toMatchInlineSnapshot(`"《山西省平安建设条例》第四十四条有 2 款，项前须写明款号，如 shanxi/44/1/5：shanxi/44/(5)"`);
      expect(e.ruleId).toBe('lesson-item-needs-paragraph');
    });

    it('fails on a reference that is not written as regulation/article/…', async () => {
      const e = await errorOf(run, ':cite[suzhou第24条]');
      expect(e.reason).toMatchInlineSnapshot(`"引用格式不对：“suzhou第24条”。应写作 法规/条/款/项，如 suzhou/24/2、shanxi/44/1/5；只有一款的条，项可写作 xinjiang/9/(3)"`);
      expect(e.ruleId).toBe('lesson-ref-syntax');
    });

    it('fails on an unknown directive and suggests the nearest one', async () => {
      const e = await errorOf(run, '前文\n\n见 :cit[suzhou/24]');
      expect([e.line, e.column]).toEqual([3, 3]);
      expect(e.reason).toMatchInlineSnapshot(`"未知的指令“:cit”。你是不是要写 :cite[suzhou/24/2]？可用的指令：:cite、::quote、::compare；正文里要写英文冒号本身，请写作 \\:"`);
    });

    it('leaves a bare colon in prose alone (10:30, a:b), since it names no directive', async () => {
      const html = await run('会议 10:30 开始，比例 a:b。');
      expect(html).toContain('会议 10:30 开始，比例 a:b。');
    });

    it('fails when a directive is written with the wrong number of colons', async () => {
      const leaf = await errorOf(run, '::cite[suzhou/24]');
      expect(leaf.reason).toMatchInlineSnapshot(`"“::cite”写法不对：cite 是句中的行内引用，只用一个冒号，如 :cite[suzhou/24/2]"`);
      const inline = await errorOf(run, '见 :quote[suzhou/24]');
      expect(inline.reason).toMatchInlineSnapshot(`"“:quote”写法不对：quote 是独占一行的块，用两个冒号，如 ::quote[suzhou/24/2]"`);
      expect(inline.ruleId).toBe('lesson-directive-kind');
    });

    it('fails on an unknown attribute and on a missing reference', async () => {
      const attr = await errorOf(run, ':cite[suzhou/24]{long}');
      expect(attr.reason).toMatchInlineSnapshot(`":cite 不认识属性“long”，可用的属性：short"`);
      const empty = await errorOf(run, '::quote');
      expect(empty.reason).toMatchInlineSnapshot(`"::quote 需要写明引用的条文，如 ::quote[suzhou/24/2]"`);
      expect(empty.ruleId).toBe('lesson-missing-ref');
    });

    it('fails on a comparison of fewer than two regulations or with a bad one', async () => {
      const few = await errorOf(run, '::compare[网格]{suzhou="15"}');
      expect(few.ruleId).toBe('lesson-compare-too-few');
      const bad = await errorOf(run, 'a\n\nb\n\n::compare[网格]{suzhou="15" xinjang="30"}');
      expect([bad.line, bad.column, bad.ruleId]).toEqual([5, 1, 'lesson-unknown-regulation']);
      expect(bad.reason).toContain('你是不是要写“xinjiang”？');
      const item = await errorOf(run, '::compare[网格]{suzhou="15" xinjiang="30/4"}');
      expect(item.reason).toBe('《新疆维吾尔自治区平安建设条例》第三十条只有 3 款，没有第四款：xinjiang/30/4');
    });

    it('fails on an automatic comparison from an item, with its own regulation, or with an unknown one', async () => {
      const fromItem = await errorOf(run, '::compare[shanxi/44/1/5]{with="suzhou"}');
      expect(fromItem.reason).toMatchInlineSnapshot(`"自动比对以款或条为单位，不能从项出发：请写 ::compare[shanxi/44/1]{with="…"}（方括号里是 shanxi/44/1/5）"`);
      expect(fromItem.ruleId).toBe('lesson-compare-anchor');
      const self = await errorOf(run, '::compare[shanxi/44/1]{with="suzhou,shanxi"}');
      expect(self.reason).toBe('::compare 的 with 不应包含基准条文所在的法规 shanxi');
      const unknown = await errorOf(run, '::compare[shanxi/44/1]{with="suzhou,haidon"}');
      expect(unknown.reason).toContain('没有 id 为“haidon”的法规：with="suzhou,haidon"。你是不是要写“haidong”？');
      const anchor = await errorOf(run, '::compare[shanxi/44/3]{with="suzhou"}');
      expect(anchor.ruleId).toBe('lesson-unknown-paragraph');
    });
  });
});

describe('lesson directives in MDX (as Astro compiles lessons)', () => {
  it('reads directive attributes in braces as attributes, not as MDX expressions', async () => {
    const { code } = await mdxToJs('依照 :cite[suzhou/24/2]{short}。\n\n::compare[网格]{suzhou="15/2" shanxi="35"}\n', {
      mdastPlugins: [satteriLessonDirectives({ corpus, root: ROOT })],
      features: { directive: true },
      fileURL: pathToFileURL(FILE),
    });
    expect(code).toContain('"第二十四条第二款"');
    expect(code).toContain('"《山西省平安建设条例》第三十五条"');
  });

  it('loads a lazily given corpus once, on first use', async () => {
    let loads = 0;
    const plugin = satteriLessonDirectives({
      corpus: () => {
        loads++;
        return corpus;
      },
      root: ROOT,
    });
    expect(loads).toBe(0);
    for (const md of [':cite[suzhou/1]', ':cite[suzhou/2]']) await markdownToHtml(md, { mdastPlugins: [plugin], features: { directive: true } });
    expect(loads).toBe(1);
  });
});

describe('reference helpers', () => {
  it('measures edit distance', () => {
    expect(editDistance('suzou', 'suzhou')).toBe(1);
    expect(editDistance('xinjang', 'xinjiang')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests an id from a short name, a jurisdiction or a near spelling', () => {
    expect(suggestRegulationId(corpus, '海东')).toBe('haidong');
    expect(suggestRegulationId(corpus, '昌吉回族自治州')).toBe('changji');
    expect(suggestRegulationId(corpus, 'SHANXI')).toBe('shanxi');
    expect(suggestRegulationId(corpus, 'shangxi')).toBe('shanxi');
  });

  it('lists the regulations a lesson source refers to', () => {
    const mdx =
      '依照 :cite[suzhou/24/2]，\n\n::quote[xinjiang/9/(3)]\n\n::compare[网格]{changji="20" shanxi="35"}\n\n::compare[haidong/12/1]{with="suzhou, shanxi" title="多元化解"}\n';
    expect(regulationsReferenced(mdx)).toEqual(['suzhou', 'xinjiang', 'haidong', 'changji', 'shanxi']);
  });

  it('resolves an article with a 之一 suffix by its slug', () => {
    const withSuffix = withArticleSuffix('changji', 25);
    const p = resolveProvision(withSuffix, 'changji/25-1');
    expect('citation' in p && [p.citation, p.href]).toEqual(['《昌吉回族自治州平安建设促进条例》第二十五条之一', '/regulations/changji/25-1/']);
  });
});

/** A corpus in which one paragraph's text is replaced (to prove text is escaped). */
function withText(id: string, article: number, text: string): LessonCorpus {
  const reg = structuredClone(corpus.regulations.get(id)!) as Regulation;
  reg.parsed.articles[article - 1]!.paragraphs[0]!.text = text;
  return createLessonCorpus(
    [...corpus.regulations.values()].map((r) => (r.meta.id === id ? reg : r)),
    BUILT_AT,
  );
}

/** A corpus with a copy of an article added as 第N条之一 (no text in the corpus has one). */
function withArticleSuffix(id: string, article: number): LessonCorpus {
  const reg = structuredClone(corpus.regulations.get(id)!) as Regulation;
  const copy = structuredClone(reg.parsed.articles[article - 1]!);
  Object.assign(copy, { id: `art_${article}_1`, suffix: 1, slug: `${article}-1`, label: `第${article}条之一` });
  reg.parsed.articles.push(copy);
  return createLessonCorpus(
    [...corpus.regulations.values()].map((r) => (r.meta.id === id ? reg : r)),
    BUILT_AT,
  );
}
