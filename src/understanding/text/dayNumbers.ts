/**
 * Days of the month written in words, as voice dictation and careful writers do:
 * "le mercredi douze mai", "lundi vingt-six septembre", "le premier juin", "du trois au
 * sept mars". They become digits where a date is certain: before a month name, after a
 * weekday, or after "le", "du", "au" when a month or another day number follows.
 * "Les deux", "deux semaines" and "dans quinze jours" are left alone.
 */
const UNITS: Record<string, number> = {
  un: 1, une: 1, premier: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9,
  dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
};
const MONTHS = /^(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)$/;
const WEEKDAYS = /^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?$/;

/** The number spelt by the words at `i` ("vingt et un", "dix sept", "trente"), and how many words it takes. */
function numberAt(tokens: readonly string[], i: number): { value: number; length: number } | undefined {
  const word = tokens[i];
  if (word in UNITS) {
    if (word === 'dix' && ['sept', 'huit', 'neuf'].includes(tokens[i + 1])) return { value: 10 + UNITS[tokens[i + 1]], length: 2 };
    return { value: UNITS[word], length: 1 };
  }
  // ("le vin neuf septembre", "mercredi vin janvier", "vendredi vin trois": dictation writes « vingt » as it sounds, right
  // before a month or after a weekday.)
  const misheardTwenty = (word === 'vin' || word === 'vain') && (MONTHS.test(tokens[i + 1] ?? '') || (tokens[i + 1] in UNITS && MONTHS.test(tokens[i + 2] ?? '')) || (WEEKDAYS.test(tokens[i - 1] ?? '') && tokens[i + 1] in UNITS && UNITS[tokens[i + 1]] <= 9));
  const tens = word === 'vingt' || misheardTwenty ? 20 : word === 'trente' ? 30 : undefined;
  if (tens === undefined) return undefined;
  if (tokens[i + 1] === 'et' && (tokens[i + 2] === 'un' || tokens[i + 2] === 'une')) return { value: tens + 1, length: 3 };
  const unit = tokens[i + 1];
  if (unit && unit in UNITS && UNITS[unit] <= 9 && unit !== 'premier') return { value: tens + UNITS[unit], length: 2 };
  return { value: tens, length: 1 };
}

const LIST_GLUE = /^(?:et|le|ou)$/;
/** What may follow a day number that ends its clause ("absent le douze, merci"; "le douze au matin"). */
const CLAUSE_AFTER_DAY = /^(?:euh|mais|car|parce|donc|merci|svp|stp|il|elle|ils|elles|je|j|on|nous|au|matin|soir|aussi|inclus|compris|dernier|prochain|s')$/;
const isDigitDay = (token: string | undefined) => token !== undefined && /^\d{1,2}(?:er)?$/.test(token) && Number.parseInt(token, 10) >= 1 && Number.parseInt(token, 10) <= 31;

/**
 * Positions of day numbers in words that a list leads to a month: "le premier, le deux
 * et le trois juin", "les vingt-six vingt-sept et vingt-huit avril" (each number in the
 * list, whatever comes between them: nothing, "et", "le", "ou").
 */
function listedBeforeMonth(tokens: readonly string[]): Set<number> {
  const listed = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (!['le', 'les', 'du', 'au'].includes(tokens[i - 1] ?? '')) continue;
    const chain: { at: number; length: number }[] = [];
    let j = i;
    for (;;) {
      const number = numberAt(tokens, j);
      const length = number && number.value >= 1 && number.value <= 31 ? number.length : isDigitDay(tokens[j]) ? 1 : 0;
      if (length === 0) break;
      chain.push({ at: j, length });
      j += length;
      let glue = 0;
      while (glue < 2 && LIST_GLUE.test(tokens[j + glue] ?? '')) glue++;
      const following = j + glue;
      if (!(numberAt(tokens, following) || isDigitDay(tokens[following]))) break;
      j = following;
    }
    const end = chain[chain.length - 1];
    if (chain.length >= 2 && end && MONTHS.test(tokens[end.at + end.length] ?? '')) for (const { at } of chain) if (numberAt(tokens, at)) listed.add(at);
  }
  return listed;
}

/** Writes days of the month spelt in words as digits (folded tokens in, folded tokens out). */
export function dayNumbersAsDigits(tokens: readonly string[]): string[] {
  const out: string[] = [];
  const listed = listedBeforeMonth(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const number = numberAt(tokens, i);
    if (number && listed.has(i)) {
      out.push(String(number.value));
      i += number.length - 1;
      continue;
    }
    if (number && number.value >= 1 && number.value <= 31) {
      const before = out[out.length - 1] ?? '';
      const after = tokens[i + number.length] ?? '';
      // "le trois et le dix février": the next number may come with its own "le".
      const next = i + number.length + 1 + (tokens[i + number.length + 1] === 'le' ? 1 : 0);
      const nextNumber = numberAt(tokens, next);
      const dateAhead = MONTHS.test(after) || ((after === 'et' || after === 'au' || after === 'ou') && (nextNumber !== undefined || /^\d/.test(tokens[next] ?? '')));
      const dateBehind = WEEKDAYS.test(before) || ((before === 'le' || before === 'les' || before === 'du' || before === 'au') && dateAhead);
      const withDate = dateAhead && (dateBehind || MONTHS.test(after) || before === 'le' || before === 'du');
      // "il était absent le douze", "jusqu'au vingt, merci": a day number alone, at the end of a clause.
      const endsClause = (before === 'le' || before === 'du' || before === 'au') && !['un', 'une', 'premier'].includes(tokens[i]) && (after === '' || CLAUSE_AFTER_DAY.test(after));
      // ("vendredi un truc de dernière minute": "un" is an article, unless a month follows.)
      const afterWeekday = WEEKDAYS.test(before) && (!['un', 'une'].includes(tokens[i]) || MONTHS.test(after));
      // "le mercredi sept octobre et aussi le quatorze …": one more day of the list, its month said before.
      const addedDay = before === 'le' && ['aussi', 'et'].includes(out[out.length - 2] ?? '') && out.some((token) => MONTHS.test(token)) && !['un', 'une'].includes(tokens[i]);
      if (withDate || endsClause || afterWeekday || addedDay) {
        out.push(String(number.value));
        i += number.length - 1;
        continue;
      }
    }
    out.push(tokens[i]);
  }
  return out;
}
