// Node-only: everything the /data/ downloads are made from, read once per build from the generated data (the same
// files the pages read, so a download always matches the site). The underscore keeps this file out of routing.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { BoundedCache } from '../../data/bounded-cache.ts';
import { readGenerated } from '../../data/generated-fs.ts';
import { CHANGELOG_FILE } from '../../data/paths-fs.ts';
import { getAlignment, getAllRegulations, getAnalysis, getRegulation, regulationIdByTitle } from '../../data/corpus-fs.ts';
import { aknWorkUri, toAkomaNtoso } from '../../lib/export/akn.ts';
import { parseChangelog } from '../../lib/export/changelog.ts';
import { UTF8_BOM } from '../../lib/export/csv.ts';
import { DOWNLOADS, aknPath, downloadPath, type DownloadKind, type VersionTag } from '../../lib/export/files.ts';
import { provisionsCsvChunks, topicLookupFromAnalysis } from '../../lib/export/provisions-csv.ts';
import { alignmentDocument, labelsDocument, regulationsDocument } from '../../lib/export/regulations-json.ts';
import { BuiltLabelsSchema } from '../../lib/schemas/alignment-labels.ts';
import { alignmentCsvChunks } from '../../lib/export/alignment-csv.ts';
import { jsonChunks } from '../../lib/export/json-chunks.ts';
import { EXPORT_FORMAT_VERSION, corpusVersion } from '../../lib/export/version.ts';

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

// The downloads are made as a sequence of pieces each time a page needs one, never held whole: the files of a large
// corpus are large (at 2,000 synthetic regulations the alignment CSV alone holds about ten million rows), and holding
// them made the one-process build of that corpus run out of Node's 4 GB heap at /data/manifest.json. What /data/ and
// the manifest say of each file, its size and hash, is small and kept.
const facts = new Map<string, Promise<FileFacts>>();
/** The last few Akoma Ntoso files: each is read by its own two pages, the manifest and /data/, one after another. */
const aknFiles = new BoundedCache<string, string>(4);

/** Size and SHA-256 of a file's UTF-8 bytes. */
export interface FileFacts {
  /** Size in bytes (UTF-8). */
  bytes: number;
  /** SHA-256 of the bytes. */
  sha256: string;
}

/** A corpus-wide download, in pieces whose concatenation is the file (the same under the versioned and the latest name). */
export async function downloadChunks(kind: DownloadKind): Promise<Iterable<string>> {
  const v = await getCorpusVersion();
  const regs = getAllRegulations();
  switch (kind) {
    case 'regulations':
      return jsonChunks(regulationsDocument(regs, v));
    case 'provisions':
      return provisionsCsvChunks(regs, (id) => topicLookupFromAnalysis(getAnalysis(id)));
    case 'alignment':
      return jsonChunks(alignmentDocument(getAlignment(), v));
    case 'alignment-pairs':
      return alignmentCsvChunks(getAlignment(), regs);
    case 'alignment-labels':
      return jsonChunks(labelsDocument(BuiltLabelsSchema.nullable().parse(JSON.parse(readGenerated('alignment-labels.json'))), v));
    case 'matrix':
      // the same bytes as /matrix/matrix.csv: the generated CSV with the BOM spreadsheet programs need
      return [UTF8_BOM + readGenerated('matrix.csv')];
    case 'matrix-codebook':
      return [readGenerated('codebook.md')];
  }
}

/** A response body that encodes the pieces to UTF-8 as the reader asks for them. */
export function streamOf(chunks: Iterable<string>): ReadableStream<Uint8Array> {
  const it = chunks[Symbol.iterator]();
  const utf8 = new TextEncoder();
  return new ReadableStream({
    pull(controller) {
      const next = it.next();
      if (next.done) controller.close();
      else controller.enqueue(utf8.encode(next.value));
    },
  });
}

/** Size and hash of a download or (`akn:<id>`) of a regulation's Akoma Ntoso file, computed once, piece by piece. */
export function fileFacts(key: DownloadKind | `akn:${string}`): Promise<FileFacts> {
  let f = facts.get(key);
  if (!f) {
    f = (async () => {
      const chunks = key.startsWith('akn:') ? [aknContent(key.slice(4))] : await downloadChunks(key as DownloadKind);
      // node:crypto rather than sha256Hex (version.ts): Web Crypto hashes only whole buffers, and these come in pieces
      const hash = createHash('sha256');
      let bytes = 0;
      for (const chunk of chunks) {
        const b = Buffer.from(chunk, 'utf8');
        bytes += b.length;
        hash.update(b);
      }
      return { bytes, sha256: hash.digest('hex') };
    })();
    facts.set(key, f);
  }
  return f;
}

/** One regulation as Akoma Ntoso, with references to other corpus regulations linked to their work IRIs. */
export function aknContent(regId: string): string {
  const lawUri = (title: string) => {
    const id = regulationIdByTitle(title);
    return id ? aknWorkUri(getRegulation(id)) : undefined;
  };
  return aknFiles.get(regId, () => toAkomaNtoso(getRegulation(regId), { lawUri }));
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
