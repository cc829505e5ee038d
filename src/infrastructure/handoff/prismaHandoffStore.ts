/** Hand-over tickets and transcripts on Prisma. */
import { z } from 'zod';
import type { PrismaClient } from '../../generated/prisma/client';
import type {
  HandoffContext,
  HandoffReason,
  HandoffStatus,
  HandoffStore,
  HandoffTicket,
  NewHandoff,
  TranscriptLine,
} from '../../handoff/handoffStore';

const contextSchema = z.object({
  familyName: z.string().optional(),
  guardianName: z.string().optional(),
  guardianEmail: z.string().optional(),
  children: z.array(z.string()).optional(),
  days: z.array(z.string()).optional(),
  intent: z.string().optional(),
  trigger: z.string().optional(),
});
const reasonSchema = z.enum(['asked', 'not_understood', 'sensitive', 'upset', 'late_request']);
const authorSchema = z.enum(['parent', 'bot', 'staff', 'system']);

type HandoffRow = {
  id: number;
  channelId: string;
  conversationId: string;
  guardianId: number | null;
  status: HandoffStatus;
  reason: string;
  context: string;
  reference: string;
  staffId: number | null;
  staff?: { displayName: string } | null;
  createdAt: Date;
  takenAt: Date | null;
  closedAt: Date | null;
};

function ticketOf(row: HandoffRow): HandoffTicket {
  const context: HandoffContext = contextSchema.parse(JSON.parse(row.context));
  return {
    id: row.id,
    channelId: row.channelId,
    conversationId: row.conversationId,
    guardianId: row.guardianId ?? undefined,
    status: row.status,
    reason: reasonSchema.parse(row.reason) as HandoffReason,
    context,
    reference: JSON.parse(row.reference) as unknown,
    staffId: row.staffId ?? undefined,
    staffName: row.staff?.displayName ?? undefined,
    createdAt: row.createdAt,
    takenAt: row.takenAt ?? undefined,
    closedAt: row.closedAt ?? undefined,
  };
}

const withStaff = { staff: { select: { displayName: true } } } as const;

export class PrismaHandoffStore implements HandoffStore {
  constructor(private readonly prisma: PrismaClient) {}

  async open(handoff: NewHandoff): Promise<HandoffTicket> {
    return this.prisma.$transaction(async (tx) => {
      const existing = await tx.handoff.findFirst({
        where: { channelId: handoff.channelId, conversationId: handoff.conversationId, status: { in: ['waiting', 'active'] } },
        include: withStaff,
      });
      if (existing) return ticketOf(existing);
      const created = await tx.handoff.create({
        data: {
          channelId: handoff.channelId,
          conversationId: handoff.conversationId,
          guardianId: handoff.guardianId ?? null,
          status: 'waiting',
          reason: handoff.reason,
          context: JSON.stringify(handoff.context),
          reference: JSON.stringify(handoff.reference),
          createdAt: handoff.now,
          messages: {
            create: handoff.transcript.map((line) => ({ author: line.author, text: line.text, at: line.at, staffName: line.staffName ?? null })),
          },
        },
        include: withStaff,
      });
      return ticketOf(created);
    });
  }

  async findOpenByConversation(channelId: string, conversationId: string): Promise<HandoffTicket | undefined> {
    const row = await this.prisma.handoff.findFirst({
      where: { channelId, conversationId, status: { in: ['waiting', 'active'] } },
      include: withStaff,
    });
    return row ? ticketOf(row) : undefined;
  }

  async openConversations(): Promise<{ channelId: string; conversationId: string }[]> {
    return this.prisma.handoff.findMany({
      where: { status: { in: ['waiting', 'active'] } },
      select: { channelId: true, conversationId: true },
    });
  }

  async findById(id: number): Promise<HandoffTicket | undefined> {
    const row = await this.prisma.handoff.findUnique({ where: { id }, include: withStaff });
    return row ? ticketOf(row) : undefined;
  }

  async list(statuses: readonly HandoffStatus[]): Promise<HandoffTicket[]> {
    const rows = await this.prisma.handoff.findMany({
      where: { status: { in: [...statuses] } },
      include: withStaff,
      orderBy: { createdAt: 'asc' },
      take: 200,
    });
    return rows.map(ticketOf);
  }

  async takeOver(id: number, staffId: number, now: Date): Promise<HandoffTicket | undefined> {
    const updated = await this.prisma.handoff.updateMany({ where: { id, status: 'active' }, data: { staffId, takenAt: now } });
    return updated.count === 1 ? this.findById(id) : undefined;
  }

  async take(id: number, staffId: number, now: Date): Promise<HandoffTicket | undefined> {
    // Conditional update: of two staff members clicking at once, only one gets it.
    const updated = await this.prisma.handoff.updateMany({
      where: { id, OR: [{ status: 'waiting' }, { status: 'active', staffId }] },
      data: { status: 'active', staffId, takenAt: now },
    });
    return updated.count === 1 ? this.findById(id) : undefined;
  }

  async close(id: number, now: Date): Promise<HandoffTicket | undefined> {
    const updated = await this.prisma.handoff.updateMany({
      where: { id, status: { in: ['waiting', 'active'] } },
      data: { status: 'closed', closedAt: now },
    });
    return updated.count === 1 ? this.findById(id) : undefined;
  }

  async append(id: number, line: TranscriptLine): Promise<void> {
    await this.prisma.handoffMessage.create({
      data: { handoffId: id, author: line.author, text: line.text, at: line.at, staffName: line.staffName ?? null },
    });
  }

  async transcript(id: number): Promise<TranscriptLine[]> {
    const rows = await this.prisma.handoffMessage.findMany({ where: { handoffId: id }, orderBy: [{ at: 'asc' }, { id: 'asc' }] });
    return rows.map((row) => ({
      author: authorSchema.parse(row.author),
      text: row.text,
      at: row.at,
      staffName: row.staffName ?? undefined,
    }));
  }
}
