// Adversarial regulation texts, generated rather than committed: the hostile-input suite and `npm run bench:parse`
// build them at the size they need. Each shape is a realistic article body taken to an extreme.

/** A regulation's first lines before the generated body. */
const HEAD = '某市测试条例\n\n';

/**
 * The shapes, each a function of a count n. Every shape parses to one or more articles and grows linearly in n.
 */
export const HOSTILE_SHAPES: Record<string, { what: string; make: (n: number) => string }> = {
  'wrapped-lines': {
    what: '一段折成 n 行（PDF 提取的文字），每行一条“已合并折行”警告',
    make: (n) => HEAD + '第一条　为了规范物业管理活动\n' + Array.from({ length: n }, (_, i) => `维护业主和物业服务企业的合法权益第${(i % 90) + 1}段`).join('\n') + '。\n',
  },
  'long-line': {
    what: '一行 n 句的长条文',
    make: (n) => HEAD + '第一条　' + '物业服务企业应当按照合同约定提供服务，'.repeat(n) + '并接受业主监督。\n',
  },
  'many-refs': {
    what: '一行 n 个“第一、”（没有“款”收尾的列举）',
    make: (n) => HEAD + '第一条　' + '第一、'.repeat(n) + '规定。\n',
  },
  'broken-refs': {
    what: '一行 n 个不存在的条文引用，每个一条错误',
    make: (n) => HEAD + '第一条　' + '违反本条例第九十九条规定，'.repeat(n) + '予以处罚。\n',
  },
  bookmarks: {
    what: '一行 n 个文字处理软件书签，每个一条警告',
    make: (n) => HEAD + '第一条　' + '[bookmark: _Toc1]业主'.repeat(n) + '。\n',
  },
  articles: {
    what: 'n 条，每条一款两项并引用前一条',
    make: (n) =>
      HEAD +
      Array.from({ length: n }, (_, i) => `第${i + 1}条　依照第${Math.max(1, i)}条的规定，业主享有下列权利：\n（一）按照合同接受服务；\n（二）提议召开业主大会。`).join('\n') +
      '\n',
  },
};

/** A shape at about `bytes` bytes of UTF-8: the count is found from the size of a small sample. */
export function hostileText(shape: string, bytes: number): { n: number; text: string } {
  const { make } = HOSTILE_SHAPES[shape]!;
  const per = (Buffer.byteLength(make(200)) - Buffer.byteLength(make(100))) / 100;
  const n = Math.max(1, Math.floor(bytes / per));
  return { n, text: make(n) };
}
