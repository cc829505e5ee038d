/** Days a parent names that never open are reported apart (closedDates), not silently dropped. */
import { understand } from '../../../src/understanding';

const NOW = '2026-03-06T10:00';
const CHILDREN = ['Léa', 'Hugo', 'Inès'];

test.each([
  ['réserver Léa lundi 6 avril', [], ['2026-04-06']],
  ['réserver Léa jeudi 14 mai et vendredi 15 mai', ['2026-05-15'], ['2026-05-14']],
  ['inscrire Hugo samedi', [], ['2026-03-07']],
  ['est-ce que le centre est ouvert samedi 25 avril ?', [], ['2026-04-25']],
  ['inscrire Hugo samedi de la semaine prochaine', [], ['2026-03-14']],
])('%s', (text, dates, closed) => {
  const meaning = understand(text, { now: NOW, children: CHILDREN });
  expect(meaning.dates).toEqual(dates);
  expect(meaning.closedDates).toEqual(closed);
});

test.each([
  'réserver Léa la semaine prochaine',
  'réserver Léa du 9 au 20 mars',
  'réserver Léa tous les lundis de mars',
  'réserver Léa mardi',
])('nothing closed is reported for a range, a week, a recurrence or an open day: %s', (text) => {
  expect(understand(text, { now: NOW, children: CHILDREN }).closedDates).toBeUndefined();
});
