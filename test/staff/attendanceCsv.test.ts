/** The attendance CSV and the attendance rule the monthly statements rely on. */
import { attendanceCsv, csvField } from '../../src/staff/attendanceCsv';
import { countsAsAttended } from '../../src/attendance/attendance';
import type { AttendanceGroup } from '../../src/staff/consoleQueries';

test.each([
  ['Martin', 'Martin'],
  ['Dupont; Durand', '"Dupont; Durand"'],
  ['dit "Jo"', '"dit ""Jo"""'],
  ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
  ['+33 6 39 98 00 01', "'+33 6 39 98 00 01"],
  ['-1', "'-1"],
  ['@moi', "'@moi"],
])('field %j is written %j', (value, written) => {
  expect(csvField(value)).toBe(written);
});

test('a day: BOM, header, one line per child, CRLF, the mark in words', () => {
  const group: AttendanceGroup = {
    day: '2026-12-01', siteName: 'Groupe scolaire Polangis', activityLabel: 'accueil du soir', capacity: 60,
    rows: [{
      bookingId: 1, childId: 1, childName: 'MARTIN Léa', firstName: 'Léa', lastName: 'Martin', className: 'CM1', schoolName: 'École élémentaire Polangis',
      familyId: 1, guardians: [{ name: 'Mme Camille Martin', phone: '06 39 98 00 01' }], notes: ['Absence justifiée (D-2026-000001)'],
      mark: { bookingId: 1, present: false, markedById: 1, markedByName: 'Sophie', markedAt: new Date() },
    }],
  };
  expect(attendanceCsv([group])).toBe(
    '\ufeffJour;Site;Accueil;Nom;Prénom;Classe;École;Responsables;Téléphones;Notes;Présence\r\n' +
      '2026-12-01;Groupe scolaire Polangis;accueil du soir;Martin;Léa;CM1;École élémentaire Polangis;Mme Camille Martin;06 39 98 00 01;Absence justifiée (D-2026-000001);absent\r\n',
  );
});

test.each([
  [undefined, true],
  [true, true],
  [false, false],
])('a booking marked %p counts as attended: %p', (present, attended) => {
  const mark = present === undefined ? undefined : { bookingId: 1, present, markedById: 1, markedByName: 'Sophie', markedAt: new Date() };
  expect(countsAsAttended(mark)).toBe(attended);
});
