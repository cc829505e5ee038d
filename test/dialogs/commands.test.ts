/** Yes and no as parents write them; a sentence with more in it is neither. */
import { commandOf, yesNoOf } from '../../dialogs/commands';

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
  ['ok merci bonne journée', 'yes'],
  ["c'est bien ça", 'yes'],
  ['oui, c’est bien cela, merci', 'yes'],
  ["c'est correct", 'yes'],
  ["c'est bien ça mais pour Hugo", undefined],
  ['non merci, bonne soirée', 'no'],
  // Yes and no of parents who write in another language.
  ['sim', 'yes'],
  ['si merci', 'yes'],
  ['não', 'no'],
  ['obrigada', undefined],
])('%j → %s', (text, expected) => {
  expect(yesNoOf(text)).toBe(expected);
});

test.each([
  ['merci, bonne journée', 'goodbye'],
  ['au revoir', 'goodbye'],
  ['Merci beaucoup et bonne soirée !', 'goodbye'],
  // A yes, then a goodbye: a goodbye only where a yes answers nothing (the dialogs decide).
  ['ok merci bonne journée', 'goodbyeAfterYes'],
  ["d'accord merci bonne soirée", 'goodbyeAfterYes'],
  ["d'accord merci", undefined],
  ['merci', undefined],
  // A question left unanswered: the request dropped.
  ['bon tant pis', 'cancel'],
  ["c'est pas grave", 'cancel'],
  ['tant pis, envoyez la demande', undefined],
])('%j is the command %s', (text, expected) => {
  expect(commandOf(text)).toBe(expected);
});
