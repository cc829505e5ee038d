/**
 * Round 25 (issue 9): families found in set AN once it was read, and in conversations,
 * written as new sentences (none is copied from a set).
 */
import { understand } from '../../../src/understanding/understand';

// Monday 7 December 2026, in the evening.
const options = { now: '2026-12-07T19:00', children: ['Nathan', 'Zoé', 'Malo'] };
const read = (text: string, more: Partial<typeof options> = {}) => understand(text, { ...options, ...more });

describe('a change of mind inside the message', () => {
  test('« les 21, 22 et 23… ah non, pas le 22 » takes one day out of the list and keeps the rest', () => {
    expect(read('garderie pour Zoé les 21, 22 et 23 décembre... ah non pas le 22').dates).toEqual(['2026-12-21', '2026-12-23']);
  });

  test('« mercredi, enfin pas ce mercredi, celui d’après » is the Wednesday of next week only', () => {
    const result = read('réservez mercredi pour Malo, enfin pas ce mercredi, celui d’après');
    expect([result.intent, result.dates]).toEqual(['reserve', ['2026-12-16']]);
    expect(read('réservez mercredi pour Malo, non pas ce mercredi-ci, le suivant').intent).toBe('reserve');
  });

  test('« la réunion est mardi, annulez Malo » is an order after a story, not an event called off', () => {
    expect(read('la réunion est mardi 15, annulez Malo ce jour-là').intent).toBe('cancel');
    expect(read('la réunion de mardi est annulée, donc inscrivez Malo').intent).toBe('reserve');
  });
});

describe('days the family or an activity takes, inside a period', () => {
  test('« du 14 au 18, le mercredi 16 c’est mamie »: the dated day is left out of the range', () => {
    expect(read("du 14 au 18 pour Zoé, le mercredi 16 c'est mamie qui la garde").dates).toEqual(['2026-12-14', '2026-12-15', '2026-12-17', '2026-12-18']);
  });

  test('« il a judo le mercredi » beside « sauf les mercredis » no longer empties the request', () => {
    expect(read('pr Nathan a partir du 4 jusqu a la fin du mois svp, tous les soirs sauf les mercredis (il a judo le mercredi) merci', { now: '2027-01-02T10:00' }).dates).toEqual([
      '2027-01-04', '2027-01-05', '2027-01-07', '2027-01-08', '2027-01-11', '2027-01-12', '2027-01-14', '2027-01-15', '2027-01-18', '2027-01-19', '2027-01-21', '2027-01-22', '2027-01-25', '2027-01-26', '2027-01-28', '2027-01-29',
    ]);
    // (Told as a reason, the activity's weekday is no day asked, nor one taken out of a period the parent wants whole.)
    expect(read("Inscrire Zoé tout janvier. Elle va à la piscine le mardi avec l'école").dates).toContain('2027-01-05');
    expect(read('Il va au sport le mercredi. Inscrivez Malo tous les mercredis de janvier').dates).toEqual(['2027-01-06', '2027-01-13', '2027-01-20', '2027-01-27']);
  });
});

describe('weeks counted and weekdays in their weeks', () => {
  test('« les 2 prochaines semaines », « les deux semaines prochaines »: each week from next week on', () => {
    expect(read('faut inscrire Zoé tous les jours les 2 prochaines semaines svp').dates).toEqual([
      '2026-12-14', '2026-12-15', '2026-12-16', '2026-12-17', '2026-12-18', '2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24',
    ]);
    expect(read('réserver pour Malo les deux semaines prochaines, lundi mardi et jeudi').dates).toEqual(['2026-12-14', '2026-12-15', '2026-12-17', '2026-12-21', '2026-12-22', '2026-12-24']);
  });

  test('« sauf les mercredis les deux prochaines semaines »: the weeks frame the request, only Wednesdays are left out', () => {
    expect(read('annulez tous les soirs pour Nathan sauf les mercredis les deux prochaines semaines').dates).toEqual([
      '2026-12-14', '2026-12-15', '2026-12-17', '2026-12-18', '2026-12-21', '2026-12-22', '2026-12-24',
    ]);
  });

  test('weekdays said with two weeks together fall in both; each with its own week, in its own', () => {
    expect(read('il faudrait garder Zoé le soir, le mardi et le jeudi de cette semaine et de la semaine prochaine').dates).toEqual(['2026-12-08', '2026-12-10', '2026-12-15', '2026-12-17']);
    expect(read('je veux inscrire Zoé pour mercredi cette semaine et aussi mercredi semaine prochaine').dates).toEqual(['2026-12-09', '2026-12-16']);
    expect(read('la semaine prochaine mardi, et la suivante jeudi pour Zoé').dates).toEqual(['2026-12-15', '2026-12-24']);
    expect(read('jpeux mettre Zoé au periscolaire mercredi de la semaine pro? jsuis en deplacement tte la semaine apres').dates).toEqual(['2026-12-16']);
  });

  test('weeks of the holidays: « le lundi et mardi de la deuxième semaine », « la première tout, la deuxième seulement lundi et mardi »', () => {
    const now = { now: '2027-01-28T20:40' };
    expect(read("une place pour Zoé au centre dans les vacances d'hiver, seulement le lundi et mardi de la deuxième semaine", now).dates).toEqual(['2027-03-01', '2027-03-02']);
    expect(read("Zoé et Malo, centre pour vacances d'hiver : la première semaine tout, la deuxième semaine seulement lundi et mardi", now).dates).toEqual([
      '2027-02-22', '2027-02-23', '2027-02-24', '2027-02-25', '2027-02-26', '2027-03-01', '2027-03-02',
    ]);
    expect(read("Zoé aurait besoin d'une place pendant les vacances d'hiver : du mardi au vendredi de la première semaine, puis le lundi et le mardi de la seconde", now).dates).toEqual([
      '2027-02-23', '2027-02-24', '2027-02-25', '2027-02-26', '2027-03-01', '2027-03-02',
    ]);
  });
});

describe('days named from the calendar', () => {
  test('« le mercredi d’après la rentrée de la Toussaint », « la semaine de la rentrée », « le jour de la rentrée »', () => {
    const now = { now: '2026-10-10T19:00' };
    expect(read("je voudrais inscrire Malo le mercredi d'après la rentrée de la Toussaint", now).dates).toEqual(['2026-11-04']);
    expect(read('inscrire Malo le jeudi juste après les vacances de la Toussaint', now).dates).toEqual(['2026-11-05']);
    expect(read('Zoé la semaine de la rentrée de la Toussaint', now).dates).toEqual(['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06']);
    expect(read('annuler Malo le jour de la rentrée', now).dates).toEqual(['2026-11-02']);
  });

  test('« le premier mercredi d’octobre, ainsi que le mercredi suivant », « le deuxième et le quatrième mercredi de mars », « le dernier vendredi de novembre »', () => {
    const now = { now: '2026-09-15T10:20' };
    expect(read("inscrire Zoé le premier mercredi d'octobre, ainsi que le mercredi suivant", now).dates).toEqual(['2026-10-07', '2026-10-14']);
    expect(read('réserver pour Zoé le deuxième et le quatrième mercredi de mars', now).dates).toEqual(['2027-03-10', '2027-03-24']);
    expect(read('annuler Zoé le dernier vendredi de novembre', now).dates).toEqual(['2026-11-27']);
  });

  test('« lundi 24 » said when the next 24th is a Saturday is the next Monday 24th, alone or opening a range', () => {
    const now = { now: '2027-04-12T10:00' };
    expect(read('annuler Zoé du lundi 24 au vendredi 28', now).dates).toEqual(['2027-05-24', '2027-05-25', '2027-05-26', '2027-05-27', '2027-05-28']);
    expect(read('pouvez vs annuler tout pour Zoé a partir du lundi 24 jusqu au 4 juin stp', now).dates[0]).toBe('2027-05-24');
    // (The next 24th on a school day stays: the weekday is more often the slip.)
    expect(read('annuler Zoé le mardi 13', now).dates).toEqual(['2027-04-13']);
  });

  test('« à partir du 3 jusqu’à la fin du mois, seulement mardi et vendredi » counts the end from the 3rd', () => {
    expect(read("inscrire Zoé à partir du 3 jusqu'à la fin du mois, seulement mardi et vendredi", { now: '2027-05-25T13:15' }).dates).toEqual([
      '2027-06-04', '2027-06-08', '2027-06-11', '2027-06-15', '2027-06-18', '2027-06-22', '2027-06-25', '2027-06-29',
    ]);
  });

  test('the rule quoted (« jusqu’au dimanche 23h59 ») asks no day', () => {
    expect(read("je connais la chanson : « jusqu'au dimanche 23h59, deux semaines avant le début des vacances ». J'inscris donc Zoé du 28 au 31 décembre", { now: '2026-11-30T11:00' }).dates).toEqual([
      '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31',
    ]);
  });
});

describe('a child put in place of another', () => {
  test('« annule Zoé mercredi et mets Malo à la place, Zoé va au judo »: the reason naming Zoé again leaves Malo in her place', () => {
    const result = read('Annule Zoé mercredi et mets Malo a la place stp, Zoé va au judo finalemt');
    expect(result.actions).toEqual([
      { intent: 'cancel', dates: ['2026-12-09'], children: ['Zoé'] },
      { intent: 'reserve', dates: ['2026-12-09'], children: ['Malo'] },
    ]);
  });

  test('Italian weekdays and « c’est la nonna qui la prend »: « giovedì » is Thursday, the day the grandmother takes is not booked', () => {
    const result = read("s'il vous plaît annulez la garderie pour Zoé giovedì, et à la place mettez-la vendredi, perché jeudi c'est la nonna qui la prend");
    expect(result.actions).toEqual([
      { intent: 'cancel', dates: ['2026-12-10'], children: ['Zoé'] },
      { intent: 'reserve', dates: ['2026-12-11'], children: ['Zoé'] },
    ]);
  });
});

describe('near misses of this round’s phrasings (review)', () => {
  test('« ne vient pas ce mercredi, le suivant oui » cancels this Wednesday: no change of mind, no day after', () => {
    expect(read('Zoé ne vient pas ce mercredi, le suivant oui').dates).toEqual(['2026-12-09']);
  });

  test('weeks and weekdays apart: « la semaine prochaine Zoé lundi et mardi, cette semaine rien », « cette semaine Zoé mercredi, la semaine prochaine jeudi et vendredi »', () => {
    expect(read('La semaine prochaine Zoé lundi et mardi, cette semaine rien').dates).toEqual(['2026-12-14', '2026-12-15']);
    expect(read('Cette semaine Zoé mercredi, la semaine prochaine jeudi et vendredi').dates).toEqual(['2026-12-09', '2026-12-17', '2026-12-18']);
  });

  test('« pour la deuxième année » is no week of the holidays', () => {
    expect(read('Pendant les vacances de Noël, Zoé le mercredi pour la deuxième année consécutive').dates).toEqual(['2026-12-23', '2026-12-30']);
  });
});
