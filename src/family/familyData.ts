/**
 * The family's documents and its data rights (issue 14): the documents list with date
 * and status, a document kept or deleted by the parent, the export of everything held
 * on the family, and the deletion of the assistant account (channel links, transcripts,
 * dialog state), the service's own records staying as the law requires.
 */
import type { PrismaClient } from '../infrastructure/database/createPrismaClient';
import type { DocumentStore } from '../documents/documentStore';

export type DocumentStatus = 'kept' | 'submitted' | 'accepted' | 'refused' | 'in_progress' | 'closed' | 'received' | 'deleted';

export interface FamilyDocument {
  id: string;
  name: string;
  receivedAt: Date;
  status: DocumentStatus;
  requestNumber?: string;
  /** The parent may delete it (kept by them, not part of a request). */
  deletable: boolean;
}

export class FamilyData {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly store: Pick<DocumentStore, 'delete'>,
  ) {}

  private async familyOf(guardianId: number): Promise<number> {
    return (await this.prisma.guardian.findUniqueOrThrow({ where: { id: guardianId }, select: { familyId: true } })).familyId;
  }

  /** The family's documents, latest first. */
  async documents(guardianId: number): Promise<FamilyDocument[]> {
    const familyId = await this.familyOf(guardianId);
    const rows = await this.prisma.document.findMany({
      where: { guardian: { familyId } },
      include: { request: { select: { number: true, status: true } } },
      orderBy: [{ receivedAt: 'desc' }, { id: 'asc' }],
    });
    return rows.map((row) => ({
      id: row.id,
      name: row.originalName ?? 'document',
      receivedAt: row.receivedAt,
      status: row.purgedAt ? 'deleted' : row.request ? row.request.status : row.keptByGuardian ? 'kept' : 'received',
      ...(row.request ? { requestNumber: row.request.number } : {}),
      deletable: !row.purgedAt && !row.request && row.keptByGuardian && row.guardianId === guardianId,
    }));
  }

  /** Marks documents just received as kept by the parent ("gardez ce document"). */
  async keep(guardianId: number, ids: readonly string[]): Promise<void> {
    await this.prisma.document.updateMany({ where: { id: { in: [...ids] }, guardianId, requestId: null }, data: { keptByGuardian: true } });
  }

  /** Deletes a document the parent kept (the file; the row stays as a trace). False when it is not theirs to delete. */
  async deleteKept(guardianId: number, id: string, now: Date): Promise<boolean> {
    const row = await this.prisma.document.findUnique({ where: { id } });
    if (!row || row.guardianId !== guardianId || !row.keptByGuardian || row.requestId !== null || row.purgedAt) return false;
    await this.store.delete(id);
    await this.prisma.document.update({ where: { id }, data: { purgedAt: now } });
    return true;
  }

  /** A document of the family that can still be read, or undefined. */
  async readable(guardianId: number, id: string): Promise<{ mediaType: string; name: string } | undefined> {
    const familyId = await this.familyOf(guardianId);
    const row = await this.prisma.document.findUnique({ where: { id }, include: { guardian: { select: { familyId: true } } } });
    if (!row || row.guardian.familyId !== familyId || row.purgedAt) return undefined;
    return { mediaType: row.mediaType, name: row.originalName ?? 'document' };
  }

  /** Everything held on the family, as plain data (the export of "mes données"). */
  async export(guardianId: number, now: Date): Promise<Record<string, unknown>> {
    const familyId = await this.familyOf(guardianId);
    const family = await this.prisma.family.findUniqueOrThrow({
      where: { id: familyId },
      include: {
        guardians: { include: { channelAccounts: true } },
        children: { orderBy: { birthDate: 'asc' }, include: { school: { include: { site: true } }, bookings: { include: { bookableDay: true, history: true } } } },
      },
    });
    const guardianIds = family.guardians.map((g) => g.id);
    const [authorised, requests, documents, reminders, feeds, notifications] = await Promise.all([
      this.prisma.authorisedPerson.findMany({ where: { familyId } }),
      this.prisma.request.findMany({ where: { guardianId: { in: guardianIds } }, include: { history: true }, orderBy: { createdAt: 'asc' } }),
      this.documents(guardianId),
      this.prisma.reminderSubscription.findMany({ where: { guardianId: { in: guardianIds } } }),
      this.prisma.calendarFeed.findMany({ where: { familyId }, select: { createdAt: true, revokedAt: true } }),
      this.prisma.notification.findMany({ where: { guardianId: { in: guardianIds } }, select: { kind: true, status: true, createdAt: true, sentAt: true } }),
    ]);
    return {
      exportedAt: now.toISOString(),
      family: { name: family.name, createdAt: family.createdAt },
      guardians: family.guardians.map((g) => ({
        civility: g.civility, firstName: g.firstName, lastName: g.lastName, email: g.email, phone: g.phone,
        channelAccounts: g.channelAccounts.map((a) => ({ channel: a.channelId, linkedAt: a.linkedAt })),
      })),
      children: family.children.map((c) => ({
        firstName: c.firstName, lastName: c.lastName, birthDate: c.birthDate, school: c.school.name, site: c.school.site.name, className: c.className,
        bookings: c.bookings
          .sort((a, b) => (a.bookableDay.day < b.bookableDay.day ? -1 : 1))
          .map((b) => ({ day: b.bookableDay.day, activity: b.bookableDay.activityCode, status: b.status, history: b.history.map((h) => ({ at: h.at, from: h.fromStatus, to: h.toStatus, channel: h.channel, reason: h.reason })) })),
      })),
      authorisedPeople: authorised.map(({ firstName, lastName, relation, phone }) => ({ firstName, lastName, relation, phone })),
      requests: requests.map((r) => ({ number: r.number, kind: r.kind, status: r.status, createdAt: r.createdAt, payload: JSON.parse(r.payload) as unknown, decisionNote: r.decisionNote, history: r.history.map((h) => ({ at: h.at, to: h.toStatus, comment: h.comment })) })),
      documents: documents.map(({ name, receivedAt, status, requestNumber }) => ({ name, receivedAt, status, requestNumber: requestNumber ?? null })),
      reminders: reminders.map(({ deadlines, weekly, daysBefore, createdAt, stoppedAt }) => ({ deadlines, weekly, daysBefore, createdAt, stoppedAt })),
      calendarFeeds: feeds,
      notifications,
    };
  }

  /**
   * "Supprimer mon compte de l'assistant": unlinks every channel account of the
   * guardian, deletes the transcripts of their handed-over conversations, their stored
   * conversation reference, their dialog state and their reminders' choice. Returns
   * what was deleted; the service's records (dossier, bookings, requests, documents) stay.
   */
  async deleteAssistantAccount(guardianId: number, current: { channelId: string; conversationId?: string; userId?: string }): Promise<{ channelAccounts: number; transcriptLines: number; stateRows: number }> {
    return this.prisma.$transaction(async (tx) => {
      const accounts = await tx.channelAccount.findMany({ where: { guardianId } });
      const reference = await tx.conversationReference.findUnique({ where: { guardianId } });
      const handoffs = await tx.handoff.findMany({ where: { guardianId }, select: { id: true, channelId: true, conversationId: true } });
      const conversations = [
        ...handoffs.map((h) => `${h.channelId}/conversations/${h.conversationId}`),
        ...(reference ? [`${reference.channelId}/conversations/${reference.conversationId}`] : []),
        ...(current.conversationId ? [`${current.channelId}/conversations/${current.conversationId}`] : []),
      ];
      const users = [...accounts.map((a) => `${a.channelId}/users/${a.channelUserId}`), ...(current.userId ? [`${current.channelId}/users/${current.userId}`] : [])];
      const keys = [...new Set([...conversations, ...users])];
      const state = keys.length > 0 ? await tx.storageItem.deleteMany({ where: { OR: keys.map((key) => ({ key: { startsWith: key } })) } }) : { count: 0 };
      const lines = await tx.handoffMessage.deleteMany({ where: { handoffId: { in: handoffs.map((h) => h.id) } } });
      await tx.conversationReference.deleteMany({ where: { guardianId } });
      await tx.reminderSubscription.deleteMany({ where: { guardianId } });
      const unlinked = await tx.channelAccount.deleteMany({ where: { guardianId } });
      return { channelAccounts: unlinked.count, transcriptLines: lines.count, stateRows: state.count };
    });
  }
}
