/**
 * Round 41 (issue 9): families found in set BF once read (set BG frozen first), written as new
 * sentences (none is copied from a set).
 */
import { understand } from '../../../src/understanding/understand';

// Monday 11 January 2027, in the evening (winter holidays of zone C from Saturday 20 February, back on Monday 8 March;
// spring holidays from Saturday 17 April, back on Monday 3 May; summer holidays from Saturday 3 July).
const options = { now: '2027-01-11T20:00', children: ['Ilan', 'Capucine'] };
const read = (text: string, now = options.now, children = options.children) => understand(text, { now, children });

describe('children named by the family’s words', () => {
  test('« des jumeaux », « les bambini » are both children; « on a des jumeaux » and « mes deux mails » name none', () => {
    expect(read('annulez les résas des jumeaux pour le vendredi 22 janvier svp')).toMatchObject({ intent: 'cancel', dates: ['2027-01-22'], children: ['Ilan', 'Capucine'] });
    expect(read('qu’est-ce qui est prévu pour les bambini mercredi ?')).toMatchObject({ intent: 'check', children: ['Ilan', 'Capucine'] });
    expect(read('on a des jumeaux, c’est combien l’accueil du soir ?')).toMatchObject({ intent: 'faq', children: [] });
    expect(read('mes deux mails sont restés sans réponse, je veux parler à quelqu’un')).toMatchObject({ intent: 'handoff', children: [] });
  });
});

describe('what a message is about', () => {
  test('the delay of a proof after a fever, asked, is about the absence', () => {
    expect(read('Capucine avait de la fièvre jeudi, elle n’est pas venue le soir. Quel justif et avant quand ?')).toMatchObject({
      intent: 'absence',
      dates: ['2027-01-07'],
      children: ['Capucine'],
    });
    expect(read('Pourriez-vous m’indiquer comment vous faire parvenir le justificatif du médecin dans le délai de sept jours ?')).toMatchObject({ intent: 'absence' });
  });

  test('« trop tard pour les délais, mais … quand même ? » asks an exception, not the deadline', () => {
    expect(read('je sais, c’est trop tard pour les délais, mais Ilan peut-il rester à la garderie demain quand même ?')).toMatchObject({
      intent: 'late_request',
      dates: ['2027-01-12'],
    });
    expect(read('est-ce trop tard pour les délais de vendredi ?')).toMatchObject({ intent: 'deadline' });
  });

  test('« presque plus besoin », « quasiment plus besoin » is a need that ends: a cancellation', () => {
    expect(read('on n’a quasiment plus besoin de la garderie pour Capucine le mardi 19 janvier')).toMatchObject({ intent: 'cancel', dates: ['2027-01-19'], children: ['Capucine'] });
  });

  test('« pas le bon numéro » is a message sent to the wrong place', () => {
    expect(read('oups pas le bon numéro, c’était pour le garage')).toMatchObject({ intent: 'none' });
  });

  test('where the child is on the days not asked is the reason of a booking, no cancellation', () => {
    expect(read('Ilan au centre de loisirs du 19 au 21 avril et le 28 avril. Entre les deux il est chez sa tante.')).toMatchObject({
      intent: 'reserve',
      dates: ['2027-04-19', '2027-04-20', '2027-04-21', '2027-04-28'],
    });
    expect(read('Capucine garderie lundi 18 et mardi 19 janvier, les autres jours elle reste avec moi')).toMatchObject({
      intent: 'reserve',
      dates: ['2027-01-18', '2027-01-19'],
    });
    expect(read('Pouvez-vous garder Ilan tous les mardis soir de février ? Mais pas pendant les vacances, il ira chez son parrain.')).toMatchObject({
      intent: 'reserve',
      dates: ['2027-02-02', '2027-02-09', '2027-02-16'],
    });
    // A plain cancellation stays one.
    expect(read('Ilan sera chez son père le 19 janvier')).toMatchObject({ intent: 'cancel', dates: ['2027-01-19'] });
  });

  test('« se trouve inscrit » tells what is booked: the cancellation and the booking after it are two changes', () => {
    expect(
      read('Ilan se trouve inscrit le mercredi 13 janvier alors qu’il a un tournoi. Merci d’annuler cette réservation et de l’inscrire le jeudi 14 janvier.'),
    ).toMatchObject({
      intent: 'cancel',
      actions: [
        { intent: 'cancel', dates: ['2027-01-13'], children: ['Ilan'] },
        { intent: 'reserve', dates: ['2027-01-14'], children: ['Ilan'] },
      ],
    });
  });

  test('a parent’s roster, leave refused or online booking not open yet is the reason of a booking', () => {
    expect(read('Pour les jumeaux je voudrais la garderie tous les jeudis de février, mon planning bus a changé.')).toMatchObject({ intent: 'reserve' });
    expect(read('les jumeaux au centre le mercredi 20 janvier stp, jai pas eu mes congés')).toMatchObject({ intent: 'reserve', dates: ['2027-01-20'] });
    expect(
      read('Nous travaillons les mercredis 17 et 24 mars. Merci d’inscrire Capucine à l’accueil du mercredi ces deux jours-là, la réservation en ligne n’étant pas encore ouverte.'),
    ).toMatchObject({ intent: 'reserve', dates: ['2027-03-17', '2027-03-24'] });
  });
});

describe('days', () => {
  test('« vendredi et toute la semaine prochaine » is that Friday and the whole next week', () => {
    expect(read('annulez Ilan vendredi et toute la semaine prochaine')).toMatchObject({
      dates: ['2027-01-15', '2027-01-18', '2027-01-19', '2027-01-20', '2027-01-21', '2027-01-22'],
    });
    // The week of a story still frames the weekdays told after it.
    expect(read('je suis de nuit toute la semaine prochaine, garderie pour Ilan lundi et jeudi')).toMatchObject({ dates: ['2027-01-18', '2027-01-21'] });
  });

  test('Italian « e » between day numbers is « et »', () => {
    expect(read('pour Capucine vous annulez les jours 28, 29 e 30 dicembre', '2026-12-15T11:00')).toMatchObject({ dates: ['2026-12-28', '2026-12-29', '2026-12-30'] });
  });

  test('« jusqu’à la fin de l’école, le 2 juillet » is one end, not one more day', () => {
    expect(read('annulez Ilan les mardis jusqu’à la fin de l’école, le 2 juillet', '2027-06-14T09:00')).toMatchObject({
      dates: ['2027-06-15', '2027-06-22', '2027-06-29'],
    });
  });
});

describe('two changes in one message', () => {
  const family = ['Ilan', 'Capucine', 'Noé'];

  test('a child named before a relative clause or an aside in brackets heads the change after it', () => {
    expect(
      read('Je garde Capucine mercredi 13, vous pouvez annuler sa garderie ce jour-là. Par contre Ilan, qui adore le foot, restera à la garderie jeudi 14 : il faudrait l’inscrire.', options.now, family),
    ).toMatchObject({
      actions: [
        { intent: 'cancel', dates: ['2027-01-13'], children: ['Capucine'] },
        { intent: 'reserve', dates: ['2027-01-14'], children: ['Ilan'] },
      ],
    });
    expect(
      read('ma fille voudrait que Noé aille au centre le mercredi 20 janvier. En revanche Ilan (il a piscine, vous savez, le mercredi) n’aura plus besoin de sa place ce mercredi 20.', options.now, family),
    ).toMatchObject({
      actions: [
        { intent: 'reserve', dates: ['2027-01-20'], children: ['Noé'] },
        { intent: 'cancel', dates: ['2027-01-20'], children: ['Ilan'] },
      ],
    });
  });

  test('« vendredi il reste pas » is that child’s day cancelled, « reste pas à maison » is not', () => {
    expect(read('Je veux inscrire Capucine jeudi. Et Ilan, vendredi il reste pas, donc vous enlevez lui vendredi.', options.now, family)).toMatchObject({
      actions: [
        { intent: 'reserve', dates: ['2027-01-14'], children: ['Capucine'] },
        { intent: 'cancel', dates: ['2027-01-15'], children: ['Ilan'] },
      ],
    });
    expect(read('Capucine reste pas à maison jeudi, donc elle va au centre jeudi.', options.now, family)).toMatchObject({ intent: 'reserve', dates: ['2027-01-14'] });
  });
});

describe('other matters', () => {
  test('old class photos for the town archives, flour at the bakery: off topic', () => {
    expect(read('Je me demandais si quelqu’un à la mairie voudrait de vieilles photos de classe pour les archives municipales ?')).toMatchObject({ intent: 'none' });
    expect(read('non attends mets la farine de blé d’abord')).toMatchObject({ intent: 'none' });
  });
});

describe('nothing more', () => {
  test('« non c bon », « rien d’autre », « non ça ira » after « Autre chose ? » say goodbye', () => {
    for (const text of ['non c bon', 'rien d’autre', 'non ça ira', 'non rien pour le moment']) {
      expect(read(text)).toMatchObject({ intent: 'smalltalk', courtesy: 'goodbye' });
    }
    expect(read('c’est bon pour jeudi ?')).toMatchObject({ intent: 'check' });
  });
});

describe('one day said instead of another', () => {
  test('« c’est pas jeudi c’est vendredi » is that day moved: cancel one, book the other', () => {
    expect(read('finalement Ilan c’est pas jeudi 14 c’est vendredi 15')).toMatchObject({
      actions: [
        { intent: 'cancel', dates: ['2027-01-14'], children: ['Ilan'] },
        { intent: 'reserve', dates: ['2027-01-15'], children: ['Ilan'] },
      ],
    });
  });
});
