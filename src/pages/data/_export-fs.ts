// Node-only: everything the /data/ downloads are made from, read once per build from the generated data (the same
// files the pages read, so a download always matches the site). The underscore keeps this file out of routing.
import { existsSync, readFileSync } from 'node:fs';
import { BoundedCache } from '../../data/bounded-cache.ts';
import { readGenerated } from '../../data/generated-fs.ts';
import { CHANGELOG_FILE } from '../../data/paths-fs.ts';
import { getAlignment, getAllRegulations, getAnalysis, getRegulation, regulationIdByTitle } from '../../data/corpus-fs.ts';
import { aknWorkUri, toAkomaNtoso } from '../../lib/export/akn.ts';
import { parseChangelog } from '../../lib/export/changelog.ts';
import { UTF8_BOM } from '../../lib/export/csv.ts';
import { DOWNLOADS, aknPath, downloadPath, type DownloadKind, type VersionTag } from '../../lib/export/files.ts';
import { provisionsCsv, topicLookupFromAnalysis } from '../../lib/export/provisions-csv.ts';
import { alignmentDocument, labelsDocument, regulationsDocument } from '../../lib/export/regulations-json.ts';
import { BuiltLabelsSchema } from '../../lib/schemas/alignment-labels.ts';
import { alignmentCsv } from '../../lib/export/alignment-csv.ts';
import { EXPORT_FORMAT_VERSION, corpusVersion, sha256Hex } from '../../lib/export/version.ts';

let version: Promise<string> | undefined;
/** The corpus version (8 hex digits) of the data this build reads. */
export function getCorpusVersion(): Promise<string> {
  version ??= corpusVersion(getAllRegulations());
  return version;
}

/** `v<version>` and `latest`: the two names every download is published under. */
export async function versionTags(): Promise<VersionTag[]> {
  return [`v${await getCorpusVersion()}`, 'latest'];
}

// The texts of the downloads, each built when a page needs it. Only the last few are kept: the files of a large
// corpus are large (the alignment alone is hundreds of MB at 2,000 regulations), and keeping every one made the
// one-process build of that corpus run out of Node's 4 GB heap at /data/manifest.json. Two slots serve each file's
// versioned and latest names, which are built one after the other.
const contents = new BoundedCache<string, string>(2);
/** What /data/ and the manifest say of every file: small, so all of it is kept. */
const facts = new Map<string, Promise<FileFacts>>();

/** Size and SHA-256 of a file's UTF-8 bytes. */
export interface FileFacts {
  /** Size in bytes (UTF-8). */
  bytes: number;
  /** SHA-256 of the bytes. */
  sha256: string;
}

/** The text of a corpus-wide download (the same bytes under the versioned and the latest name). */
export async function downloadContent(kind: DownloadKind): Promise<string> {
  const v = await getCorpusVersion();
  return contents.get(kind, () => buildDownload(kind, v));
}

/** Size and hash of a download or (`akn:<id>`) of a regulation's Akoma Ntoso file, computed once. */
export function fileFacts(key: DownloadKind | `akn:${string}`): Promise<FileFacts> {
  let f = facts.get(key);
  if (!f) {
    f = (async () => {
      const bytes = new TextEncoder().encode(key.startsWith('akn:') ? aknContent(key.slice(4)) : await downloadContent(key as DownloadKind));
      return { bytes: bytes.length, sha256: await sha256Hex(bytes) };
    })();
    facts.set(key, f);
  }
  return f;
}

function buildDownload(kind: DownloadKind, v: string): string {
  const regs = getAllRegulations();
  switch (kind) {
    case 'regulations':
      return JSON.stringify(regulationsDocument(regs, v));
    case 'provisions':
      return provisionsCsv(regs, (id) => topicLookupFromAnalysis(getAnalysis(id)));
    case 'alignment':
      return JSON.stringify(alignmentDocument(getAlignment(), v));
    case 'alignment-pairs':
      return alignmentCsv(getAlignment(), regs);
    case 'alignment-labels':
      return JSON.stringify(labelsDocument(BuiltLabelsSchema.nullable().parse(JSON.parse(readGenerated('alignment-labels.json'))), v));
    case 'matrix':
      // the same bytes as /matrix/matrix.csv: the generated CSV with the BOM spreadsheet programs need
      return UTF8_BOM + readGenerated('matrix.csv');
    case 'matrix-codebook':
      return readGenerated('codebook.md');
  }
}

/** One regulation as Akoma Ntoso, with references to other corpus regulations linked to their work IRIs. */
export function aknContent(regId: string): string {
  const lawUri = (title: string) => {
    const id = regulationIdByTitle(title);
    return id ? aknWorkUri(getRegulation(id)) : undefined;
  };
  return contents.get(`akn:${regId}`, () => toAkomaNtoso(getRegulation(regId), { lawUri }));
}

/** One file of the manifest. */
export interface ManifestFile extends FileFacts {
  /** Versioned URL. */
  path: string;
  /** URL of the `latest` alias (same bytes). */
  latest: string;
}

/** The manifest: the corpus version, every current file with size and hash, and each regulation's source hash. */
export async function manifest() {
  const v = await getCorpusVersion();
  const tag: VersionTag = `v${v}`;
  const files: ManifestFile[] = [];
  for (const d of DOWNLOADS) files.push({ path: downloadPath(d, tag), latest: downloadPath(d, 'latest'), ...(await fileFacts(d.kind)) });
  for (const r of getAllRegulations()) files.push({ path: aknPath(r.meta.id, tag), latest: aknPath(r.meta.id, 'latest'), ...(await fileFacts(`akn:${r.meta.id}`)) });
  return {
    format: 'duizhao-manifest',
    formatVersion: EXPORT_FORMAT_VERSION,
    corpusVersion: v,
    files,
    regulations: getAllRegulations().map((r) => ({ id: r.meta.id, title: r.meta.title, sourceSha256: r.sourceSha256 })),
  };
}

/** The corpus change log, or null when this corpus has none (a test corpus). */
export function readChangelog(): ReturnType<typeof parseChangelog> | null {
  return existsSync(CHANGELOG_FILE) ? parseChangelog(readFileSync(CHANGELOG_FILE, 'utf8')) : null;
}
