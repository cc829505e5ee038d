/**
 * The words of French (about 320,000 folded forms, from the MIT-licensed
 * `an-array-of-french-words`), so that the spelling corrector mends only what is not
 * French: "anuler" becomes "annuler", but "tellement", "internet" or "trottinette" stay
 * as written instead of turning into the nearest word the training sentences know
 * ("réglement", "interdit"). Loaded once, on first use.
 */
import { foldWord } from './foldText';

let words: ReadonlySet<string> | undefined;

/** True when `folded` (lower case, no accents) is a French word form. */
export function isFrenchWord(folded: string): boolean {
  words ??= load();
  return words.has(folded);
}

function load(): ReadonlySet<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const list = require('an-array-of-french-words') as string[];
  const set = new Set<string>();
  // The corrector looks up words of five letters and more; four-letter ones tell a short name from a word ("char" is no Charlotte).
  for (const word of list) if (word.length >= 4 && !/[\s'-]/.test(word)) set.add(foldWord(word));
  return set;
}
