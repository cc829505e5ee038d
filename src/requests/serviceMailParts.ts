/** The lines every mail to the service's mailbox opens with: when it came in, and who sent it. */
import { todayIn, wallClockTime } from '../domain/day';
import { frenchDay, frenchTime } from '../domain/frenchDates';
import { fillFr, requestMessagesFr } from './messages.fr';
import type { GuardianProfile } from './ports';

/** "mardi 1er décembre 2026 à 10h05", in the town's time zone. */
export function receivedAtFr(now: Date, timeZone: string): string {
  return `${frenchDay(todayIn(now, timeZone), { withYear: true })} à ${frenchTime(wallClockTime(now, timeZone))}`;
}

/** Family, guardian, e-mail and phone of the parent who wrote. */
export function guardianLines(guardian: GuardianProfile): string[] {
  const m = requestMessagesFr.mail;
  return [
    fillFr(m.family, { value: guardian.familyName }),
    fillFr(m.guardian, { value: `${guardian.civility} ${guardian.firstName} ${guardian.lastName}` }),
    fillFr(m.email, { value: guardian.email }),
    fillFr(m.phone, { value: guardian.phone ?? m.phoneMissing }),
  ];
}
