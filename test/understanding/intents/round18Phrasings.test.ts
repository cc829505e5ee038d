/**
 * Round 18 (issue 9): families set AC showed missing once it was read, written as new
 * sentences (none is copied from a set).
 */
import { understand, understandInDetail } from '../../../src/understanding/understand';

// Monday 7 December 2026, in the evening.
const options = { now: '2026-12-07T19:00', children: ['Nathan', 'Zoé', 'Malo'] };
const read = (text: string) => understand(text, options);

describe('days as parents say or dictate them', () => {
  test('« mercredi en huit », « jeudi en 8 »: the coming one, a week later', () => {
    expect(read('il faudrait mettre Malo au centre mercredi en huit').dates).toEqual(['2026-12-16']);
    expect(read('rajoutez Zoé jeudi en 8 svp').dates).toEqual(['2026-12-17']);
  });

  test('« vin » dictated for « vingt » before a month; wine stays wine', () => {
    expect(read('inscrire Nathan à la garderie le lundi vin cinq janvier merci').dates).toEqual(['2027-01-25']);
    expect(read('on boit du vin un soir').dates).toEqual([]);
  });

  test('« jusqu’o vacances », « du 14 o 16 », « jusqu’à la vacance » read as they sound', () => {
    expect(read('mettez Malo ts les mercredis jusqu’o vacances svp').dates).toEqual(['2026-12-09', '2026-12-16']);
    const sounded = read('pa besoin de garderie pr Malo du 14 o 16');
    expect(sounded.dates.length).toBeGreaterThan(0);
    expect(sounded.dates).toEqual(read('pas besoin de garderie pour Malo du 14 au 16').dates);
    expect(read('je voudrais que Zoé reste après l’école tous les jeudi jusqu’à la vacance').dates).toEqual(['2026-12-10', '2026-12-17']);
  });

  test('« du 4 janvier au 8 »: the end takes the start’s month', () => {
    const result = read('enlevez Zoé du 4 janvier au 8, elle part chez sa grand-mère');
    expect(result.dates).toEqual(read('enlevez Zoé du 4 au 8 janvier, elle part chez sa grand-mère').dates);
    expect(result.dates[0]).toBe('2027-01-04');
  });

  test('days said relative to today inside « cette semaine » are the days asked', () => {
    expect(read('inscrire Malo à la garderie demain et après-demain please, mon mari travaille late cette semaine').dates).toEqual(['2026-12-08', '2026-12-09']);
  });

  test('a list said again after « euh non pardon » replaces the whole list; one day said again replaces the last one', () => {
    expect(read('inscription Malo accueil du soir lundi mardi de la semaine prochaine euh non pardon lundi et jeudi').dates).toEqual(['2026-12-14', '2026-12-17']);
    expect(read('annule Malo jeudi et vendredi, pardon, lundi').dates).toEqual(['2026-12-10', '2026-12-14']);
  });

  test('the evening the proof is put in the citizen space is no day of the absence', () => {
    expect(read('Zoé n’est pas venue vendredi, je déposerai le certificat dans mon espace citoyen dès ce soir').dates).toEqual(['2026-12-04']);
  });

  test('a country the family leaves for is not corrected into « colonie »', () => {
    expect(understandInDetail('nous partons en Colombie, enlevez Zoé du 4 au 8 janvier', options).prepared).toContain('colombie');
  });
});

describe('children', () => {
  test('« vient plu » is « ne vient plus », and « Zoé ça change pas » keeps Zoé out of the cancellation', () => {
    expect(read('Malo vient plu le soir jusqua fin decembre, vs pouvez annulé ses jours? zoé ca change pas')).toMatchObject({ intent: 'cancel', children: ['Malo'] });
  });
});

describe('intents', () => {
  test('a spouse added to the family account is a question on the account', () => {
    expect(read('Je souhaiterais ajouter mon époux à notre compte famille pour qu’il gère aussi les réservations de Zoé. Quelle est la démarche ?').intent).toBe('faq');
  });

  test('other services and voice assistants are off topic', () => {
    expect(read('à quelle heure ferme la poste le samedi ?').intent).toBe('none');
    expect(read('une voiture ventouse est garée devant chez moi depuis un mois, à qui m’adresser ?').intent).toBe('none');
    expect(read('Alexa envoie un message à Paul je rentre tard').intent).toBe('none');
  });

  test('until when one may come in the evening is the opening hours, not a deadline', () => {
    expect(read('Jusqu’à quelle heure je peux venir le soir à la garderie ? Je ne veux pas arriver après la fermeture.').intent).toBe('faq');
  });

  test('the detail of the days booked, asked formally, is a look', () => {
    expect(read('Je vous serais obligée de bien vouloir me communiquer le détail des jours réservés pour Zoé au mois de janvier.').intent).toBe('check');
  });

  test('a booking whose dates the grandmother forgot is still a booking', () => {
    expect(read('Je voudrais inscrire Malo au centre pour les vacances de Noël, toutes. Je ne me souviens plus des dates mais vous les avez.').intent).toBe('reserve');
  });

  test('« pour que les petits restent à la garderie jeudi soir » asks the place', () => {
    expect(read('Ma fille m’a demandé de vous écrire pour que Nathan et Zoé restent à la garderie jeudi soir. Je ne sais pas si je m’y prends bien.')).toMatchObject({ intent: 'reserve', dates: ['2026-12-10'] });
  });

  test('how the chat works, even when the website is named, is help', () => {
    expect(read('comment ça marche ce truc, je peux vous dicter mes réservations ou il faut aller sur le site ?').intent).toBe('help');
  });
});
