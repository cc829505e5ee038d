/**
 * Round 11 (issue 9): date families set J showed missing once it was read, written anew.
 */
import { understand } from '../../../src/understanding/understand';

const read = (text: string, now: string, children = ['Nathan', 'Zoé']) => understand(text, { now, children });

describe('days as parents dictate or write them', () => {
  test('« de main soir » is tomorrow evening', () => {
    expect(read('zoé à la garderie ce soir et de main soir', '2026-12-07T07:30').dates).toEqual(['2026-12-07', '2026-12-08']);
  });

  test('« les journées des 14, 15 et 16 » are those days, « des » is no « dès »', () => {
    expect(read('merci de réserver les journées des 14, 15 et 16 décembre pour Nathan', '2026-12-01T10:00').dates).toEqual(['2026-12-14', '2026-12-15', '2026-12-16']);
  });

  test('« dès le 14 » still opens a range', () => {
    expect(read('réserver Nathan dès le 14 décembre et jusqu’au 16', '2026-12-01T10:00').dates).toEqual(['2026-12-14', '2026-12-15', '2026-12-16']);
  });
});

describe('a day named again', () => {
  test('« le vendredi 11 décembre… retirer ce vendredi-là » is that Friday only', () => {
    expect(read("Zoé est inscrite, mais le vendredi 11 décembre c'est l'anniversaire de sa mamie. Il faut retirer ce vendredi-là.", '2026-12-01T10:00').dates).toEqual(['2026-12-11']);
  });

  test('« ce vendredi la garderie » stays this Friday', () => {
    expect(read('annule ce vendredi la garderie pour Zoé', '2026-12-01T10:00').dates).toEqual(['2026-12-04']);
  });
});

describe('time spent elsewhere is no move', () => {
  test('« passer quelques jours chez moi la semaine prochaine, du mardi au jeudi » is those three days', () => {
    const meaning = read('Nathan et Zoé vont passer quelques jours chez moi la semaine prochaine, du mardi au jeudi. Ils ne viendront pas, il faut les décommander.', '2026-12-04T17:00');
    expect(meaning).toMatchObject({ intent: 'cancel', dates: ['2026-12-08', '2026-12-09', '2026-12-10'] });
    expect(meaning.actions).toBeUndefined();
  });

  test('« passer Nathan de mardi à jeudi » still moves', () => {
    expect(read('tu peux passer Nathan de mardi à jeudi ?', '2026-12-04T17:00').actions).toEqual([
      { intent: 'cancel', dates: ['2026-12-08'], children: ['Nathan'] },
      { intent: 'reserve', dates: ['2026-12-10'], children: ['Nathan'] },
    ]);
  });
});

describe('holidays in few words', () => {
  test('« 2e semaine vacances avril » is the second week of the spring holidays', () => {
    expect(read('nathan 2e semaine vacances avril svp', '2027-04-14T19:00').dates).toEqual(['2027-04-26', '2027-04-27', '2027-04-28', '2027-04-29', '2027-04-30']);
  });

  test('« pour vacances, première semaine » is the first week of the next holidays', () => {
    expect(read('je peux avoir Zoé pour vacances, première semaine ?', '2027-04-07T15:00').dates).toEqual(['2027-04-19', '2027-04-20', '2027-04-21', '2027-04-22', '2027-04-23']);
  });

  test('« partir plus tôt pour vacances » names no holidays', () => {
    expect(read('ils ne viennent pas cette semaine, on part plus tôt pour vacances, annulez', '2026-12-14T08:00').dates).toEqual(['2026-12-14', '2026-12-15', '2026-12-16', '2026-12-17', '2026-12-18']);
  });

  test('« entre Noël et le jour de l’An » is the opening days from the 26th to the 31st', () => {
    expect(read('est-ce que Zoé est inscrite au centre entre noël et le premier de l’an ?', '2026-12-10T18:00').dates).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31']);
  });
});

describe('set K’s date families, in new words', () => {
  test('« le trois et le dix février », dictated, are both days', () => {
    expect(read('Nathan doit aller au centre le trois et le dix février', '2027-01-20T08:30').dates).toEqual(['2027-02-03', '2027-02-10']);
  });

  test('« plus besoin du centre de mercredi à vendredi » is a range, not the Wednesday service', () => {
    expect(read('plus besoin du centre de mercredi à vendredi pour Zoé, on part plus tôt', '2026-12-07T09:00').dates).toEqual(['2026-12-09', '2026-12-10', '2026-12-11']);
  });

  test('« l’accueil de mercredi prochain » is the next Wednesday; « le centre du mercredi » names no day', () => {
    expect(read("Nathan est-il bien inscrit à l'accueil de mercredi prochain ?", '2026-12-01T10:00').dates).toEqual(['2026-12-02']);
    expect(read("c'est combien le centre du mercredi ?", '2026-12-01T10:00').dates).toEqual([]);
  });

  test('« les deux premières semaines des grandes vacances » are the first two weeks', () => {
    expect(read('Il leur faudrait le centre pour les deux premières semaines des grandes vacances.', '2027-05-27T16:00')).toMatchObject({
      intent: 'reserve',
      dates: ['2027-07-05', '2027-07-06', '2027-07-07', '2027-07-08', '2027-07-09', '2027-07-12', '2027-07-13', '2027-07-15', '2027-07-16'],
    });
  });
});
