// The lesson directives as a unified (remark) plugin: use it after remark-directive.
//   unified().use(remarkParse).use(remarkDirective).use(remarkLessonDirectives, { corpus })
import type { Nodes, Parent, Root } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { LessonDirectiveError, displayPath, expandDirective } from './lesson-directives.ts';
import { isProblem, type LessonCorpus } from './lesson-refs.ts';

/** Options of both lesson plugins. */
export interface LessonDirectiveOptions {
  /** The corpus, or a function that loads it (called once, when the first lesson is processed). */
  corpus: LessonCorpus | (() => LessonCorpus);
  /** Project root, so error messages name `content/lessons/x.mdx` rather than an absolute path. */
  root?: string;
}

type Directive = ContainerDirective | LeafDirective | TextDirective;

/** Read the corpus option, loading it at most once. */
export function corpusLoader(option: LessonDirectiveOptions['corpus']): () => LessonCorpus {
  let corpus: LessonCorpus | undefined;
  return () => (corpus ??= typeof option === 'function' ? option() : option);
}

/** Replace `:cite`, `::quote` and `::compare` directives with their content; throw on a bad reference. */
export function remarkLessonDirectives(options: LessonDirectiveOptions) {
  const getCorpus = corpusLoader(options.corpus);
  return (tree: Root, file: VFile): undefined => {
    visit(tree, (node: Nodes, index, parent: Parent | undefined) => {
      if (!isDirective(node) || !parent || index === undefined) return;
      const source = typeof file.value === 'string' ? file.value : undefined;
      const call = { kind: node.type, name: node.name, attributes: node.attributes ?? {}, label: labelText(node), source: sourceOf(node, source) };
      const result = expandDirective(getCorpus(), call);
      if (isProblem(result)) {
        const start = node.position?.start;
        const place = { file: displayPath(file.path ?? '<lesson>', options.root), line: start?.line ?? 0, column: start?.column ?? 0 };
        throw new LessonDirectiveError(result, place, source);
      }
      parent.children.splice(index, 1, result as never);
      return [SKIP, index + 1];
    });
  };
}

function isDirective(node: Nodes): node is Directive {
  return node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective';
}

/** The directive as written, from its offsets in the source. */
export function sourceOf(node: { position?: { start: { offset?: number }; end: { offset?: number } } | undefined }, source: string | undefined): string | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return source !== undefined && start !== undefined && end !== undefined ? source.slice(start, end) : undefined;
}

/** The text of a directive's `[…]` label. */
function labelText(node: Directive): string {
  if (node.type === 'containerDirective') return '';
  return node.children.map((c) => ('value' in c ? c.value : '')).join('');
}
