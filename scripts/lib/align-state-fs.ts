// The stored alignment state on disk (src/lib/compare/align-state.ts): `manifest.json` and one little-endian file per
// typed array, written to a fresh folder and renamed into place, so that a run cut short never leaves half a state.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { StateArray, StateFiles, StateManifest } from '../../src/lib/compare/align-state.ts';
import type { AlignableRegulation } from '../../src/lib/compare/units.ts';
import { toUnits } from '../../src/lib/compare/units.ts';

const TYPES = { Int32Array, Float32Array, Float64Array, Int16Array, Uint8Array } as const;
type TypeName = keyof typeof TYPES;

/** The manifest as written: the state's manifest and each array's type and length. */
interface StoredManifest {
  state: StateManifest;
  arrays: Array<{ name: string; type: TypeName; length: number }>;
}

/**
 * A regulation's key: SHA-256 of what the alignment reads of it (its id, names, article ids and every paragraph's id,
 * label and text), so that any change to the text, the structure or the names makes the stored state unusable for it.
 */
export function regulationKey(r: AlignableRegulation): string {
  const hash = createHash('sha256').update(JSON.stringify([r.meta.id, r.meta.shortName, r.meta.jurisdiction, r.meta.superior ?? null]));
  // the articles too: one without paragraphs has no unit, but it moves the others' positions
  hash.update(JSON.stringify(r.parsed.articles.map((a) => a.id)));
  for (const u of toUnits(r)) hash.update(JSON.stringify([u.id, u.article, u.label, u.text]));
  return hash.digest('hex');
}

/** Write the state to `dir` (replacing what was there). */
export function saveState(dir: string, files: StateFiles): void {
  const fresh = `${dir}.writing`;
  rmSync(fresh, { recursive: true, force: true });
  mkdirSync(fresh, { recursive: true });
  const arrays: StoredManifest['arrays'] = [];
  for (const [name, a] of files.arrays) {
    writeFileSync(path.join(fresh, `${name}.bin`), new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
    arrays.push({ name, type: a.constructor.name as TypeName, length: a.length });
  }
  writeFileSync(path.join(fresh, 'manifest.json'), JSON.stringify({ state: files.manifest, arrays } satisfies StoredManifest));
  rmSync(dir, { recursive: true, force: true });
  renameSync(fresh, dir);
}

/** Read a state written by saveState, or null when `dir` holds none. */
export function loadState(dir: string): StateFiles | null {
  const manifestFile = path.join(dir, 'manifest.json');
  if (!existsSync(manifestFile)) return null;
  const stored = JSON.parse(readFileSync(manifestFile, 'utf8')) as StoredManifest;
  const arrays = new Map<string, StateArray>();
  for (const { name, type, length } of stored.arrays) {
    const file = path.join(dir, `${name}.bin`);
    const Type = TYPES[type];
    if (!Type) throw new Error(`${manifestFile}：未知的数组类型 ${type}`);
    const size = statSync(file).size;
    if (size !== length * Type.BYTES_PER_ELEMENT) throw new Error(`${file}：应为 ${length} 个 ${type}（${length * Type.BYTES_PER_ELEMENT} 字节），文件有 ${size} 字节`);
    // read straight into the array's own (aligned) memory: no buffer in between and no copy
    const a = new Type(length);
    const bytes = new Uint8Array(a.buffer);
    const fd = openSync(file, 'r');
    try {
      for (let at = 0; at < bytes.length; ) {
        const read = readSync(fd, bytes, at, Math.min(bytes.length - at, 1 << 30), at);
        if (read === 0) throw new Error(`${file}：读到第 ${at} 字节时文件结束`);
        at += read;
      }
    } finally {
      closeSync(fd);
    }
    arrays.set(name, a);
  }
  return { manifest: stored.state, arrays };
}
