/**
 * SMS and chat spellings of French parents, mapped to their full form. Keys are
 * folded single tokens; values may hold several words.
 */
export const SMS_EXPANSIONS: Readonly<Record<string, string>> = {
  pr: 'pour',
  // "les enfts", "les enfs": the children.
  enfts: 'enfants',
  enfs: 'enfants',
  pour: 'pour',
  stp: "s' il te plait",
  svp: "s' il vous plait",
  slvp: "s' il vous plait",
  plz: "s' il vous plait",
  bcp: 'beaucoup',
  avc: 'avec',
  ac: 'avec',
  jsp: 'je sais pas',
  qd: 'quand',
  qnd: 'quand',
  ds: 'dans',
  cc: 'coucou',
  slt: 'salut',
  bjr: 'bonjour',
  bsr: 'bonsoir',
  mrc: 'merci',
  // "bne soirée", "bn journée".
  bne: 'bonne',
  // "ôter": take off; Turkish "iptal" (cancelled), "ekle" (add).
  oter: 'enlever',
  otez: 'enlevez',
  iptal: 'annuler',
  ekle: 'ajouter',
  aujourdui: "aujourd' hui",
  prochen: 'prochaine',
  // "anuller", "anulé": "annuler" typed with one n.
  anuler: 'annuler',
  anuller: 'annuler',
  anule: 'annule',
  anulez: 'annulez',
  mci: 'merci',
  // "desinscrit les ptits": the little ones.
  ptits: 'petits',
  // "Maloé au perisco du soir le 3": the périscolaire, shortened.
  perisco: 'periscolaire',
  periscos: 'periscolaire',
  ptit: 'petit',
  ptite: 'petite',
  ptites: 'petites',
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
  jpeu: 'je peux',
  // "c trop tar": late.
  tar: 'tard',
  jsuis: 'je suis',
  jles: 'je les',
  jla: 'je la',
  jle: 'je le',
  jai: "j' ai",
  jenvoi: "j' envoie",
  jenvoie: "j' envoie",
  jenvois: "j' envoie",
  jenverrai: "j' enverrai",
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
  qqchose: 'quelque chose',
  // "hugo a til encore…": the inverted question typed short.
  til: 't il',
  tils: 't ils',
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
  // "ce ke g reservé", "g oublié": j'ai.
  g: "j' ai",
  jme: 'je me',
  jmen: "je m' en",
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
  tomorow: 'demain',
  tommorow: 'demain',
  tommorrow: 'demain',
  yesterday: 'hier',
  mondays: 'lundis',
  tuesdays: 'mardis',
  wednesdays: 'mercredis',
  thursdays: 'jeudis',
  fridays: 'vendredis',
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
  // "léa/hugo demain soir": names side by side with a slash (not a date, "16/12").
  [/(?<=\p{L}{2})\/(?=\p{L}{2})/gu, ' et '],
  // "Svitlana (non) centre cette semaine", "Léa non garderie mardi": no care that day (not a "non" that opens the message).
  [/(?<=\p{L}\s+)\(?non\)?\s+(?=(?:garderie|centre|accueil|cantine|p[ée]riscolaire)(?!\p{L}))/giu, 'pas de '],
  [/(^|[\s,.;:!?(])[aà@]\s?\+(?=$|[\s,.;:!?)])/giu, '$1à plus'],
  // "c koi qu'on a resa pr Nisan ?": « resa » after « on a », « j'ai » is the verb done, not the noun.
  [/(?<!\p{L})(on a|j'ai|j ai|vous avez|t'as|tu as|nous avons) resa(?!\p{L})/giu, '$1 réservé'],
  // "num de tel", "n° de tél": the phone number.
  [/\b(?:num|numéro|numero|n°)\s+de\s+t[ée]l(?!\p{L})\.?/giu, 'numéro de téléphone'],
  // "qqn au tel", "par tél": on the phone.
  [/\b(au|par)\s+t[ée]l(?!\p{L})\.?/giu, '$1 téléphone'],
  // "je voudrais des inscrire Clémence", as dictated: "désinscrire" (no article comes before a verb).
  [/\bdes[\s-]inscri(re|s|t|te|ts|tes|vez|ve)\b/giu, 'désinscri$1'],
  // "Metre Nilton garderie mardi", as typed: "mettre" (a metre is never put before a first name).
  [/\b([Mm])etre (?=\p{Lu})/gu, '$1ettre '],
  // ("il faudrait mètre Nadau", "pouvez-vous mètre les enfants", as dictated: after a verb of wanting, « mettre ».)
  [/\b(faut|faudrait|faudra|pouvez[\s-]vous|pourriez[\s-]vous|voudrais|voudrait|veux|souhaite|souhaiterais|peux|peut|dois|doit|allez|vais) m[eèé]tre\b/giu, '$1 mettre'],
  // "cet semaine", as typed: "cette semaine".
  [/\bcet semaine\b/giu, 'cette semaine'],
  // "la semaine prochain", as typed: "la semaine prochaine".
  [/\bsemaine prochain(?!\p{L})/giu, 'semaine prochaine'],
  // "soir 15-16-18 février": a list of days, not a range.
  [/\b(\d{1,2})-(\d{1,2})-(\d{1,2})-(\d{1,2})(?=\s+(?:janv|f[ée]v|mars|avr|mai|juin|juil|ao[uû]t|sept|oct|nov|d[ée]c))/giu, '$1, $2, $3 et $4'],
  [/\b(\d{1,2})-(\d{1,2})-(\d{1,2})(?=\s+(?:janv|f[ée]v|mars|avr|mai|juin|juil|ao[uû]t|sept|oct|nov|d[ée]c))/giu, '$1, $2 et $3'],
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
  // "cb ça fait ?", "cb pour le mercredi": « combien » in SMS (not "payer par cb", the card).
  [/(?<!\b(?:par|en|carte|ma|la|une)\s)\bcb(?=\s+(?:[çc]a|c['’]|c|cest|pour|le|la|les|de|d['’]|je|j['’]|on|il|elle|faut|coute|co[ûu]te)(?!\p{L}))/giu, 'combien'],
  // "cette semaine jsq vendredi", "jsq'au 12": « jusqu'à » in SMS.
  [/(?<!\p{L})js[qk](?:u?['’]\s*|\s+)(?=(?:au|aux|à|a)(?!\p{L}))/giu, "jusqu'"],
  [/(?<!\p{L})js[qk](?!\p{L})/giu, "jusqu'à"],
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
  // "Pouya pas venir accueil mercredi": a non-native "will not come" (not "ne pas venir", "peut pas venir").
  [/(?<!\b(?:ne|n['’]|peut|peux|pourra|pourrai|veut|veux|va|vais|doit|dois|faut|pour|de|d['’]|préfère|prefere)\s)\bpas (?:venir|aller)\b(?!\s+(?:le |la |les )?(?:chercher|recuperer|récupérer|prendre))/giu, 'ne viendra pas'],
  // "Kim ne restera pas vendredi soir": will not stay at the evening care that day.
  [/\bne (?:restera|resteront) pas\b(?=\s+(?:ce )?(?:lundi|mardi|mercredi|jeudi|vendredi)\b)/giu, 'ne viendra pas'],
  // "doktor raporu" (Turkish), "papier docteur": the doctor's certificate.
  [/\b(?:doktor|doctor) (?:raporu|paper|note)\b|\bpapiers? (?:du |de )?(?:docteur|doktor|doctor|m[ée]decin)\b/giu, 'certificat médical'],
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
  // "tous les jours sang le mercredi", as dictated: "sans" (not "une prise de sang le mardi").
  [/(?<!\b(?:prises?|analyses?|dons?|tests?|bilans?)\s+(?:de|du)\s+)\bsang(?=\s+(?:le|la|les|l['’])\s)/giu, 'sans'],
  // "puisque le lundi est férié": a day told closed, not asked ("sauf le jeudi, qui est férié" still leaves it out).
  [/(?<!\b(?:sauf|except[ée]|hormis|sans|pas)\s+)\b(?:le\s+|ce\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi)(?:\s+\d{1,2})?\s+(?:est|sera|étant|etant)\s+(?:un\s+jour\s+)?f[ée]ri[ée](?!\p{L})/giu, "c'est férié"],
  // "pendant les vacances de Noël, ni la première ni la deuxième semaine": both weeks, the whole holidays.
  [/\bni\s+la\s+(?:premi[èe]re|1[èe]?re)\s+ni\s+la\s+(?:deuxi[èe]me|seconde|2e|2[èe]me)\s+semaine(?!\p{L})/giu, 'pas du tout'],
  // "except le vendredi 23", as parents who mix English write it.
  [/(?<!\p{L})except(?:\s+for)?(?!\p{L})/giu, 'sauf'],
];

/**
 * English, Spanish and Portuguese phrases of parents who mix them with French (read before
 * the SMS spellings). Only read when a word of them is there (FOREIGN_HINT): most messages
 * have none, and each pattern is one more pass over the text.
 */
const ENGLISH_OR_FRENCH_WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|lundi|mardi|mercredi|jeudi|vendredi)';

export const FOREIGN_HINT = new RegExp(
  `(?<!\\p{L})(?:${[
    // English
    "after|following|month|from|to|till|until|end|which|status|use|pode|liga|ligue|book|needs?|holidays?|vacations?|add|phone|telephone|hospital|somebody|someone|anybody|anyone|man|woman|uncle|aunt|neighbou?r|jan|feb|apr|aug|sept?|oct|nov|dec|march|may|spring|winter|christmas|xmas|summer|autumn|fall|halloween|saints|during|evening|didn'?t|did|was|were|not|don'?t|doesn'?t|won'?t|will|can'?t|cannot|no|paper|note|certificate|doctor(?:'s)?|remove|delete|take|talk|speak|thank|thanks|bye|goodbye|how|explain|whether|or|is|are|has|have|what|last|where|he|she|they|we|it|i|need|first|second|nobody|staff|only|open|papier|papiers",
    // Spanish, Portuguese, Romanian, Tagalog, Turkish, Ukrainian, Polish, Persian
    'prim(?:era|eira)|segunda|[uú]ltima|las|los|salam\\w*|as+alam\\w*|at[ée]|hasta|desde|del|ela|ele|ella|él|n[ãa]o|vai|vem|viene|t[aá]|est[aá]|estava|tava|estaba|doente|enferm[oa]|inscrit[ao]|inscris[aă]|tenho|tengo|atestado|certificado|quero|quiero|queria|quisiera|eu|preciso|necesito|necessito|falar|hablar|humano|hindi|tao|reservar|reserva|inscribir|inscrever|inscrevir|cancela|cancele|cancelar|cancelem|anula|anular|anula[țt]i|anuleaz[aă]|horas|hora|ficar|quedarse|quedar|sim|sí|semana|s[ăa]pt[ăa]m[aâ]na|amanh[ãa]|mañana|manana|mâine|hoje|hoy|ast[ăa]zi|ontem|ayer|ieri|lunes|luni|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|ter[çc]a|martes|mar[țt]i|quarta|mi[ée]rcoles|miercuri|quinta|jueves|joi|sexta|viernes|vineri|janeiro|enero|fevereiro|febrero|março|marzo|abril|maio|mayo|junho|junio|julho|julio|agosto|setembro|septiembre|outubro|octubre|novembro|noviembre|dezembro|diciembre|por|porfavor|rog|obrigad[oa]s?|gracias|mul[țt]umesc|salamat|dziekuje|dziękuję|tashakor|dyakuyu|дякую|спасибо|teşekkürler|tesekkurler|sagol|para|pentru|tarih|tamb[ée]m|tambi[ée]n|tchau|adi[oó]s|logo|luego|revedere|e|mesi|mèsi|orevwa|anpil|bonswa|bonjou|mwen|enskri|anile|rez[èe]ve|sant|lendi|madi|m[èe]kredi|jedi|vandredi|janvye|fevriye|septanm|okt[òo]b|novanm|desanm|jiy[èe]|malad|y[èé]|papye|kijan|randevou|ak|pou|dos|ambos|ambas|dois|duas|just|naka|bukas|mete|và|không|khong|cảm|cam|și|dias|días|tiene|tienen|responsable|manager|supervisor|cancel|todos|todas|ghedda|ghadwa|ba3d|niños|ninos|niñas|ninas|hijos|crianças|criancas|filhos|kids|children|april|june|july|january|february|august|september|october|november|december|quitar|quita|quiten|tirar|tira|tirer|sacar|nu|but|yes|put',
    // Italian, and Portuguese words of a correction or a question
    'grazie|buona|buonasera|tardi|troppo|possivel|possível|possibile|posible|espera|aspetta|[uú]ltimo|giorno|al',
  ].join('|')})(?!\\p{L})|\\d(?:st|nd|rd|th)\\b|\\b(?:do|el) \\d|\\d y `,
  'iu',
);

export const FOREIGN_PHRASES: readonly (readonly [RegExp, string])[] = [
  // English dates with the month first: "from April 19 to April 23", "June 3".
  [/(?<!\p{L})(january|february|march|april|may|june|july|august|september|october|november|december) (\d{1,2})(?:st|nd|rd|th)?(?!\d)/giu, '$2 $1'],
  [/(?<=\d\s)april(?!\p{L})/giu, 'avril'],
  [/(?<=\d\s)june(?!\p{L})/giu, 'juin'],
  [/(?<=\d\s)july(?!\p{L})/giu, 'juillet'],
  [/(?<=\d\s)january(?!\p{L})/giu, 'janvier'],
  [/(?<=\d\s)february(?!\p{L})/giu, 'février'],
  [/(?<=\d\s)august(?!\p{L})/giu, 'août'],
  [/(?<=\d\s)september(?!\p{L})/giu, 'septembre'],
  [/(?<=\d\s)october(?!\p{L})/giu, 'octobre'],
  [/(?<=\d\s)november(?!\p{L})/giu, 'novembre'],
  [/(?<=\d\s)december(?!\p{L})/giu, 'décembre'],
  // English ranges: "from tuesday 30 march to friday 2 april", "28 to 31 december", "monday to wednesday".
  [new RegExp(`(?<!\\p{L})(?:from\\s+)?((?:${ENGLISH_OR_FRENCH_WEEKDAY}\\s+)?(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?(?:\\s+(?:of\\s+)?\\p{L}+\\.?)?)\\s+(?:to|till|until)\\s+(?=(?:${ENGLISH_OR_FRENCH_WEEKDAY}\\s+)?(?:the\\s+)?\\d{1,2}(?!\\d))`, 'giu'), 'du $1 au '],
  [new RegExp(`(?<!\\p{L})(?:from\\s+)?(${ENGLISH_OR_FRENCH_WEEKDAY})\\s+(?:to|till|until)\\s+(?=${ENGLISH_OR_FRENCH_WEEKDAY}(?!\\p{L}))`, 'giu'), 'du $1 au '],
  [/\bwhat is booked\b/giu, "ce qui est réservé"],
  // Urgent stories: someone else picking the child up, a stranger, a hospital, a call asked.
  [/(?<!\p{L})(?:the|his|her|my|our) (?:uncle|aunt|auntie|neighbou?r|friend|cousin|brother|sister|grand(?:ma|pa|mother|father)|nanny|babysitter)(?: of (\p{L}+))? (?:will |is going to |going to |can |must |come to |comes to )?(?:pick|take|collect|get)(?!\p{L})/giu, "quelqu'un d'autre va chercher $1"],
  [/(?<!\p{L})(?:a |one )?(?:man|woman|person|guy|lady) (?:that |who )?(?:I|we) (?:do |did )?(?:not|don'?t|didn'?t|no) know(?!\p{L})/giu, 'un homme inconnu'],
  [/(?<!\p{L})(?:in |at |to )?(?:the )?hospital(?!\p{L})/giu, " à l'hôpital"],
  [/(?<!\p{L})(?:can |could |please )?(?:somebody|someone|anybody|anyone|a person) (?:can |could )?(?:call|phone|ring|contact) me(?!\p{L})/giu, "que quelqu'un me rappelle"],
  // Yes/no questions on what is booked: "are Tendai and Rudo registered for tomorrow?", "Zarmina she is inscrit for wednesday?".
  [/(?<!\p{L})(?:is|are) ((?:\p{L}+\s+){1,3}?)(?:registered|booked|book|reserved|inscrite?s?)(?!\p{L})(?=[^.!?]*\?)/giu, 'est-ce que $1est bien inscrit'],
  [/(?<!\p{L})(?:(?:he|she|they|it)\s+)?(?:is|are) (?:registered|booked|book|reserved|inscrite?s?)(?!\p{L})(?=[^.!?]*\?)/giu, 'est bien inscrit'],
  [/(?<!\p{L})(?:which|what) days?(?!\p{L})/giu, 'quels jours'],
  [/(?<!\p{L})(?:what is |what's )?the status(?: of)?(?: (?:my|the) (?:demand|demande|request|booking|reservation))?(?!\p{L})/giu, 'où en est ma demande'],
  [/(?<!\p{L})(?:my|the) (?:demand|request) (?:(for \p{L}+),? )?what is the status(?!\p{L})/giu, 'où en est ma demande $1'],
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
  ).map(([short, month]) => [new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${short}(?!\\p{L})\\.?`, 'giu'), `$1 ${month}`] as const),
  [/\b(\d{1,2})(?:st|nd|rd|th)\b(?=\s+(?:of\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\b)/giu, '$1'],
  [/\bspring (?:vacations?|holidays?|break)\b/giu, 'vacances de printemps'],
  [/\b(?:the |for )?(printemps|hiver|no[eë]l|toussaint|p[aâ]ques|[ée]t[ée]) (?:vacations?|holidays?|break)\b/giu, 'vacances de $1'],
  [/\bwinter (?:vacations?|holidays?|break)\b/giu, "vacances d'hiver"],
  [/\b(?:christmas|xmas) (?:vacations?|holidays?|break)\b/giu, 'vacances de Noël'],
  [/\bsummer (?:vacations?|holidays?|break)\b/giu, "vacances d'été"],
  [/\b(?:autumn|fall|halloween|all saints) (?:vacations?|holidays?|break)\b/giu, 'vacances de la Toussaint'],
  [/\bduring\b/giu, 'pendant'],
  [/\b(\d{1,2}(?:st|nd|rd|th)?|of|in|end of|la fin de)\s+march\b/giu, '$1 mars'],
  [/\b(\d{1,2}(?:st|nd|rd|th)?)\s+may\b/giu, '$1 mai'],
  [/\b(?:of|in) may\b/giu, 'de mai'],
  [/(?<!\p{L})(?:the|every|all the|all) (?=(?:mondays|tuesdays|wednesdays|thursdays|fridays)(?!\p{L}))/giu, 'les '],
  // "book her on friday 11 instead", "Dinuk need garderie thursday": a booking.
  [/(?<!\p{L})(?:please |pls |plz )?book (?:her|him|them)(?!\p{L})/giu, 'inscrivez-le'],
  [/(?<!\p{L})(?<!\b(?:no|not|don'?t|doesn'?t|dont|he|she|they|we|it|i|mi|me) )needs? (?=(?:the |a |an )?(?:garderie|centre|accueil|place|spot|evening|after)(?!\p{L}))/giu, 'a besoin de '],
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
  [/\bhow (?:it works|does it work|it work|to use|(?:I |do I |can I )?use (?:this|the|your) (?:chat|bot|app|assistant|chatbot))\b/giu, 'comment ça marche'],
  [/(?<!\p{L})(?:pode me ligar|me liga|ligue[- ]me|me ligue)(?!\p{L})/giu, "que quelqu'un me rappelle"],
  [/\bexplain\b/giu, 'expliquez'],
  [/\bwhether\b/giu, 'si'],
  [/\bor not\b/giu, 'ou pas'],
  [/\b(?:is|are) (?:reserved|booked|registered)\b/giu, 'est réservé'],
  [/\b(?:has|have) (?:a |the )?(?:reservation|booking|place)\b/giu, 'a une place'],
  [/\bwhat (?:I|we|did I|did we) (?:reserve|reserved|book|booked)\b/giu, "qu'est-ce que j'ai réservé"],
  [/\b(?:the )?last day (?:I|we|you) can\b/giu, 'la date limite pour'],
  [/\bwhere (?:can )?(?:I|we) (?:can )?find\b/giu, 'où trouver'],
  [/\b(?:he|she|they|we|it) needs?\b/giu, 'il a besoin de'],
  [/(?<!\p{L})(?:I|mi|me) (?:need|needs)(?!\p{L})/giu, "j'ai besoin de"],
  [/(?<!\p{L})(?:I|we) have(?!\p{L})/giu, "j'ai"],
  [/(?<!\p{L})(?:was|were) (?:malade|ill)(?!\p{L})/giu, 'était malade'],
  [/(?<!\p{L})(?:paper|papier|papers|papiers|note) (?:from|of) (?:the )?(?:doctor|docteur|medecin|médecin)(?!\p{L})/giu, 'certificat médical'],
  [/(?<!\p{L})(?:is|are) (?:the|this) (?=\p{L}+(?: \p{L}+){0,3} open(?!\p{L}))/giu, 'est-ce que le '],
  [/(?<!\p{L})open(?!\p{L})/giu, 'ouvert'],
  [/(?<!\p{L})what (?:are|is) (?=les?|la|l')/giu, 'quels sont '],
  [/(?<!\p{L})what (?:this|the|you|your) (?:bot|chatbot|assistant|app) (?:can|could) do(?!\p{L})|(?<!\p{L})what (?:can|could) (?:this|the|you|your) (?:bot|chatbot|assistant|app)? ?do(?!\p{L})/giu, 'que savez-vous faire'],
  [/(?<!\p{L})how (?:I|do I|can I|to|we|do we|can we|i can) (?:make|create|open|get) (?:an? |my |the )?(?:account|compte(?: citoyen)?)(?!\p{L})/giu, 'comment créer un compte'],
  [/(?<!\p{L})add (my|her|his|our) (husband|wife|partner|mother|father|mum|mom|dad|grandmother|grandfather|grandma|grandpa)\s+(?:in|to|on|into) (?:the|my|our) (?:account|compte)(?!\p{L})/giu, 'ajouter mon mari sur le compte'],
  [/(?<!\p{L})(?:the )?(?:phone|telephone) number(?: of the| of)?(?!\p{L})/giu, 'le numéro de téléphone du'],
  [/(?<!\p{L})(?:the )?last day is when(?!\p{L})/giu, 'quelle est la date limite'],
  [/(?<!\p{L})until (?:which|what) (?:date|day)(?!\p{L})/giu, "jusqu'à quelle date"],
  [/(?<!\p{L})how (?:I|do I|can I|to|we|do we|can we) send(?!\p{L})/giu, 'comment envoyer'],
  [/(?<!\p{L})(?:is|are) (?:it |they )?open(?!\p{L})/giu, 'est ouvert'],
  [/(?<!\p{L})only school days(?!\p{L})/giu, 'seulement les jours d’école'],
  [/(?<!\p{L})(?:is|are) (?:accepted|approved|ok|okay|confirmed|accept[ée]e?|valid[ée]e?)(?!\p{L})/giu, 'est acceptée'],
  [/(?<!\p{L})where is my (?:demande|request|booking|reservation)(?!\p{L})/giu, 'où en est ma demande'],
  [/(?<!\p{L})(?:nobody|no one|no body) (?:answers?|answered|replies|replied|respond|responds|responded)(?!\p{L})/giu, 'personne ne répond'],
  [/(?<!\p{L})(?:talk|speak)(?: to| with)? (?:a |the )?(?:staff|team|office|service)(?!\p{L})/giu, "parler à quelqu'un du service"],
  [/(?<!\p{L})(?:the )?first week(?!\p{L})/giu, 'la première semaine'],
  [/(?<!\p{L})(?:the )?second week(?!\p{L})/giu, 'la deuxième semaine'],
  [/(?<!\p{L})from (\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\.?\s+)(?:to|until|till) (?=\d)/giu, 'du $1au '],
  // Portuguese and Spanish mixed in: the words a request turns on.
  [/(?<!\p{L})(?:at[ée]|hasta) (?:quando|cuando|cuándo)(?!\p{L})/giu, "jusqu'à quand"],
  [/(?<!\p{L})(?:do|desde el|desde o|del) (?=\d{1,2}(?:\s+\p{L}+)?\s+(?:at[ée]|hasta|al|ao|a|au)\s+\d)/giu, 'du '],
  // "del viernes 4 décembre hasta mercredi 9": weekdays before the day numbers.
  [/(?<!\p{L})(?:desde el|desde o|del) (?=\p{L}+ \d{1,2}(?:\s+\p{L}+)?\s+(?:at[ée]|hasta|al|ao)\s+(?:\p{L}+\s+)?\d)/giu, 'du '],
  [/(?<=\d(?:\s+\p{L}+)?\s+)(?:at[ée]|hasta|al|ao)\s+(?=\p{L}+\s+\d)/giu, 'au '],
  [/(?<=\d\s+)(?:at[ée]|hasta|al|ao)\s+(?=\d)/giu, 'au '],
  [/(?<!\p{L})(?:at[ée]|hasta)\s+(?=(?:le |el |o )?\d)/giu, "jusqu'au "],
  [/(?<!\p{L})(?:ela|ele|ella|él) (?:n[ãa]o|no) (?:vai|va|vem|viene) mais(?!\p{L})/giu, 'il ne va plus'],
  [/(?<!\p{L})(?:n[ãa]o|no) (?:vai|vem|viene|va a venir|vai vir)(?!\p{L})/giu, 'ne viendra pas'],
  [/(?<!\p{L})(?:(?:ela|ele|ella)\s+)?(?:estava|tava|estaba)\s+(?:doente|enferm[oa]|malade)(?!\p{L})/giu, 'était malade'],
  [/(?<!\p{L})(?:(?:ela|ele|ella)\s+)?(?:t[aá]|est[aá])\s+(?:doente|enferm[oa])(?!\p{L})/giu, 'est malade'],
  [/(?<!\p{L})(?:doente|enferm[oa])(?!\p{L})/giu, 'malade'],
  // "Rayssa esta inscrita", "Jailson ta inscrit" (not "ta réservation"): is booked.
  [/(?<!\p{L})(?:t[aá]|est[aá])\s+(?=(?:inscrit[aoe]?s?|reservad[ao]s?|r[ée]serv[ée]e?s?)(?!\p{L}))/giu, 'est '],
  [/(?<!\p{L})inscrit[ao](?!\p{L})|(?<!\p{L})inscris[aă](?!\p{L})/giu, 'inscrite'],
  [/(?<!\p{L})(?:tenho|tengo)\s+(?:o |el |un |um )?(?:atestado|certificado)(?: m[ée]dico| do m[ée]dico| del m[ée]dico)?(?!\p{L})|(?<!\p{L})(?:atestado|certificado) (?:m[ée]dico|do m[ée]dico|del m[ée]dico)(?!\p{L})/giu, "j'ai un certificat médical"],
  [/(?<!\p{L})(?:quero|quiero) ver(?!\p{L})/giu, 'je veux voir'],
  [/(?<!\p{L})o que (?:eu )?(?:reservei|reserv[ée]|reservou|tenho reservado)(?!\p{L})|(?<!\p{L})lo que (?:he )?reservado(?!\p{L})/giu, "ce que j'ai réservé"],
  [/(?<!\p{L})(?:quero|quiero|queria|quisiera)(?!\p{L})/giu, 'je veux'],
  [/(?<!\p{L})(?:preciso|necesito|necessito|preciso de)(?!\p{L})/giu, "j'ai besoin de"],
  [/(?<!\p{L})(?:falar|hablar) (?:com|con) (?:alg[uú]em|alguien|uma pessoa|una persona|um humano|un humano|una humana|a person)(?!\p{L})/giu, "parler à quelqu'un"],
  [/(?<!\p{L})(?:falar|hablar) (?:com|con)(?!\p{L})/giu, 'parler avec'],
  [/(?<!\p{L})(?:um|un|una) humano(?!\p{L})|(?<!\p{L})hindi bot(?!\p{L})|(?<!\p{L})tao po(?!\p{L})/giu, "quelqu'un, pas un robot"],
  [/(?<!\p{L})(?:reservar|reserva) (?:ele|ela)(?!\p{L})/giu, 'réservez-le'],
  [/(?<!\p{L})(?:minha|mi) reserva(?!\p{L})/giu, 'ma réservation'],
  [/(?<!\p{L})reservar(?!\p{L})/giu, 'réserver'],
  [/(?<!\p{L})(?:inscribir|inscrever|inscrevir)(?: a)?(?!\p{L})/giu, 'inscrire'],
  [/(?<!\p{L})(?:cancela|cancele|cancelar|cancelem|anula|anular|anulati|anulați|anuleaza|anulează)(?!\p{L})/giu, 'annulez'],
  [/(?<!\p{L})(?:que horas|a que hora|a qué hora) (?:fecha|cierra)(?!\p{L})/giu, 'à quelle heure ferme'],
  [/(?<!\p{L})(?:ficar|quedarse|quedar) (?:com|con)(?!\p{L})/giu, 'rester avec'],
  [/(?<!\p{L})mas (\p{Lu}\p{L}+) (?:sim|s[ií])(?!\p{L})/gu, 'mais $1 oui'],
  // Spanish « y » before a Spanish verb ("mercredi y quitar vendredi"; not the French "y inscrire").
  [/(?<=\p{L}) y (?=(?:quitar|quita|quiten|sacar|saca|tirar|tira|poner|pon|agregar|a[ñn]adir|cancelar|cancela|anular|anula|reservar|inscribir|meter|mete)(?!\p{L}))/giu, ' et '],
  // Spanish and Portuguese "quitar", "tirar", "sacar" (and "tirer Rúben", as said by them): take off.
  [/(?<!\p{L})(?:quitar|quita|quiten|quitá|sacar|saca|tirar|tira)(?!\p{L})|(?<!\p{L})tirer(?= (?:(?:a|o|la|le|el) )?\p{Lu})/giu, 'retirer'],
  // "para los dos", "os dois", "ambos": both children.
  [/(?<!\p{L})(?:(?:para|pour) )?(?:los dos|las dos|os dois|as duas|ambos|ambas)(?!\p{L})/giu, 'pour les deux'],
  // Romanian "nu mai vine": no longer comes (not the month of May).
  [/(?<!\p{L})nu mai (?:vine|merge|vin)(?!\p{L})/giu, 'ne vient plus'],
  [/(?<!\p{L})nu mai(?!\p{L})/giu, 'ne plus'],
  // Haitian Creole: "mèsi anpil", "orevwa".
  [/(?<!\p{L})m[èe]si(?: anpil)?(?!\p{L})/giu, 'merci'],
  [/(?<!\p{L})orevwa(?!\p{L})/giu, 'au revoir'],
  // "Mwen vle enskri Fedna pou mèkredi", "mwen bezwen anile sant lan pou … lendi 14 desanm",
  // "Jeffley te malad yè, li pa t vini … papye doktè a, kijan pou m voye l ba ou ?".
  [/(?<!\p{L})bonswa(?!\p{L})/giu, 'bonsoir'],
  [/(?<!\p{L})bonjou(?!\p{L})/giu, 'bonjour'],
  [/(?<!\p{L})mwen (?:vle|ta renmen) (?=enskri|anile|rez[èe]ve)/giu, 'je veux '],
  [/(?<!\p{L})mwen bezwen (?=enskri|anile|rez[èe]ve)/giu, "j'ai besoin d' "],
  [/(?<!\p{L})enskri(?!\p{L})/giu, 'inscrire'],
  [/(?<!\p{L})anile(?!\p{L})/giu, 'annuler'],
  [/(?<!\p{L})rez[èe]ve(?!\p{L})/giu, 'réserver'],
  [/(?<!\p{L})sant lan(?!\p{L})/giu, 'le centre'],
  [/(?<!\p{L})lendi(?!\p{L})/giu, 'lundi'],
  [/(?<!\p{L})madi(?!\p{L})/giu, 'mardi'],
  [/(?<!\p{L})m[èe]kredi(?!\p{L})/giu, 'mercredi'],
  [/(?<!\p{L})jedi(?!\p{L})/giu, 'jeudi'],
  [/(?<!\p{L})vandredi(?!\p{L})/giu, 'vendredi'],
  [/(?<!\p{L})janvye(?!\p{L})/giu, 'janvier'],
  [/(?<!\p{L})fevriye(?!\p{L})/giu, 'février'],
  [/(?<!\p{L})septanm(?!\p{L})/giu, 'septembre'],
  [/(?<!\p{L})okt[òo]b(?!\p{L})/giu, 'octobre'],
  [/(?<!\p{L})novanm(?!\p{L})/giu, 'novembre'],
  [/(?<!\p{L})desanm(?!\p{L})/giu, 'décembre'],
  [/(?<!\p{L})jiy[èe](?!\p{L})/giu, 'juillet'],
  [/(?<!\p{L})(?:te )?malad(?!\p{L})/giu, 'malade'],
  [/(?<!\p{L})y[èé](?!\p{L})/giu, 'hier'],
  [/(?<!\p{L})li pa t vini(?!\p{L})/giu, "il n'est pas venu"],
  [/(?<!\p{L})papye dokt[èe](?: a)?(?!\p{L})/giu, 'le certificat médical'],
  [/(?<!\p{L})kijan pou m voye l(?: ba ou)?(?!\p{L})/giu, "comment je vous l'envoie"],
  [/(?<!\p{L})jou sa a(?!\p{L})/giu, 'ce jour-là'],
  [/(?<!\p{L})mwen travay(?!\p{L})/giu, 'je travaille'],
  [/(?<!\p{L})nou gen randevou(?!\p{L})/giu, 'nous avons rendez-vous'],
  [/(?<!\p{L})(?<=\p{Lu}\p{L}+ )ak(?= \p{Lu})/gu, 'et'],
  [/(?<!\p{L})pou(?!\p{L})/gu, 'pour'],
  [/(?<!\p{L})mwen(?!\p{L})/giu, 'je'],
  // "mete Wislanda à la place" (Portuguese, Creole): put; in lower case only, "Mete" is a first name.
  [/(?<!\p{L})mete(?!\p{L})/gu, 'mets'],
  // "the three children don't need the centre", "can you cancel please": no need, a cancellation.
  [/(?<!\p{L})(?:do not|don'?t|doesn'?t|does not|won'?t|will not) need(?: the| a| any)?(?!\p{L})/giu, "n'ont pas besoin de"],
  [/(?<!\p{L})cancel(?:led)?(?!\p{L})/giu, 'annuler'],
  // "and put her jeudi 18 à la place": put the child in.
  [/(?<!\p{L})(?:and |et )?put (?:her|him)(?!\p{L})/giu, 'et mettez-la'],
  [/(?<!\p{L})(?:and |et )?put them(?!\p{L})/giu, 'et mettez-les'],
  // Spanish "todos los miércoles": every Wednesday.
  [/(?<!\p{L})(?:para )?tod[oa]s (?:los|las) (?=(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[aá]bados)(?!\p{L}))/giu, 'tous les '],
  // Darija "w ba3d ghedda": and the day after tomorrow.
  [/(?<!\p{L})(?:w |ou )?ba3d (?:ghedda|ghadwa|ghda|ghedwa)(?!\p{L})/giu, 'et après-demain'],
  // "los niños", "as crianças", "the kids": the children.
  // ("os meninos", "i miei figli", "i ragazzi": the same, in Portuguese or Italian.)
  [/(?<!\p{L})(?:(?:los|las|os|as|les|my|the|mis|meus|minhas|i|i miei|le mie) )?(?:niños|ninos|niñas|ninas|hijos|crianças|criancas|filhos|meninos|figli|ragazzi|kids|children)(?!\p{L})/giu, 'les enfants'],
  // "I want to talk to a responsable": a person asked.
  [/(?<!\p{L})(?:talk|speak)(?: to| with)? (?:a |the |your )?(?:responsable|manager|supervisor|director|boss)(?!\p{L})/giu, 'parler à un responsable'],
  // Vietnamese: "Kha và Tú không đi", "cảm ơn".
  [/(?<=\p{L}) và (?=\p{L})/gu, ' et '],
  [/(?<!\p{L})(?:không|khong) (?:đi|di|đến|den|tới|toi)(?!\p{L})/giu, 'ne viendront pas'],
  [/(?<!\p{L})(?:cảm ơn|cam on)(?!\p{L})/giu, 'merci'],
  // Romanian "și": and.
  [/(?<=\p{L}) și (?=\p{L})/giu, ' et '],
  // Spanish: "quería saber qué días tiene reservado Mariángel".
  [/(?<!\p{L})quer[ií]a saber(?!\p{L})/giu, 'je voulais savoir'],
  [/(?<!\p{L})qu[ée] d[ií]as(?!\p{L})/giu, 'quels jours'],
  [/(?<!\p{L})tienen? reservad[oa]s?(?!\p{L})/giu, 'est réservé'],
  [/(?<!\p{L})(?:me puede|me podr[ií]a|puede) decir(?!\p{L})/giu, 'pouvez-vous me dire'],
  // Tagalog and English: "naka-book po ba bukas? just to check".
  [/(?<!\p{L})naka[- ]?(?:book|booked|reserve|reserba|reserved)(?!\p{L})/giu, 'est réservé'],
  [/(?<!\p{L})bukas(?!\p{L})/giu, 'demain'],
  [/(?<!\p{L})just to (?:check|verify|see|know)(?!\p{L})/giu, 'juste pour vérifier'],
  // "lundi, but yes mercredi": a contrast, and the day wanted.
  [/(?<!\p{L})but yes(?!\p{L})/giu, 'mais oui'],
  [/(?<!\p{L})but(?!\p{L})/giu, 'mais'],
  // "annuler Kauan mercredi e mettre Érica à la place": Portuguese "e" is "et".
  [/(?<=\p{L}) e (?=(?:mettre|mets|mete|inscrire|inscris|reserver|réserver|annuler|annule|enlever|retirer|ajouter|rajouter)\b)/giu, ' et '],
  [/(?<!\p{L})(?:semana que vem|pr[oó]xima semana|semana pr[oó]xima|la semana que viene|semana prochaine|s[ăa]pt[ăa]m[aâ]na viitoare)(?!\p{L})/giu, 'la semaine prochaine'],
  [/(?<!\p{L})semana(?!\p{L})/giu, 'semaine'],
  [/(?<!\p{L})(?:amanh[ãa]|mañana|manana|mâine)(?!\p{L})/giu, 'demain'],
  [/(?<!\p{L})(?:hoje|hoy|ast[ăa]zi)(?!\p{L})/giu, "aujourd'hui"],
  [/(?<!\p{L})(?:ontem|ayer|ieri)(?!\p{L})/giu, 'hier'],
  // Weekdays (Portuguese, Spanish, Romanian, Italian); the short ones only in lower case, as a first name ("Marti", "Joi") is written with a capital.
  [/(?<!\p{L})(?:segunda(?:-feira)?|lunes|luned[iì])(?!\p{L})(?! semaine)/giu, 'lundi'],
  [/(?<!\p{L})(?:ter[çc]a(?:-feira)?|martes|marted[iì])(?!\p{L})/giu, 'mardi'],
  [/(?<!\p{L})(?:quarta(?:-feira)?|mi[ée]rcoles|miercuri|mercoled[iì])(?!\p{L})/giu, 'mercredi'],
  [/(?<!\p{L})(?:quinta(?:-feira)?|jueves|gioved[iì])(?!\p{L})/giu, 'jeudi'],
  [/(?<!\p{L})(?:sexta(?:-feira)?|viernes|vineri|venerd[iì])(?!\p{L})/giu, 'vendredi'],
  [/(?<!\p{L})luni(?!\p{L})/gu, 'lundi'],
  [/(?<!\p{L})mar[țt]i(?!\p{L})/gu, 'mardi'],
  [/(?<!\p{L})joi(?!\p{L})/gu, 'jeudi'],
  [/(?<!\p{L})(?<!\d )(?:el|o) (?=(?:lundi|mardi|mercredi|jeudi|vendredi|\d{1,2})\b)/giu, 'le '],
  [/(?<=\d\s+)y (?:el )?(?=(?:lundi|mardi|mercredi|jeudi|vendredi|\d{1,2})\b)/giu, 'et le '],
  [/(?<!\p{L})(?:janeiro|enero)(?!\p{L})/giu, 'janvier'],
  [/(?<!\p{L})(?:fevereiro|febrero)(?!\p{L})/giu, 'février'],
  [/(?<!\p{L})(?:março|marzo)(?!\p{L})/giu, 'mars'],
  [/(?<!\p{L})(?:abril)(?!\p{L})/giu, 'avril'],
  [/(?<!\p{L})maio(?!\p{L})|(?<=\d\s+(?:de\s+)?)mayo(?!\p{L})/giu, 'mai'],
  [/(?<!\p{L})junho(?!\p{L})|(?<!\p{L})junio(?!\p{L})/giu, 'juin'],
  [/(?<!\p{L})julho(?!\p{L})|(?<=\d\s+(?:de\s+)?)julio(?!\p{L})/giu, 'juillet'],
  [/(?<!\p{L})(?:agosto)(?!\p{L})/giu, 'août'],
  [/(?<!\p{L})(?:setembro|septiembre)(?!\p{L})/giu, 'septembre'],
  [/(?<!\p{L})(?:outubro|octubre)(?!\p{L})/giu, 'octobre'],
  [/(?<!\p{L})(?:novembro|noviembre)(?!\p{L})/giu, 'novembre'],
  [/(?<!\p{L})(?:dezembro|diciembre)(?!\p{L})/giu, 'décembre'],
  [/(?<!\p{L})(?:por favor|porfavor|v[ăa] rog)(?!\p{L})/giu, "s'il vous plaît"],
  // "e a Inès ?", "e o Hugo também": "et Inès", "aussi".
  [/(?<!\p{L})[Ee] (?:a|o) (?=\p{Lu})/gu, 'et '],
  [/(?<!\p{L})(?:tamb[ée]m|tambi[ée]n)(?!\p{L})/giu, 'aussi'],
  [/(?<!\p{L})(?:tchau|adi[oó]s|hasta luego|at[ée] logo|la revedere)(?!\p{L})/giu, 'au revoir'],
  [/(?<!\p{L})(?:obrigad[oa]s?|gracias|mul[țt]umesc|salamat(?: po)?|dziekuje|dziękuję|tashakor|dyakuyu|дякую|спасибо|teşekkürler|tesekkurler|sagol)(?!\p{L})/giu, 'merci'],
  [/(?<!\p{L})(?:para|pentru)\b(?= (?:la|o|a|el|le|zenfant|\p{Lu}))/giu, 'pour'],
  [/(?<!\p{L})son tarih(?: ne)?(?!\p{L})/giu, 'date limite'],
  // ("Grazie mille, buona giornata!", "lo so, è troppo tardi", "io finisco tardi": thanks, a greeting, late (not « mardi »).)
  [/(?<!\p{L})grazie(?: mille)?(?!\p{L})/giu, 'merci'],
  [/(?<!\p{L})buona giornata(?!\p{L})/giu, 'bonne journée'],
  [/(?<!\p{L})buona ?sera(?!\p{L})/giu, 'bonne soirée'],
  [/(?<!\p{L})troppo tardi(?!\p{L})/giu, 'trop tard'],
  [/(?<!\p{L})tardi(?!\p{L})/giu, 'tard'],
  // ("c'est possivel ?", "o último dia pour annuler", "não, espera, c'est le 17", "du 2 al 6 novembre".)
  [/(?<!\p{L})(?:possivel|possível|possibile|posible)(?!\p{L})/giu, 'possible'],
  [/(?<!\p{L})(?:(?:o|el|l'|il) )?(?:[uú]ltimo) (?:dia|día|giorno)(?!\p{L})/giu, 'le dernier jour'],
  [/(?<!\p{L})(?:espera|aspetta)(?!\p{L})/giu, 'attends'],
  [/(?<!\p{L})n[ãa]o(?=,)/giu, 'non'],
  [/(?<=\d\s+)al (?=\d)/giu, 'au '],
  // "Nazanin no garderie lundi": no evening care that day.
  [/(?<!\p{L})no (?=(?:garderie|centre|accueil|cantine|soir)\b)/giu, 'pas de '],
];
