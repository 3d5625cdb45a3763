import { z } from 'zod';

/**
 * The front matter of a lesson (`content/lessons/<slug>.mdx`). A factory, so that the ids of the
 * regulations covered are checked against the corpus the site is built from.
 */
export function lessonSchema(regulationIds: readonly string[]) {
  const regId = z.string().refine((id) => regulationIds.includes(id), { error: (issue) => `没有 id 为“${String(issue.input)}”的法规（可用：${regulationIds.join('、')}）` });
  return z
    .object({
      /** Lesson title, e.g. 网格化服务管理的六地比较. */
      title: z.string().min(2),
      /** One or two sentences for the lesson list and the page description. */
      summary: z.string().min(10),
      /** Who the lesson is for, e.g. 乡镇（街道）平安办工作人员. */
      audience: z.string().min(2),
      /** Ids of the regulations the lesson covers, in the order the lesson treats them. */
      regulations: z.array(regId).min(1),
      /** Teaching time in minutes. */
      duration: z.number().int().positive(),
      /** Who wrote it. */
      author: z.string().min(1),
      /** When it was written or last revised. */
      date: z.coerce.date(),
    })
    .strict();
}
export type Lesson = z.output<ReturnType<typeof lessonSchema>>;
