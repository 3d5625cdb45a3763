import type { ModalityVocabulary, SanctionVocabulary } from '../schemas/taxonomy.ts';
import type { ActorContext } from './actor-context.ts';
import { readActorPhrase } from './actor-phrase.ts';
import { findMarkers } from './modality.ts';
import { findSanctions } from './sanctions.ts';
import { isConditionPhrase, splitTopLevel, type Span } from './text-spans.ts';

/** What splitting needs from the vocabularies. */
export interface SplitContext {
  actors: ActorContext;
  modalities: ModalityVocabulary;
  sanctions: SanctionVocabulary;
}

/**
 * Split a provision's text into clauses: sentences (。；！？), and inside a sentence a new clause where a comma
 * segment brings its own subject after a complete norm (xinjiang 第二十条第二款 `举办大型活动应当…，决定举办或者
 * 批准活动机关应当…`) or starts with 鼓励 (changji 第十七条第三款). Offsets are into `text`.
 */
export function splitClauses(text: string, ctx: SplitContext): Span[] {
  return splitTopLevel(text, '。；！？').flatMap((sentence) => splitAtNewSubjects(sentence, ctx));
}

function splitAtNewSubjects(sentence: Span, ctx: SplitContext): Span[] {
  const segments = splitTopLevel(sentence.text, '，', sentence.start);
  const cuts: number[] = [];
  let clauseStart = sentence.start;
  for (let k = 1; k < segments.length; k++) {
    const seg = segments[k]!;
    const before = sentence.text.slice(clauseStart - sentence.start, seg.start - sentence.start);
    if (!hasNorm(before, ctx) || !opensClause(seg.text, ctx)) continue;
    let cut = k;
    // a condition (…的，) belongs to the clause it conditions: `对通报后仍未按期完成整改任务的，有权机关应当…`
    while (cut - 1 >= 0 && segments[cut - 1]!.start >= clauseStart && isConditionPhrase(segments[cut - 1]!.text)) cut--;
    if (segments[cut]!.start <= clauseStart) continue;
    cuts.push(segments[cut]!.start);
    clauseStart = segments[cut]!.start;
  }
  const bounds = [sentence.start, ...cuts, sentence.end];
  return bounds.slice(0, -1).map((start, i) => ({ start, end: bounds[i + 1]!, text: sentence.text.slice(start - sentence.start, bounds[i + 1]! - sentence.start) }));
}

/** The text already states a norm or a consequence. */
function hasNorm(text: string, ctx: SplitContext): boolean {
  const sanctions = findSanctions(text, ctx.sanctions);
  return sanctions.length > 0 || findMarkers(text, ctx.modalities, sanctions).some((m) => m.modality !== '定义');
}

/** The segment opens a clause of its own: `<actors>应当…` or `鼓励…`. */
function opensClause(segment: string, ctx: SplitContext): boolean {
  if (segment.startsWith('鼓励')) return true;
  const first = findMarkers(segment, ctx.modalities, []).find((m) => m.actor === 'before' && m.modality !== '定义');
  if (!first || first.start === 0) return false;
  return readActorPhrase(segment.slice(0, first.start), ctx.actors, 'subject') !== null;
}
