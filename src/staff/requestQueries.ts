/** The console's reads of requests: filtered lists (to decide, handled) and one request's file. */
import type { PrismaClient } from '../infrastructure/database/createPrismaClient';
import type { IsoDay } from '../domain/day';
import { parseRequestPayload } from '../requests/requestPayload';
import type { RequestPayload } from '../requests/requestPayload';
import { KIND_LABELS, STATUS_LABELS, summaryOf } from './consoleQueries';
import type { StaffRequestSummary } from './staffPages';
import { TOWN_TIME_ZONE } from './ui/format';
import { addDays, instantAt } from '../domain/day';

export interface RequestFilter {
  kind?: string;
  /** 'open' (to decide), 'handled', or one status. */
  status?: string;
  /** Received on this day (Paris time). */
  day?: IsoDay;
}

export interface RequestFile {
  number: string;
  kind: string;
  kindCode: string;
  status: string;
  statusCode: string;
  open: boolean;
  createdAt: Date;
  channel: string;
  familyId: number;
  familyName: string;
  guardianName: string;
  guardianPhone: string | null;
  guardianEmail: string;
  children: string[];
  days: IsoDay[];
  newDays: IsoDay[];
  action?: string;
  /** What the parent wrote, in full. */
  parentWords?: string;
  decisionNote: string | null;
  /** quotient_familial requests: the family's QF on file ("850 (tranche C)", "non fourni"). */
  quotientOnFile?: string;
  documents: Array<{ id: string; name: string; available: boolean }>;
  history: Array<{ at: Date; status: string; comment: string | null; actor: string }>;
  conversations: Array<{ id: number; status: string; createdAt: Date }>;
}

const OPEN = ['submitted', 'in_progress'] as const;

const payloadOf = (text: string): RequestPayload | undefined => {
  try {
    return parseRequestPayload(text);
  } catch {
    return undefined;
  }
};

export class RequestQueries {
  constructor(private readonly prisma: PrismaClient) {}

  async list(filter: RequestFilter, limit = 200): Promise<StaffRequestSummary[]> {
    type Status = 'submitted' | 'in_progress' | 'accepted' | 'refused' | 'closed';
    const statuses: Status[] =
      filter.status === 'open' || !filter.status
        ? [...OPEN]
        : filter.status === 'handled'
          ? ['accepted', 'refused', 'closed']
          : filter.status in STATUS_LABELS
            ? [filter.status as Status]
            : [...OPEN];
    const status = { in: statuses };
    const kind = filter.kind && filter.kind in KIND_LABELS ? (filter.kind as 'late_request') : undefined;
    const createdAt = filter.day
      ? { gte: instantAt(filter.day, 0, 0, TOWN_TIME_ZONE), lt: instantAt(addDays(filter.day, 1), 0, 0, TOWN_TIME_ZONE) }
      : undefined;
    const rows = await this.prisma.request.findMany({
      where: { status, ...(kind ? { kind } : {}), ...(createdAt ? { createdAt } : {}) },
      include: { guardian: { include: { family: true } }, documents: true },
      orderBy: { createdAt: filter.status === 'handled' ? 'desc' : 'asc' },
      take: limit,
    });
    return rows.map((r) => ({
      number: r.number,
      kind: KIND_LABELS[r.kind] ?? r.kind,
      kindCode: r.kind,
      status: STATUS_LABELS[r.status] ?? r.status,
      familyName: r.guardian.family.name,
      summary: summaryOf(payloadOf(r.payload)),
      createdAt: r.createdAt,
      documents: r.documents.map((d) => ({ id: d.id, name: d.originalName ?? 'document', available: d.purgedAt === null })),
    }));
  }

  async file(number: string): Promise<RequestFile | undefined> {
    const r = await this.prisma.request.findUnique({
      where: { number },
      include: {
        guardian: { include: { family: true } },
        documents: true,
        history: { orderBy: { at: 'asc' } },
      },
    });
    if (!r) return undefined;
    const payload = payloadOf(r.payload);
    const staffIds = r.history.filter((h) => h.actorKind === 'staff' && /^\d+$/.test(h.actorId)).map((h) => Number(h.actorId));
    const staff = await this.prisma.staffAccount.findMany({ where: { id: { in: staffIds } } });
    const actor = (h: { actorKind: string; actorId: string }) =>
      h.actorKind === 'guardian' ? 'parent' : h.actorKind === 'staff' ? (staff.find((s) => String(s.id) === h.actorId)?.displayName ?? `agent ${h.actorId}`) : 'système';
    const conversations = await this.prisma.handoff.findMany({ where: { guardianId: r.guardianId }, orderBy: { createdAt: 'desc' }, take: 5 });
    return {
      number: r.number,
      kind: KIND_LABELS[r.kind] ?? r.kind,
      kindCode: r.kind,
      status: STATUS_LABELS[r.status] ?? r.status,
      statusCode: r.status,
      open: (OPEN as readonly string[]).includes(r.status),
      createdAt: r.createdAt,
      channel: r.channel,
      familyId: r.guardian.familyId,
      familyName: r.guardian.family.name,
      guardianName: `${r.guardian.civility} ${r.guardian.firstName} ${r.guardian.lastName}`,
      guardianPhone: r.guardian.phone,
      guardianEmail: r.guardian.email,
      children: payload?.children.map((c) => `${c.firstName} ${c.lastName}`) ?? [],
      days: payload?.days ?? [],
      newDays: payload?.type === 'late_request' ? payload.newDays : [],
      action: payload?.type === 'late_request' ? payload.action : undefined,
      parentWords:
        payload?.type === 'late_request'
          ? payload.parentWords
          : payload?.type === 'service_message' || payload?.type === 'quotient_familial'
            ? payload.text || undefined
            : undefined,
      quotientOnFile:
        r.kind === 'quotient_familial'
          ? r.guardian.family.quotient === null
            ? 'non fourni (tranche la plus haute)'
            : `${r.guardian.family.quotient} (tranche ${r.guardian.family.quotientBracket ?? '?'})`
          : undefined,
      decisionNote: r.decisionNote,
      documents: r.documents.map((d) => ({ id: d.id, name: d.originalName ?? 'document', available: d.purgedAt === null })),
      history: r.history.map((h) => ({ at: h.at, status: STATUS_LABELS[h.toStatus] ?? h.toStatus, comment: h.comment, actor: actor(h) })),
      conversations: conversations.map((h) => ({ id: h.id, status: h.status, createdAt: h.createdAt })),
    };
  }
}
