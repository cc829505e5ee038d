/** French typography of what parents read: spaces, numbers, elision, plurals. */
import { elideBefore, frenchTypography, NB_HYPHEN, NBSP, NNBSP, plainSpaces, plural } from '../../src/domain/frenchTypography';

const cases: Array<[string, string, string]> = [
  ['question mark', "C'est bien cela ?", `C'est bien cela${NNBSP}?`],
  ['missing space added', 'Ok?', `Ok${NNBSP}?`],
  ['exclamation and semicolon', 'Bonjour Camille ! Oui ; non', `Bonjour Camille${NNBSP}! Oui${NNBSP}; non`],
  ['a run of marks', 'Vraiment ?!', `Vraiment${NNBSP}?!`],
  ['colon', 'Jours : lundi', `Jours${NBSP}: lundi`],
  ['colon at the end of a line', 'Voici le résultat :\n• Léa', `Voici le résultat${NBSP}:\n• Léa`],
  ['guillemets', 'écrivez « oui »', `écrivez «${NNBSP}oui${NNBSP}»`],
  ['guillemets without spaces', '«oui»', `«${NNBSP}oui${NNBSP}»`],
  ['phone number', 'appelez le 01 49 76 60 00.', `appelez le 01${NBSP}49${NBSP}76${NBSP}60${NBSP}00.`],
  ['international phone number', '+33 1 49 76 60 00', `+33${NBSP}1${NBSP}49${NBSP}76${NBSP}60${NBSP}00`],
  ['request number', 'demande n° D-2026-000123.', `demande n°${NBSP}D${NB_HYPHEN}2026${NB_HYPHEN}000123.`],
  ['number and word', 'dans les 7 jours, le 11 mars', `dans les 7${NBSP}jours, le 11${NBSP}mars`],
  ['an identifier is not a number', 'demande D-2026-000123 au service', `demande D${NB_HYPHEN}2026${NB_HYPHEN}000123 au service`],
  ['ellipsis', 'et 3 plus anciennes...', `et 3${NBSP}plus anciennes…`],
  ['web address kept', 'sur https://www.espace-citoyens.net/joinvillelepont?x=1 : ok', `sur https://www.espace-citoyens.net/joinvillelepont?x=1${NBSP}: ok`],
  ['e-mail address kept', 'écrivez à portailfamille@joinvillelepont.fr ; merci', `écrivez à portailfamille@joinvillelepont.fr${NNBSP}; merci`],
  ['clock time kept', 'à 10:30 !', `à 10:30${NNBSP}!`],
  ['a lone "?" (the help command) kept', '?', '?'],
];

test.each(cases)('%s', (_name, input, expected) => {
  expect(frenchTypography(input)).toBe(expected);
});

test.each(cases)('idempotent: %s', (_name, input) => {
  const once = frenchTypography(input);
  expect(frenchTypography(once)).toBe(once);
});

test('plainSpaces undoes the typography for matching', () => {
  expect(plainSpaces(frenchTypography('demande n° D-2026-000123 ?'))).toBe('demande n° D-2026-000123 ?');
});

test.each([
  [0, 'jour'],
  [1, 'jour'],
  [2, 'jours'],
  [33, 'jours'],
])('plural(%i) → %s', (count, word) => {
  expect(plural(count, 'jour', 'jours')).toBe(word);
});

test.each([
  ['Réservations de ', 'Inès', "Réservations d'"],
  ['Réservations de ', 'Hugo', "Réservations d'"],
  ['Réservations de ', 'Léa', 'Réservations de '],
  ['pendant le ', 'accueil', "pendant l'"],
  ['alors que ', 'Adam', "alors qu'"],
  ['le ', 'mardi 10 mars', 'le '],
  ['Monde ', 'Inès', 'Monde '],
])('elideBefore(%j, %j) → %j', (before, value, expected) => {
  expect(elideBefore(before, value)).toBe(expected);
});
