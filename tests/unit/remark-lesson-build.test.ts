// The real build with the lesson plugin registered: a lesson that cites a provision that does not exist,
// or names an unknown regulation, stops `astro build` with the lesson's file, line and the bad reference.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/lib/site-build.ts';
import { GENERATED_DIR } from '../../src/data/paths-fs.ts';

// The lessons are built against the corpus data npm test built (src/generated); only the lessons are this test's own.
let dir: string;
beforeAll(() => {
  if (!existsSync(path.join(GENERATED_DIR, 'corpus.json'))) throw new Error('src/generated is missing: run `npm run build:data` first (npm test does)');
  dir = mkdtempSync(path.join(os.tmpdir(), 'duizhao-lessons-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FRONT = (regulations: string) => `---
title: 构建失败测试
summary: 用来证明坏的引用会让构建失败的课件。
audience: 测试
regulations: [${regulations}]
duration: 10
author: 测试
date: 2026-11-23
---
`;

/** Build the site with one lesson; the combined output of a failed build, or null when it succeeds. */
function buildWithLesson(name: string, source: string): { lesson: string; output: string | null } {
  const lessons = path.join(dir, name);
  mkdirSync(lessons);
  const lesson = path.join(lessons, 'bad.mdx');
  writeFileSync(lesson, source);
  const r = buildSite({ lessons, outDir: path.join(dir, `dist-${name}`), steps: ['astro'] });
  return { lesson, output: r.failed ? r.output : null };
}

describe('building lessons', () => {
  it('fails on a provision that does not exist, naming the lesson file, line and reference', () => {
    const { lesson, output } = buildWithLesson('missing', `${FRONT('suzhou')}\n## 一\n\n依照 :cite[suzhou/24/5]，……\n`);
    expect(output).not.toBeNull();
    expect(output).toContain(`${lesson}:13:4 error 《苏州市平安建设条例》第二十四条只有 3 款，没有第五款：suzhou/24/5 [lesson-unknown-paragraph]`);
    expect(output).toContain('    13 | 依照 :cite[suzhou/24/5]，……');
  }, 120_000);

  it('fails on a misspelt regulation id and suggests the nearest one', () => {
    const { lesson, output } = buildWithLesson('misspelt', `${FRONT('xinjiang')}\n::quote[xinjang/9/(3)]\n`);
    expect(output).toContain(`${lesson}:11:1 error 没有 id 为“xinjang”的法规：xinjang/9/(3)。你是不是要写“xinjiang”？`);
  }, 120_000);

  it('fails on a regulation in the front matter that the corpus does not have', () => {
    const { output } = buildWithLesson('front', `${FRONT('suzhou, shanxii')}\n正文。\n`);
    expect(output).toContain('没有 id 为“shanxii”的法规');
  }, 120_000);
});
