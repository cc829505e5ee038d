/**
 * A day's deadline as the booking outcomes carry it: the instant for machines, the
 * French sentence part for parents ("mardi 10 mars 2026 à 23h59").
 */
import { frenchDay, frenchTime } from '../domain/frenchDates';
import type { Deadline } from '../domain/townRules';
import type { DeadlineInfo } from './outcomes';

/** "mardi 10 mars 2026 à 23h59": the last moment a change is accepted. */
export function frenchDeadline(deadline: Deadline): string {
  return `${frenchDay(deadline.lastDay, { withYear: true })} à ${frenchTime(deadline.closingTime)}`;
}

/** The serialisable form of a deadline for outcomes. */
export function deadlineInfo(deadline: Deadline): DeadlineInfo {
  return {
    closesAt: deadline.closesAt.toISOString(),
    lastDay: deadline.lastDay,
    closingTime: deadline.closingTime,
    text: frenchDeadline(deadline),
  };
}
