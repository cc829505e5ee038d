/**
 * Demo families: invented people, marked `isDemo`, with @example.fr addresses and
 * phone numbers from the ranges ARCEP reserves for fiction (01 99 00…, 06 39 98…).
 * Camille Martin and Karim Benali are the families of the specs' examples.
 */
import type { IsoDay } from '../../src/domain/day';

export interface DemoGuardian {
  civility: 'Mme' | 'M.';
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
}

export interface DemoChild {
  firstName: string;
  lastName: string;
  birthDate: IsoDay;
  /** School name, as in the town configuration. */
  school: string;
  className: string;
  /** Days booked by the seed (they must be opening days of the child's site). */
  bookedDays: IsoDay[];
}

export interface DemoAuthorisedPerson {
  firstName: string;
  lastName: string;
  relation: string;
  phone: string;
}

/** A payment the treasury received for the family (money feature, issue 13). */
export interface DemoPayment {
  day: IsoDay;
  amountCents: number;
  reference: string;
}

export interface DemoFamily {
  name: string;
  guardians: DemoGuardian[];
  children: DemoChild[];
  /** People allowed to pick the children up (the family's record). */
  authorisedPeople?: DemoAuthorisedPerson[];
  /** Quotient familial, treasury reference and payments (left unset when absent). */
  money?: { quotient: number; billingReference: string; payments: DemoPayment[] };
}

export const DEMO_FAMILIES: readonly DemoFamily[] = [
  {
    name: 'Famille Martin (démo)',
    guardians: [
      {
        civility: 'Mme',
        firstName: 'Camille',
        lastName: 'Martin',
        email: 'camille.martin@example.fr',
        phone: '06 39 98 00 01',
      },
    ],
    children: [
      {
        firstName: 'Léa',
        lastName: 'Martin',
        birthDate: '2016-05-12',
        school: 'École élémentaire Polangis',
        className: 'CM1',
        // November 2026 and March 2027: a statement to read and a month to estimate (money demo).
        bookedDays: ['2026-03-10', '2026-03-13', '2026-11-03', '2026-11-05', '2026-11-10', '2026-11-17', '2026-12-01', '2026-12-04', '2027-03-09', '2027-03-11'],
      },
      {
        firstName: 'Hugo',
        lastName: 'Martin',
        birthDate: '2019-02-03',
        school: 'École élémentaire Polangis',
        className: 'CP',
        bookedDays: ['2026-03-11'],
      },
      {
        firstName: 'Inès',
        lastName: 'Martin',
        birthDate: '2021-09-20',
        school: 'École maternelle Polangis',
        className: 'MS',
        bookedDays: ['2026-11-04', '2026-11-18', '2027-03-10', '2027-03-17'],
      },
    ],
    authorisedPeople: [{ firstName: 'Monique', lastName: 'Martin', relation: 'grand-mère', phone: '06 39 98 00 11' }],
    money: {
      quotient: 850,
      billingReference: 'FAM-000101',
      payments: [
        { day: '2026-04-08', amountCents: 1260, reference: 'TP-2026-04-0112' },
        { day: '2026-11-30', amountCents: 2520, reference: 'TP-2026-11-0458' },
      ],
    },
  },
  {
    name: 'Famille Benali (démo)',
    guardians: [
      {
        civility: 'M.',
        firstName: 'Karim',
        lastName: 'Benali',
        email: 'karim.benali@example.fr',
        phone: '06 39 98 00 02',
      },
    ],
    children: [
      {
        firstName: 'Nathan',
        lastName: 'Benali',
        birthDate: '2017-11-08',
        school: 'École élémentaire Palissy',
        className: 'CE2',
        bookedDays: ['2026-12-02'],
      },
    ],
  },
  {
    name: 'Famille Dubois (démo)',
    guardians: [
      {
        civility: 'Mme',
        firstName: 'Sophie',
        lastName: 'Dubois',
        email: 'sophie.dubois@example.fr',
        phone: '01 99 00 00 03',
      },
      {
        civility: 'M.',
        firstName: 'Julien',
        lastName: 'Dubois',
        email: 'julien.dubois@example.fr',
        phone: '06 39 98 00 04',
      },
    ],
    children: [
      {
        firstName: 'Chloé',
        lastName: 'Dubois',
        birthDate: '2018-04-15',
        school: 'École élémentaire Parangon',
        className: 'CE1',
        bookedDays: [],
      },
      {
        firstName: 'Adam',
        lastName: 'Dubois',
        birthDate: '2020-01-30',
        school: 'École maternelle Parangon',
        className: 'GS',
        bookedDays: [],
      },
    ],
  },
];
