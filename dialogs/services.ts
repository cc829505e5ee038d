/**
 * What the dialogs need from the rest of the application, as small ports.
 * Dialogs import these interfaces only; the composition root plugs in the adapters
 * (understanding, booking use cases, mail) so that no dialog knows Prisma or a parser.
 */
import type { IsoDay } from '../src/domain/day';
import type { TurnContext } from 'botbuilder';
import type { TownRules } from '../src/domain/townRules';
import type { JustificationCommand, JustificationResult } from '../src/requests/submitJustification';
import type { RequestView } from '../src/requests/requestViews';

/** What one French message means (contract: shared/specs/understanding.md, with its round-2 extensions). */
export type { Action, Courtesy, Intent, InterpretedIntent, Interpretation, RequestEdit, Topic } from '../src/understanding/types';
export type { OpenEnded } from '../src/understanding/dates/resolveDates';
import type { Intent, Interpretation } from '../src/understanding/types';
import type { OpenEnded } from '../src/understanding/dates/resolveDates';

export interface Understanding {
  understand(text: string, context: { now: Date; children: string[] }): Interpretation;
  /** The days of an open-ended change (`Interpretation.openEnded`) once the parent has said until when; [] when the answer names no end. */
  completeOpenEnded(openEnded: OpenEnded, answer: string, context: { now: Date }): string[];
}

export interface ChildRef {
  id: number;
  firstName: string;
}

/** The family of the linked guardian: the only children a conversation may reach. */
export interface FamilyContext {
  guardianId: number;
  guardianFirstName: string;
  children: ChildRef[];
}

export type DayOutcomeCode =
  | 'booked'
  | 'already_booked'
  | 'full'
  | 'waitlisted'
  | 'past_deadline'
  | 'closed_day'
  | 'unknown_child'
  | 'not_your_child'
  | 'cancelled'
  | 'not_booked';

/** The result for one child and one day, as a value (never an exception). */
export interface DayOutcome {
  childId: number;
  day: IsoDay;
  code: DayOutcomeCode;
}

export interface BookingChange {
  guardianId: number;
  childIds: number[];
  days: IsoDay[];
  /** Same key twice (a redelivered activity) = one change, the first outcome replayed. */
  idempotencyKey: string;
  channel: string;
  now: Date;
}

export type BookingLineStatus = 'booked' | 'waiting' | 'cancelled';

export interface BookingLine {
  childId: number;
  day: IsoDay;
  status: BookingLineStatus;
  /** Last change, when the store keeps it (for "dernières demandes"). */
  updatedAt?: Date;
}

/** What a change would do to one child's day, told before the parent confirms (src/bookings/previewChanges.ts). */
export type { DayPreview } from '../src/bookings/previewChanges';
import type { DayPreview } from '../src/bookings/previewChanges';

/** The booking use cases, scoped to one guardian's family by the implementation. */
export interface FamilyBookings {
  /** Read only: what `reserve` or `cancel` would do, day by day (nothing written). */
  preview(change: { guardianId: number; mode: 'reserve' | 'cancel'; childIds: number[]; days: IsoDay[]; now: Date }): Promise<DayPreview[]>;
  reserve(change: BookingChange & { joinWaitlist?: boolean }): Promise<DayOutcome[]>;
  cancel(change: BookingChange): Promise<DayOutcome[]>;
  list(query: { guardianId: number; childIds: number[]; from: IsoDay; to: IsoDay }): Promise<BookingLine[]>;
}

/** A late change ("réservation hors délais") for the service to decide. */
export interface LateRequest {
  guardianId: number;
  childIds: number[];
  /** reserve/cancel: the days asked; modify: the days to free. */
  days: IsoDay[];
  /** modify only: the days to book instead. */
  newDays?: IsoDay[];
  kind: 'reserve' | 'cancel' | 'modify';
  /** The parent's own word for the service (optional: '' when they wanted none), sent as is. */
  parentWords: string;
  channel: string;
  /** The same key twice (a redelivered "oui") is one request. */
  idempotencyKey: string;
  now: Date;
}

/** Sends a late request to the service's mailbox; the receipt is its number (undefined when nothing was sent). */
export interface LateRequestSender {
  send(request: LateRequest): Promise<{ number: string } | undefined>;
}

/** A file as the channel delivered it (structurally botbuilder's Attachment). */
export interface IncomingFile {
  contentType: string;
  contentUrl?: string;
  content?: unknown;
  name?: string;
}

/** A file kept (encrypted, its metadata recorded) or refused with the French message to show. */
export type FileReceipt = { ok: true; documentId: string; name?: string } | { ok: false; message: string };

/** Absence justifications: receiving the documents, then sending them to the service for review. */
export interface AbsenceJustifications {
  /** True when the message carries at least one file (not a card or an HTML copy). */
  hasFiles(attachments: readonly IncomingFile[] | undefined): boolean;
  /** Downloads, checks and stores every file of a message; one receipt per file. */
  receiveFiles(input: { guardianId: number; attachments: readonly IncomingFile[]; channel: string; now: Date }): Promise<FileReceipt[]>;
  justify(input: JustificationCommand): Promise<JustificationResult>;
}

/** "Où en est ma demande ?": the guardian's own requests only. */
export interface RequestTracker {
  /** Latest first. */
  list(guardianId: number): Promise<RequestView[]>;
  /** Undefined when there is none of that number in the guardian's requests. */
  find(guardianId: number, number: string): Promise<RequestView | undefined>;
}

export interface Clock {
  now(): Date;
}

/** Why a conversation goes to a person (shown to staff). */
export type HandoffReason = 'asked' | 'not_understood' | 'sensitive' | 'upset' | 'late_request';

export interface HandoffRequest {
  reason: HandoffReason;
  /** The parent's words that led to it. */
  trigger: string;
  intent?: Intent;
  days?: IsoDay[];
  children?: string[];
}

/** Hands the conversation to the service's staff, when they are at work. */
export interface HandoffDesk {
  request(context: TurnContext, request: HandoffRequest): Promise<'opened' | 'already_open' | 'out_of_hours'>;
}

/** A written message to the service's mailbox (when nobody is there to answer live). */
export interface ServiceMessageSender {
  send(message: { guardianId: number; text: string; channel: string; idempotencyKey: string; now: Date }): Promise<{ number: string }>;
}

/** The family's own space (issue 14): dossier, month planning, calendar feed, privacy. */
export type { CalendarFeeds, FamilyDossier, FamilyRecords } from '../src/family/familySpace';
import type { CalendarFeeds, FamilyRecords } from '../src/family/familySpace';
import type { Reminders } from '../src/family/prismaReminders';
import type { FamilyData } from '../src/family/familyData';
import type { SignedLinks } from '../src/family/signedLinks';

/** A change of the family's records, sent to the service as a request of kind dossier. */
export interface DossierChangeSender {
  send(change: { guardianId: number; text: string; childIds: number[]; documentIds: string[]; channel: string; idempotencyKey: string; now: Date }): Promise<{ number: string }>;
}

export interface FamilySpaceServices {
  records: FamilyRecords;
  dossierChanges: DossierChangeSender;
  /** Absent when the assistant has no public address to give (PUBLIC_ORIGIN unset). */
  feeds?: CalendarFeeds;
  privacy: { transcriptDays: number; stateDays: number; noticeUrl: string };
  /** Documents and data rights through short-lived signed links. */
  data?: { family: Pick<FamilyData, 'documents' | 'keep' | 'deleteKept' | 'deleteAssistantAccount'>; links: Pick<SignedLinks, 'sign'> };
  /** Opt-in reminders before deadlines and on Sunday. */
  reminders?: Reminders;
}
/** The money questions of a family: its prices, statements and payment attestation (src/money). */
export type { MoneyDesk } from '../src/money/moneyDesk';
import type { MoneyDesk } from '../src/money/moneyDesk';

/** "Évaluer mes tarifs": the parent's documents sent to the service as a quotient familial request; its number. */
export interface QuotientRequestSender {
  send(request: { guardianId: number; text: string; documentIds: string[]; channel: string; idempotencyKey: string; now: Date }): Promise<{ number: string }>;
}

/** Everything the dialogs are built with. */
export interface DialogServices {
  understanding: Understanding;
  bookings: FamilyBookings;
  lateRequests: LateRequestSender;
  absences: AbsenceJustifications;
  requestTracker: RequestTracker;
  rules: TownRules;
  clock: Clock;
  handoff: HandoffDesk;
  /** Absent until written messages to the service are available: the dialog then gives the contacts. */
  serviceMessages?: ServiceMessageSender;
  /** The family's own space; absent, its questions get the general answers. */
  family?: FamilySpaceServices;
  /** Absent when the town configuration has no tariffs: money questions then get the contacts. */
  money?: MoneyDesk;
  /** Absent: the parent is told to send the quotient familial documents to the service's mailbox. */
  quotientRequests?: QuotientRequestSender;
}
