// The 主题 filter values of an article page.
import { describe, expect, it } from 'vitest';
import { articleTopicNames } from '../../src/lib/search/article-topics.ts';
import type { ParagraphTopics } from '../../src/lib/schemas/analysis.ts';

const topic = (id: string, name: string) => ({ id, name, source: 'keyword' as const, evidence: [] });

describe('article topics', () => {
  it('joins the topics of the article paragraphs, each once, in first-seen order', () => {
    const paragraphs: ParagraphTopics[] = [
      { id: 'art_14__para_1', articleId: 'art_14', topics: [topic('petitions', '信访工作')] },
      { id: 'art_15__para_1', articleId: 'art_15', topics: [topic('grid-centres', '综治中心与网格化服务管理'), topic('mental-health', '社会心理服务与严重精神障碍患者')] },
      { id: 'art_15__para_2', articleId: 'art_15', topics: [topic('mental-health', '社会心理服务与严重精神障碍患者'), topic('grassroots-teams', '基层队伍与待遇保障')] },
    ];
    expect(articleTopicNames(paragraphs, 'art_15')).toEqual(['综治中心与网格化服务管理', '社会心理服务与严重精神障碍患者', '基层队伍与待遇保障']);
  });

  it('gives no values for an article without topics', () => {
    expect(articleTopicNames([], 'art_1')).toEqual([]);
  });
});
