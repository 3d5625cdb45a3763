import { z } from 'zod';

/** An article of a regulation: `[regulation id, article id]`, e.g. `['shanxi', 'art_35']`. */
export const ArticleRefSchema = z.tuple([z.string(), z.string()]);

/**
 * One vote of the labels as evidence (METHOD.md, 标注印证) for a pair of articles: in a third labelled regulation, the
 * article most like one side of the pair (`from`: 'a' or 'b') is `article`, and readers labelled it a counterpart of
 * the other side.
 */
export const LabelVoteSchema = z.object({
  from: z.enum(['a', 'b']),
  regulation: z.string(),
  article: z.string(),
});
export type LabelVote = z.output<typeof LabelVoteSchema>;

/** The votes a linked pair of articles got: `of` third labelled regulations could vote, `votes` are the ones that did. */
export const LabelWitnessSchema = z.object({
  a: ArticleRefSchema,
  b: ArticleRefSchema,
  of: z.number().int().positive(),
  votes: z.array(LabelVoteSchema),
});
export type LabelWitness = z.output<typeof LabelWitnessSchema>;

/**
 * The evidence the labels gave linked pairs of articles (src/generated/label-witnesses/<id>.json holds the pairs of one
 * regulation), so that a page can show why two articles with little shared wording were paired. Only pairs the labels
 * apply to are listed (at least one side labelled and a third labelled regulation left to vote); `a` is the article
 * earlier in the corpus.
 */
export const LabelWitnessesSchema = z.object({
  version: z.literal(1),
  pairs: z.array(LabelWitnessSchema),
});
export type LabelWitnesses = z.output<typeof LabelWitnessesSchema>;
