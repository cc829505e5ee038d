/**
 * What a reservation or a cancellation would do, day by day, before the parent says
 * "oui": read only, nothing locked or written. The confirmation then tells apart the
 * days that will change, those already in the wanted state (whatever their deadline:
 * a booked day is "déjà réservé" even when it can no longer be changed), those past
 * their deadline, full days and days without accueil, so that nothing is confirmed
 * that cannot happen. The change itself still decides, in its transaction (a place may
 * go in between): the preview is what the parent is told, not a promise.
 */
import type { IsoDay } from '../domain/day';
import { parseIsoDay } from '../domain/day';
import { deadlineInfo } from './deadlineInfo';
import type { DayClosedReason, DeadlineInfo } from './outcomes';
import type { BookingQueries, BookingRules } from './ports';

export interface PreviewCommand {
  guardianId: number;
  mode: 'reserve' | 'cancel';
  childIds: readonly number[];
  days: readonly IsoDay[];
  now: Date;
}

export type DayPreview =
  | { code: 'will_change'; childId: number; day: IsoDay }
  /** reserve: booked (or waiting, `waiting` set) already; cancel: nothing to cancel. */
  | { code: 'already'; childId: number; day: IsoDay; waiting?: boolean }
  | { code: 'past_deadline'; childId: number; day: IsoDay; deadline: DeadlineInfo }
  /** reserve only: no place left (the waiting list can be offered). */
  | { code: 'full'; childId: number; day: IsoDay }
  | { code: 'closed_day'; childId: number; day: IsoDay; reason: DayClosedReason; detail?: string }
  | { code: 'not_your_child'; childId: number; day: IsoDay };

/**
 * One preview per child and day (children first, then days, duplicates removed).
 * @throws Error when the guardian does not exist.
 */
export async function previewChanges(queries: BookingQueries, rules: BookingRules, command: PreviewCommand): Promise<DayPreview[]> {
  const familyId = await queries.familyOfGuardian(command.guardianId);
  if (familyId === null) throw new Error(`Unknown guardian ${command.guardianId}.`);
  const childIds = [...new Set(command.childIds)];
  const days = [...new Set(command.days.map(parseIsoDay))].sort();
  const rows = await queries.siteDaysOf(childIds, days.filter((day) => rules.activityOn(day).open));
  const children = new Map((await queries.findChildren(childIds)).map((child) => [child.id, child]));
  const rowOf = new Map(rows.map((row) => [`${row.childId}|${row.day}`, row]));

  return childIds.flatMap((childId) =>
    days.map((day): DayPreview => {
      if (children.get(childId)?.familyId !== familyId) return { code: 'not_your_child', childId, day };
      const offer = rules.activityOn(day);
      if (!offer.open) {
        const closed: DayPreview = { code: 'closed_day', childId, day, reason: offer.reason };
        if (offer.publicHolidayName) closed.detail = offer.publicHolidayName;
        return closed;
      }
      const row = rowOf.get(`${childId}|${day}`);
      if (!row) return { code: 'closed_day', childId, day, reason: 'not_scheduled' };
      if (row.closedReason) return { code: 'closed_day', childId, day, reason: 'closed_by_service', detail: row.closedReason };
      // Already in the wanted state: said so, whatever the deadline.
      if (command.mode === 'reserve' && row.status === 'booked') return { code: 'already', childId, day };
      if (command.mode === 'reserve' && row.status === 'waiting') return { code: 'already', childId, day, waiting: true };
      if (command.mode === 'cancel' && (row.status === null || row.status === 'cancelled')) return { code: 'already', childId, day };
      const deadline = rules.deadlineFor(day);
      if (command.now.getTime() >= deadline.closesAt.getTime()) return { code: 'past_deadline', childId, day, deadline: deadlineInfo(deadline) };
      if (command.mode === 'reserve' && row.booked >= row.capacity) return { code: 'full', childId, day };
      return { code: 'will_change', childId, day };
    }),
  );
}
