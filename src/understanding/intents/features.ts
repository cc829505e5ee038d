/**
 * Features of a prepared message for the intent classifier: French stems (nlp.js
 * Snowball stemmer) and stem bigrams, dates and children already masked as
 * "zdate" and "zenfant" so that the classifier learns the words around them.
 */
import { StemmerFr } from '@nlpjs/lang-fr';

const stemmer = new StemmerFr();
const cache = new Map<string, string>();

export function stem(token: string): string {
  let stemmed = cache.get(token);
  if (stemmed === undefined) {
    stemmed = token.startsWith('z') && (token === 'zdate' || token === 'zenfant') ? token : (stemmer.stemWord(token) as string);
    if (cache.size < 20_000) cache.set(token, stemmed);
  }
  return stemmed;
}

/** Unigram and bigram features of a masked, folded message. */
export function featuresOf(masked: string): string[] {
  const stems = masked
    .replace(/'/g, ' ')
    .split(' ')
    .filter((token) => token.length > 0)
    .map(stem);
  const features = [...stems];
  for (let i = 0; i + 1 < stems.length; i++) features.push(`${stems[i]}_${stems[i + 1]}`);
  features.push(`^${stems[0] ?? ''}`);
  return features;
}
