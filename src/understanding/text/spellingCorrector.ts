/**
 * Corrects typing slips against a known vocabulary (training sentences plus the date
 * lexicon): "inscire" → "inscrire", "mecredi" → "mercredi". Short words are never
 * touched, so that "mai", "les" or "lea" are not turned into one another.
 */
import { editDistance } from './editDistance';

export class SpellingCorrector {
  private readonly known = new Map<string, number>();
  private readonly byLength = new Map<number, { word: string; letters: Uint8Array }[]>();
  private readonly cache = new Map<string, string>();

  /**
   * `words` may repeat: frequency breaks ties between equally close candidates.
   * `isWord`: words of the language, left as they are even when no sentence holds them.
   */
  constructor(words: Iterable<string>, private readonly isWord: (word: string) => boolean = () => false) {
    for (const word of words) this.known.set(word, (this.known.get(word) ?? 0) + 1);
    for (const word of this.known.keys()) {
      const list = this.byLength.get(word.length) ?? [];
      list.push({ word, letters: letterCounts(word) });
      this.byLength.set(word.length, list);
    }
  }

  isKnown(word: string): boolean {
    return this.known.has(word);
  }

  /** The closest known word within the allowed distance, or `word` itself. */
  correct(word: string): string {
    if (this.known.has(word) || !/^[a-z]+$/.test(word)) return word;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    if (word.length >= 5 && this.isWord(word)) {
      if (this.cache.size < 10_000) this.cache.set(word, word);
      return word;
    }
    const max = word.length >= 8 ? 2 : word.length >= 5 ? 1 : 0;
    let best = word;
    let bestDistance = max + 1;
    let bestFrequency = 0;
    const letters = letterCounts(word);
    for (let length = word.length - max; length <= word.length + max; length++) {
      for (const { word: candidate, letters: candidateLetters } of this.byLength.get(length) ?? []) {
        if (candidate.length < 4 || letterDistance(letters, candidateLetters) > max) continue;
        const distance = editDistance(word, candidate, max);
        const frequency = this.known.get(candidate) ?? 0;
        if (distance < bestDistance || (distance === bestDistance && distance <= max && frequency > bestFrequency)) {
          best = candidate;
          bestDistance = distance;
          bestFrequency = frequency;
        }
      }
    }
    const result = bestDistance <= max ? best : word;
    if (this.cache.size < 10_000) this.cache.set(word, result);
    return result;
  }
}

/** How many times each letter a–z occurs in `word` (any other character in a 27th count). */
function letterCounts(word: string): Uint8Array {
  const counts = new Uint8Array(27);
  for (let i = 0; i < word.length; i++) {
    const letter = word.charCodeAt(i) - 97;
    counts[letter >= 0 && letter < 26 ? letter : 26]++;
  }
  return counts;
}

/**
 * The letters one word has more of than the other, on the side that has most: never more
 * than the edit distance (a slip changes at most one letter on each side, a swap none), so
 * a candidate farther than the allowed distance is skipped without aligning it.
 */
function letterDistance(a: Uint8Array, b: Uint8Array): number {
  let more = 0;
  let fewer = 0;
  for (let i = 0; i < 27; i++) {
    const difference = a[i] - b[i];
    if (difference > 0) more += difference;
    else fewer -= difference;
  }
  return Math.max(more, fewer);
}
