/**
 * What a reservation or cancellation gave, child by child and day by day. Expected
 * business results are values with stable codes, never exceptions; a call may well
 * book Monday and find Tuesday full.
 *
 * The schemas also validate outcomes read back from the idempotency table.
 */
import { z } from 'zod';
import { activityCodeSchema } from '../config/townConfig';

const target = { childId: z.number().int(), day: z.string() };

/** When the parent can no longer change the day themselves. */
export const deadlineInfoSchema = z.object({
  /** First instant at which changes are refused (ISO, UTC). */
  closesAt: z.string(),
  /** The last day changes are accepted, until `closingTime` (town time). */
  lastDay: z.string(),
  closingTime: z.string(),
  /** French, as the parent reads it: "mardi 10 mars 2026 à 23h59". */
  text: z.string(),
});
export type DeadlineInfo = z.infer<typeof deadlineInfoSchema>;

/**
 * Why nothing can be booked: the calendar's reasons (weekend, public_holiday,
 * no_activity, outside_calendar), `closed_by_service` when staff closed the day,
 * `not_scheduled` when the child's site has no such day in the database.
 */
export const closedReasonSchema = z.enum([
  'weekend',
  'public_holiday',
  'no_activity',
  'outside_calendar',
  'closed_by_service',
  'not_scheduled',
]);
export type DayClosedReason = z.infer<typeof closedReasonSchema>;

const pastDeadline = z.object({ code: z.literal('past_deadline'), ...target, deadline: deadlineInfoSchema });
const closedDay = z.object({
  code: z.literal('closed_day'),
  ...target,
  reason: closedReasonSchema,
  /** The public holiday's name or the service's reason, when there is one. */
  detail: z.string().optional(),
});
const unknownChild = z.object({ code: z.literal('unknown_child'), ...target });
const notYourChild = z.object({ code: z.literal('not_your_child'), ...target });

/** Outcomes shared by every change: the child or the day rules it out. */
export const refusalSchema = z.discriminatedUnion('code', [pastDeadline, closedDay, unknownChild, notYourChild]);
export type Refusal = z.infer<typeof refusalSchema>;

export const reserveOutcomeSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('booked'), ...target, activity: activityCodeSchema }),
  z.object({ code: z.literal('already_booked'), ...target, activity: activityCodeSchema }),
  /** No place left: offer the waiting list (call again with `joinWaitingList`). */
  z.object({
    code: z.literal('full'),
    ...target,
    activity: activityCodeSchema,
    capacity: z.number().int(),
    waitingCount: z.number().int(),
  }),
  /** On the waiting list, `position` 1 being next to get a place. */
  z.object({ code: z.literal('waitlisted'), ...target, activity: activityCodeSchema, position: z.number().int() }),
  pastDeadline,
  closedDay,
  unknownChild,
  notYourChild,
]);
export type ReserveOutcome = z.infer<typeof reserveOutcomeSchema>;

export const cancelOutcomeSchema = z.discriminatedUnion('code', [
  /** Booking or waiting-list place cancelled. */
  z.object({ code: z.literal('cancelled'), ...target, activity: activityCodeSchema, wasWaiting: z.boolean() }),
  z.object({ code: z.literal('not_booked'), ...target }),
  pastDeadline,
  closedDay,
  unknownChild,
  notYourChild,
]);
export type CancelOutcome = z.infer<typeof cancelOutcomeSchema>;

/** The outcomes of one call, in the order asked (children, then days). */
export interface BookingChangeResult<T> {
  outcomes: T[];
  /** True when the idempotency key had been seen: nothing changed, first outcomes returned. */
  replayed: boolean;
}
