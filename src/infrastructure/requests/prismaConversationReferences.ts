/** The latest conversation reference of each guardian, on Prisma (one row per guardian). */
import type { ConversationReference } from 'botbuilder';
import type { PrismaClient } from '../../generated/prisma/client';
import type { ConversationReferences } from '../../bot/parentNotifications';

export class PrismaConversationReferences implements ConversationReferences {
  constructor(private readonly prisma: PrismaClient) {}

  async save(guardianId: number, reference: Partial<ConversationReference>, at: Date): Promise<void> {
    const data = {
      channelId: reference.channelId ?? 'unknown',
      conversationId: reference.conversation?.id ?? '',
      reference: JSON.stringify(reference),
      updatedAt: at,
    };
    await this.prisma.conversationReference.upsert({ where: { guardianId }, create: { guardianId, ...data }, update: data });
  }

  async find(guardianId: number): Promise<Partial<ConversationReference> | undefined> {
    const row = await this.prisma.conversationReference.findUnique({ where: { guardianId } });
    return row ? (JSON.parse(row.reference) as Partial<ConversationReference>) : undefined;
  }
}
