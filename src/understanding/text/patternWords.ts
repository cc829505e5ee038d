/**
 * The word forms written in regular-expression sources ("reserv(?:er|ez)" gives
 * "reserver" and "reservez"), so that the spelling corrector knows every word a
 * lexicon looks for and never "corrects" one into another ("placer" into "place").
 */
export function wordsOfPatterns(sources: readonly string[]): string[] {
  const words = new Set<string>();
  for (const source of sources) {
    // A stem ("harcel\\w*", "annul\\w+") is no word: "harcel" known would turn "Marcel" into it.
    const plain = source.replace(/[a-z]+\\w[*+]/g, ' ').replace(/\\[bsw]/g, ' ');
    for (const match of plain.matchAll(/([a-z]+)\(\?:([a-z|]+)\)/g)) for (const ending of match[2].split('|')) words.add(match[1] + ending);
    for (const word of plain.replace(/[a-z]*\(\?:[a-z|]+\)/g, ' ').split(/[^a-z]+/)) words.add(word);
  }
  return [...words].filter((word) => word.length >= 4);
}
