/**
 * The request use cases' transaction port over Prisma: requests and their history,
 * the Sequence counters, documents' metadata, notifications and the mail outbox, all in
 * the caller's `$transaction`.
 */
import type { Actor } from '../../bookings/ports';
import type { IsoDay } from '../../domain/day';
import type { DocumentRecord } from '../../documents/documentMetadataRepository';
import type { EnqueueMail, MailOutbox } from '../../mail/mailOutbox';
import type {
  DocumentInfo,
  GuardianProfile,
  NewRequest,
  NewRequestNotification,
  NotificationRow,
  RequestRecord,
  RequestStatusChange,
  RequestTransaction,
} from '../../requests/ports';
import { SqlBookingTransaction } from '../bookings/sqlBookingTransaction';
import type { DatabaseProvider } from '../database/databaseUrl';
import { prismaSession } from '../database/directSql';
import { PrismaDocumentMetadataRepository } from '../documents/prismaDocumentMetadataRepository';
import type { PrismaTx } from '../mail/prismaOutboxRepository';
import { toRequestRecord } from './requestRows';

function actorColumns(actor: Actor) {
  return { actorKind: actor.kind, actorId: actor.id, channel: actor.channel };
}

/** One request transaction: every method runs inside the Prisma transaction it wraps. */
export class PrismaRequestTransaction implements RequestTransaction {
  /** The booking rules' storage, in this same Prisma transaction (its raw queries). */
  readonly bookings: SqlBookingTransaction;

  constructor(
    private readonly tx: PrismaTx,
    private readonly outbox: MailOutbox<PrismaTx>,
    private readonly documents: PrismaDocumentMetadataRepository,
    provider: DatabaseProvider,
  ) {
    this.bookings = new SqlBookingTransaction(prismaSession(tx, provider));
  }

  async findGuardian(guardianId: number): Promise<GuardianProfile | null> {
    const row = await this.tx.guardian.findUnique({ where: { id: guardianId }, include: { family: { select: { name: true } } } });
    if (!row) return null;
    const { id, familyId, civility, firstName, lastName, email, phone } = row;
    return { id, familyId, familyName: row.family.name, civility, firstName, lastName, email, phone };
  }

  familyChildren(familyId: number): Promise<Array<{ firstName: string; lastName: string }>> {
    return this.tx.child.findMany({ where: { familyId }, select: { firstName: true, lastName: true }, orderBy: { birthDate: 'asc' } });
  }

  /** An update first (the common case), so that two writers serialise on the row. */
  async nextSequenceValue(name: string): Promise<number> {
    const { count } = await this.tx.sequence.updateMany({ where: { name }, data: { value: { increment: 1 } } });
    if (count === 0) await this.tx.sequence.create({ data: { name, value: 1 } });
    return (await this.tx.sequence.findUniqueOrThrow({ where: { name } })).value;
  }

  async createRequest(request: NewRequest): Promise<RequestRecord> {
    const row = await this.tx.request.create({
      data: {
        number: request.number,
        kind: request.kind,
        status: 'submitted',
        guardianId: request.guardianId,
        childId: request.childId,
        channel: request.channel,
        payload: JSON.stringify(request.payload),
        createdAt: request.createdAt,
        history: {
          create: { fromStatus: null, toStatus: 'submitted', at: request.createdAt, ...actorColumns(request.actor), comment: request.comment },
        },
      },
    });
    return toRequestRecord(row);
  }

  async findRequest(number: string): Promise<RequestRecord | null> {
    const row = await this.tx.request.findUnique({ where: { number } });
    return row ? toRequestRecord(row) : null;
  }

  async changeStatus(change: RequestStatusChange): Promise<void> {
    const decided = change.to === 'accepted' || change.to === 'refused' || change.to === 'closed';
    await this.tx.request.update({
      where: { id: change.requestId },
      data: {
        status: change.to,
        ...(decided ? { decidedAt: change.at, decisionNote: change.decisionNote ?? null } : {}),
        history: {
          create: { fromStatus: change.from, toStatus: change.to, at: change.at, ...actorColumns(change.actor), comment: change.comment ?? null },
        },
      },
    });
  }

  async isBooked(childId: number, day: IsoDay): Promise<boolean> {
    return (await this.tx.booking.count({ where: { childId, status: 'booked', bookableDay: { day } } })) > 0;
  }

  async findDocuments(ids: readonly string[]): Promise<DocumentInfo[]> {
    return this.tx.document.findMany({
      where: { id: { in: [...ids] } },
      select: { id: true, guardianId: true, requestId: true, purgedAt: true },
    });
  }

  saveDocument(record: DocumentRecord): Promise<void> {
    return this.documents.save(this.tx, record);
  }

  async attachDocuments(ids: readonly string[], link: { requestId: number; childId: number | null; days: IsoDay[] }): Promise<void> {
    await this.tx.document.updateMany({
      where: { id: { in: [...ids] } },
      data: { requestId: link.requestId, childId: link.childId, days: JSON.stringify(link.days) },
    });
  }

  enqueueMail(mail: EnqueueMail): Promise<{ messageId: string }> {
    return this.outbox.enqueue(this.tx, mail);
  }

  async notify(notification: NewRequestNotification): Promise<void> {
    await this.tx.notification.create({
      data: {
        kind: notification.kind,
        guardianId: notification.guardianId,
        requestId: notification.requestId,
        payload: JSON.stringify(notification.payload),
        createdAt: notification.createdAt,
      },
    });
  }

  async claimNotification(
    id: number,
    options: { at: Date; guardianId?: number; onlyPending?: boolean; status: 'sent' | 'failed' },
  ): Promise<{ notification: NotificationRow; was: 'pending' | 'failed' } | null> {
    const row = await this.tx.notification.findUnique({ where: { id } });
    if (!row || (options.guardianId !== undefined && row.guardianId !== options.guardianId)) return null;
    const claimable = options.onlyPending ? ['pending'] : ['pending', 'failed'];
    if (!claimable.includes(row.status)) return null;
    // Conditional on the status read: another teller's claim in between makes this one a no-op.
    const { count } = await this.tx.notification.updateMany({
      where: { id, status: row.status },
      data: { status: options.status, sentAt: options.status === 'sent' ? options.at : null, attempts: { increment: 1 } },
    });
    if (count === 0) return null;
    const notification: NotificationRow = {
      id: row.id,
      kind: row.kind,
      guardianId: row.guardianId,
      requestId: row.requestId,
      payload: JSON.parse(row.payload) as unknown,
      createdAt: row.createdAt,
    };
    return { notification, was: row.status as 'pending' | 'failed' };
  }
}
