/**
 * `npm run deadline -- 2026-03-13`: until when a day can be reserved, modified or
 * cancelled, in French and ISO, for staff and tests.
 */
import { TZDate } from '@date-fns/tz';
import { isIsoDay } from '../domain/day';
import { frenchDay } from '../domain/frenchDates';
import { HOLIDAY_LABELS } from '../domain/schoolCalendar';
import type { TownRules } from '../domain/townRules';
import { frenchDeadline } from '../bookings/deadlineInfo';
import { UsageError } from './runCommand';

export const DEADLINE_USAGE = 'Usage : npm run deadline -- AAAA-MM-JJ   (par exemple 2026-03-13)';

const CLOSED_REASONS = {
  weekend: 'week-end',
  public_holiday: 'jour férié',
  no_activity: 'aucun accueil ce jour-là',
  outside_calendar: 'hors du calendrier scolaire connu',
} as const;

/**
 * The report for the day given in `args`, as printed (lines joined by "\n").
 * @throws UsageError when `args` is not exactly one valid day.
 */
export function deadlineReport(args: readonly string[], rules: TownRules, now: Date): string {
  if (args.length !== 1) throw new UsageError(`Un seul jour attendu.\n${DEADLINE_USAGE}`);
  const day = args[0];
  if (!isIsoDay(day)) throw new UsageError(`« ${day} » n'est pas un jour valide.\n${DEADLINE_USAGE}`);

  const offer = rules.activityOn(day);
  const dayText = frenchDay(day, { withYear: true });
  if (!offer.open) {
    const reason = CLOSED_REASONS[offer.reason];
    const why = offer.publicHolidayName ? `${reason} : ${offer.publicHolidayName}` : reason;
    return `${dayText} : pas d'accueil (${why}).`;
  }
  const deadline = rules.deadlineFor(day);
  const what = deadline.period
    ? `${rules.activity(offer.activity).label}, ${HOLIDAY_LABELS[deadline.period.kind]}`
    : rules.activity(offer.activity).label;
  const lastAccepted = new TZDate(deadline.closesAt.getTime() - 60_000, rules.timeZone).toISOString();
  const state = rules.isChangeAllowed(day, now) ? 'modifications encore possibles' : 'délai dépassé';
  return [
    `${dayText} (${what}) : modifications possibles jusqu'au ${frenchDeadline(deadline)}`,
    `ISO : ${lastAccepted.replace('.000', '')}`,
    `Aujourd'hui : ${state}.`,
  ].join('\n');
}
