// The lesson directives as a Sätteri mdast plugin: Astro 7 renders MDX with Sätteri, which runs its own
// plugin objects rather than unified attachers. Same core (`expandDirective`), same errors.
//   markdown: { processor: satteri({ features: { directive: true }, mdastPlugins: [satteriLessonDirectives({ corpus })] }) }
import type { MdastPluginDefinition } from 'satteri';
import { LessonDirectiveError, displayPath, expandDirective, type DirectiveKind } from './lesson-directives.ts';
import { isProblem } from './lesson-refs.ts';
import { corpusLoader, sourceOf, type LessonDirectiveOptions } from './remark-lesson-directives.ts';

interface DirectiveLike {
  type: DirectiveKind;
  name: string;
  attributes?: Record<string, string | null | undefined> | null;
  position?: { start: { line: number; column: number; offset?: number }; end: { offset?: number } } | undefined;
}
interface VisitContext {
  fileURL: URL | undefined;
  source: string;
  textContent(node: never): string;
}

/** The Sätteri plugin: replace lesson directives with their content; throw on a bad reference. */
export function satteriLessonDirectives(options: LessonDirectiveOptions): MdastPluginDefinition {
  const getCorpus = corpusLoader(options.corpus);
  const expand = (node: DirectiveLike, ctx: VisitContext) => {
    const label = node.type === 'containerDirective' ? '' : ctx.textContent(node as never);
    const result = expandDirective(getCorpus(), { kind: node.type, name: node.name, attributes: node.attributes ?? {}, label, source: sourceOf(node, ctx.source) });
    if (!isProblem(result)) return result;
    const file = ctx.fileURL ? displayPath(decodeURIComponent(ctx.fileURL.pathname), options.root) : '<lesson>';
    const start = node.position?.start;
    throw new LessonDirectiveError(result, { file, line: start?.line ?? 0, column: start?.column ?? 0 }, ctx.source);
  };
  return {
    name: 'duizhao-lesson-directives',
    // positions are off by default in Sätteri; error messages need them
    options: { position: true },
    textDirective: expand as never,
    leafDirective: expand as never,
    containerDirective: expand as never,
  };
}
