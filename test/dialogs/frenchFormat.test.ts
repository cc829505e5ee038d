/** Days as a parent reads them: ranges for consecutive days, a short form for long lists. */
import { frenchDays, frenchDaysShort, frenchList } from '../../dialogs/frenchFormat';

test.each([
  [['2026-03-11'], 'mercredi 11 mars'],
  [['2026-03-11', '2026-03-12'], 'mercredi 11 mars et jeudi 12 mars'],
  [['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13'], 'du lundi 9 au vendredi 13 mars'],
  [['2026-07-06', '2026-07-07', '2026-07-08', '2026-07-09', '2026-07-10'], 'du lundi 6 au vendredi 10 juillet'],
  [['2026-03-30', '2026-03-31', '2026-04-01', '2026-04-02', '2026-04-03'], 'du lundi 30 mars au vendredi 3 avril'],
  [['2026-03-12', '2026-03-13', '2026-03-16', '2026-03-18'], 'du jeudi 12 au lundi 16 mars et mercredi 18 mars'],
  [['2026-04-03', '2026-04-07', '2026-04-08'], 'vendredi 3 avril, mardi 7 avril et mercredi 8 avril'],
])('%j → %s', (days, text) => {
  expect(frenchDays(days)).toBe(text);
});

test('a recurrence is told by weekday, with its count', () => {
  const tuesdaysAndThursdays = ['2026-03-10', '2026-03-12', '2026-03-17', '2026-03-19', '2026-03-24', '2026-03-26', '2026-03-31', '2026-04-02'];
  expect(frenchDaysShort(tuesdaysAndThursdays)).toEqual({ text: 'les mardis et jeudis du 10 mars au 2 avril (8 jours)', shortened: true });
  expect(frenchDaysShort(['2026-03-10', '2026-03-12'])).toEqual({ text: 'mardi 10 mars et jeudi 12 mars', shortened: false });
});

test('lists', () => {
  expect(frenchList(['Léa'])).toBe('Léa');
  expect(frenchList(['Léa', 'Hugo', 'Inès'])).toBe('Léa, Hugo et Inès');
});
