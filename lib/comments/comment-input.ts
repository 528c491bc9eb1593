import { z } from 'zod';
import { DISPOSITIONS } from '../../db/schema-review';
import { idSchema, plainText } from '../shared/schemas';

/** What the comment use cases accept from a form or a server action; parsed again on the server. */

export const commentBodySchema = plainText({ error: 'Bitte schreiben Sie einen Kommentar.', multiline: true })
  .min(1, 'Bitte schreiben Sie einen Kommentar.')
  .max(5000, 'Ein Kommentar darf höchstens 5000 Zeichen lang sein.');

const mentionsSchema = z.array(idSchema).max(20, 'Bitte erwähnen Sie höchstens 20 Personen.').default([]);

export const addCommentSchema = z.object({
  sectionId: idSchema,
  body: commentBodySchema,
  mentions: mentionsSchema,
  /** A text range in the section's plain text at a saved revision; without it the comment is on the whole section. */
  range: z
    .object({
      revision: z.number().int().min(1),
      start: z.number().int().min(0),
      end: z.number().int().min(1),
    })
    .optional(),
});

export const replySchema = z.object({ threadId: idSchema, body: commentBodySchema, mentions: mentionsSchema });
export const editCommentSchema = z.object({ commentId: idSchema, body: commentBodySchema, mentions: mentionsSchema });
export const resolveThreadSchema = z.object({
  threadId: idSchema,
  disposition: z.enum(DISPOSITIONS, { error: 'Bitte wählen Sie, wie mit dem Hinweis umgegangen wurde.' }).optional(),
  reason: plainText({ multiline: true }).max(2000, 'Die Begründung darf höchstens 2000 Zeichen lang sein.').optional(),
});
export const threadSchema = z.object({ threadId: idSchema });
export const redactCommentSchema = z.object({ commentId: idSchema });
