// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { getAllRegulations, getCorpusIndex } from './src/data/corpus-fs.ts';
import { ROOT, SITE_URL } from './src/data/paths-fs.ts';
import { createLessonCorpus } from './src/remark/lesson-refs.ts';
import { satteriLessonDirectives } from './src/remark/satteri-lesson-directives.ts';

// Lessons (content/lessons/*.mdx) cite and quote the law with directives resolved against the
// generated data (`npm run build` runs build:data first); loaded when the first lesson is compiled.
const lessonDirectives = satteriLessonDirectives({
  corpus: () => createLessonCorpus(getAllRegulations(), getCorpusIndex().builtAt),
  root: ROOT,
});

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  // The canonical host that printed links and QR codes point to (handouts, lessons). Unset, they point to the
  // host the reader is using, which is right for a local or intranet copy; set it when publishing.
  site: SITE_URL,
  trailingSlash: 'always',
  integrations: [mdx()],
  // Astro's own Markdown processor (Sätteri) with directives on; it runs Sätteri plugins, not remark ones.
  markdown: { processor: satteri({ features: { directive: true }, mdastPlugins: [lessonDirectives] }) },
  // Scripts and styles stay in files so the Content-Security-Policy can allow only 'self'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
});
