/**
 * Round 21 (issue 9): families found in conversations and in set AF once it was read,
 * written as new sentences (none is copied from a set).
 */
import { conceptsOf } from '../../../src/understanding/intents/concepts';
import { understand } from '../../../src/understanding/understand';

// Monday 7 December 2026, in the evening.
const options = { now: '2026-12-07T19:00', children: ['Nathan', 'Zoé', 'Malo'] };
const read = (text: string, children = options.children) => understand(text, { ...options, children });

describe('days as parents say them', () => {
  test('the week left out of a story (« sauf la semaine du 28 ») is « cette semaine-là » asked after it', () => {
    const result = read('Bonsoir, ma belle-mère gardera Zoé et Malo pendant les vacances de noel sauf la semaine du 28, il faudra donc les mettre au centre cette semaine là');
    expect(result.intent).toBe('reserve');
    expect(result.dates).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31']);
  });

  test('weekend days told beside a week (leaving Sunday, back Saturday) leave the whole week', () => {
    const result = understand('Son père l’emmène en voyage, ils partent dimanche et reviennent samedi. Donc Zoé ne viendra pas du tout la semaine prochaine, vous pouvez tout enlever.', { ...options, now: '2026-10-02T10:30' });
    expect(result.dates).toEqual(['2026-10-05', '2026-10-06', '2026-10-07', '2026-10-08', '2026-10-09']);
  });

  test('« except le mercredi 24 », as parents who mix English write it, leaves that day out', () => {
    const result = read('Hello, une place pour Zoé au centre tous les jours des vacances d’hiver except le mercredi 24. Thanks');
    expect(result.dates).not.toContain('2027-02-24');
    expect(result.dates).toContain('2027-02-25');
  });

  test('« sang le mercredi », as dictated, is « sans » (a blood test is not)', () => {
    expect(read('malo au centre toutes les vacances d’hiver sang le mercredi vingt quatre février').dates).not.toContain('2027-02-24');
    expect(read('nathan a une prise de sang le mardi 8 décembre, annulez sa garderie ce jour-là').dates).toEqual(['2026-12-08']);
  });

  test('a weekday told closed (« puisque le lundi est férié ») is not asked; « excepté le jeudi, férié » still leaves it out', () => {
    expect(read('garderie pour Zoé le vendredi 26 mars et aussi le mardi 30, vu que le lundi est férié').dates).toEqual(['2027-03-26', '2027-03-30']);
    expect(read('inscrire Zoé toute la semaine prochaine, excepté le jeudi qui est férié').dates).toEqual(['2026-12-14', '2026-12-15', '2026-12-16', '2026-12-18']);
  });

  test('« la première et la deuxième semaine des vacances », « ni la première ni la deuxième semaine »: both weeks', () => {
    const christmas = ['2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24', '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31'];
    expect(read('annuler Zoé la première et la deuxième semaine des vacances de Noël').dates).toEqual(christmas);
    expect(read('Malo ne viendra pas au centre pendant les vacances de Noël, ni la première ni la deuxième semaine, merci de tout enlever').dates).toEqual(christmas);
  });

  test('« à compter de cette date » starts from the date named before', () => {
    const result = understand('Sa mère reprend le travail le lundi 18 janvier, et il faudrait que Malo reste à la garderie tous les lundis et les jeudis à compter de cette date, jusqu’aux vacances de février.', { ...options, now: '2027-01-05T14:00' });
    expect(result.dates[0]).toBe('2027-01-18');
    expect(result.dates).toHaveLength(10);
  });

  test('« le lundi et le mardi de la semaine suivante » follow the week named before, not this one', () => {
    const result = understand('inscrire Zoé et Malo au centre la première semaine des grandes vacances, ainsi que le lundi et le mardi de la semaine suivante', { ...options, now: '2027-05-03T09:30' });
    expect(result.dates).toEqual(['2027-07-05', '2027-07-06', '2027-07-07', '2027-07-08', '2027-07-09', '2027-07-12', '2027-07-13']);
  });

  test('a weekday said again after its date (« ne rentrera que le mardi soir ») is that day', () => {
    const result = understand('Il faudrait annuler la garderie de Zoé du vendredi 26 au mardi 30 mars, car elle ne rentrera que le mardi soir.', { ...options, now: '2027-03-22T10:00' });
    expect(result.dates).toEqual(['2027-03-26', '2027-03-30']);
  });

  test('leaving early « pour les vacances » is why; the days named are asked', () => {
    const now = { ...options, now: '2026-12-14T09:00' };
    expect(understand('Zoé ne viendra pas le 17 et le 18 décembre, nous partons plus tôt au Portugal pour les vacances. Pouvez-vous annuler ?', now).dates).toEqual(['2026-12-17', '2026-12-18']);
    expect(understand('Zoé part pour les vacances chez sa mamie, annulez le centre svp', now).dates).toHaveLength(8);
  });
});

describe('what parents ask', () => {
  test('« c plu la peine » (ce n’est plus la peine) cancels, beside a booking in the same message', () => {
    const result = read('pr zoé c plu la peine la garderie jeudi, et mettez malo mercredi 16 a la place');
    expect(result.actions).toEqual([
      { intent: 'cancel', dates: ['2026-12-10'], children: ['Zoé'] },
      { intent: 'reserve', dates: ['2026-12-16'], children: ['Malo'] },
    ]);
  });

  test('a grandparent’s « il faudrait que mes deux petits-enfants puissent rester le soir à la garderie » is a need for the place', () => {
    const hits = conceptsOf('il faudrait que mes deux petits enfants puissent rester le soir a la garderie zdate car je serai chez le rhumatologue');
    expect(hits.some((hit) => hit.concept === 'need' && !hit.weak && !hit.negated)).toBe(true);
  });

  test('asking to confirm the request just made keeps the request; asking it alone is a look', () => {
    expect(read('Je souhaite inscrire Zoé au centre le mercredi 16 décembre. Pourriez-vous me confirmer que ma demande est bien enregistrée ?').intent).toBe('reserve');
    expect(read('Pourriez-vous me confirmer que ma demande pour Zoé mercredi 16 est bien enregistrée ?').intent).toBe('check');
  });

  test('the opening hours of a shop are off topic, those of the evening care are not', () => {
    expect(read('vous savez a quelle heure ferme le monoprix le samedi').intent).toBe('none');
    expect(read('a quelle heure ferme la garderie le soir').intent).toBe('faq');
  });

  test('« par contre Zoé oui svp » after a cancellation leaves Zoé out of it', () => {
    expect(read('slt, pr malo c plu la peine le centre mercredi 16, par contre zoé oui svp').children).toEqual(['Malo']);
  });

  test('« malo a til encore qqchose cette semaine ? » asks what he has booked', () => {
    expect(read('malo a til encore qqchose cette semaine ?').intent).toBe('check');
    expect(read('Malo a-t-il encore quelque chose cette semaine ?').intent).toBe('check');
  });

  test('a child enrolled in another activity (« inscrit au club de judo le jeudi soir ») is the reason for a cancellation, not a booking', () => {
    const result = understand('Madame, Malo étant maintenant inscrit au club de judo le jeudi soir, je vous remercie d’annuler ses réservations de l’accueil du soir tous les jeudis jusqu’aux vacances de la Toussaint.', { ...options, now: '2026-09-24T08:45' });
    expect(result.intent).toBe('cancel');
    expect(result.dates).toEqual(['2026-09-24', '2026-10-01', '2026-10-08', '2026-10-15']);
  });

  test('a child who sleeps at the grandparents’, taken to school and back by them, is away: « il faut donc annuler » stays a cancellation', () => {
    const result = understand('Bonjour, Zoé dort chez nous toute la semaine prochaine, ses parents sont en voyage, et c’est moi qui la dépose et la reprends à l’école. Il faut donc annuler la garderie de lundi à vendredi.', { ...options, now: '2026-02-12T11:15' });
    expect(result.intent).toBe('cancel');
    expect(result.actions).toBeUndefined();
  });

  test('« je préférerais que les enfants restent à l’accueil du soir ces jours-là, sauf le mercredi où je les garde » is a booking', () => {
    const result = understand('C’est la mamie de Zoé et Malo. Je garde les enfants du lundi 14 au vendredi 18 juin. Comme j’ai du mal à marcher, je préférerais que les enfants restent à l’accueil du soir ces jours-là, sauf le mercredi où je les garde avec moi toute la journée.', { ...options, now: '2027-06-02T11:00' });
    expect(result.intent).toBe('reserve');
    expect(result.dates).toEqual(['2027-06-14', '2027-06-15', '2027-06-17', '2027-06-18']);
  });

  test('thanks for the help given is small talk, not a request for help', () => {
    expect(read('Je vous remercie sincèrement pour votre aide. Je vous souhaite une excellente journée.').intent).toBe('smalltalk');
    expect(read('Je tiens à remercier toute l’équipe pour son aide cette année. Bonnes vacances à vous.').intent).toBe('smalltalk');
  });

  test('« qu’est-ce que vous pouvez faire pour moi ? » asks what the assistant does', () => {
    expect(read('Bonjour, qu’est-ce que vous pouvez faire pour moi ? Je suis nouveau ici.').intent).toBe('help');
  });

  test('a child named like a short spelling (Sem) is that child, « la sem pro » is still next week', () => {
    const family = { ...options, now: '2027-01-06T08:05', children: ['Sem', 'Lou'] };
    expect(understand('Sem reste a la garderie ts les mardis jusqu aux vacs svp', family).children).toEqual(['Sem']);
    expect(understand('annuler garderie sem pro pour Lou', family)).toMatchObject({ children: ['Lou'], dates: ['2027-01-11', '2027-01-12', '2027-01-13', '2027-01-14', '2027-01-15'] });
  });

  test('« Sem oui normal » after a cancellation leaves Sem out of it', () => {
    expect(understand('lou viendra pas vend 9, vs pouvez annuler. sem oui normal', { ...options, now: '2027-04-06T20:40', children: ['Sem', 'Lou'] }).children).toEqual(['Lou']);
  });

  test('« cette semaine à partir de demain » starts tomorrow', () => {
    expect(understand('on n’a plus besoin de la garderie pour lou cette semaine à partir de demain, annulez svp', { ...options, now: '2026-12-15T20:10', children: ['Sem', 'Lou'] }).dates).toEqual(['2026-12-16', '2026-12-17', '2026-12-18']);
  });

  test('a move asked as a question (« est-ce que je peux passer Malo du mardi au jeudi ? ») is a move', () => {
    const moved = [
      { intent: 'cancel', dates: ['2026-12-15'], children: ['Malo'] },
      { intent: 'reserve', dates: ['2026-12-17'], children: ['Malo'] },
    ];
    expect(read('Bonsoir, je ne sais pas si c’est permis, mais est-ce que je peux passer Malo du mardi au jeudi la semaine prochaine ?').actions).toEqual(moved);
    expect(read('bsr je sais pas si c permis mais est ce que je peux passer malo du mardi au jeudi la semaine pro ?').actions).toEqual(moved);
  });
});

