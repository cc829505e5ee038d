/** French words of the calendar, folded (no accents), as the date grammar reads them. */

export const WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'] as const;

export const MONTHS = [
  'janvier',
  'fevrier',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'aout',
  'septembre',
  'octobre',
  'novembre',
  'decembre',
] as const;

/** ISO weekday (1 = Monday) of a folded weekday name, singular or plural. */
export function weekdayNumber(word: string): number {
  const index = WEEKDAYS.indexOf(word.replace(/s$/, '') as (typeof WEEKDAYS)[number]);
  if (index < 0) throw new Error(`Not a weekday: ${word}`);
  return index + 1;
}

/** Month number (1–12) of a folded month name. */
export function monthNumber(word: string): number {
  const index = MONTHS.indexOf(word as (typeof MONTHS)[number]);
  if (index < 0) throw new Error(`Not a month: ${word}`);
  return index + 1;
}

/** Ordinal words and abbreviations ("2e", "deuxieme", "derniere") → rank, −1 for the last. */
export function ordinalRank(word: string): number {
  const ranks: Record<string, number> = {
    premiere: 1, '1ere': 1, '1re': 1, '1er': 1, '1e': 1, premier: 1,
    deuxieme: 2, '2eme': 2, '2e': 2, '2nde': 2, seconde: 2, second: 2,
    troisieme: 3, '3eme': 3, '3e': 3,
    quatrieme: 4, '4eme': 4, '4e': 4,
    cinquieme: 5, '5eme': 5, '5e': 5,
    derniere: -1, dernier: -1,
  };
  return ranks[word] ?? 1;
}

/** Words the spelling corrector must know, so that typos of them are mended. */
export const CALENDAR_WORDS: readonly string[] = [
  ...WEEKDAYS,
  ...WEEKDAYS.map((day) => `${day}s`),
  ...MONTHS,
  'demain', 'hier', 'aujourd', 'semaine', 'prochaine', 'prochain', 'dernier', 'derniere',
  'vacances', 'toussaint', 'noel', 'hiver', 'printemps', 'paques', 'automne', 'grandes',
  'jusqu', 'partir', 'matin', 'soir', 'apres', 'avant', 'premier', 'premiere', 'deuxieme', 'troisieme',
];
