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

export interface DemoFamily {
  name: string;
  guardians: DemoGuardian[];
  children: DemoChild[];
  /** People allowed to pick the children up (the family's record). */
  authorisedPeople?: DemoAuthorisedPerson[];
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
        bookedDays: ['2026-03-10', '2026-03-13', '2026-12-01', '2026-12-04'],
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
        bookedDays: [],
      },
    ],
    authorisedPeople: [{ firstName: 'Monique', lastName: 'Martin', relation: 'grand-mère', phone: '06 39 98 00 11' }],
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
