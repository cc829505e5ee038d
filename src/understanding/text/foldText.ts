/**
 * Folding of what phones produce into one canonical lower-case form: curly apostrophes,
 * accents, ligatures, emoji and punctuation. Every later step (dates, children,
 * intents) reads this form, so "Réservé", "reserve" and "RESERVE" look alike.
 */

const APOSTROPHES = /[\u2018\u2019\u201b\u02bc\u00b4`\u2032]/g;
const DIACRITICS = /\p{M}/gu;
const PLAIN_ASCII = /^[\x00-\x7f]*$/;

/** Lower case without accents: "Éléonore" → "eleonore", "Noël" → "noel", "Çınar" → "cinar". */
export function foldWord(word: string): string {
  // Lower case first: "İ" lowers to "i" and a dot that the accents' removal then drops.
  const lower = word.toLowerCase();
  // Plain ASCII has no accent to remove (most words and messages).
  if (PLAIN_ASCII.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(DIACRITICS, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    // Letters with no accent to remove (Turkish "ı", Polish "ł", Nordic "ø", German "ß").
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/đ/g, 'd')
    .replace(/ß/g, 'ss');
}

/**
 * Speed: a long message is folded again and again as it is read (whole, by sentence, by
 * piece and clause, and each piece once per test on it); the foldings of the last texts are
 * kept, a few thousand at most (folding depends on nothing but the text).
 */
const FOLDED = new Map<string, string>();
const FOLDED_KEPT = 2000;

/**
 * Folds a whole message: accents and case removed, apostrophes made straight and
 * followed by a space ("jusqu'au" → "jusqu' au"), hyphens and punctuation turned into
 * spaces, emoji dropped. Slashes between digits are kept ("12/03").
 */
export function foldText(text: string): string {
  const known = FOLDED.get(text);
  if (known !== undefined) return known;
  const folded = foldUncached(text);
  if (FOLDED.size >= FOLDED_KEPT) FOLDED.clear();
  FOLDED.set(text, folded);
  return folded;
}

function foldUncached(text: string): string {
  return foldWord(text.replace(APOSTROPHES, "'"))
    .replace(/(\d)[.-](\d)/g, '$1/$2')
    .replace(/'/g, "' ")
    .replace(/[^a-z0-9'/ ]+/g, ' ')
    // Letters drawn out on phones: "merciii", "ouiii" (no French word triples a letter).
    .replace(/([a-z])\1{2,}/g, '$1')
    .replace(/(^|\s)'\s/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
