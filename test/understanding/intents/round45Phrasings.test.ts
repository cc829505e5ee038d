/**
 * Round 45 (issue 9): families found in set BJ once read (set BK frozen first), written as new
 * sentences (none is copied from a set).
 */
import { conceptsOf } from '../../../src/understanding/intents/concepts';
import { understand } from '../../../src/understanding/understand';

// Monday 11 January 2027, in the evening (winter holidays of zone C from Saturday 20 February to Sunday 7 March).
const options = { now: '2027-01-11T20:00', children: ['Maxence', 'Zélie'] };
const read = (text: string, now = options.now) => understand(text, { ...options, now });

describe('a booking told beside a past or an afterwards', () => {
  test('« nous avions dû nous débrouiller » is last year told, « je sollicite dès à présent l’inscription » the booking', () => {
    const got = read('Madame, l’été dernier nous avions dû nous débrouiller sans solution de garde. Je sollicite dès à présent l’inscription de Zélie pour la première semaine des vacances d’hiver.');
    expect(got.intent).toBe('reserve');
    expect(got.dates).toEqual(['2027-02-22', '2027-02-23', '2027-02-24', '2027-02-25', '2027-02-26']);
  });

  test('« on se débrouillera, annulez mercredi » still cancels', () => {
    expect(read('on se débrouillera entre nous, annulez Maxence mercredi').intent).toBe('cancel');
  });

  test('« après ils vont chez leur père » is where they go afterwards, not a day given up', () => {
    expect(read('Maxence et Zélie au centre les deux premiers jours des vacances d’hiver, après ils vont chez leur père').intent).toBe('reserve');
    expect(read('annulez Zélie mercredi 13, elle va chez sa grand-mère').intent).toBe('cancel');
  });

  test('« j’ai mes séances de kiné » is the grandmother’s own care: the booking stays a booking', () => {
    const got = read(
      'Bonjour, c’est la mamie de Zélie. Mon fils travaille tard en ce moment. Il faudrait que Zélie et son frère Maxence restent à la garderie jeudi et vendredi, car j’ai mes séances de kiné à Créteil. Merci beaucoup, bonne soirée.',
    );
    expect(got.intent).toBe('reserve');
    expect(got.dates).toEqual(['2027-01-14', '2027-01-15']);
    const ill = (prepared: string) => conceptsOf(prepared).some((h) => h.concept === 'ill');
    expect(ill("il faudrait qu' elle reste a la garderie car j' ai mes seances de kine")).toBe(false);
    expect(ill("elle a ses seances de kine jeudi")).toBe(true);
  });
});

describe('weekdays said right after a week of the holidays', () => {
  test('« la première semaine des vacances d’hiver, lundi et mardi » are that week’s Monday and Tuesday', () => {
    expect(read('Zélie au centre la première semaine des vacances d’hiver, lundi et mardi').dates).toEqual(['2027-02-22', '2027-02-23']);
  });

  test('« les trois premiers jours des vacances euh lundi mardi mercredi », dictated, say the same days again', () => {
    expect(read('euh Maxence au centre les trois premiers jours des vacances d’hiver euh lundi mardi mercredi voilà').dates).toEqual(['2027-02-22', '2027-02-23', '2027-02-24']);
  });

  test('a weekday said with « non » after the week still takes it back', () => {
    expect(read('Zélie au centre la deuxième semaine des vacances d’hiver euh non pardon mercredi').dates).toEqual(['2027-01-13']);
  });
});
