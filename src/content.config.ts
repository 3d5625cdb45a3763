// Content collections: loaders wired to schemas, nothing else.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema } from './lib/schemas/lesson.ts';
import { getCorpusIndex } from './data/corpus-fs.ts';
import { LESSONS_DIR } from './data/paths-fs.ts';

const lessons = defineCollection({
  loader: LESSONS_DIR ? glob({ pattern: '*.mdx', base: LESSONS_DIR }) : () => [],
  schema: lessonSchema(getCorpusIndex().regulations.map((r) => r.meta.id)),
});

export const collections = { lessons };
