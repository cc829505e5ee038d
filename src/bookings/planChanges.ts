/**
 * The part of a reservation or cancellation that does not depend on the bookings
 * themselves: is the child known and the guardian's, is the day open, is it still
 * before its deadline, and which site day (locked for the rest of the transaction)
 * it concerns.
 */
import type { IsoDay } from '../domain/day';
import { parseIsoDay } from '../domain/day';
import { deadlineInfo } from './deadlineInfo';
import type { IdempotentCall } from './idempotency';
import type { Refusal } from './outcomes';
import type { Actor, BookableDayRecord, BookingRules, BookingTransaction, ChildRecord } from './ports';

/** What every change call carries. */
export interface BookingChangeCommand {
  /** The guardian acting (the linked account of the conversation). */
  guardianId: number;
  /** Channel the request came through, e.g. "msteams", "webchat". */
  channel: string;
  /** The incoming message's id: replaying it changes nothing. */
  idempotencyKey: string;
  now: Date;
  childIds: readonly number[];
  days: readonly IsoDay[];
}

export type PlannedChange =
  | { ready: false; outcome: Refusal }
  | { ready: true; child: ChildRecord; day: IsoDay; bookableDay: BookableDayRecord };

/** The guardian as an actor of history and audit rows. */
export function guardianActor(command: BookingChangeCommand): Actor {
  return { kind: 'guardian', id: String(command.guardianId), channel: command.channel };
}

/** The idempotency parameters of a change call. */
export function idempotentCall(command: BookingChangeCommand, operation: 'reserve' | 'cancel'): IdempotentCall {
  return { key: command.idempotencyKey, operation, actorId: `guardian:${command.guardianId}`, now: command.now };
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

type Checked = { ready: false; outcome: Refusal } | { ready: true; child: ChildRecord; day: IsoDay };

function check(
  rules: BookingRules,
  now: Date,
  familyId: number,
  child: ChildRecord | undefined,
  childId: number,
  day: IsoDay,
): Checked {
  if (!child) return { ready: false, outcome: { code: 'unknown_child', childId, day } };
  if (child.familyId !== familyId) return { ready: false, outcome: { code: 'not_your_child', childId, day } };
  const offer = rules.activityOn(day);
  if (!offer.open) {
    const outcome: Refusal = { code: 'closed_day', childId, day, reason: offer.reason };
    if (offer.publicHolidayName) outcome.detail = offer.publicHolidayName;
    return { ready: false, outcome };
  }
  const deadline = rules.deadlineFor(day);
  if (now.getTime() >= deadline.closesAt.getTime()) {
    return { ready: false, outcome: { code: 'past_deadline', childId, day, deadline: deadlineInfo(deadline) } };
  }
  return { ready: true, child, day };
}

/**
 * One planned change per child and day, children first then days, duplicates removed.
 * Locks the site days concerned (in a fixed order, so two calls cannot deadlock).
 * @throws Error when the guardian does not exist (the caller linked a wrong account).
 */
export async function planChanges(
  tx: BookingTransaction,
  rules: BookingRules,
  command: BookingChangeCommand,
): Promise<PlannedChange[]> {
  const familyId = await tx.familyOfGuardian(command.guardianId);
  if (familyId === null) throw new Error(`Unknown guardian ${command.guardianId}.`);
  const childIds = unique(command.childIds);
  const days = unique(command.days.map(parseIsoDay));
  const children = new Map((await tx.findChildren(childIds)).map((child) => [child.id, child]));

  const checked = childIds.flatMap((childId) =>
    days.map((day) => check(rules, command.now, familyId, children.get(childId), childId, day)),
  );

  const wanted = new Map<string, { siteId: number; day: IsoDay }>();
  for (const item of checked) {
    if (item.ready) wanted.set(`${item.day}|${item.child.siteId}`, { siteId: item.child.siteId, day: item.day });
  }
  const order = [...wanted.keys()].sort();
  const locked = await tx.lockBookableDays(order.map((key) => wanted.get(key)!));
  const bySiteDay = new Map(locked.map((bookableDay) => [`${bookableDay.day}|${bookableDay.siteId}`, bookableDay]));

  return checked.map((item): PlannedChange => {
    if (!item.ready) return item;
    const bookableDay = bySiteDay.get(`${item.day}|${item.child.siteId}`);
    if (!bookableDay) {
      const outcome: Refusal = { code: 'closed_day', childId: item.child.id, day: item.day, reason: 'not_scheduled' };
      return { ready: false, outcome };
    }
    return { ready: true, child: item.child, day: item.day, bookableDay };
  });
}
