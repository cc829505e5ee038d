/**
 * Round 43 (issue 9): families found in set BH once read (set BI frozen first), written as new
 * sentences (none is copied from a set).
 */
import { understand } from '../../../src/understanding/understand';

// Monday 11 January 2027, in the evening (winter holidays of zone C from Saturday 20 February; Easter Monday 29 March).
const options = { now: '2027-01-11T20:00', children: ['Maxence', 'Zélie'] };
const read = (text: string, now = options.now) => understand(text, { ...options, now });

describe('periods said in a few more ways', () => {
  test('« à partir du lundi 1er février, et ce jusqu’au vendredi 12 inclusivement » is one range', () => {
    expect(read('Maxence aura besoin de la garderie à partir du lundi 1er février, et ce jusqu’au vendredi 12 inclusivement')).toMatchObject({
      intent: 'reserve',
      dates: ['2027-02-01', '2027-02-02', '2027-02-03', '2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'],
    });
  });

  test('« jusqu’aux vacances, enfin les vacances d’hiver »: the holidays named better end the range, they add no days', () => {
    expect(read('les mardis de février pour Zélie jusqu’aux vacances, enfin les vacances d’hiver').dates).toEqual(['2027-02-02', '2027-02-09', '2027-02-16']);
  });

  test('« durant toute cette semaine » after a week of days named is that week; alone, it is this week', () => {
    // (Monday 4 January, in the morning.)
    expect(read('Je vous serais reconnaissant d’inscrire mes enfants à l’accueil du soir du lundi 11 au vendredi 15 janvier. Leur mère sera de garde durant toute cette semaine.', '2027-01-04T07:00').dates).toEqual([
      '2027-01-11',
      '2027-01-12',
      '2027-01-13',
      '2027-01-14',
      '2027-01-15',
    ]);
    expect(read('Zélie sera absente pendant toute cette semaine, merci d’annuler').dates).toEqual(['2027-01-11', '2027-01-12', '2027-01-13', '2027-01-14', '2027-01-15']);
  });

  test('« y compris durant les vacances » adds no holiday of its own; « hors période de congés scolaires » leaves them out', () => {
    expect(read('chaque lundi de mars pour Maxence, y compris durant les vacances').dates).toEqual(['2027-03-01', '2027-03-08', '2027-03-15', '2027-03-22']);
    expect(read('inscrire Maxence tous les lundis de février, hors période de congés scolaires').dates).toEqual(['2027-02-01', '2027-02-08', '2027-02-15']);
  });

  test('« l’accueil de mercredi cette semaine » is this Wednesday, not the whole week', () => {
    expect(read('Zélie ne viendra pas à l’accueil de mercredi cette semaine')).toMatchObject({ intent: 'cancel', dates: ['2027-01-13'] });
  });

  test('« Retirer jeudis de Maxence en février »: a plural weekday right after the verb is every such day of the month', () => {
    expect(read('Retirer jeudis de Maxence en février')).toMatchObject({ intent: 'cancel', dates: ['2027-02-04', '2027-02-11', '2027-02-18', '2027-02-25'] });
  });

  test('« n’a reçu son roulement que ce matin » is when it was told, not a day asked', () => {
    expect(read('mon mari n’a reçu son roulement que ce matin, serait-il possible d’inscrire Zélie jeudi ?').dates).toEqual(['2027-01-14']);
  });
});

describe('days left out', () => {
  test('« vient pas, seulement le jeudi il vient »: every day of the week but Thursday', () => {
    expect(read('la semaine prochaine Maxence vient pas, seulement le jeudi il vient, vous pouvez enlever les autres jours ?')).toMatchObject({
      intent: 'cancel',
      dates: ['2027-01-18', '2027-01-19', '2027-01-20', '2027-01-22'],
    });
  });

  test('« ne fera pas le centre en février sauf la semaine du 15 »: a cancellation, the week of the 15th of that month left out', () => {
    const meaning = read('Zélie ne fera pas le centre en février sauf la semaine du 15');
    expect(meaning.intent).toBe('cancel');
    expect(meaning.dates.filter((day) => day >= '2027-02-15' && day <= '2027-02-19')).toEqual([]);
    expect(meaning.dates).toContain('2027-02-12');
    expect(meaning.dates).toContain('2027-02-22');
  });

  test('« demain et mercredi aussi enfin non juste demain »: the day added, taken back', () => {
    expect(read('annulez Maxence demain et mercredi aussi enfin non juste demain').dates).toEqual(['2027-01-12']);
  });

  test('« au centre la 1ère semaine seulement, la 2e elle est chez son parrain » books the first week (the other is where she is)', () => {
    expect(read('vacances d’hiver : Zélie au centre la 1ère semaine seulement, la 2e elle est chez son parrain')).toMatchObject({
      intent: 'reserve',
      dates: ['2027-02-22', '2027-02-23', '2027-02-24', '2027-02-25', '2027-02-26'],
    });
  });
});

describe('what a message is about', () => {
  test('« quelles démarches êtes-vous en mesure de traiter par ce canal ? » asks for help', () => {
    expect(read('Avant toute chose, quelles démarches êtes-vous en mesure de traiter par ce canal ?').intent).toBe('help');
  });

  test('someone else spoken to, dictated by mistake, is off topic', () => {
    expect(read('non non Maxence repose ça tout de suite').intent).toBe('none');
    expect(read('attends chef j’arrive, c’est pas pour toi').intent).toBe('none');
    // A day named keeps it a request.
    expect(read('attends chef j’arrive… bon, annulez Maxence jeudi svp').intent).toBe('cancel');
  });

  test('« le numéro de téléphone de le service » (learners’ French) is a question on the service', () => {
    expect(read('bonjour c’est quoi le numéro de téléphone de le service ?')).toMatchObject({ intent: 'faq', confidence: 1 });
  });
  test('« tkt il paye » beside a booking promises the payment, it asks nothing about money', () => {
    expect(read('slt c pour ma mère elle veut mettre mon frère au centre le 14, c Maxence. tkt elle paye').intent).toBe('reserve');
  });
});

describe('whether the child is there, dictated', () => {
  test('« est-ce que Zélie elle est bien au périsco ce soir là je suis … » asks about tonight (« là » is no « ce soir-là »)', () => {
    expect(read('allô euh est-ce que Zélie elle est bien au périsco ce soir là je suis coincée au bureau')).toMatchObject({ intent: 'check', dates: ['2027-01-11'] });
    // A hyphenated name is asked about the same way.
    expect(understand('est-ce que Marie-Lou elle est bien au centre ce soir', { now: options.now, children: ['Marie-Lou', 'Maxence'] })).toMatchObject({ intent: 'check', children: ['Marie-Lou'] });
    // « ce soir-là » after a day named is still that day.
    expect(read('le vendredi 15, ce soir-là je travaille, inscrivez Zélie').dates).toEqual(['2027-01-15']);
  });
});

describe('two changes after a story', () => {
  test('a story in a sentence of its own, then « Par conséquent, merci d’annuler … et de l’inscrire … »: each change its own day', () => {
    expect(
      read('Ma sœur a échangé sa garde du lundi 18 contre celle du mardi 19. Par conséquent, merci d’annuler Zélie le lundi 18 janvier et de l’inscrire le mardi 19 janvier.').actions,
    ).toEqual([
      { intent: 'cancel', dates: ['2027-01-18'], children: ['Zélie'] },
      { intent: 'reserve', dates: ['2027-01-19'], children: ['Zélie'] },
    ]);
  });

  test('the story’s « sauf le jeudi » does not take out the Thursday then asked for', () => {
    expect(
      read('Leur maman est en déplacement toute la semaine prochaine, donc je m’occupe d’eux, sauf le jeudi à cause de mon club de bridge. Pouvez-vous inscrire Maxence et Zélie le jeudi de la semaine prochaine ? Et retirez Zélie du mardi, elle sera chez le dentiste avec moi.').actions,
    ).toEqual([
      { intent: 'reserve', dates: ['2027-01-21'], children: ['Maxence', 'Zélie'] },
      { intent: 'cancel', dates: ['2027-01-19'], children: ['Zélie'] },
    ]);
  });
});
