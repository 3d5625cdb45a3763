// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: 'https://duizhao.example.org',
  trailingSlash: 'always',
  integrations: [mdx()],
  // Scripts and styles stay in files so the Content-Security-Policy can allow only 'self'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
});
