// What the draft checker's page and its worker say to each other. The worker runs the same pure functions the
// build runs (src/lib/draft/); the page only shows what it is sent. Nothing here leaves the browser.
import type { DraftStructure } from '../lib/draft/check-draft.ts';
import type { DraftArticleReport, DraftComparison } from '../lib/draft/compare-draft.ts';

/** A check the page asks for: pasted text, or the bytes of an opened file (read in the worker too). */
export type DraftRequest = { id: number; text: string; fileName: string } | { id: number; file: { name: string; bytes: ArrayBuffer } };

/** What the worker answers, each tagged with the request's id. */
export type DraftReply =
  | { id: number; kind: 'progress'; text: string; fraction: number }
  /** An opened file's text, for the text box, before the check starts. */
  | { id: number; kind: 'file-text'; text: string; fileName: string; note: string }
  /** The draft cannot be checked (empty, too large, an unreadable file): the message says why. */
  | { id: number; kind: 'refused'; message: string }
  /**
   * The comparison's articles, a slice at a time before `done` (whose comparison has none): one message of a 5 MB
   * draft's 10,000 articles took the page over a second to receive; slices leave it free between them.
   */
  | { id: number; kind: 'articles'; articles: DraftArticleReport[] }
  | { id: number; kind: 'done'; result: DraftStructure; comparison: DraftComparison | null; note: string };
