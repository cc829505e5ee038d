/**
 * SMS and chat spellings of French parents, mapped to their full form. Keys are
 * folded single tokens; values may hold several words.
 */
export const SMS_EXPANSIONS: Readonly<Record<string, string>> = {
  pr: 'pour',
  pour: 'pour',
  stp: "s' il te plait",
  svp: "s' il vous plait",
  slvp: "s' il vous plait",
  plz: "s' il vous plait",
  bcp: 'beaucoup',
  jsp: 'je sais pas',
  qd: 'quand',
  qnd: 'quand',
  ds: 'dans',
  cc: 'coucou',
  slt: 'salut',
  bjr: 'bonjour',
  bsr: 'bonsoir',
  mrc: 'merci',
  mci: 'merci',
  dmn: 'demain',
  dem1: 'demain',
  dem: 'demain',
  cmt: 'comment',
  cmnt: 'comment',
  jajoute: "j' ajoute",
  jaimerais: "j' aimerais",
  jattends: "j' attends",
  ajd: "aujourd' hui",
  auj: "aujourd' hui",
  aujourdhui: "aujourd' hui",
  tt: 'tout',
  ts: 'tous',
  tte: 'toute',
  ttes: 'toutes',
  vx: 'veux',
  veu: 'veux',
  jveux: 'je veux',
  jvoudrais: 'je voudrais',
  jpeux: 'je peux',
  jpe: 'je peux',
  jsuis: 'je suis',
  jai: "j' ai",
  pdt: 'pendant',
  merc: 'mercredi',
  mercr: 'mercredi',
  vend: 'vendredi',
  // "jedi 10", as heard (four letters: too short for the spelling corrector).
  jedi: 'jeudi',
  vendr: 'vendredi',
  reserv: 'reserver',
  aprs: 'apres',
  apr: 'apres',
  avt: 'avant',
  ns: 'nous',
  jsais: 'je sais',
  chai: 'je sais',
  jpense: 'je pense',
  jcrois: 'je crois',
  chui: 'je suis',
  c: "c' est",
  ct: "c' etait",
  vs: 'vous',
  qqn: "quelqu' un",
  qqun: "quelqu' un",
  qq1: "quelqu' un",
  qqch: 'quelque chose',
  pk: 'pourquoi',
  pq: 'pourquoi',
  pcq: 'parce que',
  dc: 'donc',
  mm: 'meme',
  bb: 'bebe',
  ok: 'ok',
  oki: 'ok',
  dac: "d' accord",
  rdv: 'rendez vous',
  recup: 'recupere',
  pb: 'probleme',
  pbm: 'probleme',
  qf: 'quotient familial',
  mdp: 'mot de passe',
  resa: 'reservation',
  resas: 'reservations',
  exp: 'exceptionnel',
  jrs: 'jours',
  sem: 'semaine',
  aprem: 'apres midi',
  exam: 'examen',
  tjrs: 'toujours',
  tjs: 'toujours',
  ya: "il y a",
  y: 'y',
  nn: 'non',
  ui: 'oui',
  wi: 'oui',
  koi: 'quoi',
  kan: 'quand',
  kel: 'quel',
  ke: 'que',
  ki: 'qui',
  pa: 'pas',
  pcq1: 'parce que',
  dun: "d' un",
  quil: "qu' il",
  num: 'numero',
  jusqu: "jusqu'",
  jusqua: "jusqu' a",
  jusquau: "jusqu' au",
  jusquaux: "jusqu' aux",
  jusque: "jusqu'",
  '1er': '1er',
  // English days, months and a few words (not "may", a verb as often as May).
  monday: 'lundi',
  tuesday: 'mardi',
  wednesday: 'mercredi',
  thursday: 'jeudi',
  friday: 'vendredi',
  saturday: 'samedi',
  sunday: 'dimanche',
  january: 'janvier',
  february: 'fevrier',
  april: 'avril',
  june: 'juin',
  july: 'juillet',
  august: 'aout',
  september: 'septembre',
  october: 'octobre',
  november: 'novembre',
  december: 'decembre',
  today: "aujourd' hui",
  tomorrow: 'demain',
  yesterday: 'hier',
  sick: 'malade',
  fever: 'fievre',
  price: 'prix',
  cost: 'coute',
  costs: 'coute',
  kids: 'enfants',
  too: 'aussi',
  also: 'aussi',
  and: 'et',
  doktor: 'docteur',
  doctor: 'docteur',
  '2nd': '2e',
};

/** "lun 14", "mer. 16": a weekday cut short before a day number (not "la mer 3 jours"). */
function shortWeekday(short: string, notAfter = ''): RegExp {
  return new RegExp(`${notAfter}\\b${short}\\.?(?=\\s+\\d{1,2}(?:er)?\\b(?!\\s*(?:h|heures?|jours?|semaines?|fois|mois|ans?|euros?|enfants?|min(?:utes?)?)\\b))`, 'giu');
}

/**
 * Opening weekdays cut short, as parents write them, with the full name and what must
 * not come before them ("la mer", "en mer" are the sea).
 */
const SHORT_WEEKDAYS: readonly (readonly [short: string, day: string, notAfter?: string])[] = [
  ['lun', 'lundi'],
  ['mar', 'mardi'],
  ['mer', 'mercredi', '(?<!\\b(?:la|en|de|du|une)\\s)'],
  ['jeu', 'jeudi'],
  ['ven', 'vendredi'],
];

/** "lucie ven, noé jeu svp": the full weekday of a short one (folded), said right after a child's name. */
export const SHORT_WEEKDAY_NAMES: ReadonlyMap<string, string> = new Map(SHORT_WEEKDAYS.map(([short, day]) => [short, day]));

/** A weekday cut short just after the name of the service, ending its clause: "va pas au centre mer". */
function afterService(short: string): RegExp {
  return new RegExp(`(?<=(?<!\\p{L})(?:centre|garderie|p[ée]risco|p[ée]ri|accueil|cantine|[ée]tude|alsh)\\s+)${short}\\.?(?=\\s*(?:$|[,;!?]|\\.(?:\\s|$)))`, 'giu');
}

/**
 * Chat spellings made of symbols, which folding would drop: "a+", "à+", "@+" (à plus).
 * Read on the raw message, before folding.
 */
export const SMS_SYMBOLS: readonly (readonly [RegExp, string])[] = [
  [/(^|[\s,.;:!?(])[aà@]\s?\+(?=$|[\s,.;:!?)])/giu, '$1à plus'],
  // "num de tel", "n° de tél": the phone number.
  [/\b(?:num|numéro|numero|n°)\s+de\s+t[ée]l(?!\p{L})\.?/giu, 'numéro de téléphone'],
  // "je voudrais des inscrire Clémence", as dictated: "désinscrire" (no article comes before a verb).
  [/\bdes[\s-]inscri(re|s|t|te|ts|tes|vez|ve)\b/giu, 'désinscri$1'],
  // English, as parents who speak it mix it with French: the days and the phrases a request turns on.
  [/\bnext week\b/giu, 'la semaine prochaine'],
  [/\bthis week\b/giu, 'cette semaine'],
  [/\b(?:all|whole)(?: the)? month(?: of)?\b/giu, 'tout le mois de'],
  [/\ball (?=(?:january|february|march|april|june|july|august|september|october|november|december)\b)/giu, 'tout '],
  [/\bthe (?:two|2) (?:kids|children)\b/giu, 'les deux enfants'],
  [/\bthe (?:three|3) (?:kids|children)\b/giu, 'les trois enfants'],
  [/\b(?:the|my|our) (?:kids|children)\b/giu, 'les enfants'],
  [/\bhow much\b/giu, 'combien'],
  [/\bevery (?=(?:monday|tuesday|wednesday|thursday|friday)\b)/giu, 'tous les '],
  [/\b(?:the|les) holidays\b/giu, 'les vacances'],
  [/\buntil (?!when\b)/giu, "jusqu'à "],
  [/\b(?:the )?last day (?:for|to)\b/giu, 'la date limite pour'],
  [/\bbooking close\b/giu, 'la date limite'],
  [/\bis on the list\b/giu, 'est bien inscrit'],
  [/\bthe (?:doctor|medical) paper\b/giu, 'le certificat médical'],
  [/\bI need\b/giu, "j'ai besoin d'"],
  // "l'after-school", "after school": the evening care, as parents who mix English say it.
  [/(?:\b[lL]['’]\s?)?\bafter[\s-]?school\b/giu, 'la garderie'],
  // "on a pu besoin", "ya pu de place": spoken "plus" (not the participle of "pouvoir": "j'ai pu venir", "pas pu la garder").
  [/(^|[\s,.;:!?(])pu(?=\s+(?:besoin|de place|de garderie|de centre|garderie|centre|cantine)\b)/giu, '$1plus'],
  // Weekdays cut short before a day number: "du lun 14 au mer 16 juin" ("mer" alone is the sea).
  ...SHORT_WEEKDAYS.map(([short, day, notAfter]) => [shortWeekday(short, notAfter), day] as const),
  [shortWeekday('ve'), 'vendredi'],
  // "pas au centre mer", "garderie ven": cut short right after the service, at the end of a clause.
  ...SHORT_WEEKDAYS.map(([short, day]) => [afterService(short), day] as const),
  // English of the office, as some parents write it: "no need de périsco", "drop les mercredis", "un slot dispo", "out of deadline".
  [/\bno need\b/giu, 'pas besoin'],
  [/\bdrop(?:pe[rz]?|pez)?\b(?=\s+(?:les?|la|l['’]|sa|son|ses|\p{Lu}))/gu, 'retirer'],
  [/\b(?:un |une )?slots?\b(?=\s+(?:dispo|disponible|libre|pour))/giu, 'une place'],
  [/\bopening hours\b/giu, "horaires d'ouverture"],
  [/\bout of (?:the )?deadline\b/giu, 'hors délai'],
  [/\bno change\b/giu, 'sans changement'],
  [/\bnext week\b/giu, 'la semaine prochaine'],
  [/\bthis week\b/giu, 'cette semaine'],
  [/\btomorrow\b/giu, 'demain'],
  [/\btonight\b/giu, 'ce soir'],
  // "or délai", as heard: "hors délai".
  [/\bor d[ée]lais?\b/giu, 'hors délai'],
  // "se soir", "se matin", as typed: "ce soir".
  [/\bse (soir|matin)\b/giu, 'ce $1'],
  // "de main soir", as dictated: "demain soir".
  [/\bde main (soir|matin|midi|apr[eè]s[ -]midi)\b/giu, 'demain $1'],
];

/**
 * English, Spanish and Portuguese phrases of parents who mix them with French (read before
 * the SMS spellings). Only read when a word of them is there (FOREIGN_HINT): most messages
 * have none, and each pattern is one more pass over the text.
 */
export const FOREIGN_HINT =
  /\b(?:after|following|month|from|end|jan|feb|apr|aug|sept?|oct|nov|dec|march|may|spring|winter|christmas|xmas|summer|autumn|fall|halloween|saints|during|prim(?:era|eira)|segunda|[uú]ltima|las|los|evening|didn'?t|did|was|were|not|don'?t|doesn'?t|won'?t|will|can'?t|cannot|no|paper|note|certificate|doctor(?:'s)?|remove|delete|take|talk|speak|thank|thanks|bye|goodbye|how|explain|whether|or|is|are|has|have|what|last|where|he|she|they|we|it|salam\w*)\b|\d(?:st|nd|rd|th)\b/iu;

export const FOREIGN_PHRASES: readonly (readonly [RegExp, string])[] = [
  [/\bwhat is booked\b/giu, "ce qui est réservé"],
  [/\b(?:the )?day after tomorrow\b|\bafter tomorrow\b/giu, 'après-demain'],
  [/\b(?:the )?(?:week after|following week)\b/giu, "la semaine d'après"],
  [/\bnext month\b/giu, 'le mois prochain'],
  [/\bfrom (?=\d{1,2}(?:st|nd|rd|th)?\s)/giu, 'à partir du '],
  [/\b(?:the )?end of (?=(?:the month|january|february|march|april|may|june|july|august|september|october|november|december|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\b)/giu, 'la fin de '],
  ...(
    [
      ['jan', 'janvier'],
      ['feb', 'février'],
      ['apr', 'avril'],
      ['aug', 'août'],
      ['sept?', 'septembre'],
      ['oct', 'octobre'],
      ['nov', 'novembre'],
      ['dec', 'décembre'],
    ] as const
  ).map(([short, month]) => [new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${short}\\b\\.?`, 'giu'), `$1 ${month}`] as const),
  [/\b(\d{1,2})(?:st|nd|rd|th)\b(?=\s+(?:of\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\b)/giu, '$1'],
  [/\bspring (?:vacations?|holidays?|break)\b/giu, 'vacances de printemps'],
  [/\bwinter (?:vacations?|holidays?|break)\b/giu, "vacances d'hiver"],
  [/\b(?:christmas|xmas) (?:vacations?|holidays?|break)\b/giu, 'vacances de Noël'],
  [/\bsummer (?:vacations?|holidays?|break)\b/giu, "vacances d'été"],
  [/\b(?:autumn|fall|halloween|all saints) (?:vacations?|holidays?|break)\b/giu, 'vacances de la Toussaint'],
  [/\bduring\b/giu, 'pendant'],
  [/\b(\d{1,2}(?:st|nd|rd|th)?|of|in|end of|la fin de)\s+march\b/giu, '$1 mars'],
  [/\b(\d{1,2}(?:st|nd|rd|th)?)\s+may\b/giu, '$1 mai'],
  // "as salam alaykoum", "salam alikoum": hello.
  [/\b(?:as[\s-]?)?salam(?:u)?(?:[\s-]+(?:alaykoum|alikoum|aleykoum|alaykum|alaikum|aleikum|alikum|alaykoun))?\b/giu, 'bonjour'],
  // Spanish and Portuguese: "la primera semana de las vacaciones", "a segunda semana".
  [/\bprim(?:era|eira) semana\b/giu, 'première semaine'],
  [/\bsegunda semana\b/giu, 'deuxième semaine'],
  [/\b(?:[uú]ltima) semana\b/giu, 'dernière semaine'],
  [/\bde (?:las|los)\b/giu, 'des'],
  [/\bevening care\b/giu, 'la garderie'],
  [/\b(?:didn'?t|did not) (?:come|go)\b/giu, "n'est pas venu"],
  [/\b(?:was|were) (absent|sick)\b/giu, 'était $1'],
  [/\b(?:not|don'?t|doesn'?t|won'?t|will not|can'?t|cannot|no) (?:come|coming|go|going)\b/giu, 'ne viendra pas'],
  [/\b(?:paper|note|certificate) (?:from|of) (?:the )?doctor\b|\bdoctor(?:'s)? (?:paper|note|certificate)\b/giu, 'certificat médical'],
  [/\b(?:remove|delete|take out|take off)\b/giu, 'retirer'],
  [/\b(?:talk|speak)(?: to| with)? (?:a |the )?(?:real |human )?(?:person|someone|somebody|human|agent)\b/giu, "parler à quelqu'un"],
  [/\bthank(?:s| you)(?: (?:very|so) much)?\b/giu, 'merci'],
  [/\b(?:bye(?: bye)?|goodbye)\b/giu, 'au revoir'],
  [/\bhow (?:it works|does it work|it work|to use)\b/giu, 'comment ça marche'],
  [/\bexplain\b/giu, 'expliquez'],
  [/\bwhether\b/giu, 'si'],
  [/\bor not\b/giu, 'ou pas'],
  [/\b(?:is|are) (?:reserved|booked|registered)\b/giu, 'est réservé'],
  [/\b(?:has|have) (?:a |the )?(?:reservation|booking|place)\b/giu, 'a une place'],
  [/\bwhat (?:I|we|did I|did we) (?:reserve|reserved|book|booked)\b/giu, "qu'est-ce que j'ai réservé"],
  [/\b(?:the )?last day (?:I|we|you) can\b/giu, 'la date limite pour'],
  [/\bwhere (?:can )?(?:I|we) (?:can )?find\b/giu, 'où trouver'],
  [/\b(?:he|she|they|we|it) needs?\b/giu, 'il a besoin de'],
];
