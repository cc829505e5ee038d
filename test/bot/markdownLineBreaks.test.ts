import { withHardLineBreaks } from '../../src/bot/markdownLineBreaks';

test('single line breaks become Markdown hard breaks, paragraphs stay', () => {
  expect(withHardLineBreaks('Voici le résultat :\n• Inès, mercredi 11 mars : réservé\n\nAutre chose ?')).toBe(
    'Voici le résultat :  \n• Inès, mercredi 11 mars : réservé\n\nAutre chose ?',
  );
});
