/**
 * Round 9 (issue 9): families of phrasings that set H showed missing once it was read.
 * The sentences are written anew for the tests, not copied from the set.
 */
import { understand } from '../../../src/understanding/understand';

// Wednesday 2 December 2026.
const options = { now: '2026-12-02T10:00', children: ['Léa', 'Hugo', 'Inès'] };
const intentOf = (text: string) => understand(text, options).intent;

describe('no need of a change is that change not made', () => {
  test.each([
    ["pas besoin d'annuler Léa jeudi finalement", 'reserve'],
    ["il n'est plus nécessaire de désinscrire Hugo le mercredi 9, il ira bien au centre", 'reserve'],
    ['pas besoin de garder Inès mercredi', 'cancel'],
    ['plus besoin de réserver Léa vendredi', 'cancel'],
  ])('%s → %s', (text, intent) => expect(intentOf(text)).toBe(intent));
});

test('« des inscrire », as dictated, is « désinscrire »', () => {
  expect(intentOf('je voudrais des inscrire Hugo de la garderie du mardi 8 décembre')).toBe('cancel');
});

describe('until when, in everyday words', () => {
  test.each([
    ['jusqu\'à quel date je peux annuler la garderie de Léa le 14 décembre'],
    ['je peux annuler le centre pour Hugo le 6 janvier jusque quand ?'],
    ["c'est trop tard pour mettre Inès au centre mercredi ?"],
    ['à quelle date les réservations de juillet seront-elles closes ?'],
  ])('%s → deadline', (text) => expect(intentOf(text)).toBe('deadline'));

  test('« c\'est trop tard, mais pouvez-vous… » asks the service anyway', () => {
    expect(intentOf("c'est trop tard pour mettre Inès mercredi, mais pouvez-vous faire une exception ?")).toBe('late_request');
  });
});

describe('a look at the bookings, asked in other words', () => {
  test.each([
    ['est-ce que Hugo et bien inscrit au centre mercredi'],
    ['je voudrais savoir quels soirs Léa et Hugo restent à la garderie la semaine prochaine'],
    ["pouvez-vous vérifier que Inès figure bien sur la liste de l'accueil du mercredi 9 ?"],
    ["la demande pour Léa pendant les vacances c'est accepté ou pas encore ?"],
  ])('%s → check', (text) => expect(intentOf(text)).toBe('check'));
});

describe('yes/no questions on a booking, tagged or confirmed', () => {
  test.each([
    ['Léa aura sa place mercredi ou pas ?'],
    ['il me semble avoir inscrit Hugo lundi, pouvez-vous me confirmer'],
    ['Hugo il a garderie vendredi non ?'],
    ['Inès va au centre mercredi hein ?'],
  ])('%s → check', (text) => expect(intentOf(text)).toBe('check'));

  test('« Léa jeudi non » still cancels', () => expect(intentOf('Léa jeudi non')).toBe('cancel'));
});

test.each([
  ['num de tel du periscolaire svp', 'faq'],
  ['besoin dun agent maintenant', 'handoff'],
])('text-message spellings: %s → %s', (text, intent) => expect(intentOf(text)).toBe(intent));

describe('urgent stories and plain requests beside them', () => {
  test('a funeral told, then « il faudrait que les enfants restent à la garderie » demain: that booking', () => {
    const text = "Je suis la grand-mère de Léa et Hugo. Leur maman est partie pour un enterrement et je fais des ménages le soir. Il faudrait donc que les enfants restent à la garderie demain. Merci pour votre aide.";
    expect(intentOf(text)).toBe('reserve');
  });
  test('an illness with the days to come is a cancellation, not an absence to justify', () => {
    expect(intentOf("Léa a une gastro, elle n'ira pas au centre demain.")).toBe('cancel');
    expect(intentOf("Léa était malade, elle n'est pas allée au centre hier")).toBe('absence');
  });
  test('a stranger who says he will pick the child up goes to a person', () => {
    const meaning = understand('urgent un homme a dit a lea quil viendrait la chercher ce soir je le connais pas', options);
    expect(meaning.intent).toBe('handoff');
    expect(meaning.sensitive).toBe(true);
  });
});

describe('how to do something: with the assistant (help) or with the service and its website (faq)', () => {
  test.each([
    ["Je dois fournir à mon employeur l'attestation de paiement de l'année. Comment puis-je l'obtenir ?", 'faq'],
    ["je ne trouve pas où l'on voit les réservations sur le site de la mairie, pouvez-vous m'expliquer comment faire ?", 'faq'],
    ['comment ça marche ici ?', 'help'],
    ['est-ce que je peux réserver directement avec vous ou faut-il passer par le site ?', 'help'],
  ])('%s → %s', (text, intent) => expect(intentOf(text)).toBe(intent));
});

test('« plus besoin de la place de Hugo jeudi » gives the place back: a cancellation', () => {
  expect(intentOf("Je n'ai plus besoin de la place de Hugo jeudi, vous pouvez la donner à quelqu'un d'autre.")).toBe('cancel');
});

describe('a child who goes anyway is left out of a cancellation', () => {
  test.each([
    ['Léa ne va pas à la garderie vendredi. Hugo oui il va. merci', ['Léa']],
    ['Léa et Inès à la maison vendredi, pas besoin du centre. Hugo, lui, y va.', ['Léa', 'Inès']],
  ])('%s', (text, children) => expect(understand(text, options).children).toEqual(children));
});
