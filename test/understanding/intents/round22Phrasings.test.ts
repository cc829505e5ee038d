/**
 * Round 22 (issue 9): families found in sets AH and AI once they were read, and in
 * conversations, written as new sentences (none is copied from a set).
 */
import { understand } from '../../../src/understanding/understand';

// Monday 7 December 2026, in the evening.
const options = { now: '2026-12-07T19:00', children: ['Nathan', 'Zoé', 'Malo'] };
const read = (text: string, more: Partial<typeof options> = {}) => understand(text, { ...options, ...more });
const actionsOf = (text: string, more: Partial<typeof options> = {}) => (read(text, more).actions ?? []).map((a) => [a.intent, a.dates, a.children]);

describe('a correction inside the message', () => {
  test('a weekday said again after its dated day was taken back is that day, and the family member free that day leaves it out', () => {
    const result = read('inscrire Zoé le jeudi 10 et le vendredi 11 décembre. Pardon, je rectifie : le vendredi seulement, sa tante sera disponible le jeudi.');
    expect(result.intent).toBe('reserve');
    expect(result.dates).toEqual(['2026-12-11']);
  });

  test('a day taken back and named again in a story (« jeudi je suis de repos ») is not asked again', () => {
    expect(read('Malo à la garderie jeudi, euh non, vendredi. Jeudi je suis de repos.').dates).toEqual(['2026-12-11']);
  });

  test('a weekday said again in the correction itself is asked again', () => {
    expect(read('réserver Malo lundi et mardi de la semaine prochaine, euh non pardon, lundi et jeudi').dates).toEqual(['2026-12-14', '2026-12-17']);
  });
});

describe('days named from another day', () => {
  test('« le lendemain » is the day after the day named before; alone, in a story, it names none', () => {
    expect(read('Je passe une IRM le mardi 15 décembre, pouvez-vous garder Nathan le soir ce jour-là et le lendemain ?').dates).toEqual(['2026-12-15', '2026-12-16']);
    expect(read("personne ne m'a appelée, ni le jour même ni le lendemain, je veux parler à quelqu'un").dates).toEqual([]);
  });

  test('« vendredi et le lundi d’après » is the Monday after that Friday, not a week later', () => {
    expect(read("annulez Zoé vendredi et le lundi d'après, on part chez sa marraine").dates).toEqual(['2026-12-11', '2026-12-14']);
  });

  test('« et aussi Inès le mercredi d’après » in a clause of its own follows the day of the clause before', () => {
    expect(actionsOf("c'est possible de rajouter Malo au centre mercredi 16 ? et aussi Zoé le mercredi d'après")).toEqual([
      ['reserve', ['2026-12-16'], ['Malo']],
      ['reserve', ['2026-12-23'], ['Zoé']],
    ]);
  });

  test('« le mercredi après » is the Wednesday after; « le mercredi après-midi » is one Wednesday', () => {
    expect(read('je voudrais réserver Malo mercredi prochain et aussi le mercredi après').dates).toEqual(['2026-12-09', '2026-12-16']);
    expect(read('je voudrais réserver Malo le mercredi après-midi').dates).toEqual(['2026-12-09']);
  });

  test('« depuis demain jusqu’à la fin des vacances » starts tomorrow', () => {
    const result = read("Malo n'a plus besoin du centre depuis demain jusqu'à la fin des vacances, retirez-le svp", { now: '2026-12-22T18:00' });
    expect(result.dates).toEqual(['2026-12-23', '2026-12-24', '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31']);
  });

  test('« pour la même période » is the period said before it', () => {
    const actions = actionsOf("plus de garderie pour Zoé le mardi à partir du 4 janvier et jusqu'aux vacances d'hiver ; en revanche mettez-la le vendredi pour la même période");
    expect(actions).toEqual([
      ['cancel', ['2027-01-05', '2027-01-12', '2027-01-19', '2027-01-26', '2027-02-02', '2027-02-09', '2027-02-16'], ['Zoé']],
      ['reserve', ['2027-01-08', '2027-01-15', '2027-01-22', '2027-01-29', '2027-02-05', '2027-02-12', '2027-02-19'], ['Zoé']],
    ]);
  });

  test('a week heading the message, typed « la semaine prochain », frames every weekday after it', () => {
    expect(actionsOf('pour la semaine prochain : Zoé on enlève le mardi, et Nathan on rajoute le mardi et le vendredi')).toEqual([
      ['cancel', ['2026-12-15'], ['Zoé']],
      ['reserve', ['2026-12-15', '2026-12-18'], ['Nathan']],
    ]);
  });
});

describe('days as parents say them', () => {
  test('« la garderie de mercredi, jeudi et vendredi » lists three days; « de mardi et jeudi » two, not a range', () => {
    expect(read('enlevez la garderie de mercredi, jeudi et vendredi pour Malo').dates).toEqual(['2026-12-09', '2026-12-10', '2026-12-11']);
    expect(read("Sa maman sort de l'hôpital, c'est elle qui ira chercher Zoé à l'école cette semaine, vous pouvez enlever sa garderie de mardi et jeudi").dates).toEqual([
      '2026-12-08',
      '2026-12-10',
    ]);
    expect(read('inscrire Zoé entre mardi et jeudi').dates).toEqual(['2026-12-08', '2026-12-09', '2026-12-10']);
  });

  test('« de c’est soir », as dictated, is tonight', () => {
    expect(read("annulez la garderie de c'est soir pour Nathan").dates).toEqual(['2026-12-07']);
  });

  test('a time of the story is no day asked: « depuis septembre », the month one leaves « qu’en août »', () => {
    expect(read("c'est moi qui récupère Zoé le soir depuis septembre, comment me faire ajouter sur le compte ?").dates).toEqual([]);
    expect(read("Nathan au centre tout le mois de juillet, on ne part qu'en août", { now: '2027-05-10T19:00' }).dates.some((day) => day.startsWith('2027-08'))).toBe(false);
  });
});

describe('what is asked', () => {
  test('the mother who will fetch the child is no stranger: the cancellation asked stays one', () => {
    expect(read("Sa maman sort de l'hôpital, c'est elle qui ira chercher Zoé à l'école cette semaine, vous pouvez enlever sa garderie de mardi et jeudi").intent).toBe('cancel');
  });

  test('« qu’est ce qui est réserver », « c’est quoi réservé »: a look', () => {
    expect(read("qu'est ce qui est réserver pour Zoé la semaine prochaine").intent).toBe('check');
    expect(read("c'est quoi réservé pour Malo la semaine prochaine ?").intent).toBe('check');
  });

  test('a person asked in a hard moment (« c urgent ma fille s’est fait mordre ») is a sensitive hand-over', () => {
    const result = read("je voudrais parler a qqn svp c urgent ma fille s'est fait mordre par un chien");
    expect(result.intent).toBe('handoff');
    expect(result.sensitive).toBe(true);
    expect(read("je voudrais parler à quelqu'un pour une question sur la facture").sensitive).toBeUndefined();
  });

  test('the seniors’ Christmas parcel or meal is another matter', () => {
    expect(read("c'est ici pour s'inscrire au repas des seniors de la mairie ?").intent).toBe('none');
  });
});

describe('children', () => {
  test('« ces deux-là » are both children', () => {
    expect(read('il faut retirer ces deux-là de la garderie vendredi', { children: ['Nathan', 'Zoé'] }).children).toEqual(['Nathan', 'Zoé']);
  });

  test('« le même tarif pour tout le monde » names no child', () => {
    expect(read("c'est combien l'accueil du soir, c'est le même tarif pour tout le monde ?").children).toEqual([]);
  });

  test('a short name spelled by ear (« kayo » for Kaio) is the child', () => {
    expect(read('kayo est resté à la maison vendredi, il avait de la fièvre', { children: ['Kaio', 'Lina'] }).children).toEqual(['Kaio']);
  });
});

describe('set AI families', () => {
  test('a child told apart (« quant à lui, sera en colonie », « on change rien », « restent inchangées ») is left out', () => {
    expect(read("Je souhaite inscrire Zoé et Malo au centre du 21 au 24 décembre. Nathan, quant à lui, sera en colonie.").children).toEqual(['Zoé', 'Malo']);
    expect(read('annuler tt pr malo semaine pro, zoé on change rien').children).toEqual(['Malo']);
    expect(read('Merci d’annuler les réservations de Nathan la semaine prochaine ; celles de Zoé restent inchangées.').children).toEqual(['Nathan']);
    expect(read('Pouvez-vous annuler Zoé du 14 au 18 décembre ? Malo, lui, n’était pas inscrit.').children).toEqual(['Zoé']);
  });

  test('« la garderie des 2 » is both children; « mes pas le vendredi » is « mais pas »', () => {
    expect(read('annule la garderie des 2 du 14 au 18, on part', { children: ['Nathan', 'Zoé'] }).children).toEqual(['Nathan', 'Zoé']);
    expect(read('réserver pour Zoé la semaine prochaine lundi mardi et jeudi mes pas le vendredi').dates).toEqual(['2026-12-14', '2026-12-15', '2026-12-17']);
  });

  test('a range corrected by its end only (« non, je me trompe, jusqu’au vendredi 18 ») keeps its start', () => {
    expect(read('inscrire Malo au centre du lundi 14 au mercredi 16 décembre, non, je me trompe, jusqu’au vendredi 18 inclus').dates).toEqual([
      '2026-12-14',
      '2026-12-15',
      '2026-12-16',
      '2026-12-17',
      '2026-12-18',
    ]);
  });

  test('a day taken back and said to stay as usual (« vendredi elle y va normal ») is not cancelled', () => {
    expect(read('enlève zoé vendredi.. ah non pardon jeudi, vendredi elle y va normal').dates).toEqual(['2026-12-10']);
  });

  test('« l’accueil du soir des jeudi 10 et vendredi 11 » is those two days (« des » is no « dès »)', () => {
    expect(read("merci d'annuler pour Zoé l'accueil du soir des jeudi 10 et vendredi 11 décembre").dates).toEqual(['2026-12-10', '2026-12-11']);
  });

  test('a train called off is no cancellation: « son train a été supprimé… ajoutez le petit pour demain soir » books', () => {
    expect(read("son papa devait rentrer ce soir mais son train a été supprimé. Ajoutez donc Malo pour demain soir à la garderie s'il vous plaît").intent).toBe('reserve');
  });

  test('« hospitalisé cette nuit » tells when; the days asked about are those named after', () => {
    const result = read("Nathan a été hospitalisé cette nuit. Je ne sais pas quoi faire pour ses réservations de la semaine prochaine, j'aimerais qu'on me rappelle.");
    expect(result.dates).toEqual(['2026-12-14', '2026-12-15', '2026-12-16', '2026-12-17', '2026-12-18']);
  });

  test('selling a car is another matter', () => {
    expect(read('je veux vendre ma voiture, c’est ici pour mettre la petite annonce ?').intent).toBe('none');
  });
});
