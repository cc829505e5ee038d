/**
 * What the request use cases (late requests, absence justifications, staff decisions,
 * parents' queries) need from the outside world. Prisma implements these in
 * src/infrastructure/requests; the use cases never see it.
 */
import type { Actor, BookingRules, BookingTransaction } from '../bookings/ports';
import type { IsoDay } from '../domain/day';
import type { DocumentRecord } from '../documents/documentMetadataRepository';
import type { EnqueueMail } from '../mail/mailOutbox';
import type { RequestPayload } from './requestPayload';

export type RequestKind = 'late_request' | 'absence_justification' | 'service_message' | 'dossier' | 'quotient_familial';
export type RequestStatus = 'submitted' | 'in_progress' | 'accepted' | 'refused' | 'closed';

/** The guardian as the service's mail names them (civilité, nom, prénom, e-mail, téléphone). */
export interface GuardianProfile {
  id: number;
  familyId: number;
  familyName: string;
  civility: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
}

export interface RequestRecord {
  id: number;
  number: string;
  kind: RequestKind;
  status: RequestStatus;
  guardianId: number;
  childId: number | null;
  channel: string;
  payload: RequestPayload;
  createdAt: Date;
  decidedAt: Date | null;
  /** The reason given with the decision, when there is one. */
  decisionNote: string | null;
}

export interface NewRequest {
  number: string;
  kind: RequestKind;
  guardianId: number;
  childId: number | null;
  channel: string;
  payload: RequestPayload;
  createdAt: Date;
  /** Who made it: the first history row names them. */
  actor: Actor;
  /** The first history row's comment, in French. */
  comment: string;
}

export interface RequestStatusChange {
  requestId: number;
  from: RequestStatus;
  to: RequestStatus;
  at: Date;
  actor: Actor;
  /** French, as the family or staff read it in the history. */
  comment?: string;
  /** Set on a decision: the reason given to the family. */
  decisionNote?: string;
}

/** A received document's metadata, as the justification checks it. */
export interface DocumentInfo {
  id: string;
  guardianId: number;
  requestId: number | null;
  purgedAt: Date | null;
}

/** A "must be told" row for one guardian. */
export interface NewRequestNotification {
  kind: string;
  guardianId: number;
  requestId: number;
  payload: Record<string, unknown>;
  createdAt: Date;
}

/**
 * Reads and writes inside one database transaction. `bookings` is the booking
 * transaction over the same database transaction (idempotency keys, children, booking
 * changes and audit), so that a staff decision and its booking change commit together.
 */
export interface RequestTransaction {
  readonly bookings: BookingTransaction;
  findGuardian(guardianId: number): Promise<GuardianProfile | null>;
  /** The family's children, by first name (for the service's mails). */
  familyChildren(familyId: number): Promise<Array<{ firstName: string; lastName: string }>>;
  /** Increments the named counter (created at 1) and returns its new value. */
  nextSequenceValue(name: string): Promise<number>;
  /** Creates the request with status `submitted` and its first history row. */
  createRequest(request: NewRequest): Promise<RequestRecord>;
  findRequest(number: string): Promise<RequestRecord | null>;
  /** Moves the request to `to` and writes the history row (and the decision note, if any). */
  changeStatus(change: RequestStatusChange): Promise<void>;
  /** True when the child holds a place (status booked, not waiting) on `day`. */
  isBooked(childId: number, day: IsoDay): Promise<boolean>;
  findDocuments(ids: readonly string[]): Promise<DocumentInfo[]>;
  saveDocument(record: DocumentRecord): Promise<void>;
  /** Links documents to their request (and child and days). */
  attachDocuments(ids: readonly string[], link: { requestId: number; childId: number | null; days: IsoDay[] }): Promise<void>;
  /** Writes a mail into the outbox within this transaction; returns its fixed Message-ID. */
  enqueueMail(mail: EnqueueMail): Promise<{ messageId: string }>;
  notify(notification: NewRequestNotification): Promise<void>;
  /**
   * Takes a notification to tell it: `pending` (or, unless `onlyPending`, `failed`: told by
   * mail, not yet in a conversation) becomes `status` (`sent` when told in this turn,
   * `failed` while a proactive message is on its way). Null when it is not there, not the
   * guardian's, or another teller took it first.
   */
  claimNotification(
    id: number,
    options: { at: Date; guardianId?: number; onlyPending?: boolean; status: 'sent' | 'failed' },
  ): Promise<{ notification: NotificationRow; was: 'pending' | 'failed' } | null>;
}

export interface RequestStore {
  /** Runs `work` in one transaction: all its writes commit together or not at all. */
  transaction<T>(work: (tx: RequestTransaction) => Promise<T>): Promise<T>;
}

/** One history row as listed. */
export interface HistoryRecord {
  at: Date;
  from: RequestStatus | null;
  to: RequestStatus;
  actorKind: Actor['kind'];
  actorId: string;
  comment: string | null;
}

/** A request with its history, for listings. */
export interface RequestWithHistory extends RequestRecord {
  history: HistoryRecord[];
  guardian: { civility: string; firstName: string; lastName: string; email: string; familyName: string };
  documents: Array<{ id: string; mediaType: string; sizeBytes: number; originalName: string | null; purgedAt: Date | null }>;
}

export interface NotificationRow {
  id: number;
  kind: string;
  guardianId: number;
  requestId: number | null;
  payload: unknown;
  createdAt: Date;
}

/** Read-only queries (and the notification acknowledgement). */
export interface RequestQueries {
  /** The guardian's requests, latest first. */
  listForGuardian(guardianId: number): Promise<RequestWithHistory[]>;
  /** Every request (optionally of one status), latest first, for staff. */
  listAll(filter: { status?: RequestStatus; limit?: number }): Promise<RequestWithHistory[]>;
  findByNumber(number: string): Promise<RequestWithHistory | null>;
  /** The guardian's notifications not yet told in a conversation (pending, or mailed but undelivered), oldest first. */
  pendingNotifications(guardianId: number): Promise<NotificationRow[]>;
  /** Guardians who have something not yet told anywhere (for a proactive notifier). */
  guardiansWithPendingNotifications(): Promise<number[]>;
  /** A notice told in a conversation by a proactive message: `failed` (mailed only) becomes `sent`. */
  markTold(id: number, at: Date): Promise<void>;
  /** Marks the notifications as told; `guardianId`, when given, limits it to theirs. Returns how many changed. */
  markNotified(ids: readonly number[], at: Date, guardianId?: number): Promise<number>;
}

/** The town settings the request use cases apply (see requestSettingsFrom). */
export interface RequestSettings {
  /** The service's mailbox that receives late requests (config contacts.mailbox). */
  mailbox: string;
  /** Days after an absence during which it can be justified (config absenceJustificationDays). */
  absenceJustificationDays: number;
}

/** What the request use cases are built with. */
export interface RequestDependencies {
  store: RequestStore;
  rules: BookingRules;
  settings: RequestSettings;
  /** Called after a transaction that queued a mail has committed (OutboxWorker.wake). */
  onMailQueued?: () => void;
  /** Called after a decision wrote a notification for a parent (ProactiveNotifier.wake). */
  onNotificationQueued?: () => void;
}
