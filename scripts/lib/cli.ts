// What every command-line script shares: a top-level handler that ends with a Chinese message and the right exit
// code instead of a stack trace, and JSON written to stdout piece by piece.
import { once } from 'node:events';
import { escapeForTerminal } from '../../src/lib/parse/diagnostics.ts';

/** Exit codes of the scripts: 0 done, 1 the input has errors, 2 usage or a file that cannot be read or written. */
export const EXIT = { ok: 0, inputErrors: 1, usage: 2 } as const;

/** A file-system error in words: what could not be done with which path. */
export function describeFsError(e: unknown, file: string): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  const what: Record<string, string> = {
    ENOENT: '文件不存在（或是指向不存在文件的符号链接）',
    EACCES: '没有读写权限',
    EISDIR: '这是一个目录，不是文件',
    ENAMETOOLONG: '文件名或路径太长',
    ENOTDIR: '路径中有一段不是目录',
    ELOOP: '符号链接循环',
  };
  return `${escapeForTerminal(file)}：${(code && what[code]) ?? `无法访问（${code ?? (e as Error)?.message ?? e}）`}`;
}

/**
 * Run a script's main function: its number is the exit code; anything thrown ends with a Chinese message and exit
 * code 2 for a file-system error, 1 otherwise, never a stack trace (set DEBUG=1 to see one).
 */
export async function runMain(main: () => Promise<number> | number): Promise<void> {
  try {
    process.exitCode = await main(); // not process.exit(): let a piped stdout drain first
  } catch (e) {
    const code = (e as NodeJS.ErrnoException)?.code;
    const fs = typeof code === 'string' && /^E[A-Z]+$/.test(code);
    const path = (e as NodeJS.ErrnoException)?.path;
    if (fs && code === 'EPIPE') {
      process.exitCode = 0; // the reader closed the pipe (`| head`): nothing is wrong
      return;
    }
    console.error(
      fs && path ? `错误：${describeFsError(e, path)}` : `内部错误：${escapeForTerminal((e as Error)?.message ?? String(e))}。这不是输入文件的问题，请报告此问题（附上命令和文件）`,
    );
    if (process.env.DEBUG) console.error(e);
    process.exitCode = fs ? EXIT.usage : EXIT.inputErrors;
  }
}

/**
 * Write `value` as `JSON.stringify(value, null, 2)` would, but element by element for the arrays of the top-level
 * object, waiting for the stream to drain: 900,000 articles are more than one string can hold.
 */
export async function writeJsonStream(value: Record<string, unknown>, out: NodeJS.WritableStream = process.stdout): Promise<void> {
  let pending: string[] = [];
  let size = 0;
  const write = async (s: string) => {
    pending.push(s);
    size += s.length;
    if (size < 1 << 16) return;
    const ok = out.write(pending.join(''));
    pending = [];
    size = 0;
    if (!ok) await once(out, 'drain');
  };
  const indent = (s: string, pad: string) => s.replace(/\n/g, `\n${pad}`);
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function');
  await write('{');
  for (let i = 0; i < entries.length; i++) {
    const [key, v] = entries[i]!;
    await write(`\n  ${JSON.stringify(key)}: `);
    if (Array.isArray(v) && v.length > 0) {
      await write('[');
      for (let k = 0; k < v.length; k++) await write(`\n    ${indent(JSON.stringify(v[k] ?? null, null, 2), '    ')}${k < v.length - 1 ? ',' : ''}`);
      await write('\n  ]');
    } else await write(indent(JSON.stringify(v, null, 2), '  '));
    if (i < entries.length - 1) await write(',');
  }
  await write(entries.length ? '\n}\n' : '}\n');
  out.write(pending.join(''));
}
