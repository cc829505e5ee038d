import { understand } from '../../../src/understanding/understand';

const options = { now: '2026-03-09T10:00', children: ['Léa', 'Hugo', 'Inès'] };

describe('intents', () => {
  it.each([
    ['inscrire Léa mardi', 'reserve'],
    ['il me faut une place mercredi', 'reserve'],
    ['Léa ne viendra pas vendredi', 'cancel'],
    ['désinscris Hugo de la semaine prochaine', 'cancel'],
    ["qu'est-ce que j'ai réservé pour la semaine prochaine ?", 'check'],
    ['où en est ma demande ?', 'check'],
    ['jusqu\'à quand puis-je annuler vendredi ?', 'deadline'],
    ['Léa était malade hier', 'absence'],
    ['je dois envoyer un certificat médical', 'absence'],
    ["je sais que c'est hors délai mais Hugo peut venir demain ?", 'late_request'],
    ["je veux parler à quelqu'un", 'handoff'],
    ["qu'est-ce que tu sais faire ?", 'help'],
    ['quels sont les tarifs de la garderie ?', 'faq'],
    ['merci, bonne journée', 'smalltalk'],
    ["c'est quoi la capitale de l'Australie ?", 'none'],
    ['ma demande de dérogation a-t-elle été acceptée ?', 'check'],
    ['où en est ma demande hors délai ?', 'check'],
    ['Inès sera absente jeudi', 'cancel'],
    ['Hugo était absent avant-hier', 'absence'],
    ['le QF sert à quoi ?', 'faq'],
  ])('%s → %s', (text, intent) => expect(understand(text, options).intent).toBe(intent));
});

describe('understand', () => {
  it('follows the contract on a complete message', () => {
    expect(understand('Réserver Léa et Hugo mercredi de la semaine prochaine svp', { ...options, now: '2026-03-18T14:00' })).toMatchObject({
      intent: 'reserve',
      dates: ['2026-03-25'],
      children: ['Léa', 'Hugo'],
    });
  });

  it('reads an instant with an offset in Europe/Paris', () => {
    // 23:30 UTC on 9 March is already 10 March in Paris: "demain" is the 11th.
    expect(understand('réserver demain pour Léa', { ...options, now: new Date('2026-03-09T23:30:00Z') }).dates).toEqual(['2026-03-11']);
  });
});
