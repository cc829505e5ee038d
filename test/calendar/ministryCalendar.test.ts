/** Import of the Ministry's open dataset, checked against the calendar table of booking-rules.md. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { kindOf, mergePeriods, parseMinistryCsv, parseMinistryJson, periodsFromRows } from '../../src/calendar/ministryCalendar';
import { calendarPathOf, loadTownConfig } from '../../src/config/townConfig';
import { loadSchoolCalendarFile } from '../../src/domain/schoolCalendar';

const csv = readFileSync(path.join(__dirname, 'fixtures/calendrier-scolaire.csv'), 'utf8');

describe('Ministry school calendar import', () => {
  it('keeps zone C pupils, converts midnight instants to Paris days and dedupes académies', () => {
    const { periods } = periodsFromRows(parseMinistryCsv(csv), { zone: 'C' });
    expect(periods.map((p) => [p.kind, p.firstDay, p.classesResume])).toEqual([
      ['toussaint', '2026-10-17', '2026-11-02'],
      ['noel', '2026-12-19', '2027-01-04'],
      ['hiver', '2027-02-20', '2027-03-08'],
      ['printemps', '2027-04-17', '2027-05-03'],
      ['ete', '2027-07-03', '2027-09-01'],
    ]);
    expect(periods.find((p) => p.kind === 'ete')?.provisional).toBe(true);
  });

  it('gives the same periods as the calendar the project ships for 2026-2027', () => {
    const { periods } = periodsFromRows(parseMinistryCsv(csv), { zone: 'Zone C' });
    const shipped = loadSchoolCalendarFile(calendarPathOf(loadTownConfig())).periods.filter(
      (p) => p.schoolYear === '2026-2027',
    );
    expect(periods.map(({ kind, firstDay, classesResume }) => ({ kind, firstDay, classesResume }))).toEqual(
      shipped.map(({ kind, firstDay, classesResume }) => ({ kind, firstDay, classesResume })),
    );
  });

  it('reads the JSON exports (plain records, API results, legacy records with fields)', () => {
    const record = {
      description: 'Vacances de Printemps', population: '-', start_date: '2027-04-16T22:00:00+00:00',
      end_date: '2027-05-02T22:00:00+00:00', location: 'Créteil', zones: 'Zone C', annee_scolaire: '2026-2027',
    };
    for (const text of [JSON.stringify([record]), JSON.stringify({ results: [record] }), JSON.stringify({ records: [{ fields: record }] })]) {
      expect(periodsFromRows(parseMinistryJson(text), { zone: 'C' }).periods).toEqual([
        { kind: 'printemps', schoolYear: '2026-2027', firstDay: '2027-04-17', classesResume: '2027-05-03' },
      ]);
    }
  });

  it('refuses a file that is not the dataset', () => {
    expect(() => parseMinistryCsv('nom;prenom\nMartin;Léa')).toThrow(/En-tête CSV non reconnu/);
    expect(() => parseMinistryJson('{"foo": 1}')).toThrow(/JSON non reconnu/);
  });

  it('names periods from their descriptions', () => {
    expect(kindOf("Vacances d'Été")).toBe('ete');
    expect(kindOf("Pont de l'Ascension")).toBe('pont');
    expect(kindOf('Rentrée scolaire des élèves')).toBeUndefined();
  });

  it('replaces only the imported school years', () => {
    const old = [{ kind: 'noel' as const, schoolYear: '2025-2026', firstDay: '2025-12-20', classesResume: '2026-01-05' }];
    const imported = [{ kind: 'noel' as const, schoolYear: '2026-2027', firstDay: '2026-12-19', classesResume: '2027-01-04' }];
    expect(mergePeriods(old, imported)).toEqual([...old, ...imported]);
  });
});
