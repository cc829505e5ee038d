/**
 * Round 35 (issue 9): families found in set AY once read, written as new sentences (none
 * is copied from a set).
 */
import { understand } from '../../../src/understanding/understand';

// Monday 1 February 2027, in the morning (winter holidays of zone C from Saturday 20 February, back on Monday 8 March).
const options = { now: '2027-02-01T09:00', children: ['Ambre', 'Tiago', 'Noor'] };
const read = (text: string, now = options.now, children = options.children) => understand(text, { now, children });
const changes = (text: string) => read(text).actions?.map((a) => `${a.intent} ${a.dates.join(',')} ${a.children.join(',')}`);

describe('a booking and a cancellation told in other words', () => {
  test('a subjunctive asks the change: « que vous retiriez », « que vous l’inscriviez »', () => {
    expect(changes('Mon fils voudrait que vous inscriviez Noor le mardi 9 février et que vous retiriez Tiago du jeudi 11.')).toEqual([
      'reserve 2027-02-09 Noor',
      'cancel 2027-02-11 Tiago',
    ]);
  });

  test('a day kept in so many words is no booking beside the one cancelled', () => {
    expect(read('Pour Ambre, lundi elle ira bien à la garderie, ne l’annulez surtout pas, mais mercredi il faut l’enlever, elle a le dentiste.')).toMatchObject({
      intent: 'cancel',
      dates: ['2027-02-03'],
      children: ['Ambre'],
    });
    expect(read('Mardi on garde tel quel, par contre vendredi annulez Tiago svp').dates).toEqual(['2027-02-05']);
    expect(read('Je vous prie d’annuler la garderie de Noor du lundi 8 au jeudi 11 février ; celle du vendredi 12 demeure inchangée.').dates).toEqual([
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
    ]);
  });

  test('« faut » and the child, in a text; a child left out because elsewhere keeps the booking of the others', () => {
    expect(read('semaine pro faut tiago lundi et mardi, le jeudi c mamie qui le recup').intent).toBe('reserve');
    expect(read('je voudrais mettre mais enfants au centre la première semaine des vacances sauf Noor qui est chez son père')).toMatchObject({
      intent: 'reserve',
      children: ['Ambre', 'Tiago'],
    });
  });

  test('a grandmother who can no longer keep them asks a booking, not a move', () => {
    expect(read('je ne peux plus les garder le mercredi, inscrivez Ambre et Noor le mercredi 10 et le mercredi 17')).toMatchObject({
      intent: 'reserve',
      dates: ['2027-02-10', '2027-02-17'],
    });
  });
});

describe('other intents said as people say them', () => {
  test('a message dictated to the phone’s assistant is none of ours', () => {
    expect(read('euh dis siri écris à Paul que j’arrive dans cinq minutes euh non annule').intent).toBe('none');
  });

  test('« jusqu’à qu’en » is « jusqu’à quand », as dictated', () => {
    expect(read('jusqu’à qu’en on peut inscrire Tiago pour le mercredi 17').intent).toBe('deadline');
  });

  test('a person asked for at the end of a story of an accident', () => {
    expect(read('Ma fille a été opérée en urgence samedi. Les petits sont chez moi et je ne sais plus du tout où en sont les réservations. Pouvez-vous me faire rappeler par une personne du service ?').intent).toBe('handoff');
  });

  test('season’s wishes are small talk, and the feast of Noël told is no holidays', () => {
    expect(read('Je voulais juste vous souhaiter un joyeux Noël, à vous et aux animatrices. Chez nous au Portugal on ne fêtait pas Noël comme ici.', '2026-12-20T09:00')).toMatchObject({ intent: 'smalltalk', dates: [] });
    expect(read('Chez mes parents on ne fêtait pas Noël. Pouvez-vous inscrire Noor le jeudi 4 ?').dates).toEqual(['2027-02-04']);
  });
});

describe('days said better, and days of the story', () => {
  test('the weekday said no to is the dated day of that weekday named before; a weekday said again with its number is that day', () => {
    expect(read('Je voulais inscrire Tiago le mardi 9, mais sa mère me dit que c’est le mercredi 10. Donc le mercredi 10, pas le mardi.').dates).toEqual(['2027-02-10']);
    expect(read('Pour Ambre ce sera le jeudi 4. Non attendez, mon fils m’a dit vendredi, le vendredi 12.').dates).toEqual(['2027-02-12']);
  });

  test('« mes pas », « mas pas », « hein, pas » say no to the days after them', () => {
    expect(read('une place pour tiago le dix et le onze euh au centre mes pas le douze').dates).toEqual(['2027-02-10', '2027-02-11']);
    expect(read('rajoute noor le mardi 16 et le jeudi 18 stp (fevrier hein, pas la semaine pro)').dates).toEqual(['2027-02-16', '2027-02-18']);
  });

  test('« vin trois » after a weekday is the 23rd', () => {
    expect(read('pour les vacances d’hiver mettre les trois au centre du lundi vingt deux février au mardi vin trois').dates).toEqual(['2027-02-22', '2027-02-23']);
  });

  test('the parent’s leave, the holidays just over, a weekday of long ago or of no date: no days asked', () => {
    expect(read('Ma fille a pris des vacances, alors Noor ne viendra pas à la garderie du 8 au 10 février.').dates).toEqual(['2027-02-08', '2027-02-09', '2027-02-10']);
    expect(read('Quand j’étais petite, le mercredi on allait au catéchisme. Pouvez-vous mettre Ambre à la garderie vendredi ?').dates).toEqual(['2027-02-05']);
    expect(read('Un mardi de janvier on l’a attendue pour rien. Est-ce que Noor est bien inscrite jeudi ?').dates).toEqual(['2027-02-04']);
  });
});

describe('letters, summaries and children who do come', () => {
  test('two changes in nouns, « d’une part … ; d’autre part … », each its own', () => {
    expect(changes('Je vous adresse deux demandes pour Tiago : d’une part, son inscription à la garderie le lundi 8 février ; d’autre part, l’annulation de sa réservation du mardi 9 février.')).toEqual([
      'reserve 2027-02-08 Tiago',
      'cancel 2027-02-09 Tiago',
    ]);
  });

  test('when school starts again, a month the parent is away: the reason, not days asked', () => {
    expect(read('Serait-il possible d’accueillir Noor au centre du lundi 22 au mercredi 24 février ? Les cours ne reprenant que le 8 mars, je n’ai aucune solution.').dates).toEqual([
      '2027-02-22',
      '2027-02-23',
      '2027-02-24',
    ]);
    expect(read('inscris Tiago la 2e semaine des vacs d hiver, jsuis en mission tout mars', '2027-02-10T08:00').dates).toEqual(['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05']);
  });

  test('« X si » after a child who does not come: X comes; a summary names the children asked', () => {
    expect(read('tiago vient pas mercredi, noor si. annule juste tiago stp')).toMatchObject({ intent: 'cancel', children: ['Tiago'] });
    expect(read('Pour jeudi, Ambre ira chez sa tante et Noor aussi peut-être, mais Noor reviendra plus tôt. Bref, seulement Tiago à la garderie jeudi.').children).toEqual(['Tiago']);
  });

  test('adding a child to the family account is a question, « le mercredi prochaine » is next Wednesday', () => {
    expect(read('Bonjour, comment je ajoute ma petite Noor dans le compte famille ? Elle commence l’école en septembre.')).toMatchObject({ intent: 'faq', dates: [] });
    expect(read('Je veux réserver pour Noor le mercredi prochaine et aussi le mercredi après.', '2027-02-04T10:00').dates).toEqual(['2027-02-10', '2027-02-17']);
  });
});
