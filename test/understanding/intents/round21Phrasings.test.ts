/**
 * Round 21 (issue 9): families found in conversations and in set AF once it was read,
 * written as new sentences (none is copied from a set).
 */
import { understand } from '../../../src/understanding/understand';

// Monday 7 December 2026, in the evening.
const options = { now: '2026-12-07T19:00', children: ['Nathan', 'Zoé', 'Malo'] };
const read = (text: string, children = options.children) => understand(text, { ...options, children });

describe('what parents ask', () => {
  test('« c plu la peine » (ce n’est plus la peine) cancels, beside a booking in the same message', () => {
    const result = read('pr zoé c plu la peine la garderie jeudi, et mettez malo mercredi 16 a la place');
    expect(result.actions).toEqual([
      { intent: 'cancel', dates: ['2026-12-10'], children: ['Zoé'] },
      { intent: 'reserve', dates: ['2026-12-16'], children: ['Malo'] },
    ]);
  });
});
