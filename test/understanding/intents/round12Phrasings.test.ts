/**
 * Round 12 (issue 9): families found in sets K and L once they were read. The sentences
 * are written anew for the tests, not copied from the sets.
 */
import { understand } from '../../../src/understanding/understand';

// Tuesday 1 December 2026.
const options = { now: '2026-12-01T10:00', children: ['Nathan', 'Zoé', 'Malo'] };
const read = (text: string) => understand(text, options);

describe('children told apart: one booked, another taken away', () => {
  test('« Nathan jeudi à la garderie, Zoé non, tu la retires ? » books Nathan and cancels Zoé the same day', () => {
    expect(read('Nathan jeudi à la garderie, Zoé non, elle reste avec moi, tu la retires ?')).toMatchObject({
      intent: 'reserve',
      dates: ['2026-12-03'],
      children: ['Nathan'],
      actions: [
        { intent: 'reserve', dates: ['2026-12-03'], children: ['Nathan'] },
        { intent: 'cancel', dates: ['2026-12-03'], children: ['Zoé'] },
      ],
    });
  });

  test('« Malo viendra vendredi, mais pas Zoé, elle n’en a plus besoin »', () => {
    expect(read("Malo viendra vendredi finalement, mais pas Zoé, elle n'en a plus besoin").actions).toEqual([
      { intent: 'reserve', dates: ['2026-12-04'], children: ['Malo'] },
      { intent: 'cancel', dates: ['2026-12-04'], children: ['Zoé'] },
    ]);
  });

  test('two children booked while the third stays at home is a booking, never a cancellation', () => {
    expect(read('Nathan et Malo au centre le mercredi 9 décembre, Zoé reste à la maison avec sa mamie.')).toMatchObject({
      intent: 'reserve',
      dates: ['2026-12-09'],
      children: ['Nathan', 'Malo'],
    });
  });

  test('a list of children is one group, not children told apart', () => {
    expect(read('je ne pourrai pas garder Nathan, Zoé et Malo comme prévu, il faudrait les inscrire au centre lundi 7')).toMatchObject({
      intent: 'reserve',
      dates: ['2026-12-07'],
      children: ['Nathan', 'Zoé', 'Malo'],
    });
    expect(read('nathan zoé et malo ne vont pas au centre mercredi, on part chez mamie')).toMatchObject({ intent: 'cancel', children: ['Nathan', 'Zoé', 'Malo'] });
  });

  test('each child on its own day with one cancelling word for both is two cancellations, not a booking', () => {
    const reading = read('nathan lundi 7 et zoé mardi 8, annulez les deux jours svp');
    expect(reading.intent).toBe('cancel');
    expect((reading.actions ?? [reading]).every((a) => a.intent === 'cancel')).toBe(true);
  });
});
