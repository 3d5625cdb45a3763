// `npm run add -- <file> [--id <id>]`: add a regulation text to the corpus. Parses it and prints its diagnostics;
// if it has no errors, creates content/regulations/<id>/ with the text copied byte for byte and a metadata draft
// (what the text states filled in, the rest as TODO), then prints what a person must check.
// Exit codes: 0 added; 1 the text has errors or the folder exists (nothing written); 2 usage, unreadable file, bad id.
// Anything unexpected ends with a Chinese message, never a stack trace (scripts/lib/cli.ts).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { countRegulation } from '../src/lib/corpus/stats.ts';
import { draftMeta, type StatedFact } from '../src/lib/export/meta-draft.ts';
import { hasErrors } from '../src/lib/parse/diagnostics.ts';
import { parseRegulation } from '../src/lib/parse/parse-regulation.ts';
import { RegulationMetaSchema } from '../src/lib/schemas/metadata.ts';
import { currentVersionWithDraft, writeChangelogEntry } from './lib/changelog-entry.ts';
import { CHANGELOG_FILE, CONTENT_DIR, ROOT } from '../src/data/paths-fs.ts';
import { readSource, type SourceRead } from './lib/read-source.ts';
import { printDiagnostics, printOmitted } from './lib/report.ts';
import { escapeForTerminal } from '../src/lib/parse/diagnostics.ts';
import { describeFsError, EXIT, runMain } from './lib/cli.ts';

const USAGE = '用法：npm run add -- <法规文本文件> [--id <英文 id>]';
/** A path as the user should type it: relative to the repository when inside it. */
const rel = (p: string) => {
  const r = path.relative(ROOT, p);
  return r.startsWith('..') || path.isAbsolute(r) ? p : r || '.';
};

/** A file name as it may be shown or written into meta.yaml: no line break or control character survives. */
const safeName = (s: string) => escapeForTerminal(s).replace(/\n/g, '\\n');
/** A path quoted for the shell when it needs it, so the suggested command can be pasted as it is. */
const shellQuote = (p: string) => (/^[\w./@%+=:,-]+$/.test(p) ? p : `'${safeName(p).replace(/'/g, `'\\''`)}'`);
/** Longest id accepted: it is a folder name and part of every URL of the regulation. */
const MAX_ID = 64;

/** Read `<file> [--id <id>]` from the command line; null when it does not fit. */
function readArgs(argv: string[]): { file: string; id: string | null } | null {
  const files: string[] = [];
  let id: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--id') {
      id = argv[++i] ?? null;
      if (!id) return null;
    } else if (argv[i]!.startsWith('--id=')) id = argv[i]!.slice(5);
    else files.push(argv[i]!);
  }
  return files.length === 1 ? { file: files[0]!, id } : null;
}

/** The id: `--id`, else the file name when it is already a valid id (lowercase ASCII); never a transliteration. */
function chooseId(file: string, given: string | null): { id: string } | { error: string } {
  const valid = (s: string) => s.length <= MAX_ID && RegulationMetaSchema.shape.id.safeParse(s).success;
  if (given !== null && given.length > MAX_ID)
    return { error: `--id 不可用：id 有 ${given.length} 个字符，最多 ${MAX_ID} 个（它是目录名，也是网址的一部分），例如 suzhou、hai-dong` };
  if (given !== null) return valid(given) ? { id: given } : { error: `--id ${safeName(given)} 不可用：id 只能包含小写英文字母、数字和连字符，且以字母开头，例如 suzhou、hai-dong` };
  const base = path
    .basename(file)
    .replace(/\.[^.]*$/, '')
    .toLowerCase();
  if (valid(base) && !['text', 'input', 'index', 'readme'].includes(base)) return { id: base };
  return {
    error: `无法从文件名“${safeName(path.basename(file))}”得出 id：id 是网址中的英文名，只能包含小写英文字母、数字和连字符（最多 ${MAX_ID} 个字符）。请用 --id 指定，例如：\n  npm run add -- ${shellQuote(file)} --id suzhou`,
  };
}

async function main(): Promise<number> {
  const args = readArgs(process.argv.slice(2));
  if (!args) {
    console.error(USAGE);
    return 2;
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(args.file);
  } catch (e) {
    console.error(`${safeName(args.file)}: error 无法读取文件：${describeFsError(e, args.file)} [read]`);
    return EXIT.usage;
  }
  const chosen = chooseId(args.file, args.id);
  if ('error' in chosen) {
    console.error(chosen.error);
    return 2;
  }
  const { id } = chosen;
  const source = readSource(args.file, bytes);
  if (source.kind === 'refused') {
    console.error(`${safeName(args.file)}: error ${safeName(source.reason)} [unsupported-format]\n\n没有写入任何文件。`);
    return 2;
  }
  const textBytes = source.kind === 'text' ? bytes : Buffer.from(source.text, 'utf8');
  if (source.kind === 'extracted') {
    console.error(
      `注：${safeName(args.file)} 是${source.format === 'docx' ? ' Word 文档' : '网页'}，已从中提取文字；下面的行号是提取出的文字的行号（npm run parse -- ${shellQuote(args.file)} 可查看提取结果）。`,
    );
    printOmitted(args.file, source.extraction.omitted);
  }
  const { regulation, diagnostics } = parseRegulation(textBytes, args.file);
  printDiagnostics(diagnostics);
  if (hasErrors(diagnostics)) {
    console.error(`\n正文有 ${diagnostics.filter((d) => d.severity === 'error').length} 个错误（见上），没有写入任何文件。请先处理这些错误，再运行一次。`);
    return 1;
  }
  const dir = path.join(CONTENT_DIR, id);
  if (existsSync(dir)) {
    console.error(`${rel(dir)} 已经存在，没有改动任何文件。要替换它，请先自行删除或改用另一个 --id。`);
    return 1;
  }
  const textName = source.kind === 'text' && /\.(md|markdown)$/i.test(args.file) ? 'text.md' : 'text.txt';
  const draft = draftMeta(regulation, id, safeName(path.basename(args.file)));
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, textName), textBytes);
  writeFileSync(path.join(dir, 'meta.yaml'), draft.yaml);
  writeOriginal(dir, source);
  const sha256 = createHash('sha256').update(textBytes).digest('hex');
  const changelog = await recordInChangelog({
    dir,
    id,
    textName,
    sha256,
    draftYaml: draft.yaml,
    title: regulation.title?.text ?? null,
    from: safeName(path.basename(args.file)),
    source,
  });
  printChecklist({ dir, textName, sha256, regulation, draft, warnings: diagnostics.length, changelog, source });
  return 0;
}

/** For a Word document or a web page: keep the original bytes beside the text, and how the text came from them. */
function writeOriginal(dir: string, source: SourceRead): void {
  if (source.kind !== 'extracted') return;
  writeFileSync(path.join(dir, source.extraction.source), source.bytes);
  writeFileSync(path.join(dir, 'extraction.json'), JSON.stringify(source.extraction, null, 2) + '\n');
}

/** Add a change-log entry for the new regulation; the version counts the metadata draft as written. */
async function recordInChangelog(x: {
  dir: string;
  id: string;
  textName: string;
  sha256: string;
  draftYaml: string;
  title: string | null;
  from: string;
  source: SourceRead;
}): Promise<{ file: string; version: string } | null> {
  const version = await currentVersionWithDraft(CONTENT_DIR, ROOT, { dir: x.dir, draftYaml: x.draftYaml, sourceSha256: x.sha256 });
  const name = x.title ? `《${x.title}》` : `一部法规（正文没有标题行）`;
  const how =
    x.source.kind === 'extracted'
      ? `从 ${x.from} 提取文字收入 \`${rel(path.join(x.dir, x.textName))}\`（SHA-256 ${x.sha256.slice(0, 16)}…），原件逐字节存为 \`${x.source.extraction.source}\`，提取方法见 \`extraction.json\``
      : `从 ${x.from} 逐字节收入 \`${rel(path.join(x.dir, x.textName))}\`（SHA-256 ${x.sha256.slice(0, 16)}…）`;
  const body = `增加${name}，id \`${x.id}\`。正文由 npm run add ${how}。`;
  const file = writeChangelogEntry(CONTENT_DIR, version, body);
  return file ? { file, version } : null;
}

function printChecklist(x: {
  dir: string;
  textName: string;
  sha256: string;
  regulation: ReturnType<typeof parseRegulation>['regulation'];
  draft: ReturnType<typeof draftMeta>;
  warnings: number;
  changelog: { file: string; version: string } | null;
  source: SourceRead;
}): void {
  const s = countRegulation(x.regulation);
  const textPath = rel(path.join(x.dir, x.textName));
  const fact = (f: StatedFact) => `       ${f.field.padEnd(10)} ${f.value}　见正文${f.where}`;
  const out = [
    `已添加 ${rel(x.dir)}/：`,
    ...(x.source.kind === 'extracted'
      ? [
          `  ${x.source.extraction.source.padEnd(10)} 原件，逐字节复制（SHA-256 ${x.source.extraction.sourceSha256.slice(0, 16)}…）`,
          `  ${x.textName.padEnd(10)} 从原件提取的文字（SHA-256 ${x.sha256.slice(0, 16)}…），构建时解析的就是它`,
          `  ${'extraction.json'.padEnd(10)} 文字与原件的关系：提取方法、两者的 SHA-256${x.source.extraction.omitted.length ? '、略去的网页文字' : ''}`,
        ]
      : [`  ${x.textName.padEnd(10)} 原文，逐字节复制（SHA-256 ${x.sha256.slice(0, 16)}…）`]),
    `  ${'meta.yaml'.padEnd(10)} 元数据草稿`,
    '',
    `解析结果：${s.chapters ? `${s.chapters} 章，` : ''}${s.articles} 条，${s.paragraphs} 款，${s.items} 项${x.warnings ? `；${x.warnings} 条警告（见上）` : '；没有警告'}。`,
    '',
    '请逐项核对：',
    `  1. 结构是否与原件一致：npm run parse -- ${shellQuote(textPath)} 打印解析出的全部结构${x.warnings ? '；上面的警告（如移除的书签、目录）是否都可以接受' : ''}。`,
    '  2. meta.yaml 中按正文填写的事实是否准确：',
    ...(x.draft.stated.length ? x.draft.stated.map(fact) : ['       （正文没有写明标题、通过、施行或废止的事实）']),
    ...(x.draft.stated.some((f) => f.field === 'repeals') ? [] : ['       repeals    无（正文没有写明废止其他法规）']),
    `  3. 填写 meta.yaml 中标 TODO 的字段：${x.draft.todo.join('、')}（superior 可选），去掉行首的“# ”。`,
    `  4. 在 sources 中写明 ${x.draft.needSource.join('、')} 的出处：正文没有写明的事实都要有出处。`,
    `  5. npm run build:data 检查；没有错误后 npm start，打开 /regulations/${path.basename(x.dir)}/ 看一遍。`,
    x.changelog
      ? `  6. 已在 ${rel(x.changelog.file)} 开头记下这次变更（## v${x.changelog.version}，按 meta.yaml 草稿计算）。填写 TODO 后语料版本会变：npm run test:unit 中的变更记录测试会说出应改成的版本号；可在该条中补充出处等说明。`
      : `  6. 没有找到 ${rel(CHANGELOG_FILE)}：请在语料的变更记录中记下这次变更，新的语料版本号见网站的 /data/ 页。`,
  ];
  console.log(out.join('\n'));
}

await runMain(main);
