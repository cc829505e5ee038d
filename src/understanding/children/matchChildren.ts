/**
 * Finds which of the family's children a message names: accents, case and small typos
 * forgiven ("ines", "Elenore"), and the words that mean all of them ("mes enfants",
 * "les deux", "tous les deux", "les petits", "mes fils", "mon enfants" as some write it). "ma fille" and "mon fils" name no one:
 * the family list carries no sex.
 */
import { foldWord } from '../text/foldText';
import { editDistance } from '../text/editDistance';
import { isFrenchWord } from '../text/frenchDictionary';

const ALL_OF_THEM =
  /\b(?:ces\s+(?:deux|2|trois|3|quatre|4)\s+(?:enfants|petits)|(?:mes|les|nos|tous mes|toutes mes|ses|leurs|tous ses|tous leurs)\s+(?:(?:deux|2|trois|3|quatre|4)\s+)?(?:enfants|enfant|petits|petites|loulous|gamins|bambini|bouts de chou|gosses|momes|minots|marmots|bambins|petiots|zouzous|filles|garcons|jumeaux|jumelles|kids|cherubins|poussins)|(?:mes|nos|tous mes)\s+fils|mon\s+enfants|(?:ma|la|notre) (?:marmaille|tribu|fratrie)|mais\s+(?:(?:deux|2|trois|3|quatre|4)\s+)?(?:enfants|petits)|(?:des|aux)\s+(?:(?:deux|2|trois|3|quatre|4)\s+)?(?:enfants|petits|petites|loulous|gamins|bambins|bambini)|(?<!\b(?:a|ai|as|avons|avez|ont|pour|avec) )(?:des|aux)\s+(?:jumeaux|jumelles)|(?<=\b(?:garderie|centre|accueil|periscolaire|places?|reservations?|inscriptions?) )des\s+(?:deux|trois|quatre)(?!\s+(?:jours?|semaines?|fois|mois|premi\w*|derni\w*|prochain\w*)\b)|(?:tous|toutes)\s+(?:les\s+)?(?:deux|trois|quatre)|(?:les|mes|nos)\s+(?:deux|trois|quatre)(?!\s+(?:jours?|semaines?|fois|mois|premiers?|premieres?|derniers?|dernieres?|prochains?|prochaines?|courriels?|mails?|messages?|appels?|courriers?|lettres?|relances?|heures?|minutes?|ans|annees?|euros?|reprises?|factures?|dossiers?)\b)|(?:ces|ses)\s+(?:deux|trois|quatre)\s+la|(?:aucun|aucune)\s+des\s+(?:deux|trois|quatre)|ni l' un ni l' autre|ni l' une ni l' autre|toute la fratrie|le\s+(?:deux|2|trois|3)\s+enfants?|(?<!\b(?:bonjour|bjr|bonsoir|bsr|salut|slt|coucou|hello|merci|merci a|bonne journee a|bonne soiree a|bonne annee a) )(?<!\b(?:prix|tarifs?|pareil|meme chose) pour )(?<!\b(?:attendre|deranger|embeter|ennuyer|remercier|saluer) )tout le monde(?! (?:peut|peuvent|pourra|pourrait|voit|verra|sait|a|est|doit)\b))\b/;

/** "les trois petits", "mes deux enfants": all of them, counted. */
const COUNTED_ALL = /\b(?:mes|les|nos|ses|leurs|des|aux|tous mes|tous les)\s+(deux|trois|quatre)\s+(?:enfants|petits|petites|loulous|gamins|petits enfants|filles|garcons|jumeaux|jumelles)\b/;

/** True when the folded words say "all the children" ("mes enfants", "les deux", "les petits"). */
export function namesAllChildren(tokens: readonly string[]): boolean {
  return ALL_OF_THEM.test(normalizeChildCounts(tokens).join(' '));
}

/** A count of children in words, by its number ("les 3" is "les trois"). */
export const COUNT_WORDS: Readonly<Record<string, string>> = { '2': 'deux', '3': 'trois', '4': 'quatre' };
const COUNT_VALUES: Readonly<Record<string, number>> = { deux: 2, trois: 3, quatre: 4 };
const COUNT_HEADS = new Set(['les', 'mes', 'nos', 'tous', 'toutes']);
/** "des 3 enfants", "aux 2 petits": a count only when a word for children follows. */
const CHILD_NOUN_HEADS = new Set(['des', 'aux']);
const CHILD_NOUNS = new Set(['enfants', 'petits', 'loulous', 'gamins']);
const SERVICE_WORDS = new Set(['garderie', 'centre', 'accueil', 'periscolaire', 'etude', 'cantine']);
const MONTH_WORDS = new Set(['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre']);
/** Words after a number that make it a quantity, not the children: "les 2 premiers jours". */
const UNITS = /^(?:jours?|semaines?|fois|mois|ans?|heures?|h|premiers?|premieres?|derniers?|dernieres?|prochains?|prochaines?|euros?|minutes?|min|places?|personnes?)$/;

/**
 * "les 3", "tous les 3", "mes 2 enfants" count the children: the digit is written as a
 * word ("les trois") so that the date grammar does not read a day of the month in it,
 * unless a date goes on after it ("les 3 et 4 mars", "les 2, 3 mars", "les 3 décembre").
 */
export function normalizeChildCounts(tokens: readonly string[]): string[] {
  return tokens.map((token, i) => {
    const word = COUNT_WORDS[token];
    if (!word) return token;
    const next = tokens[i + 1] ?? '';
    if (CHILD_NOUN_HEADS.has(tokens[i - 1] ?? '') && CHILD_NOUNS.has(next)) return word;
    // "annule la garderie des 2 du 22 au 26 mai": the children of the service named just before.
    if (tokens[i - 1] === 'des' && SERVICE_WORDS.has(tokens[i - 2] ?? '') && !/^\d/.test(next) && !MONTH_WORDS.has(next) && !UNITS.test(next) && !['et', 'ou', 'a', 'au'].includes(next)) return word;
    // "c'est moi qui m'occupe des deux": the children one takes care of.
    if (tokens[i - 1] === 'des' && /^occup(?:e|er|erai|era|ons|ent)$/.test(tokens[i - 2] ?? '') && !/^\d/.test(next) && !MONTH_WORDS.has(next) && !UNITS.test(next)) return word;
    if (!COUNT_HEADS.has(tokens[i - 1] ?? '')) return token;
    const after = tokens[i + 2] ?? '';
    const dateGoesOn =
      /^\d/.test(next) || MONTH_WORDS.has(next) || (['et', 'ou', 'au', 'a'].includes(next) && /^\d/.test(after));
    return dateGoesOn || UNITS.test(next) ? token : word;
  });
}

/** Words that look like short names but are French words, never read as a child. */
const COMMON_WORDS = new Set(['les', 'lea', 'des', 'mes', 'ses', 'leo', 'une', 'mai', 'noel', 'jade', 'rose', 'marin', 'lune']);

/** Two-letter French words, never initials: "ma fille" is no Marie-Ange. */
const SHORT_FRENCH_WORDS = /^(?:ma|me|mo|sa|se|ta|te|la|le|de|ce|et|ou|un|je|il|tu|on|en|au|du|es|si|ni|ne|va|vu|lu|eu|y|a)$/;

/** "Ibra" for Ibrahim, "Alex" for Alexandre: the first letters of one child's name only, no French word. */
function isShortened(word: string, name: string, names: readonly string[]): boolean {
  if (word.length < 4 || name.length < word.length + 2 || !name.startsWith(word) || COMMON_WORDS.has(word) || isFrenchWord(word)) return false;
  return names.filter((other) => other.startsWith(word)).length === 1;
}

/**
 * "Bao" for Quoc-Bao, "Oanh" for Kieu-Oanh: one part of one child's compound name, as the family calls the child.
 * (Not a French word: "Ange" of Marie-Ange is an angel; not a part two children share.)
 */
function isPartOfCompound(word: string, parts: readonly string[], family: readonly { parts: readonly string[] }[]): boolean {
  if (parts.length < 2 || word.length < 3 || !parts.includes(word) || COMMON_WORDS.has(word) || SHORT_FRENCH_WORDS.test(word) || isFrenchWord(word)) return false;
  return family.filter((child) => child.parts.includes(word) || child.parts.join('') === word).length === 1;
}

/** A name as it sounds, for short names spelled by ear ("kayo" for Kaio, "Anna" for Ana, "Raphael" for Rafael, "Thomas" for Toma). */
const soundsAlike = (word: string) => word.replace(/ph/g, 'f').replace(/th/g, 't').replace(/y/g, 'i').replace(/k/g, 'c').replace(/(\p{L})\1/gu, '$1').replace(/(?<=\p{L}{3})s$/u, '');

/** The edit distance forgiven for a name of this length. */
function tolerance(name: string): number {
  return name.length >= 8 ? 2 : name.length >= 5 ? 1 : 0;
}

export interface ChildrenMatch {
  children: string[];
  /** Token positions of the folded text that are children's names. */
  nameTokens: Set<number>;
  /** The child each name token stands for (a token close to two names stands for the first). */
  nameAt: Map<number, string>;
}

/**
 * The children named in `tokens` (folded words of the message), with the spelling of
 * `family`, in the family's order.
 */
/** Words around a name that speak to the child rather than of it ("attends Selasi, arrête"). */
const VOCATIVE_BEFORE = /^(?:attends|attend|oh|eh|he|hey|ah|non)$/;
const VOCATIVE_AFTER = /^(?:arrete|arretes|tais|chut|lache|stop|descends|pose|range|viens|ecoute)$/;
/** "non Guérin tu poses ça tout de suite": the child told what to do, « tu » and the verb. */
const VOCATIVE_TOLD = /^(?:arretes|laches|descends|poses|ranges|viens|ecoutes|touches|fais|lances|tapes|montes|sors)$/;

/** `hyphenatedOnly`: words the message writes only inside a hyphenated word ("Hô-Chi-Minh-Ville"), never one part of a child's name. */
export function matchChildren(raw: readonly string[], family: readonly string[], hyphenatedOnly: ReadonlySet<string> = new Set()): ChildrenMatch {
  const tokens = normalizeChildCounts(raw);
  const named = new Set<string>();
  const nameTokens = new Set<number>();
  const nameAt = new Map<number, string>();
  const folded = family.map((name) => {
    const parts = foldWord(name).split(/[\s-]+/);
    return { name, parts, sound: soundsAlike(parts.join('')) };
  });
  const targets = folded.map((child) => child.parts.join(''));
  tokens.forEach((token, index) => {
    const bare = token.replace(/'$/, '');
    for (const child of folded) {
      if (child.parts.length > 1 && tokens.slice(index, index + child.parts.length).join(' ') === child.parts.join(' ')) {
        named.add(child.name);
        for (let k = 0; k < child.parts.length; k++) {
          nameTokens.add(index + k);
          if (!nameAt.has(index + k)) nameAt.set(index + k, child.name);
        }
        continue;
      }
      const target = child.parts.join('');
      // "JB" for Jean-Baptiste, "SL" for Sara-Lou: initials of a compound name.
      // ("ma fille" is no Marie-Ange: initials that are a French word are that word.)
      if (child.parts.length > 1 && bare === child.parts.map((part) => part[0]).join('') && !SHORT_FRENCH_WORDS.test(bare) && !isFrenchWord(bare)) {
        named.add(child.name);
        nameTokens.add(index);
        if (!nameAt.has(index)) nameAt.set(index, child.name);
        continue;
      }
      const exact = bare === target;
      const candidate = !exact && !COMMON_WORDS.has(bare) && bare.length >= 4;
      const distance = candidate ? editDistance(bare, target, tolerance(target)) : Infinity;
      const close =
        candidate &&
        // ("je tenais à vous adresser…" is no Lénaïs: a French word a letter away from a name, from its first letter on, is that word.)
        // ("son papa l'emmène" is no Emmeline: a French word two letters away from a name is that word.)
        ((distance <= tolerance(target) && (bare[0] === target[0] || !isFrenchWord(bare)) && (distance < 2 || !isFrenchWord(bare))) ||
          (Math.abs(bare.length - target.length) <= 3 && soundsAlike(bare) === child.sound && !isFrenchWord(bare)));
      if (exact || close || (!hyphenatedOnly.has(bare) && (isShortened(bare, target, targets) || isPartOfCompound(bare, child.parts, folded)))) {
        named.add(child.name);
        nameTokens.add(index);
        if (!nameAt.has(index)) nameAt.set(index, child.name);
      }
    }
  });
  // "non mais attends Selasi arrête de crier", "non Guérin tu poses ça", dictated: a child spoken to in the room is no child asked about.
  for (const index of [...nameTokens]) {
    const before = tokens[index - 1] ?? '';
    const after = tokens[index + 1] ?? '';
    const told = after === 'tu' && VOCATIVE_TOLD.test(tokens[index + 2] ?? '');
    // (« non » alone before a name is a correction, « non Hugo plutôt »: only with the child told what to do.)
    if (!VOCATIVE_BEFORE.test(before) || !(told || (before !== 'non' && VOCATIVE_AFTER.test(after)))) continue;
    nameTokens.delete(index);
    const name = nameAt.get(index);
    nameAt.delete(index);
    if (name && ![...nameAt.values()].includes(name)) named.delete(name);
  }
  // "les trois petits sont au centre, Paul a appris le vélo…": all of them counted beside one named in the story.
  const counted = COUNTED_ALL.exec(tokens.join(' '));
  if (counted && COUNT_VALUES[counted[1]] === family.length) return { children: [...family], nameTokens, nameAt };
  // ("les deux petits… non, les trois, pardon": the count said again, after a correction; "les 4 au centre …, on bosse tous
  // les 2" counts the children first.)
  const words = tokens.join(' ');
  let all = named.size === 0 ? ALL_OF_THEM.exec(words) : null;
  const afterCount = all ? words.slice(all.index + all[0].length) : '';
  const correction = all ? /\b(?:non|pardon|plutot|enfin)\b/.exec(afterCount) : null;
  if (correction) all = ALL_OF_THEM.exec(afterCount.slice(correction.index)) ?? all;
  if (all) {
    // "les deux grands" in a family of three: two of them, not all; no one is named and the dialog asks which.
    const count = /\b(deux|trois|quatre)\b/.exec(all[0]);
    if (count && COUNT_VALUES[count[1]] < family.length) return { children: [], nameTokens, nameAt };
    return { children: [...family], nameTokens, nameAt };
  }
  // "Anahid jeudi… et son frère aussi" in a family of two: the other child too (with three, the dialog asks which).
  // ("Soann pas à garderie, je prends lui et sa sœur, annuler pour les deux": both.)
  if (family.length === 2 && named.size === 1 && (SIBLING_TOO.test(tokens.join(' ')) || BOTH_OF_TWO.test(tokens.join(' ')))) return { children: [...family], nameTokens, nameAt };
  return { children: family.filter((name) => named.has(name)), nameTokens, nameAt };
}

/** "pour les deux", "tous les deux", "lui et sa sœur": in a family of two, beside one child named, both. */
const BOTH_OF_TWO = /\b(?:pour|tous|toutes) les deux\b(?! (?:jours?|sem\w*|fois|mois|premi\w*|derni\w*|prochain\w*)\b)|\b(?:lui|elle) et (?:son|sa) (?:petit |petite |grand |grande )?(?:frere|soeur)\b/;

/** "et son frère aussi", "ainsi que sa petite sœur": the named child's sibling joins the request. */
const SIBLING_TOO = /\b(?:et|ainsi que) (?:son|sa) (?:petit |petite |grand |grande )?(?:frere|soeur)(?: (?:aussi|egalement|pareil|idem)\b|\s*$| (?:s' il|svp|merci|euh|voila)\b)/;
