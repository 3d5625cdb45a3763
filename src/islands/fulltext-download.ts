// 下载 Word on reading pages: loaded only when a reader asks for the file, with the docx library and the text.
import { Packer } from 'docx';
import { regulationPath } from '../lib/cite/permalink.ts';
import { buildFulltextDocx } from '../lib/fulltext/fulltext-docx.ts';
import { type FulltextDoc, fulltextTitle, selectArticle } from '../lib/fulltext/fulltext-doc.ts';
import { docxFileName } from '../lib/handout/handout-doc.ts';
import { saveBlob } from './save-blob.ts';

/** Build the Word file of the regulation (or of one article) in the browser and download it. */
export async function downloadFulltext(regId: string, articleId?: string): Promise<void> {
  const whole = (await (await fetch(`${regulationPath(regId)}fulltext.json`)).json()) as FulltextDoc;
  const doc = articleId ? selectArticle(whole, articleId) : whole;
  if (!doc) throw new Error(`no article ${articleId}`);
  const title = fulltextTitle(doc, Boolean(articleId));
  const blob = await Packer.toBlob(buildFulltextDocx(doc, title));
  saveBlob(blob, docxFileName(title));
}
