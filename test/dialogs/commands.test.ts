/** Yes and no as parents write them; a sentence with more in it is neither. */
import { yesNoOf } from '../../dialogs/commands';

test.each([
  ['oui', 'yes'],
  ['Oui !', 'yes'],
  ['ok c bon', 'yes'],
  ["ok c'est bon merci", 'yes'],
  ['parfait, merci', 'yes'],
  ['oui svp', 'yes'],
  ['ça marche', 'yes'],
  ['non', 'no'],
  ['non merci', 'no'],
  ['Non, pas la peine', 'no'],
  ['oui mais pour Hugo', undefined],
  ['non, plutôt jeudi', undefined],
  ['oui non', undefined],
  ['merci', undefined],
  ['peut-être', undefined],
])('%j → %s', (text, expected) => {
  expect(yesNoOf(text)).toBe(expected);
});
