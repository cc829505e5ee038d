/**
 * Folding of what phones produce into one canonical lower-case form: curly apostrophes,
 * accents, ligatures, emoji and punctuation. Every later step (dates, children,
 * intents) reads this form, so "Réservé", "reserve" and "RESERVE" look alike.
 */

const APOSTROPHES = /[\u2018\u2019\u201b\u02bc\u00b4`\u2032]/g;
const DIACRITICS = /\p{M}/gu;

/** Lower case without accents: "Éléonore" → "eleonore", "Noël" → "noel". */
export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(DIACRITICS, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
}

/**
 * Folds a whole message: accents and case removed, apostrophes made straight and
 * followed by a space ("jusqu'au" → "jusqu' au"), hyphens and punctuation turned into
 * spaces, emoji dropped. Slashes between digits are kept ("12/03").
 */
export function foldText(text: string): string {
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
