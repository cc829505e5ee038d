/**
 * What the dialogs need from the rest of the application, as small ports.
 * Dialogs import these interfaces only; the composition root plugs in the adapters
 * (understanding, booking use cases, mail) so that no dialog knows Prisma or a parser.
 */
import type { IsoDay } from '../src/domain/day';
import type { TurnContext } from 'botbuilder';
import type { TownRules } from '../src/domain/townRules';

export type Intent =
  | 'reserve'
  | 'cancel'
  | 'check'
  | 'deadline'
  | 'absence'
  | 'late_request'
  | 'handoff'
  | 'help'
  | 'faq'
  | 'smalltalk'
  | 'none';

/** What one French message means (contract: shared/specs/understanding.md). */
export interface Interpretation {
  intent: Intent;
  dates: IsoDay[];
  /** Children named, spelt as in the family's list. */
  children: string[];
}

export interface Understanding {
  understand(text: string, context: { now: Date; children: string[] }): Interpretation;
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

/** The booking use cases, scoped to one guardian's family by the implementation. */
export interface FamilyBookings {
  reserve(change: BookingChange & { joinWaitlist?: boolean }): Promise<DayOutcome[]>;
  cancel(change: BookingChange): Promise<DayOutcome[]>;
  list(query: { guardianId: number; childIds: number[]; from: IsoDay; to: IsoDay }): Promise<BookingLine[]>;
}

/** A late change ("réservation hors délais") sent to the service's mailbox. */
export interface LateRequestSender {
  send(request: { guardianId: number; childIds: number[]; days: IsoDay[]; kind: 'reserve' | 'cancel'; now: Date }): Promise<void>;
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

/** Everything the dialogs are built with. */
export interface DialogServices {
  understanding: Understanding;
  bookings: FamilyBookings;
  lateRequests: LateRequestSender;
  rules: TownRules;
  clock: Clock;
  handoff: HandoffDesk;
  /** Absent until written messages to the service are available: the dialog then gives the contacts. */
  serviceMessages?: ServiceMessageSender;
}
