import { z } from 'zod';
import { PositionSchema } from './position.ts';
import { ReferenceSchema } from './reference.ts';

/** Fields every numbered provision node shares. */
const nodeFields = {
  /** Stable id in the Akoma Ntoso style, e.g. `art_24__para_2__item_3`; used as HTML id and link target. */
  id: z.string(),
  /** Integer number (1-based) of the node among its siblings. */
  number: z.number().int().positive(),
  /** Where the node starts in the source. */
  pos: PositionSchema,
};

/** 目: a numbered sub-item (`1.` `1．` `1、`) under an item. */
export const SubItemSchema = z.object({
  ...nodeFields,
  kind: z.literal('subitem'),
  /** The label as written, e.g. `1．`. */
  label: z.string(),
  /** The text after the label. */
  text: z.string(),
  /** References found in `text`. */
  refs: z.array(ReferenceSchema),
});
export type SubItem = z.output<typeof SubItemSchema>;

/** 项: a numbered item `（三）`, on its own line or inline in a paragraph. */
export const ItemSchema = z.object({
  ...nodeFields,
  kind: z.literal('item'),
  /** The label as written, e.g. `（三）`. */
  label: z.string(),
  /** The text after the label (sub-items excluded). */
  text: z.string(),
  /** References found in `text`. */
  refs: z.array(ReferenceSchema),
  /** 目 under this item. */
  subItems: z.array(SubItemSchema),
});
export type Item = z.output<typeof ItemSchema>;

/** 款: a paragraph of an article; its `text` is the lead-in when it has items. */
export const ParagraphSchema = z.object({
  ...nodeFields,
  kind: z.literal('paragraph'),
  /** The paragraph text (for the first paragraph, without the article label). Items are not included. */
  text: z.string(),
  /** References found in `text`. */
  refs: z.array(ReferenceSchema),
  /** 项 of this paragraph. */
  items: z.array(ItemSchema),
  /** True when the items were written inline inside the paragraph (xinjiang 第九条). */
  inlineItems: z.boolean(),
});
export type Paragraph = z.output<typeof ParagraphSchema>;

/** 条: an article. */
export const ArticleSchema = z.object({
  ...nodeFields,
  kind: z.literal('article'),
  /** The `之一` suffix number (`第十条之一` → 1), 0 when there is none. */
  suffix: z.number().int().nonnegative(),
  /** The label as written, e.g. `第二十四条`, `第24条`, `第十条之一`. */
  label: z.string(),
  /** URL segment for the article page: `24`, `10-1`. */
  slug: z.string(),
  /** Id of the innermost division (chapter/section/part) that contains the article, if any. */
  divisionId: z.string().nullable(),
  /** 款 of the article (at least one). */
  paragraphs: z.array(ParagraphSchema),
});
export type Article = z.output<typeof ArticleSchema>;

/** 编 / 章 / 节, or an unnumbered heading standing where a chapter would. */
export const DivisionSchema = z.object({
  /** Stable id, e.g. `chp_2`, `chp_2__sec_1`, `part_1`, `hdg_3` for an unnumbered heading. */
  id: z.string(),
  kind: z.enum(['part', 'chapter', 'section', 'heading']),
  /** Number among siblings of the same kind; null for an unnumbered heading. */
  number: z.number().int().positive().nullable(),
  /** The label as written, e.g. `第一章`; empty for an unnumbered heading. */
  label: z.string(),
  /** The name with padding spaces removed, e.g. `总则`. */
  name: z.string(),
  /** The name exactly as written, e.g. `总　　则`. */
  rawName: z.string(),
  /** The enclosing division's id, if any. */
  parentId: z.string().nullable(),
  /** Where the heading is in the source. */
  pos: PositionSchema,
  /** Ids of the articles directly or indirectly inside, in order. */
  articleIds: z.array(z.string()),
});
export type Division = z.output<typeof DivisionSchema>;
