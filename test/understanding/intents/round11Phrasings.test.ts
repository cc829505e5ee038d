/**
 * Round 11 (issue 9): families of phrasings found in conversation and in set J once it
 * was read. The sentences are written anew for the tests, not copied from the set.
 */
import { understand } from '../../../src/understanding/understand';

// Tuesday 1 December 2026.
const options = { now: '2026-12-01T10:00', children: ['Nathan', 'Zoé'] };
const read = (text: string) => understand(text, options);

describe('a word between the verb and the place keeps its polarity', () => {
  test('« n’ira finalement pas au centre » cancels', () => {
    expect(read("Bonjour, Nathan n'ira finalement pas au centre de loisirs mercredi, son père le récupère.")).toMatchObject({
      intent: 'cancel',
      dates: ['2026-12-02'],
      children: ['Nathan'],
    });
  });
});

describe('another plan cancelled is a reason to come, not a cancellation', () => {
  test('« on a annulé le voyage » beside « seront là » books', () => {
    expect(read('les 2 seront là mercredi finalement, on a annulé le voyage')).toMatchObject({ intent: 'reserve', dates: ['2026-12-02'], children: ['Nathan', 'Zoé'] });
  });

  test('« on a annulé la garderie » is still the service', () => {
    expect(read('on a annulé la garderie de mercredi pour Zoé').intent).toBe('cancel');
  });
});

describe('a booking kept beside one cancelled', () => {
  test('« on garde la résa de jeudi mais on supprime celle de vendredi » cancels Friday only', () => {
    expect(read('on garde la résa de jeudi mais on supprime celle de vendredi pour Nathan')).toMatchObject({ intent: 'cancel', dates: ['2026-12-04'] });
  });
});

describe('a change said useless is not made', () => {
  test.each([
    ['ça sert à rien de garder la place de nathan mercredi, il est malade', 'cancel'],
    ["c'est pas utile de réserver Zoé jeudi", 'cancel'],
    ["inutile d'annuler Zoé jeudi, elle viendra", 'reserve'],
  ])('%s → %s', (text, intent) => expect(read(text).intent).toBe(intent));
});

describe('a need told in a grandparent’s words, and « faire le nécessaire »', () => {
  test('« il faudrait qu’il soit pris à la garderie » books', () => {
    expect(read("Il faudrait qu'il soit pris à la garderie jeudi et vendredi de cette semaine, c'est pour Nathan.")).toMatchObject({
      intent: 'reserve',
      dates: ['2026-12-03', '2026-12-04'],
    });
  });

  test('« ne vont plus au centre…, pouvez-vous faire le nécessaire ? » cancels', () => {
    expect(read('les petits ne vont plus au centre mercredi, pouvez-vous faire le nécessaire ?').intent).toBe('cancel');
  });
});
