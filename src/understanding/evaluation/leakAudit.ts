/**
 * Leaks between the training sentences and the evaluation sets, and between evaluation
 * sets: a sentence measured on must never have been learnt, nor counted twice.
 *
 * Sentences are compared in a normal form: folded (case, accents, punctuation), the
 * children's names of their family masked as "zenfant" (the training family's too). Two
 * sentences leak when their normal forms are equal, or near: at most one word apart
 * when both have at least five words, at most two words apart from ten words on. Short
 * sentences count only when equal ("annuler zenfant mardi" and "annuler zenfant jeudi"
 * are the same request shape, not the same sentence).
 */
import { foldText } from '../text/foldText';
import { TRAINING_FAMILY } from '../intents/trainingData';

export interface AuditedSentence {
  /** Where it comes from: "training:reserve.txt:12", "eval:holdout-2.jsonl:own-014". */
  source: string;
  text: string;
  /** The family's children, masked in the normal form. */
  children?: readonly string[];
}

export interface Leak {
  left: AuditedSentence;
  right: AuditedSentence;
  kind: 'exact' | 'near';
}

/** The normal form of a sentence, as words. */
export function normalWords(text: string, children: readonly string[] = []): string[] {
  const names = new Set([...children, ...TRAINING_FAMILY].flatMap((name) => foldText(name).split(' ')).filter(Boolean));
  return foldText(text)
    .replace(/'/g, ' ')
    .split(' ')
    .filter(Boolean)
    .map((word) => (names.has(word) ? 'zenfant' : word));
}

/** Word-level edit distance, stopping early past `max`. */
function wordDistance(a: readonly string[], b: readonly string[], max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length];
}

/** How far apart two normal forms may be and still leak (see the file comment). */
function allowedDistance(a: readonly string[], b: readonly string[]): number {
  const shorter = Math.min(a.length, b.length);
  if (shorter >= 10) return 2;
  if (shorter >= 5) return 1;
  return 0;
}

interface Prepared {
  sentence: AuditedSentence;
  words: string[];
  key: string;
}

const prepare = (sentence: AuditedSentence): Prepared => {
  const words = normalWords(sentence.text, sentence.children);
  return { sentence, words, key: words.join(' ') };
};

/**
 * Every leak between a sentence of `left` and one of `right` (pass the same array twice
 * to find repeats inside one set: a sentence is then not compared with itself).
 */
export function findLeaks(left: readonly AuditedSentence[], right: readonly AuditedSentence[]): Leak[] {
  const same = left === right;
  const a = left.map(prepare);
  const b = same ? a : right.map(prepare);
  const leaks: Leak[] = [];
  // Bucket by length: near forms differ by at most two words.
  const byLength = new Map<number, Prepared[]>();
  for (const p of b) {
    const bucket = byLength.get(p.words.length) ?? [];
    bucket.push(p);
    byLength.set(p.words.length, bucket);
  }
  a.forEach((p, i) => {
    for (let length = p.words.length - 2; length <= p.words.length + 2; length++) {
      for (const q of byLength.get(length) ?? []) {
        if (same && b.indexOf(q) <= i) continue;
        if (p.key === q.key) {
          leaks.push({ left: p.sentence, right: q.sentence, kind: 'exact' });
          continue;
        }
        const max = allowedDistance(p.words, q.words);
        if (max > 0 && wordDistance(p.words, q.words, max) <= max) leaks.push({ left: p.sentence, right: q.sentence, kind: 'near' });
      }
    }
  });
  return leaks;
}
