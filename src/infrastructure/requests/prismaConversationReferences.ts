/** The latest conversation reference of each guardian, on Prisma (one row per guardian). */
import type { ConversationReference } from 'botbuilder';
import type { PrismaClient } from '../../generated/prisma/client';
import type { ConversationReferences } from '../../bot/parentNotifications';
import { directSqlOf, sqlDate } from '../database/directSql';

export class PrismaConversationReferences implements ConversationReferences {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * Saved at a parent's first turn in each conversation: plain SQL on the direct channel
   * (src/infrastructure/database/directSql.ts; INSERT … ON CONFLICT exists in PostgreSQL too).
   */
  async save(guardianId: number, reference: Partial<ConversationReference>, at: Date): Promise<void> {
    await directSqlOf(this.prisma).run(
      `INSERT INTO "ConversationReference" ("guardianId", "channelId", "conversationId", "reference", "updatedAt") VALUES (?, ?, ?, ?, ?)
       ON CONFLICT ("guardianId") DO UPDATE SET "channelId" = excluded."channelId", "conversationId" = excluded."conversationId",
       "reference" = excluded."reference", "updatedAt" = excluded."updatedAt"`,
      guardianId,
      reference.channelId ?? 'unknown',
      reference.conversation?.id ?? '',
      JSON.stringify(reference),
      sqlDate(at),
    );
  }

  async find(guardianId: number): Promise<Partial<ConversationReference> | undefined> {
    const row = await this.prisma.conversationReference.findUnique({ where: { guardianId } });
    return row ? (JSON.parse(row.reference) as Partial<ConversationReference>) : undefined;
  }
}
