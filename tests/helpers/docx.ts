// Reading a downloaded Word file in tests: the text of its paragraphs, read by the same reader the draft checker
// uses for a user's .docx (one reader of document.xml in the project).
import { documentXmlToText } from '../../src/lib/draft/docx-text.ts';

/** The paragraphs of a document.xml as text, character references decoded (a line break inside one starts a new entry). */
export function docxParagraphs(xml: string): string[] {
  return documentXmlToText(xml).split('\n');
}
