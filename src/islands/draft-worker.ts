// The draft checker's worker: reads an opened file, parses the draft and compares it with the corpus, off the
// page's thread, so that a 5 MB draft (about a minute) leaves the page responsive and can be cancelled (the page
// terminates the worker). The only request it makes is for the site's public corpus data.
import { checkDraftStructure } from '../lib/draft/check-draft.ts';
import { compareDraft, progressFraction, progressText, type DraftComparison, type DraftCorpus, type DraftProgress } from '../lib/draft/compare-draft.ts';
import { draftTextProblem, readDraftFile } from '../lib/draft/read-draft-file.ts';
import type { DraftReply, DraftRequest } from './draft-protocol.ts';

const post = (reply: DraftReply) => self.postMessage(reply);
/** Articles of the report per message to the page (see DraftReply 'articles'). */
const ARTICLES_PER_MESSAGE = 500;

let corpusPromise: Promise<DraftCorpus> | null = null;
/** The public corpus data, fetched once per worker (a GET of a static file: nothing about the draft is in it). */
function loadCorpus(): Promise<DraftCorpus> {
  corpusPromise ??= fetch('/draft/corpus.json').then((r) => {
    if (!r.ok) throw new Error(`HTTP ${r.status}`);
    return r.json() as Promise<DraftCorpus>;
  });
  corpusPromise.catch(() => (corpusPromise = null));
  return corpusPromise;
}

/** A progress reporter posting at most every 100 ms (a 10,000-article draft would otherwise post 20,000 messages). */
function reporter(id: number): (p: DraftProgress) => void {
  let last = 0;
  let phase = '';
  return (p) => {
    const now = performance.now();
    if (p.phase === phase && now - last < 100) return;
    last = now;
    phase = p.phase;
    post({ id, kind: 'progress', text: progressText(p), fraction: progressFraction(p) });
  };
}

async function check(id: number, text: string, fileName: string, note: string): Promise<void> {
  const problem = draftTextProblem(text);
  if (problem) return post({ id, kind: 'refused', message: problem });
  post({ id, kind: 'progress', text: '正在解析草案结构……', fraction: 0 });
  const result = checkDraftStructure(text, fileName);
  let comparison: DraftComparison | null = null;
  try {
    comparison = compareDraft(result, await loadCorpus(), undefined, reporter(id));
  } catch (e) {
    note = `${note ? note + '。' : ''}无法载入法规数据，只做了结构检查（${(e as Error).message}）`;
  }
  if (comparison)
    for (let i = 0; i < comparison.articles.length; i += ARTICLES_PER_MESSAGE) post({ id, kind: 'articles', articles: comparison.articles.slice(i, i + ARTICLES_PER_MESSAGE) });
  post({ id, kind: 'done', result, comparison: comparison && { ...comparison, articles: [] }, note });
}

self.addEventListener('message', (e: MessageEvent<DraftRequest>) => {
  const request = e.data;
  if ('file' in request) {
    const read = readDraftFile(request.file.name, new Uint8Array(request.file.bytes));
    if (!read.ok) return post({ id: request.id, kind: 'refused', message: read.message });
    const note = read.note ?? `已打开 ${request.file.name}`;
    post({ id: request.id, kind: 'file-text', text: read.text, fileName: request.file.name, note });
    void check(request.id, read.text, request.file.name, note);
  } else void check(request.id, request.text, request.fileName, '');
});
