/**
 * Read-only request queries over Prisma (parents' "mes demandes", staff listings) and
 * the acknowledgement of notifications.
 */
import type { PrismaClient, Prisma } from '../../generated/prisma/client';
import type { NotificationRow, RequestQueries, RequestStatus, RequestWithHistory } from '../../requests/ports';
import { toRequestRecord } from './requestRows';

const include = {
  history: { orderBy: [{ at: 'asc' }, { id: 'asc' }] },
  guardian: { select: { civility: true, firstName: true, lastName: true, email: true, family: { select: { name: true } } } },
  documents: { select: { id: true, mediaType: true, sizeBytes: true, originalName: true, purgedAt: true }, orderBy: { receivedAt: 'asc' } },
} satisfies Prisma.RequestInclude;

type Row = Prisma.RequestGetPayload<{ include: typeof include }>;

function toRequestWithHistory(row: Row): RequestWithHistory {
  return {
    ...toRequestRecord(row),
    guardian: { ...row.guardian, familyName: row.guardian.family.name },
    documents: row.documents,
    history: row.history.map((h) => ({ at: h.at, from: h.fromStatus, to: h.toStatus, actorKind: h.actorKind, actorId: h.actorId, comment: h.comment })),
  };
}

const LATEST_FIRST = [{ createdAt: 'desc' }, { id: 'desc' }] satisfies Prisma.RequestOrderByWithRelationInput[];
/** Requests the use cases handle (booking_change is reserved for a later feature). */
const HANDLED = { kind: { in: ['late_request', 'absence_justification', 'service_message', 'dossier', 'quotient_familial'] } } satisfies Prisma.RequestWhereInput;

/** RequestQueries on Prisma (outside any transaction). */
export class PrismaRequestQueries implements RequestQueries {
  constructor(private readonly prisma: PrismaClient) {}

  async listForGuardian(guardianId: number): Promise<RequestWithHistory[]> {
    const rows = await this.prisma.request.findMany({ where: { guardianId, ...HANDLED }, include, orderBy: LATEST_FIRST });
    return rows.map(toRequestWithHistory);
  }

  async listAll(filter: { status?: RequestStatus; limit?: number }): Promise<RequestWithHistory[]> {
    const rows = await this.prisma.request.findMany({
      where: { ...HANDLED, ...(filter.status ? { status: filter.status } : {}) },
      include,
      orderBy: LATEST_FIRST,
      take: filter.limit,
    });
    return rows.map(toRequestWithHistory);
  }

  async findByNumber(number: string): Promise<RequestWithHistory | null> {
    const row = await this.prisma.request.findFirst({ where: { number, ...HANDLED }, include });
    return row ? toRequestWithHistory(row) : null;
  }

  async pendingNotifications(guardianId: number): Promise<NotificationRow[]> {
    const rows = await this.prisma.notification.findMany({
      where: { guardianId, status: { in: ['pending', 'failed'] } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      guardianId: row.guardianId,
      requestId: row.requestId,
      payload: JSON.parse(row.payload) as unknown,
      createdAt: row.createdAt,
    }));
  }

  async guardiansWithPendingNotifications(): Promise<number[]> {
    const rows = await this.prisma.notification.findMany({
      where: { status: 'pending' },
      distinct: ['guardianId'],
      select: { guardianId: true },
      orderBy: { guardianId: 'asc' },
    });
    return rows.map((row) => row.guardianId);
  }

  async markTold(id: number, at: Date): Promise<void> {
    await this.prisma.notification.updateMany({ where: { id, status: 'failed' }, data: { status: 'sent', sentAt: at } });
  }

  async markNotified(ids: readonly number[], at: Date, guardianId?: number): Promise<number> {
    const { count } = await this.prisma.notification.updateMany({
      where: { id: { in: [...ids] }, status: { in: ['pending', 'failed'] }, ...(guardianId === undefined ? {} : { guardianId }) },
      data: { status: 'sent', sentAt: at, attempts: { increment: 1 } },
    });
    return count;
  }
}
