/**
 * `npm run bookings -- --child "Léa Martin"` or `-- --day 2026-03-13`: the bookings
 * of a child or of a day, for staff and tests.
 */
import { parseArgs } from 'node:util';
import type { BookingLine, BookingQueries } from '../bookings/ports';
import type { BookingSearch } from '../bookings/searchBookings';
import { searchBookings } from '../bookings/searchBookings';
import { isIsoDay } from '../domain/day';
import { frenchDay } from '../domain/frenchDates';
import type { TownRules } from '../domain/townRules';
import { UsageError } from './runCommand';

export const BOOKINGS_USAGE =
  'Usage : npm run bookings -- --child "Prénom Nom"   ou   npm run bookings -- --day AAAA-MM-JJ';

/** A name that matches no child: not a usage error, but nothing to show (exit code 1). */
export class NotFoundError extends Error {}

/** Reads the arguments: exactly one of --child NAME and --day DAY. */
export function parseBookingSearch(args: readonly string[]): BookingSearch {
  let values: { child?: string; day?: string };
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: { child: { type: 'string' }, day: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${BOOKINGS_USAGE}`);
  }
  if ((values.child === undefined) === (values.day === undefined)) {
    throw new UsageError(`Indiquez soit --child, soit --day.\n${BOOKINGS_USAGE}`);
  }
  if (values.day !== undefined) {
    if (!isIsoDay(values.day)) throw new UsageError(`« ${values.day} » n'est pas un jour valide.\n${BOOKINGS_USAGE}`);
    return { day: values.day };
  }
  if (!values.child?.trim()) throw new UsageError(`Nom d'enfant vide.\n${BOOKINGS_USAGE}`);
  return { childName: values.child };
}

function status(line: BookingLine): string {
  return line.status === 'booked' ? 'réservé' : `liste d'attente (position ${line.position})`;
}

/**
 * The listing for `args`, as printed.
 * @throws UsageError on bad arguments, NotFoundError when no child has that name.
 */
export async function bookingsReport(args: readonly string[], queries: BookingQueries, rules: TownRules): Promise<string> {
  const search = parseBookingSearch(args);
  const result = await searchBookings(queries, search);
  const label = (line: BookingLine) => rules.activity(line.activity).label;
  if ('day' in search) {
    const title = `Réservations du ${frenchDay(search.day, { withYear: true })}`;
    if (result.bookings.length === 0) return `${title} : aucune.`;
    const lines = result.bookings.map(
      (line) => `  ${line.childFirstName} ${line.childLastName} — ${label(line)} — ${line.siteName} — ${status(line)}`,
    );
    return [`${title} (${result.bookings.length}) :`, ...lines].join('\n');
  }
  if (result.children.length === 0) throw new NotFoundError(`Aucun enfant ne s'appelle « ${search.childName} ».`);
  return result.children
    .map((child) => {
      const own = result.bookings.filter((line) => line.childId === child.id);
      const title = `${child.firstName} ${child.lastName} (enfant n° ${child.id})`;
      if (own.length === 0) return `${title} : aucune réservation.`;
      const lines = own.map(
        (line) => `  ${frenchDay(line.day, { withYear: true })} — ${label(line)} — ${line.siteName} — ${status(line)}`,
      );
      return [`${title}, ${own.length} réservation(s) :`, ...lines].join('\n');
    })
    .join('\n\n');
}
