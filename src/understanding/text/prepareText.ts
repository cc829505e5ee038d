/**
 * The shared front end of understanding: folding, SMS spellings, children's names
 * found (and protected from spelling correction), then typing slips mended.
 */
import { matchChildren, normalizeChildCounts } from '../children/matchChildren';
import { foldText } from './foldText';
import { SMS_EXPANSIONS, SMS_SYMBOLS } from './smsLexicon';
import type { SpellingCorrector } from './spellingCorrector';

export interface PreparedText {
  /** Folded, SMS-expanded, spelling-corrected text with children's names replaced by "zenfant". */
  text: string;
  children: string[];
}

/** Folds `raw` and expands SMS spellings into full words. */
export function foldAndExpand(raw: string): string[] {
  const spelled = SMS_SYMBOLS.reduce((text, [pattern, words]) => text.replace(pattern, words), raw);
  return foldText(spelled)
    .split(' ')
    .filter(Boolean)
    .flatMap((token) => (SMS_EXPANSIONS[token] ?? token).split(' '));
}

/** Prepares a message for the date grammar and the intent classifier. */
export function prepareText(raw: string, family: readonly string[], speller: SpellingCorrector): PreparedText {
  const tokens = normalizeChildCounts(foldAndExpand(raw));
  const { children, nameTokens } = matchChildren(tokens, family);
  const text = tokens
    .map((token, index) => (nameTokens.has(index) ? 'zenfant' : speller.correct(token)))
    .join(' ');
  // "le premier avril" is the 1st: the date grammar reads digits.
  return { text: text.replace(/\bpremier (?=(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b)/g, '1 '), children };
}
