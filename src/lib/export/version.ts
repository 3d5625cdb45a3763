import type { RegulationMeta } from '../schemas/metadata.ts';

/** What the corpus version is computed from: each regulation's id, source hash and metadata. */
export interface VersionInput {
  meta: RegulationMeta;
  /** SHA-256 (hex) of the source text's bytes. */
  sourceSha256: string;
}

/** Version of the download formats; bumped when a field or column changes meaning. */
export const EXPORT_FORMAT_VERSION = 1;

/** JSON with object keys sorted at every level, so the same metadata always serialises to the same string. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Hex SHA-256 of a UTF-8 string (Web Crypto, available in Node and browsers alike). */
export async function sha256Hex(text: string | Uint8Array): Promise<string> {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The lines the corpus version hashes: one per regulation, sorted by id, `id␉source sha256␉metadata`.
 * @example versionLines([{ meta: { id: 'suzhou', … }, sourceSha256: '4b97…' }]) // → ['suzhou\t4b97…\t{"effective":…}']
 */
export function versionLines(regs: readonly VersionInput[]): string[] {
  return regs.map((r) => `${r.meta.id}\t${r.sourceSha256}\t${canonicalJson(r.meta)}`).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The corpus version: the first 8 hex digits of the SHA-256 of `versionLines`. It changes exactly when a text's
 * bytes, a metadata fact, or the set of regulations changes, never with the build time or the program.
 */
export async function corpusVersion(regs: readonly VersionInput[]): Promise<string> {
  return (await sha256Hex(versionLines(regs).join('\n'))).slice(0, 8);
}
