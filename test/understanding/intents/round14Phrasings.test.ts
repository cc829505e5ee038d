/**
 * Round 14 (issue 9): intent families set U showed missing once it was read (each in at
 * least two of its three writers), written as new sentences.
 */
import { understand } from '../../../src/understanding/understand';

// Monday 7 December 2026, in the evening.
const options = { now: '2026-12-07T19:00', children: ['Nathan', 'Zoé', 'Malo'] };
const read = (text: string) => understand(text, options);

describe('a look asked in English, yes or no', () => {
  test.each([
    'are Nathan and Zoé registered for wednesday?',
    'is Malo booked for the garderie tomorrow?',
    'Zoé she is inscrit for thursday? not sure I clicked',
    'which days Malo have centre this month?',
    'what is the status of my request for Nathan?',
  ])('« %s » → check', (text) => {
    expect(read(text).intent).toBe('check');
  });

  test('a booking in English stays a booking: « book Malo thursday please »', () => {
    expect(read('book Malo thursday please').intent).toBe('reserve');
  });
});

describe('urgent stories told in English go to a person', () => {
  test.each([
    'the aunt of Zoé will pick her tonight from garderie, please tell the team',
    'a woman we do not know says she will take Malo after school!!',
    'my wife is in hospital since this morning, can somebody call me about Nathan',
    'c’est ma voisine, madame Roux, qui ira chercher Zoé ce soir, je suis hospitalisée',
  ])('« %s » → handoff', (text) => {
    expect(read(text).intent).toBe('handoff');
  });

  test('held up in the RER, asking the child to stay, is a booking', () => {
    expect(read('je suis coincée dans le RER, est-ce que Zoé peut rester à la garderie ce soir ?').intent).toBe('reserve');
  });
});

describe('questions to the service', () => {
  test.each([
    'mon compagnon voudrait aussi accès au compte, comment ajouter lui dans la famille ?',
    'how can I add my wife to the account so she books too?',
    'How i create compte citoyen please, what i need?',
    'the papers I put in the espace documents, someone else can see them?',
    'what is the phone number of the service periscolaire',
    'je voudrais savoir à quelle heure ferme la garderie, c’est moi qui viens chercher Malo maintenant',
    'garderie du soir finit à quelle heure ?',
  ])('« %s » → faq', (text) => {
    expect(read(text).intent).toBe('faq');
  });
});

describe('other families', () => {
  test.each([
    ['oups, mauvais numéro, c’était pour ma cousine', 'none'],
    ['pardon, c’est parti tout seul, je voulais écrire à mon frère pour samedi', 'none'],
    ['if I change the friday 18 for Zoé, last day is when?', 'deadline'],
    ['Malo pa venu lundi, il avait de la fièvre, je dois donner le papier docteur avant quand ?', 'absence'],
    ['Nathan absent jeudi et vendredi dernier, doktor raporu var', 'absence'],
    ['il faut anuller Zoé pour tous les mercredis de janvier', 'cancel'],
    ['Nathan no need centre wednesday 16, grandma comes', 'cancel'],
  ])('« %s » → %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });

  test('« pas venir » of a non-native parent is a cancellation, the other child « aussi »', () => {
    const meaning = read('Malo pas venir centre mercredi 9 et Zoé aussi. Les deux annuler');
    expect(meaning.intent).toBe('cancel');
    expect(meaning.children).toEqual(['Zoé', 'Malo']);
  });

  test('« ne restera pas vendredi », then « mettez-la lundi »: a cancellation and a booking', () => {
    expect(read('Zoé ne restera pas vendredi 11, par contre mettez-la le lundi 14 svp').actions).toEqual([
      { intent: 'cancel', dates: ['2026-12-11'], children: ['Zoé'] },
      { intent: 'reserve', dates: ['2026-12-14'], children: ['Zoé'] },
    ]);
  });

  test('two changes joined by « and » in English', () => {
    expect(read('pls cancel Zoé on thursday 10 and book her on friday 11 instead').actions).toEqual([
      { intent: 'cancel', dates: ['2026-12-10'], children: ['Zoé'] },
      { intent: 'reserve', dates: ['2026-12-11'], children: ['Zoé'] },
    ]);
  });

  test('« Nathan need garderie thursday, and for Malo cancel friday »', () => {
    expect(read('Nathan need garderie thursday 10, and for Malo cancel friday 11').actions).toEqual([
      { intent: 'reserve', dates: ['2026-12-10'], children: ['Nathan'] },
      { intent: 'cancel', dates: ['2026-12-11'], children: ['Malo'] },
    ]);
  });
});

describe('set V, read once set W was frozen (new sentences)', () => {
  test.each([
    ['pouvez-vous ôter la réservation de Zoé pour le jeudi 10', 'cancel'],
    ['Malo jeudi iptal svp', 'cancel'],
    ['je veux voir reservation de Nathan décembre', 'check'],
    ['vérifier janvier pour les enfants svp, je sais pas si ça a marché', 'check'],
    ['la liste des réservations de Zoé jusqu’à Noël svp', 'check'],
    ['ma demande pour Malo est acceptée ou pas ?', 'check'],
    ['à quoi il sert ce chat ? il fait quoi ?', 'help'],
    ['il faut écrire comment pour que vous compreniez ?', 'help'],
    ['how use this chat please?', 'help'],
    ['le voisin a pris Zoé à la garderie sans me demander !', 'handoff'],
    ['le père de Malo il a pas droit le voir, s’il vient ?', 'handoff'],
    ['pode me ligar? c’est pour Nathan', 'handoff'],
    ['je préfère qu’une dame du service me téléphone', 'handoff'],
  ])('« %s » → %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });

  test('« aujourdui » and « semaine prochen » typed as heard', () => {
    expect(read('Zoé pas venir aujourdui, annuler svp').dates).toEqual(['2026-12-07']);
    expect(read('Malo besoin rester soir mardi semaine prochen').dates).toEqual(['2026-12-15']);
  });
});
