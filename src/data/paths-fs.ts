// Node-only: every path and environment setting of the build, resolved in this one place and documented in the
// README's table. Imported by the Node scripts, astro.config.mjs, the site's loaders (at build time) and the tests.
// It lives in src/ rather than scripts/ because the site's build-time loaders need it and src/ never imports scripts/.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The package name that marks the repository root. */
const PACKAGE_NAME = 'duizhao';

/**
 * The nearest folder at or above `start` whose package.json is this project's. Found from the module's own location,
 * not the working directory: Astro runs this file from its prerender bundle (`.astro/.prerender/chunks/`), one
 * level deeper than src/data/, so a fixed `../..` would be wrong there.
 */
export function findRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: unknown }).name === PACKAGE_NAME) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no folder above ${start} holds the ${PACKAGE_NAME} package.json`);
  }
}

/** The repository root. */
export const ROOT = findRoot(import.meta.dirname);

/** A setting's value, or undefined when unset or empty (an empty variable means "use the default"). */
function setting(name: string): string | undefined {
  return process.env[name] || undefined;
}

/** A path setting resolved against the repository root (so the working directory never matters), or the default. */
function pathSetting(name: string, fallback: string): string {
  return path.resolve(ROOT, setting(name) ?? fallback);
}

/** Where regulation folders live (`<id>/text.txt` + `<id>/meta.yaml`); DUIZHAO_CONTENT builds another corpus. */
export const CONTENT_DIR = pathSetting('DUIZHAO_CONTENT', 'content/regulations');
/** Where the data build writes the JSON the site reads; DUIZHAO_GENERATED moves it. */
export const GENERATED_DIR = pathSetting('DUIZHAO_GENERATED', 'src/generated');
/**
 * The lessons folder, or null for none. Lessons are written against content/regulations, so a build of another corpus
 * (DUIZHAO_CONTENT: the synthetic benchmark, temp test sites) leaves them out unless DUIZHAO_LESSONS names lessons for it.
 */
export const LESSONS_DIR: string | null = lessonsDir();

function lessonsDir(): string | null {
  const named = setting('DUIZHAO_LESSONS');
  if (named !== undefined) return path.resolve(ROOT, named);
  return setting('DUIZHAO_CONTENT') === undefined ? path.join(ROOT, 'content/lessons') : null;
}

/** The reviewed vocabularies (content/taxonomy/*.yaml), or the folder DUIZHAO_TAXONOMY names (tests of a broken vocabulary). */
export const TAXONOMY_DIR = path.resolve(ROOT, setting('DUIZHAO_TAXONOMY') ?? 'content/taxonomy');
/** The built site that `npm run build` swaps in and the browser tests serve. */
export const DIST_DIR = path.join(ROOT, 'dist');

/** The change log that belongs to a regulations folder: `CHANGELOG.md` beside it (content/CHANGELOG.md). */
export function changelogPathFor(contentDir: string): string {
  return path.join(path.dirname(contentDir), 'CHANGELOG.md');
}

/** The change log of the corpus being built (a test corpus has none where this points). */
export const CHANGELOG_FILE = changelogPathFor(CONTENT_DIR);

/** The alignment labels that belong to a regulations folder: `alignment-labels/` beside it (content/alignment-labels). */
export function labelsPathFor(contentDir: string): string {
  return path.join(path.dirname(contentDir), 'alignment-labels');
}

/** The labels the data build uses as evidence (a test corpus elsewhere has none unless it brings its own). */
export const BUILD_LABELS_DIR = labelsPathFor(CONTENT_DIR);

/** The canonical host printed links and QR codes point to (DUIZHAO_SITE_URL); unset, the host the reader uses. */
export const SITE_URL: string | undefined = setting('DUIZHAO_SITE_URL');

/** How many regulations the many-way chooser on /compare/ lists as checkboxes (DUIZHAO_CHOOSER_INLINE, default 40). */
export const CHOOSER_INLINE = Number(setting('DUIZHAO_CHOOSER_INLINE')) || 40;

/**
 * Where the data build keeps the alignment's state between runs (DUIZHAO_ALIGN_STATE); unset, it aligns in full every
 * time (README, 增量更新). With a state, a regulation added since is aligned against the stored frozen tables.
 */
export const ALIGN_STATE_DIR: string | undefined = setting('DUIZHAO_ALIGN_STATE') === undefined ? undefined : pathSetting('DUIZHAO_ALIGN_STATE', '');

/** Which part of a sharded site this build makes (DUIZHAO_SHARD: `corpus` or `k/n`); unset, the whole site. */
export const SHARD: string | undefined = setting('DUIZHAO_SHARD');
