/**
 * Round 33 (issue 9): families found in set AW once read, written as new sentences (none
 * is copied from a set).
 */
import { understand } from '../../../src/understanding/understand';

// Monday 1 February 2027, in the morning (winter holidays of zone C from Saturday 20 February, back on Monday 8 March).
const options = { now: '2027-02-01T09:00', children: ['Ambre', 'Tiago', 'Noor'] };
const read = (text: string, now = options.now) => understand(text, { now, children: options.children });
const winterHolidays = ['2027-02-22', '2027-02-23', '2027-02-24', '2027-02-25', '2027-02-26', '2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05'];
const firstSummerWeek = ['2027-07-05', '2027-07-06', '2027-07-07', '2027-07-08', '2027-07-09'];

describe('days of a story beside the days asked', () => {
  test('« le 3 ou le 4, enfin mercredi prochain oui c’est ça »: unsure of the number, sure of the weekday; a cancellation, not a booking', () => {
    expect(read("je ne sais plus si c'est le 3 ou le 4, enfin mercredi prochain oui c'est ça, on part chez ma cousine, donc Tiago ne viendra pas ce jour-là")).toMatchObject({
      intent: 'cancel',
      dates: ['2027-02-03'],
      children: ['Tiago'],
    });
  });

  test('« je pourrai prendre les enfants le mardi comme d’habitude, mais les autres jours non »: the other weekdays booked, no cancellation of the Tuesdays', () => {
    const result = read("Bonjour, pour les vacances d'hiver, les vacances de ski comme on dit chez nous, je pourrai prendre les enfants le mardi comme d'habitude, mais les autres jours non, j'ai mes séances de kiné. Alors il faudrait les inscrire au centre les lundis, mercredis, jeudis et vendredis des vacances.");
    expect(result).toMatchObject({ intent: 'reserve', dates: winterHolidays.filter((day) => !['2027-02-23', '2027-03-02'].includes(day)) });
    expect(result.actions).toBeUndefined();
  });

  test('the summer holidays heading a week of theirs: that week only', () => {
    expect(read("Pour l'été, Noor ira au centre la semaine du 19 juillet, tous les jours svp").dates).toEqual(['2027-07-19', '2027-07-20', '2027-07-21', '2027-07-22', '2027-07-23']);
  });

  test('last year’s holidays and the month the family is free are the story; the ranked week of the summer is asked', () => {
    expect(read("l'an dernier en août on était au camping avec eux. Cette année il faudrait la première semaine des grandes vacances pour Ambre").dates).toEqual(firstSummerWeek);
    expect(read("ma sœur n'a pas de congés avant août, donc Tiago au centre la première semaine des grandes vacances").dates).toEqual(firstSummerWeek);
  });

  test('« cet été je les emmène au Portugal à partir du 19 juillet »: the family’s trip, not days asked', () => {
    expect(read('cet été je les emmène au Portugal à partir du 19 juillet, mais avant ça il faudrait Tiago à la garderie le mardi 29 juin').dates).toEqual(['2027-06-29']);
  });

  test('« j’emmène Ambre chez ma sœur la première semaine, mais la deuxième semaine… »: the week the family takes her is not booked', () => {
    expect(read("pour les vacances d'hiver, j'emmène Ambre chez ma sœur la première semaine, mais la deuxième semaine il faudrait qu'elle aille au centre").dates).toEqual(winterHolidays.slice(5));
  });

  test('« je bosse tard cette semaine-là » after the day asked is the reason, not the week', () => {
    expect(read('une place pour Noor jeudi 4 février svp, je bosse tard cette semaine-là').dates).toEqual(['2027-02-04']);
  });

  test('« aujourd’hui ou demain la limite » is the deadline wondered about, not days asked', () => {
    expect(read("je ne sais plus si c'est aujourd'hui ou demain la limite : Tiago n'ira pas au centre pendant les vacances d'hiver").dates).toEqual(winterHolidays);
  });

  test('« lundi c’était la grève »: a weekday of the past is the story of a look', () => {
    expect(read('Ambre et Tiago sont bien inscrits jusqu’à vendredi ? lundi c’était la grève, je ne sais plus où on en est', '2027-02-03T09:00')).toMatchObject({
      intent: 'check',
      dates: ['2027-02-03', '2027-02-04', '2027-02-05'],
    });
  });

  test('« … mais ce n’est pas pour ça que je vous écris »: the days told before are the story', () => {
    expect(read("je vais chez ma fille du 8 au 12 février… mais ce n'est pas pour ça que je vous écris : il faudrait Noor au centre le mercredi 3").dates).toEqual(['2027-02-03']);
  });

  test('« ne touchez pas à Tiago surtout »: the child left alone', () => {
    expect(read("Ambre n'ira pas au centre pendant les vacances d'hiver, elle part chez son père. Ne touchez pas à Tiago surtout.")).toMatchObject({ intent: 'cancel', children: ['Ambre'] });
  });
});

describe('an absence to come', () => {
  test('« elle ne viendra pas vendredi, je vous envoie le certificat ? » is the coming Friday; an absence told in the past is the last one', () => {
    expect(read('Noor a une otite, elle ne viendra pas vendredi, je vous envoie le certificat ?')).toMatchObject({ intent: 'absence', dates: ['2027-02-05'] });
    expect(read('Noor était malade vendredi, je vous envoie le certificat')).toMatchObject({ intent: 'absence', dates: ['2027-01-29'] });
  });
});

describe('intents', () => {
  test('« jusqu’à quelle heure vous gardez les enfants le soir ? » asks the hours, not a deadline', () => {
    expect(read("c'est combien la garderie maintenant ? et jusqu'à quelle heure vous gardez les enfants le soir ?").intent).toBe('faq');
  });

  test('« sans que ce soit considéré comme hors délai »: a deadline asked, no exception', () => {
    expect(read('jusqu’à quand peut-on modifier la réservation de Noor du lundi 15 février sans que la demande soit considérée comme hors délai ?').intent).toBe('deadline');
  });

  test('« qu’est-ce que vous pouvez faire pour moi ? » about the application is help', () => {
    expect(read("je ne comprends rien à cette appli. Qu'est-ce que vous pouvez faire pour moi ?").intent).toBe('help');
  });

  test('« c’est marqué sur le calendrier » is no injury: the cancellation stays', () => {
    expect(read("les deux ne viendront pas vendredi 5, il y a le spectacle de l'école, c'est marqué sur le calendrier de la cuisine").intent).toBe('cancel');
  });

  test('« connaître l’état des réservations » is a look', () => {
    expect(read("Je souhaiterais connaître l'état des réservations de Noor pour le reste du mois.").intent).toBe('check');
  });

  test('« le médecin m’a retiré mon permis » takes no day away: the look stays', () => {
    expect(read("je voudrais savoir si Tiago est inscrit les mercredis de mars, parce que le médecin m'a retiré mon permis").intent).toBe('check');
  });

  test('« mon planning a encore bougé » is the parent’s roster: the days are booked', () => {
    expect(read('tiago garderie lundi et jeudi semaine pro, mon planning a encore bougé')).toMatchObject({ intent: 'reserve', dates: ['2027-02-08', '2027-02-11'] });
  });

  test('« je vous serais reconnaissante d’inscrire … durant toute la durée de son absence »: a booking while the grandmother is away, no absence told', () => {
    expect(read("Madame, ma mère, qui garde d'habitude les enfants le mercredi, part en cure du 8 au 19 février. Je vous serais reconnaissante d'inscrire Noor à l'accueil du mercredi durant toute la durée de son absence. Bien à vous.")).toMatchObject({
      intent: 'reserve',
      dates: ['2027-02-10', '2027-02-17'],
    });
  });

  test('« cette fois je m’y prends en avance »: a lesson of the past, the request in time', () => {
    expect(read("la dernière fois j'ai oublié de réserver, alors cette fois je m'y prends en avance : Ambre mercredi 17 février").intent).toBe('reserve');
  });
});

describe('two changes', () => {
  test('« … vous pouvez enlever leurs réservations ? Et Noor aussi le mercredi 17 »: a cancellation for Noor too, never a booking', () => {
    expect(read('Ambre et Tiago seront chez leur père du 15 au 19 février, vous pouvez enlever leurs réservations ? Et Noor aussi le mercredi 17').actions).toEqual([
      { intent: 'cancel', dates: ['2027-02-15', '2027-02-16', '2027-02-17', '2027-02-18', '2027-02-19'], children: ['Ambre', 'Tiago'] },
      { intent: 'cancel', dates: ['2027-02-17'], children: ['Noor'] },
    ]);
  });
  test('« … n’iront pas le 10. Par contre Noor le 12, il faut la rajouter »: a cancellation and a booking, never one booking of both days', () => {
    expect(read('Ambre et Noor n’iront pas le 10 février. Par contre Noor le 12, il faut la rajouter svp').actions).toEqual([
      { intent: 'cancel', dates: ['2027-02-10'], children: ['Ambre', 'Noor'] },
      { intent: 'reserve', dates: ['2027-02-12'], children: ['Noor'] },
    ]);
  });

  test('« ainsi que Tiago pour les seuls jours du lundi 22 et du mardi 23 »: a booking of its own for Tiago', () => {
    expect(read("Je vous prie d'inscrire Ambre toute la première semaine des vacances d'hiver, ainsi que Tiago pour les seuls jours du lundi 22 et du mardi 23 février.").actions).toEqual([
      { intent: 'reserve', dates: winterHolidays.slice(0, 5), children: ['Ambre'] },
      { intent: 'reserve', dates: ['2027-02-22', '2027-02-23'], children: ['Tiago'] },
    ]);
  });
});
