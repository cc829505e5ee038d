/**
 * Round 10 (issue 9): families of phrasings found in conversation and in set I once it
 * was read. The sentences are written anew for the tests, not copied from the set.
 */
import { understand } from '../../../src/understanding/understand';

// Wednesday 2 December 2026.
const options = { now: '2026-12-02T10:00', children: ['Léa', 'Hugo', 'Inès'] };

describe('a follow-up that names only a child asks nothing of its own: the last request says what', () => {
  test.each([['et pour léa ?'], ['et Hugo ?'], ['même chose pour Inès ?']])('%s', (text) => {
    expect(understand(text, options)).toMatchObject({ intent: 'none', followUp: true });
  });

  test('a follow-up that asks in words keeps its own intent', () => {
    expect(understand('et Inès, elle a quoi cette semaine ?', options)).toMatchObject({ intent: 'check', followUp: true });
  });
});
