/**
 * The family's own space (issue 14), as the dialogs see it: what the service holds on
 * the family, the month at a glance, the calendar feed's address, documents and
 * reminders. Every method is scoped by the linked guardian: another family's records
 * are never reachable through it.
 */
import type { IsoDay } from '../domain/day';

export interface GuardianOnRecord {
  civility: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
}

export interface ChildOnRecord {
  id: number;
  firstName: string;
  lastName: string;
  birthDate: IsoDay;
  school: string;
  site: string;
  className: string;
}

export interface AuthorisedPersonOnRecord {
  firstName: string;
  lastName: string;
  relation: string | null;
  phone: string | null;
}

/** What the service holds on a family ("Ma famille"). */
export interface FamilyDossier {
  familyName: string;
  guardians: GuardianOnRecord[];
  children: ChildOnRecord[];
  authorisedPeople: AuthorisedPersonOnRecord[];
}

/** A day the service closed exceptionally (strike, works) for a child's site. */
export interface ServiceClosure {
  day: IsoDay;
  reason: string;
}

/** A calendar feed's address: given once, only its hash is kept. */
export type FeedLink = { status: 'created'; url: string } | { status: 'exists'; since: Date };

export interface FamilyRecords {
  /** The dossier of the guardian's family (undefined when the guardian is unknown). */
  dossier(guardianId: number): Promise<FamilyDossier | undefined>;
  /** Exceptional closures of the child's site between two days (the child must be the guardian's). */
  closures(guardianId: number, childId: number, from: IsoDay, to: IsoDay): Promise<ServiceClosure[]>;
}

export interface CalendarFeeds {
  /** The feed's address the first time; afterwards, that one exists (its token is not kept). */
  link(guardianId: number, now: Date): Promise<FeedLink>;
  /** A new address; the previous one stops working. */
  renew(guardianId: number, now: Date): Promise<string>;
}
