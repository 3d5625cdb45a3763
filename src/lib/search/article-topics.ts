// The 主题 filter values of an article page: the topics the analytic layer found in its paragraphs.
import type { ParagraphTopics } from '../schemas/analysis.ts';

/**
 * Topic names of one article, each once, in the order its paragraphs first name them.
 * @example articleTopicNames(analysis.paragraphs, 'art_15') // → ['综治中心与网格化服务管理', '基层队伍与待遇保障']
 */
export function articleTopicNames(paragraphs: readonly ParagraphTopics[], articleId: string): string[] {
  const names: string[] = [];
  for (const p of paragraphs) {
    if (p.articleId !== articleId) continue;
    for (const t of p.topics) if (!names.includes(t.name)) names.push(t.name);
  }
  return names;
}
