/**
 * Requests and notifications as a parent reads them ("où en est ma demande ?"): French
 * labels and one-line summaries built here, so that every channel says the same thing.
 */
import { frenchTypography } from '../domain/frenchTypography';
import { z } from 'zod';
import type { IsoDay } from '../domain/day';
import { frenchDay, frenchDayList } from '../domain/frenchDates';
import { fillFr, requestMessagesFr } from './messages.fr';
import type { NotificationRow, RequestKind, RequestStatus, RequestWithHistory } from './ports';
import type { LateAction } from './requestPayload';

/** One request with its history, latest change last. */
export interface RequestView {
  number: string;
  kind: RequestKind;
  /** "demande hors délai", "justificatif d'absence". */
  kindLabel: string;
  status: RequestStatus;
  /** "envoyée au service", "acceptée", "refusée"… */
  statusLabel: string;
  action?: LateAction;
  childFirstNames: string[];
  days: IsoDay[];
  /** modify only: the days asked instead. */
  newDays: IsoDay[];
  createdAt: Date;
  decidedAt: Date | null;
  decisionNote: string | null;
  /** A late request's word from the parent for the service ("" when they wanted none). */
  parentWords?: string;
  history: Array<{ at: Date; status: RequestStatus; statusLabel: string; comment: string | null }>;
  /** "Demande D-2026-000123 (demande hors délai, réservation) pour Léa : lundi 16 mars — acceptée". */
  summary: string;
}

/** A "must be told" message, ready to show. */
export interface NotificationView {
  id: number;
  kind: string;
  createdAt: Date;
  requestNumber?: string;
  /** French, for the parent. */
  text: string;
}

const m = requestMessagesFr;

/** The view of one stored request. */
export function toRequestView(request: RequestWithHistory): RequestView {
  const { payload } = request;
  const action = payload.type === 'late_request' ? payload.action : undefined;
  const newDays = payload.type === 'late_request' ? payload.newDays : [];
  const childFirstNames = payload.children.map((child) => child.firstName);
  const what = action ? `${m.kind[request.kind]}, ${m.actionNoun[action]}` : m.kind[request.kind];
  const note = request.status === 'refused' && request.decisionNote ? ` (motif : ${request.decisionNote})` : '';
  const object =
    payload.type === 'quotient_familial'
      ? `avec ${payload.documentIds.length} document${payload.documentIds.length > 1 ? 's' : ''}`
      : payload.type === 'service_message' || payload.type === 'dossier'
        ? `« ${excerpt(payload.text)} »`
        : `pour ${childFirstNames.join(', ')} : ${frenchDayList(payload.days)}`;
  const summary = `Demande ${request.number} (${what}) ${object} — ${m.status[request.status]}${note}`;
  return {
    number: request.number,
    kind: request.kind,
    kindLabel: m.kind[request.kind],
    status: request.status,
    statusLabel: m.status[request.status],
    action,
    childFirstNames,
    days: payload.days,
    newDays,
    createdAt: request.createdAt,
    decidedAt: request.decidedAt,
    decisionNote: request.decisionNote,
    ...(payload.type === 'late_request' ? { parentWords: payload.parentWords } : {}),
    history: request.history.map((row) => ({ at: row.at, status: row.to, statusLabel: m.status[row.to], comment: row.comment })),
    summary,
  };
}

/** The first words of a long text, for one-line summaries. */
function excerpt(text: string, length = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}…`;
}

const decidedSchema = z.object({
  number: z.string(),
  kind: z.enum(['late_request', 'absence_justification', 'service_message', 'dossier', 'quotient_familial']),
  decision: z.enum(['accepted', 'refused', 'closed']),
  reason: z.string().nullable(),
  applied: z.array(z.object({ childFirstName: z.string(), day: z.string(), code: z.string() })).default([]),
  /** A word from staff with the decision. */
  message: z.string().optional(),
});
const promotedSchema = z.object({ childFirstName: z.string(), day: z.string() });
/** A sentence written for the parent by whoever tells them (e.g. staff acting for them): shown as is. */
const noticeSchema = z.object({ text: z.string().min(1) });

/** Notification kind: a ready-made French sentence for the parent (payload `{ text }`). */
export const SERVICE_NOTICE = 'service_notice';

function appliedText(applied: z.infer<typeof decidedSchema>['applied']): string {
  return applied
    .map(({ childFirstName, day, code }) => {
      const template = (m.applied as Record<string, string>)[code];
      return template ? fillFr(template, { child: childFirstName, day: frenchDay(day) }) : `${childFirstName}, ${frenchDay(day)}`;
    })
    .join(', ');
}

/** The French message of a notification row (a generic one for kinds it does not know). */
export function toNotificationView(row: NotificationRow): NotificationView {
  const base = { id: row.id, kind: row.kind, createdAt: row.createdAt };
  const decided = decidedSchema.safeParse(row.payload);
  if (row.kind === 'request_decided' && decided.success) {
    const { number, kind, decision, reason, applied, message } = decided.data;
    const n = m.notification;
    const text =
      decision === 'closed'
        ? fillFr(n.answered, { number })
        : decision === 'refused'
        ? fillFr(n.refused[kind], { number, reason: reason ?? '—' })
        : applied.length > 0
          ? fillFr(n.acceptedApplied, { number, applied: appliedText(applied) })
          : fillFr(n.accepted[kind], { number });
    // A refusal's message is its reason, already in the text.
    const word = message && message !== reason ? ` ${frenchTypography(`Message du service : « ${message} »`)}` : '';
    return { ...base, requestNumber: number, text: text + word };
  }
  const promoted = promotedSchema.safeParse(row.payload);
  if (row.kind === 'waitlist_promoted' && promoted.success) {
    return { ...base, text: fillFr(m.notification.waitlistPromoted, { child: promoted.data.childFirstName, day: frenchDay(promoted.data.day) }) };
  }
  const notice = noticeSchema.safeParse(row.payload);
  if (row.kind === SERVICE_NOTICE && notice.success) return { ...base, text: notice.data.text };
  return { ...base, text: m.notification.other };
}
