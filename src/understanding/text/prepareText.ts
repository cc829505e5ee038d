/**
 * The shared front end of understanding: folding, SMS spellings, children's names
 * found (and protected from spelling correction), then typing slips mended.
 */
import { matchChildren, normalizeChildCounts } from '../children/matchChildren';
import { dayNumbersAsDigits } from './dayNumbers';
import { foldText } from './foldText';
import { FOREIGN_HINT, FOREIGN_PHRASES, SHORT_WEEKDAY_NAMES, SMS_EXPANSIONS, SMS_SYMBOLS } from './smsLexicon';
import type { SpellingCorrector } from './spellingCorrector';
import { guardedRewrites } from './patternGuard';

export interface PreparedText {
  /** Folded, SMS-expanded, spelling-corrected text with children's names replaced by "zenfant". */
  text: string;
  children: string[];
  /** The child each "zenfant" of `text` stands for, by word position. */
  nameAt: Map<number, string>;
}

/** Folds `raw` and expands SMS spellings into full words (not a child's name: "Sem reste à la garderie" is Sem). */
/** The rewrites of the lexicon, each skipped at once where its words are absent. */
const GUARDED_FOREIGN_PHRASES = guardedRewrites(FOREIGN_PHRASES);
const GUARDED_SMS_SYMBOLS = guardedRewrites(SMS_SYMBOLS);

export function foldAndExpand(raw: string, names: ReadonlySet<string> = NO_NAMES): string[] {
  const foreign = FOREIGN_HINT.test(raw) ? GUARDED_FOREIGN_PHRASES.reduce((text, [pattern, words]) => text.replace(pattern, words), raw) : raw;
  const spelled = GUARDED_SMS_SYMBOLS.reduce((text, [pattern, words]) => text.replace(pattern, words), foreign);
  return foldText(leavingForTheHolidays(fromThatDate(spelled)))
    .split(' ')
    .filter(Boolean)
    .flatMap((token, i, tokens) => (names.has(token) && !SPELLING_CONTEXT.test(`${tokens[i - 1] ?? ''} _ ${tokens[i + 1] ?? ''}`) ? token : (SMS_EXPANSIONS[token] ?? token)).split(' '));
}

const FROM_THAT_DATE = /(?<!\p{L})(?:à|a)\s+(?:compter|partir)\s+de\s+cette\s+date\b/iu;
const NAMED_DATE = /\b(?:(?:lundi|mardi|mercredi|jeudi|vendredi)\s+)?(?:\d{1,2}|1er)\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)(?!\p{L})/giu;

/** "Elle reprend le travail le lundi 18 janvier… tous les lundis à compter de cette date": from the date named before. */
function fromThatDate(text: string): string {
  if (!/cette\s+date/i.test(text)) return text;
  const that = FROM_THAT_DATE.exec(text);
  if (!that) return text;
  const named = [...text.slice(0, that.index).matchAll(NAMED_DATE)].pop();
  return named ? `${text.slice(0, that.index)}à partir du ${named[0]}${text.slice(that.index + that[0].length)}` : text;
}

const SAME_PERIOD = /(?<!\p{L})(?:pour|sur|durant|pendant)\s+(?:la\s+m[êe]me\s+p[ée]riode|les\s+m[êe]mes\s+(?:dates|semaines))(?!\p{L})/iu;
/** A period said with its end: "à partir de la rentrée du 8 mars et jusqu'aux vacances de printemps", "du 4 au 15 janvier". */
const PERIOD_SAID =
  /(?<!\p{L})(?:(?:(?:à|a)\s+(?:partir|compter)\s+d(?:e|u|es|['’])|dès|des|depuis)[^.!?;]*?)?(?:jusqu['’]\s*(?:à|a|au|aux|en)\s+[^.!?;,]+|du\s+\d{1,2}(?:er)?(?:\s+\p{L}+)?\s+au\s+\d{1,2}(?:er)?(?:\s+\p{L}+)?)/giu;

/**
 * Punctuation said aloud to a dictation ("mercredi et vendredi à la garderie virgule pas lundi … point"): the marks
 * themselves. ("à point", "au point", "point de vue" stay words.)
 */
export function spokenPunctuation(text: string): string {
  if (!/(?<!\p{L})(?:virgule|point)(?!\p{L})/iu.test(text)) return text;
  return text
    .replace(/\s*(?<!\p{L})point d['’ ]?interrogation(?!\p{L})/giu, ' ?')
    .replace(/\s*(?<!\p{L})virgule(?!\p{L})/giu, ',')
    .replace(/(?<!(?:^|\s)(?:à|a|au|le|un|ce|du|mon|ton|son|bon|mis|mise|faire|fait|sur|autre|dernier|premier|seul|gros|petit))(?:\s+|^)point(?!\p{L})(?:\s+(?:à|a) la ligne(?!\p{L}))?(?!\s+(?:de|d['’]|du|des|sur|fort|faible|noir|final|commun|mort)(?!\p{L}))/giu, '.');
}

/**
 * "les reporter sur la semaine suivante, celle du 31 mai": the week named again by its day is one week; "annuler la semaine du 5
 * octobre, et les reporter sur celle du 12": a week too (read before the message is cut at commas).
 */
export function weekNamedOnce(text: string): string {
  return text
    .replace(/(?<!\p{L})la semaine (?:suivante|d['’]apr[èe]s|prochaine|d['’]ensuite)\s*,?\s*celle (?=du \d)/giu, 'la semaine ')
    .replace(/(?<!\p{L})(semaine du \d[^.?!]{0,120}?[\s,])celle (?=du \d)/giu, '$1la semaine ');
}

/**
 * The end of a range said in one piece: "à partir du lundi 3 mai, et ce jusqu'au vendredi 14 inclusivement" (« et ce » glues
 * the end), "jusqu'aux vacances enfin les vacances d'hiver quoi" (the holidays named better end the range, they add no days).
 * Read before the message is cut at commas.
 */
export function rangeEndGlued(text: string): string {
  return text
    .replace(/\s*,?\s+et ce(?=\s+jusqu)/giu, '')
    .replace(/(?<!\p{L})inclusivement(?!\p{L})/giu, 'inclus')
    .replace(/(?<!\p{L})(jusqu['’] ?aux vacances)\s*,?\s+(?:euh\s+)?(?:enfin|je veux dire|c['’]est[- ]à[- ]dire|plutôt)\s*,?\s+(?:les\s+)?vacances(?=\s+(?:de|d['’]|du)\s*\p{L})/giu, '$1');
}

/** "annul eyad mercredi mé mettez le jeudi a la plac": « mé » is « mais » typed by ear (read before the message is cut at « mais »). */
export function typedByEar(text: string): string {
  return (
    text
      .replace(/(?<!\p{L})mé(?!\p{L})/gu, 'mais')
      // ("elle est bien au périsco ce soir là je suis en plein coup de feu": « là » said after « ce soir », not « ce soir-là ».)
      .replace(/(?<!\p{L})(ce soir|ce matin|cet apr[èe]s-midi) l[àa](?=\s+(?:je|j['’]|on|nous)(?!\p{L}))/giu, '$1')
      // "finalement Inès c'est pas jeudi c'est vendredi": one day said instead of another, « pas jeudi mais vendredi ».
      // ("mercredi au centre svp.. ah non c pas mercredi c jeudi": the message corrects itself, the day asked before is replaced.)
      .replace(DAY_SAID_INSTEAD, (said: string, day: string, offset: number, whole: string) =>
        whole.slice(0, offset).toLowerCase().includes(day.replace(/^(?:le|la) /i, '').toLowerCase()) ? said : `pas ${day} mais `,
      )
  );
}

const WEEKDAY_OR_DATE = String.raw`(?:(?:le |la )?(?:lundi|mardi|mercredi|jeudi|vendredi)(?: \d{1,2})?|(?:le )?\d{1,2}(?: (?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre))?)`;
const DAY_SAID_INSTEAD = new RegExp(String.raw`\b(?:c['’] ?est|c|cest|ce n['’]est) pas (${WEEKDAY_OR_DATE}),? (?:c['’] ?est|c|cest|mais) (?=${WEEKDAY_OR_DATE}\b)`, 'giu');

/** "… la mettre le mercredi 25 voilà c'est tout merci bonne journée": a sign-off dictated after the request, without a stop. */
const DICTATED_SIGN_OFF = /(?<=\p{L}|\d)\s+(?:(?:voil[àa]|et voil[àa])\s+)?(?:c'est tout\s+|c’est tout\s+)?merci(?:\s+(?:beaucoup|bien|d'avance|d’avance))?(?:\s+(?:bonne (?:journée|soirée|fin de journée)|au revoir|à bientôt))?\s*$/iu;

/** The request without a sign-off dictated after it with no full stop (a message that is only thanks keeps them). */
export function withoutDictatedSignOff(text: string): string {
  const cut = text.replace(DICTATED_SIGN_OFF, '');
  return cut !== text && cut.trim().split(/\s+/).length >= 4 && !/[.!?;…]/.test(cut) ? cut : text;
}

const WEEKDAY_LIST = String.raw`(?:(?:le|les)\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi)s?(?:\s*(?:,|et|ni)?\s*(?:(?:le|les)\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi)s?)*`;
/** What follows the no to a weekday when it declines it: a reason, an end, not another day said instead. */
const DECLINED_REASON = String.raw`(?=\s*(?:$|c['’ ]?est (?:moi|bon|ma|mon|sa|son|leur)(?!\p{L})|(?:moi|je|jsuis|jla|jle|jles|on|nous|elle|il|ils|elles|ma|mon|sa|son|leur|merci|ça|ca)(?!\p{L})|j['’]|pas besoin))`;
// (Dictated without stops, after the service named: "… à l'accueil du soir le lundi non c'est bon ma belle-mère le prend".)
const DECLINED_WEEKDAYS = new RegExp(String.raw`([,.;!?]\s*|(?<=(?:soirs?|centre|garderie|accueil|p[ée]riscolaire|svp|stp|merci))\s+)(${WEEKDAY_LIST})\s+non(?!\p{L})\s*,?${DECLINED_REASON}`, 'giu');
/** Words of days asked: the declined weekdays must follow some. */
const DAYS_BEFORE = /(?<!\p{L})(?:lundi|mardi|mercredi|jeudi|vendredi|semaine|sem|demain|vacances|vacs?|mois|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|tous les jours|\d{1,2})(?!\p{L})/iu;
/** "…, le vendredi je suis de repos donc pas la peine": a weekday the parent is free, so not needed. */
const FREE_SO_NOT_NEEDED = new RegExp(String.raw`([,.;!?]\s*)(${WEEKDAY_LIST})(\s+(?:je suis|jsuis|j['’]suis|chui|je serai) (?:de repos|en repos|off|libre|en cong[ée]|là|la))\s*,?\s*(?:donc\s+)?(?:c['’ ]?est\s+)?pas (?:la peine|besoin|n[ée]cessaire)(?!\p{L})`, 'giu');
/** "…, le lundi je les garde", "mardi c bon jsuis de repos": a weekday the family keeps the child, after days asked. */
const KEPT_BY_FAMILY = new RegExp(String.raw`([,.;!?]\s*)(${WEEKDAY_LIST})(\s*,?\s*(?:(?:c['’ ]?est|c)\s+bon\s*,?\s*)?(?:(?:moi\s+)?je\s+(?:les?|la)\s+(?:garde|prends|r[ée]cup[èe]re)|j(?:les|la|le)\s+(?:garde|prends|r[ée]cup\p{L}*)|(?:je suis|jsuis|j['’]suis|chui)\s+(?:de repos|en repos|off|libre|en cong[ée])|on\s+(?:les?|la)\s+(?:garde|prend|r[ée]cup[èe]re)|nous\s+(?:les?|la)\s+(?:gardons|prenons|r[ée]cup[ée]rons)))(?!\p{L})(?!\s+(?:aussi|[ée]galement|en plus)(?!\p{L}))`, 'giu');

/** "la semaine prochaine Primel vient pas, seulement le mercredi il vient": the one weekday still attended, after days declined. */
const ONLY_ATTENDED = new RegExp(String.raw`([,.;!?]\s*)(?:seulement|juste|uniquement)\s+(${WEEKDAY_LIST})\s+(?:il|elle|ils|elles)\s+(?:vient|viennent|viendra|viendront|va|vont|ira|iront)(?!\p{L})`, 'giu');
/** The child's coming said no to: "vient pas", "ne viendra pas". */
const NOT_COMING_BEFORE = /(?<!\p{L})(?:(?:vient|viennent|viendra|viendront|va|vont|ira|iront)\s+pas|ne\s+(?:vient|viennent|viendra|viendront|va|vont|ira|iront)\s+pas)(?!\p{L})/iu;

/** A cancellation asked before: "annule lundi et mardi. le mercredi je la garde" keeps Wednesday at home too. */
const CANCELLED_BEFORE = /(?<!\p{L})(?:annul|enl[èe]v|retir|supprim|d[ée]sinscri|d[ée]command)\p{L}*/iu;

/**
 * "Garderie lundi, mardi et jeudi. Vendredi non, c'est moi je viens", "du mardi au vendredi, le lundi non c'est bon ma
 * belle-mère le prend", "…, le vendredi je suis de repos donc pas la peine", "… Le lundi je les garde": weekdays declined
 * after the request are left out of it (« sauf »), not cancelled (read before the message is cut at its stops, which the
 * prepared text loses). So is the one weekday still attended after days declined ("vient pas, seulement le mercredi il vient").
 * ("jeudi non, vendredi" and "mardi non c'est jeudi" say another day instead: left as they are.)
 */
export function weekdaysDeclined(text: string): string {
  if (!/(?<!\p{L})(?:non|pas|garde|prends|r[ée]cup\p{L}*|repos|off|libre|cong[ée])(?!\p{L})/iu.test(text)) return text;
  // (Only after days asked: "Léa garderie jeudi non elle est malade" has no other day to keep.)
  const afterDays = (offset: number, all: string) => DAYS_BEFORE.test(all.slice(0, offset));
  return text
    .replace(DECLINED_WEEKDAYS, (said, boundary: string, days: string, offset: number, all: string) => (afterDays(offset, all) ? `${boundary}sauf ${days},` : said))
    .replace(FREE_SO_NOT_NEEDED, (said, boundary: string, days: string, free: string, offset: number, all: string) => (afterDays(offset, all) ? `${boundary}sauf ${days},${free}` : said))
    .replace(KEPT_BY_FAMILY, (said, boundary: string, days: string, kept: string, offset: number, all: string) => (afterDays(offset, all) && !CANCELLED_BEFORE.test(all.slice(0, offset)) ? `${boundary}sauf ${days} ${kept.replace(/^[\s,]+/, '')}` : said))
    .replace(ONLY_ATTENDED, (said, boundary: string, days: string, offset: number, all: string) => (afterDays(offset, all) && NOT_COMING_BEFORE.test(all.slice(0, offset)) ? `${boundary}sauf ${days},` : said));
}

/** "plus besoin le lundi soir, à partir du 8 mars et jusqu'aux vacances… il faudrait le jeudi soir pour la même période": that period, said again. */
export function samePeriod(text: string): string {
  if (!/m[êe]mes?\s+(?:p[ée]riode|dates|semaines)/i.test(text)) return text;
  const same = SAME_PERIOD.exec(text);
  if (!same) return text;
  const period = [...text.slice(0, same.index).matchAll(PERIOD_SAID)].pop();
  return period ? `${text.slice(0, same.index)}${period[0]}${text.slice(same.index + same[0].length)}` : text;
}

const LEAVING_FOR_THE_HOLIDAYS = /(?<!\p{L})(part(?:ons|ez|ent|ira|irons|iront|ir|s|e)?|s'en\s+va(?:nt)?)(?!\p{L})([^.!?]{0,40}?)\s+pour\s+les\s+vacances(?!\s+(?:de|d'|d’|scolaires)\b)/iu;
const DAY_NUMBER = /(?<!\p{L})(?:lundi|mardi|mercredi|jeudi|vendredi|le|les|du|au)\s+\d{1,2}(?!\d)/iu;

/** "Maayan ne viendra pas le 17 et le 18, nous partons plus tôt pour les vacances": the holidays are why, the days are asked. */
function leavingForTheHolidays(text: string): string {
  return /pour les vacances/i.test(text) && DAY_NUMBER.test(text) ? text.replace(LEAVING_FOR_THE_HOLIDAYS, '$1$2 en voyage') : text;
}

const NO_NAMES: ReadonlySet<string> = new Set();
/** Around a name that is also a short spelling, the words that make it the spelling ("la sem pro", "cette sem"). */
const SPELLING_CONTEXT = /^(?:la|cette|chaque|une|toute|de|les|ces) _|_ (?:pro|prochaine?|derniere|suivante|pr)$/;

/** Elided words typed without their apostrophe: "j ai", "l accueil", "d hiver", "qu il". */
const ELIDED = new Set(['j', 'l', 'd', 'n', 's', 't', 'm', 'qu', 'jusqu', 'lorsqu', 'puisqu']);

/** Restores the apostrophe of an elided word before a vowel or a mute h ("d hiver" → "d' hiver"). */
function restoreElisions(tokens: readonly string[]): string[] {
  return tokens.map((token, i) => {
    const next = tokens[i + 1] ?? '';
    // "a-t-elle", "va-t-on": a euphonic t, not an elision.
    if (token === 't' && /^(?:il|ils|elle|elles|on)$/.test(next)) return token;
    return ELIDED.has(token) && /^[aeiouyh]/.test(next) ? `${token}'` : token;
  });
}

/** Months cut short, as parents write them. */
const SHORT_MONTHS: Readonly<Record<string, string>> = { janv: 'janvier', fev: 'fevrier', fevr: 'fevrier', avr: 'avril', juil: 'juillet', sept: 'septembre', oct: 'octobre', nov: 'novembre', dec: 'decembre' };

/**
 * Spellings of calendar phrases the grammar reads in one form only: "semaine pro",
 * "sem prochaine" (next week), "vacance" and "hivers" (typed as said).
 */
const CALENDAR_SPELLINGS: ReadonlyArray<readonly [RegExp, string]> = guardedRewrites([
  [/\bsem(?:aine)? pro(?:chaine?)?\b/g, 'semaine prochaine'],
  [/\bvacs?\b/g, 'vacances'],
  // "jusqu'à fin sept", "début janv": a month cut short after the part of it named (« sept » is no number there).
  ...Object.entries(SHORT_MONTHS).map(([short, month]) => [new RegExp(`\\b(fin|debut|mi) ${short}\\b`, 'g'), `$1 ${month}`] as const),
  // "jusqu'à le 20", "jusqu'à le vendredi", as a non-native speaker may write it: "jusqu'au 20".
  [/\bjusqu' a le (?=\d|(?:lundi|mardi|mercredi|jeudi|vendredi)\b)/g, "jusqu' au "],
  // "jusqu'à le fin de juin", as a non-native speaker may put it; "à compter du 23": from that day; "allant d'aujourd'hui au
  // vendredi 19": from today to that day.
  [/\ba le fin (?=de |du |d' )/g, 'a la fin '],
  [/\ba compter (?=du |de |d' )/g, 'a partir '],
  [/\bd' aujourd' hui (?:jusqu' )?(?:au|a) (?=\d|(?:lundi|mardi|mercredi|jeudi|vendredi|demain)\b)/g, "a partir d' aujourd' hui jusqu' au "],
  // "sauf le mercredi vu que leur mère est là le mercredi": the weekday left out, said again in the reason, is no other day.
  [/\b((?:sauf|hormis|excepte|pas) (?:le|les) (lundi|mardi|mercredi|jeudi|vendredi)s?\b[^.!?;]*?\b(?:parce qu\S*|vu qu\S*|car|puisqu\S*|comme)\b[^.!?;]*?)\b(?:le|les) \2s?\b/g, '$1ce jour la'],
  // "les jours 28, 29, 30 e 31 dicembre": Italian « e », and.
  [/\b(\d{1,2}) e (?=\d{1,2}\b)/g, '$1 et '],
  // "lundi mardi et jeudi mes pas le vendredi": « mais », typed as said.
  [/\bmes pas (?=(?:le |la |les )?(?:lundi|mardi|mercredi|jeudi|vendredi|zenfant|\d{1,2})\b)/g, 'mais pas '],
  // "je voudrais mettre mais enfants au centre": « mes », as dictated.
  [/\bmais (?=(?:enfants|petits|petites|filles|garcons|jumeaux|jumelles|petits enfants)\b)/g, 'mes '],
  // "jusqu'à qu'en je peux réserver": « quand », as dictated.
  [/\bjusqu' ?a qu' ?en\b/g, "jusqu' a quand"],
  // "ah non pardon c'était le 16", "c'était plutôt mercredi": the day meant, said again after a slip (not "c'était le 16 qu'il
  // était malade", the day of a story).
  [/^((?:(?:ah|oh|non|nan|pardon|oups|desolee?|excusez moi|en fait|euh)\s+)*)c' etait (?=(?:plutot |en fait |bien )?(?:le |pour le |pour )?(?:\d{1,2}|lundi|mardi|mercredi|jeudi|vendredi|demain)\b(?!.*\b(?:etait|etaient|avait|avaient|a ete)\b))/g, "$1c' est "],
  // "ses vendredi que j'ai mon rendez-vous": « c'est », as dictated.
  [/\b(?:ses|ces|sait|s' est) (?=(?:le )?(?:lundi|mardi|mercredi|jeudi|vendredi) qu)/g, "c' est "],
  // "je m'en souviens comme si c'était hier": no day.
  [/\bcomme si c' etait hier\b/g, 'comme si c etait recent'],
  // "annuler la garderie de c'est soir": « ce soir » as dictated.
  [/\b(de|pour|et|du) c' est soir\b/g, '$1 ce soir'],
  // "le mercredi prochaine", as a non-native speaker may write it.
  [/\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) prochaine\b/g, '$1 prochain'],
  [/\bpaque\b/g, 'paques'],
  [/\bvacance\b/g, 'vacances'],
  [/\bhivers\b/g, 'hiver'],
  // "vacances de févier": February typed short (a févier is a tree, which the dictionary knows).
  [/\bfevier\b/g, 'fevrier'],
  [/\bgrande vacances\b/g, 'grandes vacances'],
  // "annuler vendredi, dernier moment c'est quand ?": the last moment, not last Friday.
  [/\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (dernier|derniere) (?=(?:moment|minute|delai|carat)\b)/g, '$1 au $2 '],
  // "la semaine de 26 octobre": the week of that day.
  [/\bsemaine de (?=\d)/g, 'semaine du '],
  // "la liste de l'accueil du soir de ce jour": today, in a formal letter.
  // ("pour ce jour", after a day named, is that day: no date word.)
  // ("annuler vendredi 27… leurs réservations de ce jour": a day named before, that day.)
  // (The look back comes after the words, so that it runs only where they are.)
  [/\bde ce jour\b(?! la| meme)(?<!\b(?:lundi|mardi|mercredi|jeudi|vendredi|demain)\b.*de ce jour)/g, "de aujourd' hui"],
  // "la semaine du 28 juin, dernière semaine avant les congés d'été": that week, said twice.
  [/\b(semaine du \d{1,2}(?: er)? \w+) (?:la )?derniere semaine (?:d' ecole |de classe )?avant les (?:vacances|conges)(?: d' ete| scolaires| de l' ete)?\b/g, '$1'],
  // "toute la semaine sauf vendredi euh non sauf jeudi": the exception said again replaces the first one.
  [/\b(?:sauf|excepte|hormis) (?:le |la |les )?(?:lundi|mardi|mercredi|jeudi|vendredi|\d{1,2}(?: ?er)?)s?(?: \d{1,2})?,? (?:euh,? )?(?:non|pardon|enfin|plutot|oups)(?:,? (?:pardon|plutot|non|je veux dire|je voulais dire))?,? (?=(?:sauf|excepte|hormis)\b)/g, ''],
  // "il aura plus besoin du mercredi jusqu'aux grandes vacances": the Wednesday service, not a range from Wednesday.
  [/\b(plus|pas) besoin du (lundi|mardi|mercredi|jeudi|vendredi)(?= (?:jusqu' |d' ici\b|avant\b|a partir\b|des\b|pendant\b|en\b|de\b|ce\b|cette\b))/g, '$1 besoin des $2s'],
  // "vacances de printemps, semaine premier seulement": the ordinal after the week, as in other languages.
  // (Ending its clause: not "la semaine dernière", last week, nor "la semaine premier juin", the week of the 1st.)
  [/\bsemaine (?:premier|premiere)(?= (?:seulement|uniquement|juste|svp|merci)\b|$)/g, 'premiere semaine'],
  [/\bsemaine (?:deuxieme|seconde)(?= (?:seulement|uniquement|juste|svp|merci)\b|$)/g, 'deuxieme semaine'],
  // "deuxième semaine de grandes vacances": the article cut short.
  [/\b(premiere|deuxieme|troisieme|quatrieme|derniere|1ere|2e|2eme|3e|3eme) semaine de (?=grandes vacances|vacances)/g, '$1 semaine des '],
  // "la première semaine des grandes vacances et la deuxième aussi": the second week of the same holidays.
  [/\b((?:premiere|deuxieme|troisieme|1ere|2e|2eme|3e|3eme) semaine (des|de la|du) (grandes vacances|vacances(?: (?:de|d' ) ?(?:la toussaint|toussaint|noel|fin d' annee|hiver|fevrier|printemps|paques|avril|ete))?)) et (?:la )?(deuxieme|troisieme|quatrieme|derniere|2e|2eme|3e|3eme)(?! semaine)\b/g, '$1 et la $4 semaine $2 $3'],

  // "mercredi le 21 octobre", "jeudi soir, le 12", "wednesday no centre, 20 janvier": the weekday of that date.
  [/(?<!\b(?:du|de|des) )\b(lundi|mardi|mercredi|jeudi|vendredi) le (?=\d{1,2}\b(?! ?(?:h|heures?|ans?|enfants?)\b))/g, '$1 '],
  [/(?<!\b(?:du|de|des) )\b(lundi|mardi|mercredi|jeudi|vendredi) ((?:soir|matin|pas|de|centre|garderie|accueil|au|a|la)(?: (?:soir|matin|pas|de|centre|garderie|accueil|au|a|la)){0,2}) (?:le )?(?=\d{1,2}\b(?! ?(?:h|heures?|ans?|enfants?)\b))/g, '$2 $1 '],
  [/\bconge\b/g, 'conges'],
  // "d'ici à la fin du mois": until then.
  [/\bd' ici (?:a )?(?=la fin (?:du mois|de la semaine)\b)/g, "jusqu' a "],
  // "jusque vacances", "jusqu'a vacances": until the holidays, the article left out.
  // ("jusqu'o vacances", "du 21 o 24": « au » written as it sounds; "jusqu'à la vacance": the plural lost.)
  [/\bjusqu' o (?=vacances\b)/g, "jusqu' aux "],
  [/\bjusqu' o (?=\d)/g, "jusqu' au "],
  [/\b(du \d{1,2}) o (?=\d{1,2}\b)/g, '$1 au '],
  [/\bjusqu' a la vacances\b/g, "jusqu' aux vacances"],
  // "la seconde semaine, celle qui commence le lundi 26 octobre", "la semaine d'après euh celle du 12 juillet": that week.
  [/\b(semaine\b[^.?!]{0,60}?)\bcelle (?:qui commence|qui debute|qui demarre|commencant|du) (?:le |au )?(?=(?:lundi )?\d)/g, '$1la semaine du '],
  // "la première semaine de ces vacances de février", "les mercredi de les vacances de Noël": of those holidays.
  [/\bde (?:ces|les) (?=vacances\b)/g, 'des '],
  // "jusque le 30": until the 30th.
  [/\bjusqu' le (?=\d)/g, "jusqu' au "],
  [/\bjusqu' (?:a )?(?=vacances\b)/g, "jusqu' aux "],
  // "il vient plu le soir", "plu besoin du soir", "c plu la peine": « plus » cut short after a verb of coming or before a need.
  [/\b(vient|viens|viennent|viendra|viendront|va|vont|ira|iront|sera|seront|reste|restera) plu\b/g, '$1 plus'],
  [/\bplu (?=besoin\b|la peine\b)/g, 'plus '],
  // "jusque la fin de vacances": until the end of the holidays, "à" and the article left out.
  [/\bjusqu' (?:a )?la fin de (?=vacances\b)/g, "jusqu' a la fin des "],
  [/\bjusqu' (?=la fin (?:des|du|de la)\b)/g, "jusqu' a "],
]);

/** What may follow a weekday cut short after a child's name: the end, another child, a politeness, "et". */
const AFTER_SHORT_WEEKDAY = /^(?:et|svp|stp|s'|merci|mrc|soir|matin|aussi|pls|seulement|uniquement|only)$/;

/** Verbs of change a weekday cut short may follow ("annuler ven", "inscris mer"). */
const CHANGE_VERB = /^(?:annuler|annule|annulez|reserver|reserve|reservez|inscrire|inscris|inscrivez|mettre|mets|mettez|enlever|enleve|enlevez|retirer|retire|retirez|rajouter|rajoute|rajoutez)$/;

/** "lucie ven, noé jeu svp": a weekday cut short right after a child's name, ending its clause. */
function shortWeekdayAfterName(tokens: readonly string[], index: number, nameTokens: ReadonlySet<number>): string | undefined {
  const day = SHORT_WEEKDAY_NAMES.get(tokens[index]);
  if (!day) return undefined;
  // "jeu + ven soir", "lun et mar sem pro": weekdays cut short side by side.
  const isShort = (i: number) => SHORT_WEEKDAY_NAMES.has(tokens[i] ?? '');
  // ("au centre mer et jeu": the first one already written in full after the service.)
  // (Not "mercredi et jeu de société".)
  const isWeekday = (i: number) => isShort(i) || (/^(?:lundi|mardi|mercredi|jeudi|vendredi)$/.test(tokens[i] ?? '') && !/^(?:de|du|des|d'|video|videos|societe)$/.test(tokens[index + 1] ?? ''));
  const joined = (i: number) => isShort(i) || (/^(?:et|ou)$/.test(tokens[i] ?? '') && isWeekday(i + (i > index ? 1 : -1)));
  if (joined(index + 1) || joined(index - 1)) return day;
  // ("mer, jeu" after the service: the first one already in full.)
  // (Ending its clause, as after a name: not "jeudi mer si", merci mistyped.)
  const endsClause = index + 1 >= tokens.length || nameTokens.has(index + 1) || AFTER_SHORT_WEEKDAY.test(tokens[index + 1]);
  if (isWeekday(index - 1) && endsClause) return day;
  // "du lun au jeu", "du mar au ven": a range of weekdays cut short.
  if (tokens[index - 1] === 'au' && isWeekday(index - 2) && /^(?:du|de)$/.test(tokens[index - 3] ?? '')) return day;
  if (/^(?:du|de)$/.test(tokens[index - 1] ?? '') && tokens[index + 1] === 'au' && isWeekday(index + 2)) return day;
  // "annuler ven pr Tiana": right after a verb of change.
  if (CHANGE_VERB.test(tokens[index - 1] ?? '')) return day;
  // "mets la jeu à la place", "annule le ven": after a verb of change and its pronoun.
  if (CHANGE_VERB.test(tokens[index - 2] ?? '') && /^(?:la|le|les|lui|leur)$/.test(tokens[index - 1] ?? '')) return day;
  // "ts les mer jusqu'aux vacances", "sauf le mer", "hormis les ven": after the article of a weekday filter or exception.
  if (/^(?:le|les)$/.test(tokens[index - 1] ?? '') && /^(?:tous|ts|tt|tout|sauf|sf|hormis|excepte)$/.test(tokens[index - 2] ?? '')) return day;
  // "avait de la fievre lun": « lun » and « ven » are no other word.
  if ((tokens[index] === 'lun' || tokens[index] === 'ven') && !/^(?:la|une|de)$/.test(tokens[index - 1] ?? '')) return day;
  // "Sarata vient pas mer": after a verb of coming, negated.
  if (tokens[index - 1] === 'pas' && /^(?:vient|viennent|viendra|viendront|va|vont|ira|iront|sera|seront|reste|restera)$/.test(tokens[index - 2] ?? '')) return day;
  // "gwenole juste le mer": a child's only day.
  if (tokens[index - 1] === 'le' && (nameTokens.has(index - 2) || /^(?:juste|seulement|uniquement|que|sauf)$/.test(tokens[index - 2] ?? '')) && (index + 1 >= tokens.length || nameTokens.has(index + 1) || AFTER_SHORT_WEEKDAY.test(tokens[index + 1]))) return day;
  // "gwenole pas mer finalement": a child's day taken away.
  if (tokens[index - 1] === 'pas' && nameTokens.has(index - 2) && (index + 1 >= tokens.length || /^(?:finalement|non|plus|svp|stp|merci)$/.test(tokens[index + 1]))) return day;
  if (!nameTokens.has(index - 1)) return undefined;
  const next = index + 1;
  return next >= tokens.length || nameTokens.has(next) || AFTER_SHORT_WEEKDAY.test(tokens[next]) ? day : undefined;
}


/** Prepares a message for the date grammar and the intent classifier. */
/** A period the message names, inside which "le mercredi" beside the evening care is the Wednesday service. */
const PERIOD_NAMED = /\b(?:semaine|week|jusqu'|vacances|mois|du \d{1,2}(?: \w+)? au \d{1,2})\b/;

/**
 * "toute la semaine prochaine, le soir et le mercredi aussi", "ni le soir ni le mercredi",
 * "tous les soirs et les mercredis jusqu'aux vacances": beside the evening care and a
 * period, the Wednesday is the Wednesday service, not a filter on the period's days.
 */
function wednesdayAsService(text: string): string {
  if (!PERIOD_NAMED.test(text)) return text;
  return text.replace(/\b(soirs?|garderie|ecole) (et|ni|and) (?:le |les |the )?mercredis?\b(?: (?:aussi|also|egalement)\b)?/g, '$1 $2 le centre de loisirs');
}

/** "la foire de Maurs", "chez sa tante à Ivry": a capitalised word after « de », « à », « en », « chez » may be a place. */
function placeNames(raw: string): Set<string> {
  const places = new Set<string>();
  for (const match of raw.matchAll(/\b(?:de|à|a|en|au|chez|vers|sur)\s+(\p{Lu}\p{Ll}{3,})\b/gu)) places.add(foldText(match[1]));
  return places;
}

/** "Thibault Valadier", "T. Valadier", "Sophie DESMARAIS": a capitalised word after another is a surname, no slip ("valadier" is no "maladie"). */
function surnames(raw: string): Set<string> {
  const found = new Set<string>();
  for (const match of raw.matchAll(/(?<=\b(?:\p{Lu}\p{Ll}+|\p{Lu}\.)[ -]+)(\p{Lu}\p{L}{3,})\b/gu)) found.add(foldText(match[1]));
  return found;
}

/** Parts of hyphenated words never written alone ("minh" of "Hô-Chi-Minh-Ville"): no child called by one part of a name. */
function hyphenatedOnly(raw: string): Set<string> {
  const joined = new Set<string>();
  const alone = new Set<string>();
  for (const match of raw.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
    const parts = foldText(match[0]).split(/[\s-]+/).filter(Boolean);
    for (const part of parts) (parts.length > 1 ? joined : alone).add(part);
  }
  for (const part of alone) joined.delete(part);
  return joined;
}

const MONTHS_AND_WEEKDAYS = /^(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)$/;

/** A place is not turned into a month or a weekday ("de Maurs" is no March); any other slip is corrected ("de Toussain"). */
function placeOrTypo(token: string, speller: SpellingCorrector): string {
  const corrected = speller.correct(token);
  return MONTHS_AND_WEEKDAYS.test(corrected) ? token : corrected;
}

export function prepareText(raw: string, family: readonly string[], speller: SpellingCorrector): PreparedText {
  const names = new Set(family.flatMap((child) => foldText(child).split(' ')).filter((word) => word.length > 1 && SMS_EXPANSIONS[word] !== undefined));
  const tokens = normalizeChildCounts(dayNumbersAsDigits(restoreElisions(foldAndExpand(raw, names))));
  const { children, nameTokens, nameAt } = matchChildren(tokens, family, hyphenatedOnly(raw));
  const places = placeNames(raw);
  const signed = surnames(raw);
  // (A weekday or a month mistyped after a name is still one: "Arnaut Mecredi".)
  const surnameOrDay = (token: string) => (MONTHS_AND_WEEKDAYS.test(speller.correct(token)) ? speller.correct(token) : token);
  const spelled = (token: string) => (signed.has(token) ? surnameOrDay(token) : places.has(token) ? placeOrTypo(token, speller) : speller.correct(token));
  const text = CALENDAR_SPELLINGS.reduce(
    (words, [pattern, fixed]) => words.replace(pattern, fixed),
    tokens.map((token, index) => (nameTokens.has(index) ? 'zenfant' : (shortWeekdayAfterName(tokens, index, nameTokens) ?? spelled(token)))).join(' '),
  );
  // "le premier avril" is the 1st: the date grammar reads digits.
  return {
    text: wednesdayAsService(text)
      // "mercredis exceptés", "le lundi exclu": the weekday left out, said after it (as many words, the names keep their places).
      .replace(/\b(les |le )?(lundi|mardi|mercredi|jeudi|vendredi)(s?) (?:exceptee?s?|exclue?s?)\b/g, (_, article: string | undefined, day: string, plural: string) => (article ? `sauf ${article}${day}${plural}` : `sauf ${day}`))
      .replace(/\bpremier (?=(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b)/g, '1 ')
      // "du 22 au 26 fév", "le 3 janv": a month cut short after a day number.
      .replace(/\b(\d{1,2}) (janv|fev|fevr|avr|juil|sept|oct|nov|dec)\b/g, (_, day: string, month: string) => `${day} ${SHORT_MONTHS[month]}`),
    children,
    nameAt,
  };
}
