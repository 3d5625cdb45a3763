// Content collections: loaders wired to schemas, nothing else.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema } from './lib/schemas/lesson.ts';
import { getCorpusIndex } from './data/corpus-fs.ts';

// Lessons are written against content/regulations. A build of another corpus (DUIZHAO_CONTENT: the
// synthetic benchmark, temp test sites) leaves them out unless DUIZHAO_LESSONS names lessons for it.
const lessonsDir = process.env['DUIZHAO_LESSONS'] ?? (process.env['DUIZHAO_CONTENT'] ? undefined : './content/lessons');

const lessons = defineCollection({
  loader: lessonsDir ? glob({ pattern: '*.mdx', base: lessonsDir }) : () => [],
  schema: lessonSchema(getCorpusIndex().regulations.map((r) => r.meta.id)),
});

export const collections = { lessons };
