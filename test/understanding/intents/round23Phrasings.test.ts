/**
 * Round 23 (issue 9): families found in set AJ once it was read, and in conversations,
 * written as new sentences (none is copied from a set).
 */
import { understand } from '../../../src/understanding/understand';

// Monday 7 December 2026, in the evening.
const options = { now: '2026-12-07T19:00', children: ['Nathan', 'Zoé', 'Malo'] };
const read = (text: string, more: Partial<typeof options> = {}) => understand(text, { ...options, ...more });

describe('a child told unchanged beside another child’s change', () => {
  test('« Zoé on enlève rien, Malo on rajoute mardi et vendredi » books Malo, and cancels nothing', () => {
    for (const text of ['zoé on enleve rien, malo on rajoute mardi et vendredi', "pour Zoé on n'enlève rien, Malo on rajoute mardi et vendredi", 'malo on rajoute mardi et vendredi, zoé on touche a rien']) {
      const result = read(text);
      expect([result.intent, result.dates, result.children, result.actions]).toEqual(['reserve', ['2026-12-08', '2026-12-11'], ['Malo'], undefined]);
    }
  });

  test('« elle vient rien que le lundi » is « only », not a negation', () => {
    expect(read('zoé elle vient rien que le lundi à la garderie, vous pouvez la mettre ?').intent).toBe('reserve');
  });

  test('a cancellation leaves out the child « on garde », « rien change », « c’est bon il reste comme avant »', () => {
    expect(read('nathan plus besoin jusqu a vendredi, zoé on garde').children).toEqual(['Nathan']);
    expect(read('Nathan ne va plus au centre le mercredi, vous annulez ceux de janvier ? Pour Malo rien change.').children).toEqual(['Nathan']);
    expect(read("Vous pouvez enlever Zoé jeudi ? Malo c'est bon il reste comme avant.").children).toEqual(['Zoé']);
  });

  test('a booking leaves out the child who « reste au foot et n’est pas concerné » or « en revanche continuera de rentrer avec son père »', () => {
    expect(read("Je vous prie d'inscrire Zoé à l'accueil du soir tout le mois de janvier. Son frère Malo, quant à lui, reste au foot et n'est pas concerné.").children).toEqual(['Zoé']);
    expect(read("Merci d'inscrire Nathan à l'accueil du soir du 14 au 18 décembre. Zoé, en revanche, continuera de rentrer avec son père.").children).toEqual(['Nathan']);
    // (At the service itself, the child is booked.)
    expect(read("Merci d'inscrire Nathan et Zoé du 14 au 18 décembre, Zoé reste à la garderie jusqu'à 19 h.").children).toEqual(['Nathan', 'Zoé']);
  });
});

describe('intents in a grandparent’s or a rushed parent’s words', () => {
  test('« je voudrais que les petits restent à la garderie mardi 15 et jeudi 17 » is a booking', () => {
    const result = read("Bonjour, c'est leur mamie. Je voudrais que les petits restent à la garderie du soir mardi 15 et jeudi 17, j'ai le dentiste. Merci bien.");
    expect([result.intent, result.dates]).toEqual(['reserve', ['2026-12-15', '2026-12-17']]);
  });

  test('a cancellation asked for someone else, in a sentence of its own, stays a cancellation', () => {
    const result = read("Bonjour, je suis la tante de Zoé. Ils partent en Bretagne du 14 au 16 décembre. Ma sœur m'a demandé d'annuler ses réservations pour ces jours-là, elle n'y arrive pas sur son téléphone.");
    expect([result.intent, result.children]).toEqual(['cancel', ['Zoé']]);
  });

  test('a training at the hospital is the parent’s work, not an emergency', () => {
    const result = read('les 3 a la garderie jeudi et vendredi svp jai une formation a lhopital jusqua 19h');
    expect([result.intent, result.sensitive]).toEqual(['reserve', undefined]);
  });

  test('« c’est quel jour le dernier pour réserver ? » asks a deadline', () => {
    expect(read("pour les vacances d'hiver c'est quel jour le dernier pour réserver ?").intent).toBe('deadline');
  });
});

describe('a correction inside the message (set AJ families)', () => {
  test('« c’est mardi qu’il faut, pas jeudi » and « c’est lundi le rendez-vous, pas mardi » leave the day after « pas » out', () => {
    expect(read("réserver Malo jeudi. Ah non pardon je me trompe, c'est mardi qu'il faut, pas jeudi").dates).toEqual(['2026-12-08']);
    expect(read("Il faut annuler Zoé pour mardi, elle a le dentiste. Non je me suis trompée, c'est lundi le rendez-vous, pas mardi. Donc c'est lundi qu'il faut annuler.").dates).toEqual(['2026-12-14']);
  });

  test('« Le 13 est maintenu » after a corrected date keeps the 13th out of the cancellation', () => {
    const result = read("Merci d'annuler l'accueil de Zoé du mercredi 13 janvier, pardon, je me suis trompée de date : il s'agit du mercredi 20 janvier. Le 13 est maintenu.", { now: '2027-01-04T09:00' });
    expect([result.intent, result.dates]).toEqual(['cancel', ['2027-01-20']]);
  });

  test('« non pardon, je me trompe, ce n’est pas vendredi mais jeudi » corrects the day: no move', () => {
    const result = read("annuler la garderie de Malo vendredi… non pardon je me trompe, ce n'est pas vendredi mais jeudi. Donc jeudi seulement.");
    expect([result.intent, result.dates, result.actions]).toEqual(['cancel', ['2026-12-10'], undefined]);
  });

  test('« c’est Zoé qui part, pas Malo » puts Zoé in place of Malo on every day', () => {
    const result = read("annuler la garderie de Malo pour lundi et mardi prochains il part en classe verte non pardon c'est Zoé qui part pas Malo");
    expect([result.intent, result.children, result.actions]).toEqual(['cancel', ['Zoé'], undefined]);
    expect(result.dates).toHaveLength(2);
  });

  test('« euh non pardon, c’est Malo qui reste, pas Zoé » books Malo: the « non » of a correction denies nothing', () => {
    const result = read("bsr, zoé a la garderie jeudi 10 et vendredi 11 svp, euh non pardon c'est malo qui reste pas zoé");
    expect([result.intent, result.dates, result.children]).toEqual(['reserve', ['2026-12-10', '2026-12-11'], ['Malo']]);
  });

  test('a grandparent introduced as « la grand-mère paternelle de … » speaks of the child named next', () => {
    expect(read('Bonjour, je suis la grand-mère paternelle de Nathan et de Zoé. Il faut annuler Zoé jeudi, merci.').children).toEqual(['Zoé']);
  });
});

describe('days and children as said (set AJ families)', () => {
  test('punctuation said to a dictation (« virgule », « point ») cuts the message as a comma and a full stop would', () => {
    const result = read("est-ce que vous pouvez mettre malo mercredi et vendredi à la garderie virgule pas lundi lundi c'est bon il va chez sa grand-mère point");
    expect([result.intent, result.dates, result.children]).toEqual(['reserve', ['2026-12-09', '2026-12-11'], ['Malo']]);
  });

  test('« le médecin a dit de le garder au chaud » keeps the child at home: every day said is cancelled', () => {
    const result = read('annulé pour malo ce soir et demain il a une otite le médecin a dit de le garder au chaud', { now: '2026-12-07T07:50' });
    expect([result.intent, result.dates, result.actions]).toEqual(['cancel', ['2026-12-07', '2026-12-08'], undefined]);
  });

  test('« pour aucun des deux » is both children', () => {
    expect(read("on n'a pas besoin du centre mercredi pour aucun des deux, vous pouvez annuler", { children: ['Nathan', 'Zoé'] }).children).toEqual(['Nathan', 'Zoé']);
  });

  test('« le 14 le 15 et le 16 » is one list of days, and the child « non » is left out of it', () => {
    const result = read('bonsoir je voudrais réserver pour nathan le 14 le 15 et le 16 décembre au centre zoé non elle va chez sa tante merci');
    expect([result.intent, result.dates, result.children, result.actions]).toEqual(['reserve', ['2026-12-14', '2026-12-15', '2026-12-16'], ['Nathan'], undefined]);
  });

  test('« resa semaine pro : nathan lun + mar, zoé mer seulement » gives each child the days of that week', () => {
    expect(read('resa semaine pro : nathan lun + mar, zoé mer seulement, malo rien').actions?.map((a) => [a.intent, a.dates, a.children])).toEqual([
      ['reserve', ['2026-12-14', '2026-12-15'], ['Nathan']],
      ['reserve', ['2026-12-16'], ['Zoé']],
    ]);
  });
});

describe('times of the story are no days asked (set AJ families)', () => {
  test('« je profite de ce beau mois d’août » and « il est né en décembre » ask no days', () => {
    expect(read("Bonjour, je profite de ce beau mois d'août pour m'avancer : pourriez-vous inscrire Zoé à l'accueil du soir tous les mardis de septembre ?", { now: '2027-08-20T09:00' }).dates).toEqual(['2027-09-07', '2027-09-14', '2027-09-21', '2027-09-28']);
    expect(read('Comment ajouter mon nouveau bébé sur le compte ? Il est né en décembre.', { now: '2027-01-11T10:00' }).dates).toEqual([]);
  });

  test('« tous les mercredis depuis qu’il est petit » is a habit told, not days asked', () => {
    expect(read("je garde Malo tous les mercredis depuis qu'il est petit, jusqu'à quand peut-on l'inscrire pour les vacances de Noël ?").dates).toEqual([
      '2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24', '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31',
    ]);
  });

  test('« pourriez-vous l’inscrire ce jour-là ? Par contre le vendredi 18, vous pouvez retirer sa réservation » is a booking and a cancellation', () => {
    const result = read("Le mercredi 16 je ne pourrai pas prendre Malo, pourriez-vous l'inscrire à l'accueil ce jour-là ? Par contre le vendredi 18, vous pouvez retirer sa réservation, je le garderai chez moi.");
    expect(result.actions?.map((a) => [a.intent, a.dates])).toEqual([
      ['reserve', ['2026-12-16']],
      ['cancel', ['2026-12-18']],
    ]);
  });
});

describe('conversations of this round', () => {
  test('« pour la semaine du 14 : Zoé lundi mardi jeudi, Malo seulement le mercredi » gives each child their days', () => {
    expect(read('Bonsoir, pour la semaine du 14 : Zoé lundi mardi jeudi, Malo seulement le mercredi, et Nathan rien du tout').actions?.map((a) => [a.intent, a.dates, a.children])).toEqual([
      ['reserve', ['2026-12-14', '2026-12-15', '2026-12-17'], ['Zoé']],
      ['reserve', ['2026-12-16'], ['Malo']],
    ]);
  });
});

describe('what the words of this round must not catch (review)', () => {
  test('a child kept at the hospital is still a person to reach; a training at the hospital is not', () => {
    expect(read("Malo est gardé à l'hôpital jusqu'à jeudi").sensitive).toBe(true);
  });

  test('« est réservé » before a cancellation keeps no day out of it', () => {
    expect(read("Le mercredi 16 est réservé mais Malo sera malade, merci de l'annuler.").dates).toEqual(['2026-12-16']);
  });

  test('« Zoé n’est pas concernée » after another child leaves only Zoé out', () => {
    expect(read("Annulez mercredi 16 pour Malo, Zoé n'est pas concernée").children).toEqual(['Malo']);
  });

  test('« continue de venir le soir » keeps the child in the booking', () => {
    expect(read('Inscrivez Malo et Zoé mercredi 16, Malo continue de venir le soir').children).toEqual(['Zoé', 'Malo']);
  });

  test('« on annule rien que le mercredi » cancels that Wednesday', () => {
    expect(read('Zoé on annule rien que le mercredi 16, Malo on rajoute vendredi 18').actions?.map((a) => [a.intent, a.dates, a.children])).toEqual([
      ['cancel', ['2026-12-16'], ['Zoé']],
      ['reserve', ['2026-12-18'], ['Malo']],
    ]);
  });

  test('a birth to come names its day; « il est né en décembre » names none', () => {
    expect(read("J'accouche le 14 décembre, pouvez-vous garder Malo ce jour-là ?").dates).toEqual(['2026-12-14']);
  });
});

describe('set AK families', () => {
  test('a day taken back and said again with who keeps the child (« le vendredi c sa mère », « mardi ma femme est en repos ») is not asked', () => {
    expect(read('bjr, zoé au soir jeudi 10 et vendredi 11 stp... non plutot jeudi 10 et lundi 14, le vendredi c sa mere').dates).toEqual(['2026-12-10', '2026-12-14']);
    expect(read('inscrire malo mardi... non pardon mercredi!! mardi ma femme est en repos elle le prend').dates).toEqual(['2026-12-09']);
  });

  test('« demain et après-demain pour X seulement, les deux autres viennent avec moi » is one booking of two days', () => {
    const result = read("c'est pour réserver le centre demain et après demain pour malo seulement les deux autres viennent avec moi au travail");
    expect([result.intent, result.dates, result.children, result.actions]).toEqual(['reserve', ['2026-12-08', '2026-12-09'], ['Malo'], undefined]);
  });

  test('« le vendredi 18 décembre, la veille des vacances » is that Friday only', () => {
    expect(read("Zoé a une sortie le vendredi 11 décembre, non pardon, le vendredi 18 décembre, la veille des vacances. Elle ne viendra donc pas à la garderie, pouvez-vous l'annuler ?").dates).toEqual(['2026-12-18']);
  });
});
