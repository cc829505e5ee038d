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

interface IndexedSet {
  prepared: Prepared[];
  /** Each normal form, with the positions of the sentences that have it. */
  byKey: Map<string, number[]>;
  /** Each pair of successive words, with the positions of the sentences holding it. */
  byPair: Map<string, number[]>;
}

const add = (index: Map<string, number[]>, key: string, position: number) => {
  const positions = index.get(key);
  if (!positions) index.set(key, [position]);
  else if (positions[positions.length - 1] !== position) positions.push(position);
};

/** Sets are indexed once: the audit compares each against many others. */
const indexedSets = new WeakMap<readonly AuditedSentence[], IndexedSet>();

function indexed(sentences: readonly AuditedSentence[]): IndexedSet {
  const known = indexedSets.get(sentences);
  if (known) return known;
  const set: IndexedSet = { prepared: sentences.map(prepare), byKey: new Map(), byPair: new Map() };
  set.prepared.forEach((p, position) => {
    add(set.byKey, p.key, position);
    for (let i = 0; i + 1 < p.words.length; i++) add(set.byPair, `${p.words[i]} ${p.words[i + 1]}`, position);
  });
  indexedSets.set(sentences, set);
  return set;
}

/**
 * The sentences of `set` that may be a copy of `p`. A form at most d words away from
 * `p` keeps, untouched, one of d + 1 consecutive pieces of `p` (d changes touch at most d
 * pieces), so it holds the first two words of that piece: only those sentences are
 * compared word by word. Sentences too short to be near copies can only be equal.
 */
function candidates(p: Prepared, set: IndexedSet): number[] {
  const depth = allowedDistance(p.words, p.words);
  if (depth === 0) return set.byKey.get(p.key) ?? [];
  const found = new Set<number>();
  for (let piece = 0; piece <= depth; piece++) {
    const start = Math.floor((piece * p.words.length) / (depth + 1));
    for (const position of set.byPair.get(`${p.words[start]} ${p.words[start + 1]}`) ?? []) found.add(position);
  }
  return [...found].sort((x, y) => x - y);
}

/**
 * Every leak between a sentence of `left` and one of `right` (pass the same array twice
 * to find repeats inside one set: a sentence is then not compared with itself).
 */
export function findLeaks(left: readonly AuditedSentence[], right: readonly AuditedSentence[]): Leak[] {
  const same = left === right;
  const a = indexed(left).prepared;
  const b = indexed(right);
  const leaks: Leak[] = [];
  a.forEach((p, i) => {
    for (const position of candidates(p, b)) {
      if (same && position <= i) continue;
      const q = b.prepared[position];
      if (p.key === q.key) {
        leaks.push({ left: p.sentence, right: q.sentence, kind: 'exact' });
        continue;
      }
      const max = allowedDistance(p.words, q.words);
      if (max > 0 && wordDistance(p.words, q.words, max) <= max) leaks.push({ left: p.sentence, right: q.sentence, kind: 'near' });
    }
  });
  return leaks;
}
