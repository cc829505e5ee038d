/**
 * Concepts: what the words of a message do, whatever the words. Parents say "book" in
 * dozens of ways ("réserver", "inscrire", "caler", "booker", "compter Léa pour", "il me
 * faut la garderie", "Hugo sera au centre") and "cancel" in as many ("décommander",
 * "rayer", "libérer sa place", "Léa sera chez son père", "stop pour jeudi"). The lexicon
 * below groups such expressions by meaning; each hit becomes a feature of the intent
 * classifier (`c_book`, `c_unbook`, …), so that an expression learnt once in one sentence
 * carries to every other.
 *
 * Polarity is decided on purpose, not left to word counts: an expression under a French
 * negation ("ne … pas", "ne … plus", "ne … jamais", spoken "… pas" alone, "pas besoin")
 * gives its negated concept (`c_attend` becomes `c_absent`, `c_need` becomes `c_noneed`,
 * `c_book` becomes `c_book_not`). Tense is read too: a child who "ne viendra pas" is a
 * cancellation, one who "n'est pas venu" an absence to justify.
 *
 * Reads the prepared text (folded, children masked as "zenfant", dates as "zdate").
 */

export const CONCEPTS = [
  /** Book, add, register: "réserver", "inscrire", "caler", "rajouter", "compter Léa pour". */
  'book',
  /** Cancel, remove: "annuler", "désinscrire", "retirer", "rayer", "libérer sa place". */
  'unbook',
  /** The child will attend: "sera au centre", "vient les lundis", "restera à la garderie". */
  'attend',
  /** A need: "il me faut", "j'ai besoin d'une place", "une place pour". */
  'need',
  /** The child will be elsewhere: "sera chez son père", "part en classe verte", "reste avec moi". */
  'elsewhere',
  /** Past absence: "n'est pas venu", "était absente", "a manqué", "est restée à la maison hier". */
  'was_absent',
  /** Illness and appointments: "malade", "fièvre", "rendez-vous chez le médecin". */
  'ill',
  /** Proofs of absence: "certificat", "justificatif", "justifier". */
  'proof',
  /** Is it booked?: "est-ce que Léa est inscrite", "a bien sa place", "c'est bien noté". */
  'state',
  /** Show me: "le point sur mes résas", "récap", "qu'est-ce que j'ai réservé", "mes réservations". */
  'overview',
  /** Until when: "jusqu'à quand", "date limite", "c'est fini quand", "avant quelle heure". */
  'limit',
  /** Too late: "hors délai", "trop tard", "exceptionnel", "j'ai raté la date". */
  'late',
  /** A person: "parler à quelqu'un", "un humain", "rappelez-moi", "un conseiller". */
  'person',
  /** Urgent or sensitive: hospital, accident, custody, an unexpected person picking up. */
  'sensitive',
  /** Money: "combien", "tarif", "prix", "facture", "payer". */
  'money',
  /** Practical information: hours, address, phone, account, rules. */
  'info',
  /** What can you do: "aide", "comment ça marche", "à quoi tu sers". */
  'help',
  /** Greetings, thanks, goodbyes. */
  'social',
  /** A request addressed to the service: "pouvez-vous", "merci de", "je voudrais", imperatives. */
  'ask',
  /** A question mark or a question form. */
  'question',
] as const;

export type Concept = (typeof CONCEPTS)[number];

/** A concept found in a message, with its polarity and where it stands. */
export interface ConceptHit {
  concept: Concept;
  negated: boolean;
  /** Word index of the first word of the expression. */
  at: number;
  /** A weak cue ("une place", "nous serons en déplacement"): a verb of the other direction outweighs it. */
  weak?: true;
}

const CHILD = `(?:zenfant|il|elle|ils|elles|les enfants|les petits|mon fils|ma fille|mes enfants|les deux|le petit|la petite|mon petit|ma petite|mon grand|ma grande|notre fils|notre fille|nos enfants|les trois|tout le monde)`;
/** "le médecin m'a retiré le permis", "on lui a enlevé le plâtre": something else taken off, after the verb (no booking). */
const OTHER_THING_TAKEN_OFF = `(?! (?:le |la |l' |mon |son |sa |ma |les |mes |ses |des |lui le |lui les )?(?:permis|points|platre|pansement|appareil|dent|dents|amygdales|vegetations|argent|carte|sang|fils|points de suture|cours|seances?|stage|entrainements?|ateliers?|activites?|repetitions?)\\b)`;
/** "… euh non efface ça", said to the dictation: the words just said are taken back, no booking. */
const WORDS_TAKEN_BACK = ` (?:ca|cela|tout ca|ce message|le message)\\b`;
const PLACE = `(?:au centre(?: de loisirs)?|a la garderie|au garderie|en garderie|a garderie|garderie|centre|a l' etude|au centre de loisirs|au periscolaire|a l' accueil(?: du soir| du mercredi| de loisirs)?|au peri|au centre aere|a l' etude|au centre de loisir|aux? activites?|a la cantine|au club|en garderie|en accueil|au alsh|a l' alsh|aux accueils?)`;
/** "que les petites restent à la garderie", "qu'Ana puisse être prise au centre": the children, their verb, the place. */
const CHILD_AT_PLACE = `(?:zenfant|les enfants|les petits|les petites|les (?:deux|trois|quatre) (?:petits|petites|grands|enfants)|le petit|la petite|mes enfants|les deux|il|elle|ils|elles|(?:mes|nos) (?:deux |trois )?(?:petits fils|petites filles|petits enfants|garcons|filles))(?: et zenfant)? (?:reste|restent|aille|aillent|soit|soient|puisse|puissent|vienne|viennent)\\b(?= (?:(?:bien|aussi|donc|tous les (?:deux|trois|quatre)|toutes les (?:deux|trois|quatre)|a|au|en|la|le|l'|pris|prise|accueilli|accueillie|accueillis|garde|gardee|gardes|en charge|rester|aller|venir|etre|soir) )*(?:${PLACE}|chez vous\\b))`;
/** After a pickup told: "…je les récupère moi-même à la sortie de l'école, comme d'habitude" is a habit, no change. */
const NOT_AS_USUAL = `(?!(?: \\S+){0,9} (?:comme d' habitude|comme d' hab|comme toujours)\\b)`;
/** The same pickup told as usual: a weak cue, a cancellation only when nothing else asks ("jeudi je les récupère moi-même, comme d'habitude"). */
const AS_USUAL = `(?=(?: \\S+){0,9} (?:comme d' habitude|comme d' hab|comme toujours)\\b)`;
/** "je les récupère moi-même", "on la prendra à la sortie": the child fetched by the family. */
const PICKED_UP_ONESELF = `\\b(?:la|les|le) (?:recupere|recuperer|recupererai|recupererons|prend|prendrai|prendrons|chercherai|chercherons) (?:a la sortie|a 16|a la fin|apres l' ecole|moi meme|nous memes|directement|a l' ecole)`;
/** "je ne pourrai pas", "nous ne pourrons donc pas": the family unable to, before what it cannot do. */
// ("j'ai mal au genou et ne pourrai plus le garder": the first person said by the verb alone.)
const CANNOT = `(?:\\b(?:je|nous|on) (?:ne |n' )?(?:pourrai|pourrons|pourra|peux|pouvons|peut)|\\bne (?:pourrai|pourrons|pouvons)) (?:donc |alors |malheureusement )?(?:pas|plus)`;
/** A booking named just before: "sa réservation du mercredi 3 février …". */
const BOOKING_BEFORE = `(?<=\\b(?:reservations?|inscriptions?|resas?|places?)\\b(?: \\S+){0,5} )`;
const OBJ = `(?:l' |la |le |les |lui |leur |me |nous |vous |te |z?enfant |m' |t' |s' )`;

/** A request put as a question, still a request: "pouvez-vous…", "tu peux…", "vous la remettez ?", "auriez-vous l'amabilité de…", "je vous demande de…". */
/** "enchantée, je suis la maman de Hiroki", "c'est la première fois que j'écris ici": an introduction. */
/** "je ne veux pas qu'il soit inscrit": a booking refused (the match opens on its negator). */
export const REFUSED_BOOKING = `(?=pas qu)(?<=\\b(?:veux|voulons|voudrais|voudrions|souhaite|souhaitons|souhaiterais|souhaiterions|desire|desirons) )pas qu' ?(?:zenfant|il|elle|ils|elles|les enfants|les deux|les petits)(?: et zenfant)? (?:soit|soient|reste|restent) (?:inscrite?s?|reservee?s?|comptee?s?|prevue?s?|notee?s?|sur la liste)\\b`;
/** "annulez donc tout ", "supprimez-moi tout ": a cancellation of what follows (« ce qui est réservé »). */
const ALL_BOOKED_CANCELLED = `\\b(?:annule|annulez|annuler|enleve|enlevez|enlever|supprime|supprimez|supprimer|retire|retirez|retirer|decommande|decommandez|decommander|liberez|liberer|libere) (?:donc |moi |nous |alors |bien )?(?:absolument )?tout `;
/** "ma journée s'achevant exceptionnellement à midi", "notre restaurant fermant exceptionnellement": the parent's day, not an exception asked. */
export const PARENT_DAY_VERB = `(?:achev|finiss|fini|termin|ferm|ouvr|ouvert|travaill|boss|sort|rentr|commenc)\\w*`;
/** "Inès non plus", "lui non plus": neither, after a refusal. */
/** The grown-ups who keep the children (their absence is a reason to book, not the child's): "notre assistante maternelle sera absente". */
export const CARERS = 'nounou|nourrice|baby sitter|assistante maternelle|grand mere|grand pere|mamie|papi';
export const NEITHER = `(?:zenfant|lui|elle|eux|elles) non plus`;
export const INTRODUCTION = `\\benchantee?s?\\b|\\b(?:c' est )?(?:la )?premiere fois (?:que )?(?:j' ecris|je vous ecris|j' utilise)\\b`;
export const REQUEST_AS_QUESTION = `\\b(?:pouvez vous|pourriez vous|vous pouvez|vous pourriez|peux tu|pourrais tu|tu peux|tu pourrais)\\b|\\b(?:auriez vous|aurais tu|avez vous) (?:l' amabilite|la gentillesse|l' obligeance|la bonte)\\b|\\bje vous (?:demande|prie|saurais gre) (?:de |d' )|\\bvous (?:le |la |les |l' |lui |leur )?(?:remettez|rajoutez|ajoutez|inscrivez|mettez|enlevez|retirez|annulez|reservez)\\b`;

/** Expressions by concept: regular-expression sources over the prepared text. */
const LEXICON: Record<Exclude<Concept, 'question'>, string[]> = {
  book: [
    // "…, et reportez-les sur la semaine du 25 janvier", "de les reporter sur celle du 12": the days moved to, booked.
    `\\breport(?:er|ez|e|ons)(?: les| la| le)? (?:sur|a|au|pour) zdate\\b`,
    // ("rayez Hubertine du 3 février et portez-la au mercredi 10": carried over to the day, booked.)
    `\\bport(?:er|ez)(?: les| la| le)?(?: sur| a| au| pour)? zdate\\b`,
    // ("Plectrude fréquentera désormais l'accueil du soir tous les lundis": the child will come, from now on.)
    `\\b(?:frequentera|frequenteront)(?: (?:desormais|dorenavant|donc))? (?:${PLACE}|l' accueil|la garderie|le centre|le periscolaire|l' etude)\\b`,
    // "resa Soann mardi", "inscription pour Zoé et Malo le 12": a booking's name, the child and the day, opening the message.
    `^(?:(?:bonjour|bjr|salut|slt|coucou|bonsoir|bsr|svp|stp|s' il (?:te|vous) plait) )*(?:resa|reservation|inscription)s? (?:pour |de )?zenfant(?: (?:et|\\+) zenfant)* zdate\\b`,
    // ("la garderie du soir pour Aurélise tous les mardis…": the service, the child and the days, opening the message.)
    `^(?:(?:bonjour|bjr|salut|slt|coucou|bonsoir|bsr|euh|bonne annee) )*(?:(?:la |l' )?(?:garderie|accueil|centre|peri|periscolaire)(?: du soir| de loisirs| du mercredi)? pour zenfant(?: et zenfant)* zdate)\\b`,
    // "il faut mettre elles à la garderie", as a non-native speaker may put it.
    // ("annuler Cerise le vendredi et mettre elle le lundi après": the same, with the day.)
    `\\b(?:mettre|mets|mettez) (?:elle|elles|lui|eux)\\b(?= (?:a la|au|a l') (?:garderie|centre|accueil|periscolaire|peri|etude|cantine)\\b| (?:le |la )?zdate\\b)|\\b(?:il )?(?:faut|faudrait|faudra) mettre (?:elle|elles|lui|eux)\\b`,
    // ("la qualité de l'accueil réservé à Lina": a welcome given, no booking.)
    // ("ce qui et réservé", "les jours réservés": a state.)
    `(?<!\\b(?:accueil|avoir|ce que je|ce que j' ai|ce qu' on|ce que nous|ce qui|ce qui et|est|sont|jours?|dates?) )reserv(?:er|e|es|ez|ons|ais|ait|erai|erais|erait|erez|eriez)\\b`,
    // "elle m'a dit avoir réservé": a booking told, weak beside a look.
    `~\\bavoir reserv(?:e|ee|es|ees)\\b`,
    // "\b" first: "désinscrire" is no booking.
    // ("inscrit au club de judo le jeudi soir", "désormais inscrit à une activité sportive le mercredi": another activity, no booking here.)
    // ("leur papa a dû vous inscrire par habitude": a booking guessed, made before by someone else; told, weak.)
    `~\\b(?:a|avait|aurait|ont|avaient|auraient) du (?:vous |les |nous |la |le |l' )?(?:re)?inscrire\\b`,
    `(?<!\\b(?:a|avait|aurait|ont|avaient|auraient) du (?:vous |les |nous |la |le |l' )?)\\b(?:re)?inscri(?:re|s|vez|vons|vais|rai|rais|rait|rez|riez|viez|vions|ve|vent)?\\b(?! (?:au|a la|a l'|a une|a un|en|dans (?:un|une|le|la|son|sa)) (?:club|conservatoire|cours|judo|foot|football|tennis|danse|piano|musique|natation|piscine|sport|rugby|basket|theatre|atelier|ecole de musique|gym|gymnastique|escrime|karate|solfege|chorale|handball|equitation|activite (?:sportive|musicale|artistique|culturelle|extra ?scolaire))\\b)`,
    // A participle after "être" or a negation is a state ("il est pas inscrit"), not a booking.
    `(?<!\\b(?:est|sont|son|etait|etaient|etant|soit|soient|pas|bien|deja|plus) )\\b(?:re)?inscri(?:t|te|ts|tes)\\b(?! ?\\?)(?! (?:au|a la|a l'|a une|a un|en|dans (?:un|une|le|la|son|sa)) (?:club|conservatoire|cours|judo|foot|football|tennis|danse|piano|musique|natation|piscine|sport|rugby|basket|theatre|atelier|ecole de musique|gym|gymnastique|escrime|karate|solfege|chorale|handball|equitation|activite (?:sportive|musicale|artistique|culturelle|extra ?scolaire))\\b)`,
    // ("elle a réservé le centre": a past booking told, no imperative.)
    `(?<!\\b(?:avoir|ai|a|as|avons|avez|ont|avait|avais|avions|aviez|avaient) )\\b(?:mets|mettez|inscris|inscrivez|reserve|reservez|rajoute|rajoutez|ajoute|ajoutez|remets|remettez|prends|prenez|gardez|compte|comptez|note|notez|cale|calez|booke|bookez) (?:le|la|les|l'|lui|leur)\\b(?! (?:a la maison|avec moi|chez))`,
    // "Hugo aussi mercredi" books; "et Hugo aussi mercredi" opening a message follows the last request.
    // ("Hugo aussi la même semaine": the days of the last request, which it follows.)
    `(?<!^(?:(?:ah|oh|ok|bon|alors|super|parfait) )?et )\\bzenfant (?:oui|ok|aussi) (?:zdate|pour|le|la(?! meme\\b)|au|a la)\\b`,
    // "jeudi non, vendredi oui": a day said yes to. ("mercredi prochain, oui c'est ça" remembers a date: no day said yes to.)
    `\\bzdate oui\\b(?! (?:c' est|c est|cest) (?:ca|cela|bien ca|bien cela|bien ce jour|ce jour)\\b| (?:je crois|je pense|voila)\\b)`,
    `book(?:er|e|es|ez|ing)?\\b`,
    `\\bcal(?:er|e|es|ez|ons)\\b`,
    // "enlever mardi et mettre mercredi": a day put in.
    `\\b(?:mettre|mets|met|mettez|remettre|remets|remet|remettez) (?:le |la )?zdate\\b`,
    `(?<!\\b(?:maintenir|garder|annuler|supprimer|retirer) l' )\\b(?:ajout|inscription) de zenfant\\b`,
    // "d'une part, son inscription à l'accueil du soir le vendredi 27": a booking asked in nouns, in a letter.
    `(?<!\\b(?:maintenir|garder|annuler|supprimer|retirer|annulation de|suppression de) )\\b(?:son|sa|leur|une) (?:inscription|reservation) (?:a|au|aux|pour) (?:l' |la |le )?(?:accueil|garderie|centre|periscolaire|etude)\\b(?! (?:\\S+ ){0,6}(?:est|sont|etait|a ete|ont ete|bien|valide|validee|confirmee?)\\b)`,
    // "ajout Kenza jeudi" (an SMS, the noun for the verb).
    `^(?:r?ajout|rajout) zenfant\\b|\\b(?:et|puis) (?:r?ajout|rajout) zenfant\\b`,
    `(?:r?ajout|rajout)(?:er|e|ez|ons|erai|erais|eriez)\\b`,
    `\\b(?:compt|not|prevo|prevoi)(?:er|ez|ir|yez)\\s+zenfant`,
    `\\bcompter (?:${OBJ})?(?:zenfant|les enfants|mes enfants|les deux|les petits) (?:pour|zdate|le|la|les)`,
    `\\b(?:veux|veut|voulons|voudrais|voudrait|voudrions|voudraient|aimerais|aimerait|aimerions|souhaite|souhaiterais|souhaiterait|souhaitons|faut|faudrait|prefere|prefererais|prefererait|preferons|prefererions|aimerais mieux|aimerions mieux) (?:que |qu' ?)(?:(?:la petite|le petit|ma petite|mon petit|ma|mon) )?(?:zenfant|les enfants|mes enfants|les (?:deux|trois|quatre) (?:petits|grands|enfants)|les deux|les petits|il|elle|ils|elles)(?: et zenfant)? (?:reste|restent|aille|aillent|soit|soient|vienne|viennent|puisse|puissent)\\b(?! (?:pas|plus|a la maison|chez (?!vous\\b)|avec))`,
    `\\bcompter sur (?:eux|elle|lui|elles|zenfant|les enfants|mes enfants|les deux|les petits|nous)\\b`,
    // "pour qu'Eskil ait une place à l'accueil le mercredi 26 mai": a place the child should have is asked.
    `\\bqu' ?(?:zenfant|il|elle|ils|elles|les enfants|les deux|les petits)(?: et zenfant)? (?:ait|aient|obtienne|obtiennent|puisse avoir|puissent avoir) (?:bien )?(?:une|sa|leur|des) places?\\b`,
    `\\b(?:soit|soient|etre) (?:remise?s?|retablie?s?|reinscrite?s?|ajoutee?s?|rajoutee?s?|comptee?s?|accueillie?s?|prise?s? en charge)\\b`,
    // "leur souhait de voir leurs enfants accueillis à l'accueil de loisirs du 5 au 16 juillet".
    `\\b(?:voir|savoir) (?:leurs?|ses|mes|nos|les) (?:deux |trois )?(?:enfants|petits) (?:accueillie?s?|inscrite?s?|pris en charge)\\b`,
    // ("c'est moi qui la dépose et la reprends à l'école": picking the child up is no booking.)
    `\\b(?:remettre|remettez|remets|reprendre|reprenez|reprends|reinscrire|reinscrivez|reactiver|reactivez|retablir|retablissez)\\b(?!(?: \\S+){0,2} (?:a l' ecole|a la sortie|apres l' ecole|a la fin de l' ecole|a 1[5-8])\\b)`,
    // ("mettre les trois petits à la garderie", "mettez mes petits-enfants", "mettez donc Loriane".)
    `\\bmett(?:re|ez|ons|s|ez moi|re moi)\\s+(?:donc |alors |aussi |egalement )?(?:${OBJ})?(?:zenfant|les enfants|mes enfants|nos enfants|les deux|les petits|mon fils|ma fille|les (?:trois|quatre|3|4) (?:petits|enfants|loulous)|(?:les|mes|nos) petits enfants|les jumeaux|les jumelles)(?! (?:chez|a la maison|avec (?:moi|nous|leur|son|sa|ses)))`,
    `\\bmett(?:re|ez|ons|s)\\s+(?:${OBJ})?${PLACE}`,
    // "Marwan va rester le soir lundi": a stay at the service to come.
    `\\b(?:zenfant|ils|elles) (?:va|doit|devra|vont|doivent|devront) (?:donc )?rester (?:le soir|les soirs|au centre|a la garderie|en garderie|a l' etude|apres l' ecole)\\b`,
    // "jeudi tu la mets à la garderie": the pronoun before the verb.
    `\\b(?:la|le|les|l') (?:re)?(?:mets|met|mettez|mettre|mettrez|mettras)\\s+${PLACE}`,
    // ("je mets mes 4 au centre la 1ère semaine": the household's children counted; not "mettre les trois petits chez ma mère".)
    `\\b(?:mets?|mettez|mettre)(?: moi| nous)?\\s+(?:donc |alors |aussi |egalement )?(?:zenfant|les enfants|mes enfants|(?:les|mes) (?:deux|trois|quatre|cinq|petits|filles|garcons|loulous)|mon fils|ma fille)\\b(?!(?: petits| enfants)? (?:chez|avec|a la maison|en vacances)\\b)`,
    // ("je pourrai prendre les enfants le mardi comme d'habitude": the writer takes them, the family keeps that day.)
    `(?<!\\b(?:je|j'|on|nous|moi)\\s+(?:ne\\s+)?(?:pourrai|pourrais|peux|peut|pourra|vais|va|pourrons|pouvons|allons|irai|viendrai|viendra|viendrons)\\s+(?:pas\\s+|bien\\s+|aussi\\s+)?)\\b(?:prendre|prenez|prendriez|pourriez prendre|accueillir|accueillez|accepter|acceptez|recevoir|recevez)\\s+(?:${OBJ})?(?:zenfant|les enfants|mes enfants|les deux|les petits|mon fils|ma fille|(?:son|notre|leur) fils|(?:sa|notre|leur) fille|le petit|la petite|(?:ses|ces|leurs|nos) (?:deux |trois |quatre )?(?:enfants|petits enfants))`,
    // "qu'ils puissent bénéficier de l'accueil du mercredi les 16 et 23": the service asked for.
    `\\bbenefici(?:er|e|ent|ez|erait|eraient|eront) (?:de l' accueil|du centre|de la garderie|du periscolaire|de l' etude|d' une place|de places?|des accueils?|de la cantine)\\b`,
    `(?<!\\b(?:pour|je vais|on va|nous allons|je peux|on peut|je viens) )\\b(?:garder|gardez|garderiez|surveiller|surveillez)\\s+(?:${OBJ})?(?:zenfant|les enfants|mes enfants|les deux|les petits|mon fils|ma fille|le petit|la petite)(?! (?:nous memes|nous meme|moi meme|a la maison|avec (?:nous|moi)|chez (?:nous|moi))\\b)`,
    `\\b(?:pouvez vous|pourriez vous|vous pouvez|vous pourriez|possible de|pourrait on|peut on|on peut) (?:la |le |les |l' |lui )?(?:garder|prendre|accueillir)\\b`,
    // Nouns ("une place", "l'inscription", "la réservation de Léa") are weak: "annuler la réservation" cancels.
    `~\\b(?:une|des|sa|leur|ma|la) places?\\b`,
    `~\\binscriptions?\\b`,
    `~\\breservations?\\b(?= (?:pour|de zenfant|zdate|de mes|des enfants|du|de la|d' une))`,
    `\\b(?:faire|fais|faites|passer|passez) (?:une |la |les |des )?(?:reservations?|inscriptions?|resas?)\\b`,
    // ("c'est moi qui viens les prendre à la sortie": the family picks them up, no booking.)
    `(?<!\\b(?:droit|interdit|interdite|interdiction|autorise|autorisee) de )(?<!\\b(?:viens|vais|viendrai|venons|vient|va|irai|passe|passerai|passons) )\\b(?:les|la|le|l'|lui|leur) (?:faire (?:admettre|inscrire|accueillir|garder)|garder|prendre|accueillir|inscrire|reserver|recevoir|mettre|compter|caler|booker|ajouter|rajouter|noter|prevoir|admettre)\\b(?! (?:a la maison|chez|avec moi|avec nous|au chaud|au lit))`,
    `\\b(?:la |le |les |l' )?(?:report|decal|deplac|transfer)(?:er|ez|e)\\b (?:au|a|pour|sur|zdate)\\b`,
    `\\bplac(?:er|ez)\\b|\\bprogrammer\\b|\\bplanifi(?:er|ez)\\b|\\benregistr(?:er|ez)\\b|\\bvalid(?:er|ez)\\b`,
    `\\bcocher\\b|\\bcochez\\b|\\bbloquer (?:une |la |sa )?(?:place|journee|date)`,
    `\\bretenir (?:une |la )?place\\b|\\bgarder (?:une |la |sa )place\\b`,
    // "si on pouvait le laisser à l'accueil du soir demain": a child left at the service is booked.
    `\\b(?:(?:le|la|les|l') laisser|laiss(?:er|ez|e) zenfant) (?:a l' accueil|a la garderie|au centre|a l' etude|au periscolaire|a la peri|au peri)\\b`,
    // "tu me bloques Sigurd jusqu'à vendredi ?".
    `\\bbloqu(?:er|e|es|ez) (?:zenfant|les enfants|les deux|les petits)\\b`,
    // "ma fille m'a chargé de vous demander une place au centre": a place asked is a booking.
    // ("je peux laisser Hugo jusqu'à 18h30 demain ?", "laissez-la à la garderie ce soir": left at the service, a booking.)
    `\\b(?:laisser|laisse|laissez)\\s+(?:zenfant|les enfants|les deux|les petits|mes enfants|la|le|les)\\s+(?:a la garderie|au centre|a l' accueil|au periscolaire|(?:au )?plus tard|jusqu' ?a (?:\\d{1,2}\\s?h|la fermeture|la fin))`,
    // ("je sollicite en remplacement une place le mercredi 20": the same, said in a letter.)
    `\\b(?:demander|demande|demandons|solliciter|sollicite|sollicitons) (?:(?:en remplacement|en echange|a la place|egalement|aussi|donc|alors) )?(?:une |des |deux |trois )places?\\b`,
    // "je sollicite l'inscription de ma fille", "nous demandons l'accueil de nos enfants": a booking asked in a noun, in a letter.
    `\\b(?:je |nous )(?:sollicite|sollicitons|demande|demandons) (?:par la presente |donc |ainsi |des a present |des maintenant |d' ores et deja |deja )?(?:l' inscription|la reservation|l' accueil|l' admission)\\b`,
    // ("…, agissant pour le compte de ma fille, sollicite par la présente l'inscription desdits enfants": the subject far before.)
    `\\b(?:sollicite|sollicitons) par la presente (?:l' inscription|la reservation|l' accueil|l' admission)\\b`,
  ],
  unbook: [
    // "le stage de tennis a été annulé": another activity cancelled is a reason to come, not a cancellation.
    `(?<!\\b(?:stage|sortie|voyage|match|cours|competition|tournoi|spectacle|seance|entrainement|activite|camp|colo|classe verte|rendez vous|rdv|examen|anniversaire)(?: \\S+){0,4} (?:a ete|est|sont|ont ete|a) )\\bannul(?:er|e|es|ez|ons|ais|ait|erai|erais|erait|erez|eriez|ation|ations)\\b(?! (?:le |la |les |l' |leur |leurs |notre |nos |son |sa |ses |mon |ma |mes )(?:stage|sortie|voyage|match|cours|competition|tournoi|spectacle|seance|entrainement|camp|colo|classe verte|rendez vous|rdv|examen|anniversaire|vol|train|billets?|sejour|deplacement|week end|weekend)\\b)`,
    `\\bdecompt(?:er|ez|iez|e|ions)\\b`,
    // "sa réservation du vendredi 5 n'a plus lieu d'être".
    `\\b(?:reservations?|inscriptions?|places?|resas?)\\b(?: \\S+){0,3} (?:n' a|n' ont|n' aura|n' auront) plus (?:lieu d' etre|de raison d' etre)\\b`,
    // "je ne veux pas qu'il soit inscrit ce jour-là": the booking refused (the match opens on its negator).
    REFUSED_BOOKING,
    // Doing without: "Hugo fera sans la garderie", "on se passera du centre", "on s'arrange autrement".
    `\\b(?:fera|feront|fait|font|faire|ferons|ferai) sans (?:la |le |l' )?(?:garderie|centre|accueil|periscolaire|peri|cantine|etude)\\b|\\b(?:se|nous|me) passer\\w* (?:du|de la|de l'|des) ?(?:centre|garderie|accueil|periscolaire|peri|cantine|etude)\\b|\\b(?:on|je|nous) (?:s' |m' |nous )?(?:arrange|arrangerai|arrangerons|arrangera|debrouille|debrouillerai|debrouillera|organise|organisera|organiserai) (?:autrement|sans vous|en famille|entre nous)\\b`,
    // A request in nouns: "suppression de la réservation de Lina le 9".
    `\\bsuppression (?:de la |des |de sa |de leur |de ma )?(?:reservations?|inscriptions?|resas?|places?)\\b`,
    `\\b(?:ne soit|ne soient|ne sera|ne seront|n' est|ne sont) (?:pas|plus) (?:compte|comptee?s?|prevue?s?|notee?s?)\\b`,
    `\\bdesinscri\\w*`,
    `\\bdecommand(?:er|e|ez|ons)\\b`,
    // ("le cours de piano est supprimé cette fois-ci": another activity removed is a reason to come.)
    // (Not "… euh non efface ça": see WORDS_TAKEN_BACK.)
    `\\b(?=(?:retir|enlev|supprim|ray|effac|decoch|deprogramm|retranch|barr))(?<!\\b(?:stage|sortie|voyage|match|cours|competition|tournoi|spectacle|seance|entrainement|activite|camp|colo|classe verte|rendez vous|rdv|examen|anniversaire)(?: \\S+){0,4} (?:a ete|est|sont|ont ete|a) )(?<!\\b(?:avez|avons|ont|avait|aviez|aurait|auriez) )\\b(?:retir|enlev|supprim|ray|effac|decoch|deprogramm|retranch|barr)(?:er|e|es|ez|ons|iez|erai|erais|eriez)\\b(?!(?<=\\beffac\\w{1,4})${WORDS_TAKEN_BACK})${OTHER_THING_TAKEN_OFF}`,
    // "vous avez supprimé la réservation de Sacha…": a past act told (a complaint), weak.
    `~\\b(?:avez|avons|ont|avait|aviez) (?:\\w+ )?(?:retire|enleve|supprime|raye|efface|annule|desinscrit)e?s?\\b`,
    `\\b(?=(?:enleve|retire|supprime|raye|efface)\\b)(?<!\\b(?:stage|sortie|voyage|match|cours|competition|tournoi|spectacle|seance|entrainement|activite|camp|colo|classe verte|rendez vous|rdv|examen|anniversaire)(?: \\S+){0,4} (?:a ete|est|sont|ont ete|a) )(?:\\benleve\\b|\\bretire\\b|\\bsupprime\\b|\\braye\\b|\\befface\\b(?!${WORDS_TAKEN_BACK}))${OTHER_THING_TAKEN_OFF}`,
    `\\blibere(?:r|z)? (?:sa |la |leur |les |ma |une |ces |cette )?places?\\b`,
    // "Émerance n'aura plus l'usage de sa place le vendredi 19", "nous renonçons à la réservation du centre".
    `\\bn' (?:aura|auront|a|ont|aurons|aurai) plus (?:l' usage|l' utilite) (?:de|d')\\b`,
    `\\brenon(?:cer|cons|ce|cez|cerons|cerai|cerait|cerions|cerais)\\b (?:donc |alors |ainsi |malheureusement )?(?:a|au|aux) (?:la |l' |sa |leur |notre |nos |ses |leurs )?(?:reservations?|inscriptions?|places?|centre|garderie|accueil|periscolaire|resas?)\\b`,
    `(?<!\\b(?:me|se|te) )\\blibere(?:r|z)?\\b`,
    `\\bstop (?:pour|zdate|la|le|les|a|garderie|centre|periscolaire|peri|accueil|cantine|etude)\\b|\\bstop\\s*$`,
    `\\b(?:les|la|le|l') garder (?:avec moi|avec nous|a la maison|chez moi|chez nous|au chaud|au lit)\\b`,
    `\\b(?:c' est|cest) (?:annule|fini|termine|mort|non)\\b`,
    // ("… au soir du lundi au jeudi, pas la peine pour la fin de semaine": the days left out of a booking.)
    `\\bplus la peine\\b|\\bpas la peine\\b(?! pour (?:la fin de (?:la )?semaine|le reste de la semaine|les autres jours|le week end)\\b)`,
    // "rendre la place de Jade", "laissez tomber la garderie", "on zappe le centre", "on se débrouille pour mercredi".
    `\\b(?:rend|rendre|rendez|rends|ceder|cedez|donner|donnez) (?:la |sa |leur |ma |une |notre )?places?\\b(?! (?:a zenfant|pour zenfant))`,
    `\\blaiss(?:er|ez|e|ons) tomber (?:la |le |l' |les )?(?:garderie|centre|accueil|periscolaire|peri|cantine|etude|reservation|resa|inscription)`,
    // ("dsl j'ai zappé, Inès doit venir mercredi aussi": forgotten, not skipped.)
    `(?<!\\b(?:j' ai|on a|j' avais|avait|a|ai) )\\bzapp(?:er|e|ez|ons)\\b`,
    `\\bvir(?:er|e|ez|es) (?:zenfant|les enfants|les deux|les petits|la|le|les|l' )\\b`,
    // "tu peux virer ses résas", "déréserver Leticia".
    `\\bvir(?:er|e|ez|es) (?:ses|leurs|mes|nos|sa|ma) (?:reservations?|resas?|inscriptions?)\\b`,
    `\\bdereserv(?:er|e|ez|ons)\\b`,
    // "mettez une croix sur le mercredi 20 pour Léa, elle a un tournoi", "on tire un trait sur vendredi": given up, idioms.
    `\\b(?:mettre|mettez|mets|met|faire|faites|fais|fait|faut faire) une croix (?:sur|dessus)\\b|\\b(?:tirer|tirez|tire|tirons) un trait (?:sur|dessus)\\b`,
    // The English word, as written by parents who speak it: "cancel le mercredi 28 please".
    `\\bcancel(?:er|e|ez|led|le)?\\b|\\banular\\b`,
    // "Maël ne pourra se rendre au centre mercredi": the written negation without "pas".
    // ("mon fils ne pourra fréquenter l'accueil du soir les mardis 12, 19 et 26": the same.)
    `\\bne (?:pourra|pourront|pourrait|pourraient|peut|peuvent|saurait|sauraient) (?:se rendre|venir|aller|etre presente?s?|frequenter|assister|participer|etre accueillie?s?|beneficier)\\b(?! (?:que|qu'))`,
    // ("l'an dernier nous avions dû nous débrouiller seuls", "on se débrouillait": a past told, no change.)
    `(?<!\\b(?:du|fallu) )\\b(?:on|nous|je) (?:se |nous |me |s' )?(?:debrouill(?!(?:ait|aient|ions|iez|ais)\\b)\\w*|va se debrouiller|vais me debrouiller|allons nous debrouiller)\\b`,
    `\\b(?:sortir|sortez|retirer|retirez|enlever|enlevez) (?:${OBJ})?(?:zenfant|les enfants|mes enfants|les deux|les petits|mon fils|ma fille)? ?(?:de la liste|du planning|des listes|des effectifs)`,
    // Keeping the child oneself is told, weak: "je garde mes petits-enfants…, mais pourriez-vous les prendre la deuxième semaine".
    // ("je garde Lorène habituellement le mercredi, mais demain…": a habit told, no change.)
    // ("tu as oublié l'écharpe chez moi, je garde, tu viens prendre quand tu veux": a thing kept, no child.)
    // ("Léa lundi, mardi, mercredi, sauf jeudi et vendredi, je la garde": why the days are left out, no cancellation.)
    // ("Wulfran sera placé sous ma garde toute la semaine": the grown-up keeps the child, weak like « je le garde ».)
    `~\\b(?:sera|seront|est|sont|restera|resteront) (?:place|placee|places|placees|confie|confiee|confies|confiees )?sous (?:ma|notre) garde\\b`,
    `~(?<!\\bsauf (?:(?:le |les |et |ni )?zdate )+)\\b(?:je|on|nous) (?:le |la |les )?(?:garde|gardons|garderai|garderons|recupere|recuperons|recupererai|recupererons)\\b(?! (?:une|la|sa) place)(?! (?:tu|vous|je|j')\\b)(?!(?: \\S+)? (?:habituellement|d' habitude|normalement|en general|d' ordinaire|souvent|toujours)\\b)${NOT_AS_USUAL}`,
    `~\\b(?:je|on|nous) (?:vais|va|allons) (?:le |la |les )?(?:garder|recuperer|chercher|prendre)\\b`,
    // ("nous avons décidé de garder les enfants nous-mêmes la semaine prochaine": the family keeps them, weak.)
    `~\\bgarder (?:les enfants|les petits|les deux|les trois|zenfant(?: et zenfant)?) (?:nous memes|nous meme|moi meme|a la maison|avec (?:nous|moi))\\b`,
    `\\bne (?:le |la |les |l' )?(?:comptez|comptes|compte) (?:pas|plus)\\b`,
    `\\bsupprimer (?:la |ma |sa |les |mes )?(?:reservation|inscription|resa)`,
    // "sa réservation du mercredi 3 février peut être annulée": the cancellation said in the passive.
    `(?=(?:peut|peuvent|pourra|pourront|pourrait|pourraient|doit|doivent|devra|devront|devrait|devraient|est|sont|sera|seront)\\b)${BOOKING_BEFORE}(?:(?:peut|peuvent|pourra|pourront|pourrait|pourraient|doit|doivent|devra|devront|devrait|devraient)(?: donc| bien| alors| ainsi)? etre (?:annulee?s?|supprimee?s?|retiree?s?|liberee?s?|decommandee?s?)|(?:est|sont|sera|seront) a annuler)\\b`,
    `\\bzenfant (?:pas|non) (?:zdate|pour|le|la|ce|cette)\\b`,
    // "et Inès non plus jeudi": neither, after a child's day cancelled.
    `\\b${NEITHER}\\b`,
    // "Léa jeudi non" (not "il a garderie vendredi non ?", a question tagged).
    `(?<!\\b(?:a|ont|est|sont|va|vont) (?:bien )?(?:la |le |l' |sa |au |a la |a l' )?(?:garderie|centre|accueil|place|periscolaire|peri|etude) )\\bzdate non(?= zdate oui\\b|\\s*$)`,
    `(?:^|\\b(?:zenfant|pour|et) )ni zdate\\b`,
    // "plus de vendredis jusqu'aux vacances" (the days masked): no more of those days.
    `(?<!\\b(?:en|de) )\\bplus (?:de|d') zdate\\b`,
    // "pas au garderie", as some write it.
    `\\bpas au garderie\\b`,
    // "vous la sortez de tous les mardis de juin", "sortez-le de la liste": taken out of the days.
    `(?:\\b(?:la|le|les|l') (?:sortez|sortir|sors)|\\b(?:sortez|sortir|sors) (?:la|le|les|zenfant)) (?:de|des|du) (?:tous |toutes )?(?:les |la |le |l' )?(?:zdate|liste|planning|garderie|centre|accueil|periscolaire|reservations?|inscriptions?|mercredis|lundis|mardis|jeudis|vendredis)\\b`,
    // "inutile donc de les attendre au centre ces jours-là": the child no longer expected.
    `\\b(?:inutile|pas la peine|plus la peine) (?:donc |alors )?de (?:les|la|le|l') attendre\\b`,
    // ("de mon temps, il n'y avait pas de garderie": a story of the past.)
    `(?<!\\by avait )\\b(?:pas|plus) (?:(?:de|d'|du|la) ?)?(?:garderie|centre|periscolaire|peri|accueil|cantine|etude|centre de loisirs)\\b`,
    `\\b(?:vir(?:er|e|ez)|lach(?:er|e|ez)|arret(?:er|e|ez)|abandonn(?:er|e|ez)|free|liber(?:er|e|es|ez)) (?:${OBJ})?(?:zenfant |les |le |la |sa |ses |leur )?(?:de |du |des |pour )?(?:zdate|mercredis?|soirs?|garderie|centre|accueil|place|peri|periscolaire|etude)\\b`,
    `\\b(?:rendre|rendez|laisser|laissez|donner|donnez|ceder|cedez|liberer|liberez) (?:sa|la|leur|ma|cette|ces|leurs) places? (?:a|pour) (?:un autre|une autre|quelqu' un|d' autres)\\b`,
    `\\bplace (?:\\w+ ){0,4}(?:attribuee|donnee|laissee|proposee) a (?:une autre famille|quelqu' un d' autre|un autre enfant)\\b`,
  ],
  attend: [
    // ("Hugo n'ira pas chez sa mamie mercredi": somewhere else he will not go, no day at the service given up.)
    `\\b(?:ira|iront|irait|iraient)\\b(?= (?:(?:finalement|malheureusement|donc|surement|probablement|certainement) )?(?:ni|pas|plus|jamais|zdate|le|la|les|au|a|en)\\b)(?! (?:pas|plus) chez\\b)(?! (?:au|a la|a l') ?\\w+(?: de loisirs)? (?:comme prevu|normalement|comme d' habitude|comme toujours)\\b)`,
    `\\b(?:viendra|viendront|vient|viennent|vienne|viendrait|viendraient|venir|venait|viens)\\b(?! (?:chez|avec (?:moi|nous|lui|elle|eux|son|sa|ses)|en vacances|dormir|manger|gouter|dejeuner|diner|jouer|le chercher|la chercher|les chercher|chercher|recuperer|prendre|me|nous|de|d'|passer (?:les|le|la|ses|ces|quelques|une|un|la semaine|les vacances|les fetes|noel)|normal|normalement|comme d' habitude|comme d' hab|comme prevu|comme toujours))`,
    // "Hugo, il vient normal": keeps his days, told beside a change for another child; weak.
    `~\\b(?:viendra|viendront|vient|viennent|va|vont|ira|iront) (?:normal|normalement|comme d' habitude|comme d' hab|comme prevu|comme toujours)\\b`,
    // "elle voudrait tant retrouver ses copines au centre le mercredi 6": the child's wish to be at the service, weak (the
    // parent's request beside it says the change).
    `~\\b(?:zenfant|il|elle|ils|elles) (?:veut|voudrait|voudraient|aimerait|aimeraient|veulent|reve|revent) (?:tant |tellement |bien |beaucoup |vraiment |absolument )?(?:aller|retourner|revenir|venir|retrouver (?:ses|leurs) (?:copains|copines|amis|amies|camarades))\\b(?= (?:\\S+ ){0,2}(?:au centre|a la garderie|a l' accueil|au periscolaire|au centre de loisirs)\\b)`,
    // "elle est guérie, elle peut revenir à la garderie à partir de jeudi": the child back at the service.
    `\\b(?:peut|pourra|peuvent|pourront|va|vont|doit|devra|devront) (?:revenir|retourner|reprendre)\\b(?= (?:\\S+ ){0,2}(?:a la garderie|au centre|a l' accueil|au periscolaire|a l' etude|la garderie|le centre|l' accueil)\\b)`,
    // Staying ("Wei reste à la garderie") is weak: beside a cancellation it tells who keeps their day.
    `~\\b(?:restera|resteront|reste|restent|rester|resterait|restez) (?:(?:bien|aussi|donc|pas|plus|tous les deux|toutes les deux|tous les trois|les deux) )*(?:le soir|garderie|centre|etude|peri|periscolaire|accueil|apres l' ecole|le mercredi)\\b`,
    `(?<!\\b(?:adore|adorent|aime|aiment|adorait|aimait) )\\b(?:ira|iront|va|vont|aille|aillent|aller|irait|iraient)\\s+(?:(?:bien|quand meme|aussi|donc|pas|plus|jamais|zdate|finalement|malheureusement|surement|probablement|certainement) )*${PLACE}(?! (?:comme prevu|normalement|comme d' habitude|comme toujours))`,
    // ("Hugo ne pourra pas fréquenter le centre mercredi": attending, in a letter's word; weak, as a stay told.)
    `~\\b(?:frequenter|frequente|frequentera|frequenteront|frequentent)\\s+(?:le centre|la garderie|l' accueil|le periscolaire|l' etude|le centre de loisirs|l' alsh)\\b`,
    // "Capucine, elle, ira au centre comme prévu": keeps her days, told beside a change for the others; weak.
    `~\\b(?:ira|iront|va|vont|sera|seront|restera|resteront)\\s+${PLACE} (?:comme prevu|normalement|comme d' habitude|comme toujours)\\b`,
    `\\b(?:il|elle|ils|elles|zenfant) y (?:sera|seront|ira|iront|va|vont|viendra|viendront|restera|resteront)\\b`,
    // "Piranavan restera avec vous mardi soir": with the service's staff.
    `\\b(?:restera|resteront|reste|restent|rester) (?:avec|chez) vous\\b`,
    // ("je veux voir quel jour les enfants sont au centre": the days asked about, no stay told.)
    `\\b(?=sera|seront|est|sont|serait|seraient|etre)(?<!\\bquels? (?:jours?|soirs?|mercredis?|dates?) (?:zenfant |les enfants |mes enfants |ils |elles |il |elle |les deux |les petits )?)\\b(?:sera|seront|est|sont|serait|seraient|etre)\\s+(?:(?:bien|aussi|donc|quand meme|pas|plus|jamais|zdate|full time|a plein temps|toute la journee|la journee|tous les jours) )*${PLACE}`,
    // ("c'est Emerance qui reste vendredi au périscolaire": the day between.)
    `~\\b(?:restera|resteront|reste|restent|rester|resterait)\\s+(?:bien |aussi |donc |tous les deux |toutes les deux |tous les trois |les deux )?(?:zdate )?${PLACE}`,
    `~\\b(?:restera|resteront|rester|reste) (?:au|a la|a l' )?(?:garderie|etude|centre|peri|periscolaire|accueil)\\b`,
    // "vendredi il reste pas", "Guénaël ne restera plus": the child's stay said no to, the place left unsaid (not "il reste pas de place").
    `(?=rest)(?<=\\b(?:zenfant|il|elle|ils|elles) (?:ne |n' )?)(?:reste|restent|restera|resteront)(?= (?:pas|plus)\\b(?! (?:de|d'|du|des|beaucoup|grand chose|longtemps|tard|dormir|manger|a (?:la )?maison|chez|avec|seule?s?)\\b))`,
    // "Camil ne restera pas à la garderie le lundi 16": a stay said no to is strong (a cancellation), unlike a stay told.
    `(?<=\\b(?:ne|n') )(?:restera|resteront|reste|restent) (?:pas|plus) (?:au |a la |a l' )?(?:garderie|etude|centre|peri|periscolaire|accueil)\\b`,
    `~\\b(?:continue|continuent|continuera|continueront)\\b(?! (?:a |de )?(?:aller|venir) (?:chez|avec))`,
    // ("le mercredi plus personne ne sera là": nobody at home, not the child absent.)
    `(?<!\\bc' )(?<!\\bpersonne (?:ne |n' )?)(?<!\\b(?:mere|pere|papa|maman|tante|oncle|nounou|mamie|papi|mamy|papy|voisine?|soeur|frere|moi|je|nous|on|parents?|mari|femme) )\\b(?:sera|seront|serait|seraient|est|sont) (?:(?:pas|plus|jamais|bien|donc|finalement) )*(?:la|presente?s?|present)\\b(?! (?:grand|mere|pere|maman|papa|tante|oncle|nounou|voisine?|mamie|papi|soeur|frere|belle|beau)\\b)`,
    `\\b(?:participer|participera|participeront|participe|participent|frequenter|frequentera|frequenteront|frequente|frequentent|frequenterait|frequenteraient|fera|feront) (?:(?:pas|plus|jamais) )?(?:a |au |a la |aux |(?<=\\bfer\\w+ (?:(?:pas|plus|jamais) )?)(?:le |la ))?(?:l' )?(?:accueil|garderie|centre|periscolaire|activites?|stage|sortie)`,
    `~\\b(?:dorenavant|desormais|a l' avenir|a partir de maintenant)\\b`,
  ],
  need: [
    // "je veux garderie mercredi pour les deux": the service wanted, said plainly.
    `(?<!\\b(?:ne|n') )\\b(?:je veux|je voudrais|je voulais|nous voulons|nous voudrions|on veut|on voudrait) (?:la |le |une |l' |de la |du )?(?:garderie|centre|accueil|periscolaire|peri)\\b(?! (?:est|sont|ouvre|ferme|coute|c' est))`,
    // "Bogdan est chez son père, pas besoin pour lui": a child left out of a request for another, weak.
    `~\\b(?:pas|plus) besoin pour (?:lui|elle|eux|elles)\\b`,
    `\\bbesoin\\b(?<!\\b(?:pas|plus) besoin(?= pour (?:lui|elle|eux|elles)\\b))`,
    `\\bil (?:me|nous|leur|lui) (?:faut|faudrait|faudra)\\b`,
    // "semaine pro faut Mabig du lundi au jeudi": the child needed, in an SMS.
    `(?<!\\b(?:ne|n'|plus|pas) )\\b(?:faut|faudrait|faudra) (?:zenfant|les deux|les petits|les enfants|les 2|les 3)\\b(?! (?:pour|a) (?:savoir|demander))`,
    // "pas besoin le mercredi 4, c'est le jeudi 5 qu'il faut", "il faut le jeudi 5": the day needed.
    `\\b(?:c' est|c est|ce sera) (?:plutot )?zdate qu' ?(?:il|elle|on) (?:(?:me|nous|lui|leur) )?(?:faut|faudrait|faudra)\\b|\\bil (?:(?:me|nous|lui|leur) )?(?:faut|faudrait|faudra) (?:plutot |donc )?zdate\\b`,
    // "jai pas eu mes congés", "mes congés ont été refusés": the parent at work, the reason of a booking.
    `\\b(?:(?:j' ai|on a|nous avons|nous n' avons|je n' ai) (?:toujours )?pas (?:eu|obtenu) (?:mes |nos |de |les )?conges|(?:mes |nos )?conges (?:refuses|annules|sautes|ont saute|ont ete refuses|ont ete annules)|pas de conges)\\b`,
    // English, as parents who speak it write: "Oonagh needs la garderie du soir lundi 7".
    `\\b(?:zenfant|he|she|they|we|i) (?:needs?|will need|would need) (?:la |le |l' |the |a )?(?:garderie|centre|accueil|periscolaire|peri|place|spot|childcare|after school)\\b`,
    // "elle m'a demandé de vous écrire pour qu'elles restent à la garderie jeudi soir": the child's place asked, a wish.
    `\\b(?:pour|afin) qu(?:e|') ?(?:zenfant|les enfants|les petits|les deux|il|elle|ils|elles)(?: et zenfant)? (?:reste|restent|aille|aillent|puisse|puissent) (?:(?:bien|aussi|a|au|en|la|le|l'|tous les (?:deux|trois|quatre)|toutes les (?:deux|trois|quatre))\\s)*(?:garderie|centre|accueil|etude|peri|periscolaire)\\b`,
    // "il faudrait donc que les enfants restent à la garderie": the child's place asked, a need.
    // ("il faudrait que mes deux petits-fils puissent rester le soir à la garderie": a grandparent's words.)
    `\\b(?:il )?(?:faut|faudrait|faudra)(?: donc| alors| absolument| vraiment)?(?: si ce n' est pas trop (?:vous )?demander| si possible| si vous le voulez bien| s' il vous plait| svp)? qu(?:e|') ?(?:(?:le|la|mon|ma) (?:petite?|grande?) )?${CHILD_AT_PLACE}`,
    // "je voudrais que les petites restent à la garderie du soir mardi et jeudi prochains": the child's place wished.
    `\\b(?:voudrais|voudrions|voudrait|souhaite|souhaiterais|souhaitons|souhaiterions|aimerais|aimerions)(?: bien| donc| alors)?(?: si ce n' est pas trop (?:vous )?demander| si possible| si vous le voulez bien| s' il vous plait| svp)? qu(?:e|') ?(?:(?:le|la|mon|ma) (?:petite?|grande?) )?${CHILD_AT_PLACE}`,
    // "sa maman souhaiterait qu'il y aille tous les mercredis": the service named before, « y ».
    `\\b(?:voudrais|voudrions|voudrait|souhaite|souhaiterais|souhaitons|souhaiterions|souhaiterait|aimerais|aimerions|aimerait|faut|faudrait|faudra)(?: bien| donc| alors)? qu(?:e|') ?(?:zenfant|il|elle|ils|elles|les enfants|les petits|les deux)(?: et zenfant)? y (?:aille|aillent|reste|restent|soit|soient|vienne|viennent)\\b`,
    // "Ana devra donc rester à l'accueil", "ils vont devoir rester le soir": a need, not a day kept.
    // ("je ne sais plus quels soirs il doit rester à la garderie": a look asked.)
    `(?<!\\bquels? (?:soirs?|jours?|mercredis?) (?:il|elle|ils|elles|zenfant) )\\b(?:devra|devront|devrait|devraient|doit|doivent|devoir) (?:(?:donc|bien|aussi|absolument) )*rester (?:(?:bien|aussi|donc) )*(?:le soir|${PLACE})`,
    `\\b(?:faut|faudrait|faudra) (?:une? |la |le )?(?:place|garderie|garde|centre|accueil|periscolaire)`,
    // "faire le nécessaire" asks to act, it tells no need.
    `(?<!\\b(?:faire|faites|fassiez|fais|ferez) le )\\b(?:necessaire|indispensable|oblige|obligee)\\b`,
    `~\\b(?:parents|papa|maman|pere|mere) (?:sont|est|seront|sera|partent|part|(?:etant|sont|est|seront|sera) (?:partis|parties|partie|parti)) (?:en voyage|en deplacement|en formation|en mission|a l' etranger)\\b`,
    // A parent away is a reason, weak: "nous serons en déplacement" may take the child along.
    `~\\b(?:je suis|je serai|nous serons|nous sommes|ma femme est|mon mari est|sa mere est|son pere est|sa maman est|son papa est|ma fille est|mon fils est) (?:en deplacement|en formation|en voyage d' affaires|au travail|d' astreinte|de permanence)\\b`,
    `\\b(?:personne (?:pour|ne peut) (?:le |la |les )?(?:garder|recuperer|chercher)|plus personne pour|nounou (?:m' a lache|est malade|absente)|pas de solution de garde|aucune solution de garde)\\b`,
    `\\bpersonne (?:pour|pour le|ne peut) (?:garder|recuperer|chercher)\\b`,
    `\\b(?:je|nous|on) (?:travaille|travaillons|travaillerai|bosse|bossons|suis|serai|serons|sommes) (?:tard|en retard|au travail|de garde|en deplacement|pas la|pas dispo)`,
    `${CANNOT} (?:le |la |les )?(?:recuperer|chercher|garder|venir le chercher|venir la chercher|venir les chercher)`,
    // ("inès garderie lundi pas possible pr moi de la recup": the same, said « pas possible ».)
    `\\b(?:pas possible|impossible) (?:pour moi |pour nous |pour son pere |pour sa mere )?(?:de |d' )(?:la |le |les |l' )?(?:recuperer|recupere|chercher|aller chercher|aller la chercher|aller le chercher)\\b`,
    // ("nous ne pourrons donc pas aller chercher les enfants à l'école du mardi 11 au vendredi 14".)
    `${CANNOT} aller (?:chercher|recuperer) (?:zenfant|les enfants|les petits|mes enfants|nos enfants|mon fils|ma fille|les deux)\\b(?!(?: \\S+){0,8} (?:papa|maman|pere|mere|mamie|papi|nounou|tante|oncle|voisine?) (?:les |le |la )?(?:prendra|prend|recuperera|recupere|cherchera|gardera))`,
  ],
  elsewhere: [
    // ("seulement la semaine quand il est avec moi": when the child is with the parent, the week asked, not the child away.)
    // ("… au centre les trois premiers jours, après ça va ils vont chez leur mère": where they go afterwards, beyond the days asked.)
    `(?<!\\bc' )(?<!\\b(?:quand|lorsque|lorsqu' ?|ou) (?:il|elle|ils|elles|zenfant) )(?<!\\bapres (?:ca va |sa va |ca |sa |quoi )?(?:il|elle|ils|elles) )(?<!\\b(?:parents|papa|maman|pere|mere|mari|femme) )\\b(?:sera|seront|est|sont|serait|seraient|va etre|vont etre|part|partent|partira|partiront|ira|iront|va|vont|reste|restent|restera|resteront|vient|viennent|viendra|viendront)\\s+(?:(?:desormais|dorenavant|maintenant|finalement|plutot|donc) )?(?:chez|avec|en|a|au|aux|dans|pour)\\s+(?:son|sa|ses|leur|leurs|mon|ma|mes|moi|nous|lui|elle|eux|la maison|l' etranger|vacances|voyage|sortie|classe (?:verte|de neige|de mer|decouverte|transplantee)|week end|weekend|province|la campagne|la mer|la montagne|mamie|papi|mamy|papy|nounou|grand|grands|famille|competition|stage|anniversaire|camp|colo|colonie)\\b`,
    // ("de mon temps, on envoyait les enfants en colonie": a memory, the past told.)
    `(?=\\b(?:classe|colo|voyage scolaire|sortie scolaire))(?<!\\b(?:de mon temps|autrefois|dans le temps|a mon epoque|quand j' etais (?:petite?|jeune|enfant)|(?:on|nous|ils|je) (?:les )?(?:envoyait|envoyions|envoyaient|envoyais|partait|partions|partaient|allait|allions|allaient))\\b.{0,40})\\b(?:classe (?:verte|de neige|de mer|decouverte|transplantee)|colo|colonie|voyage scolaire|sortie scolaire)\\b`,
    // "Gökçe dort chez nous toute la semaine", "c'est moi qui la dépose et la reprends à l'école": the child with the family.
    `\\b(?:zenfant|il|elle|ils|elles) (?:dort|dorment|dormira|dormiront|couche|couchera|loge|logera) (?:chez|avec) (?:nous|moi|son|sa|ses|leur|leurs|mamie|papi)\\b`,
    `\\bc' est (?:moi|nous|son pere|sa mere|papi|mamie|sa grand mere|son grand pere) qui (?:la|le|les) (?:depose|deposerai|deposera|emmene|emmenerai|amene|conduis|conduit) et (?:la|le|les) (?:reprends|reprend|reprendrai|recupere|recupererai|cherche|chercherai)\\b`,
    // "Anaïs va passer la semaine prochaine avec moi à la campagne".
    `\\b(?:zenfant|il|elle|ils|elles) (?:va|vont|passera|passeront|doit|devra) passer (?:\\S+ ){0,4}(?:avec (?:moi|nous|son|sa|ses|leur|leurs)|chez|a la campagne|a la mer|a la montagne|en vacances)\\b`,
    // "leurs parents sont en voyage", "nous sommes en vacances": the parents away, a reason to book, not the child away.
    // ("ma fille, présentement retenue à l'étranger": a grown-up held away.)
    `(?<!\\b(?:retenue?s?|bloquee?s?|coincee?s?) )(?<!\\b(?:parents|parent|papa|maman|pere|mere|mari|femme|nous|je|on|(?:mari|femme|epoux|epouse|conjointe?|compagnon|compagne) et moi) (?:sont|est|seront|sera|serons|sommes|serai|suis|partent|part|partons|pars|(?:etant|sont|est|seront|sera) (?:partis|parties|partie|parti)) (?:en mission |en deplacement |pour (?:le|son|mon) travail )?)\\b(?:en vacances|en voyage|a l' etranger|en week end|en weekend)\\b`,
    // ("… pendant les vacances de noël, sauf Arsénio qui est chez sa mère": a child left out of a booking.)
    `(?<!\\bsauf (?:pour )?zenfant,? (?:qui|il|elle) (?:est|sera|va|ira|part|reste) (?:\\S+ )?)(?<!\\bapres (?:ca va |sa va |ca |sa |quoi )?(?:il|elle|ils|elles) (?:va|vont|iront|ira|sont|seront) )(?<!\\b(?:ira|iront|va|vont|sera|seront|restera|resteront|part|partira|partiront) (?:pas|plus) )\\b(?:chez (?:son|sa|leur|leurs) (?:pere|mere|papa|maman|grand|grands|grand mere|grand pere|mamie|papi|tante|oncle|nounou|cousin|cousine|parrain|marraine)|chez mamie|chez papi|chez (?:ses|leurs) grands parents)\\b`,
    `\\b(?:accueillie?s?|gardee?s?|recuperee?s?|pris en charge|prise en charge) par (?:sa|son|ses|leur|leurs|la|le|les|une|un) (?:tante|oncle|pere|mere|papa|maman|grand|grands|grand mere|grand pere|mamie|papi|nounou|voisine?|cousine?|parrain|marraine|baby sitter|famille)\\b`,
    `\\b(?:garde alternee|semaine (?:du|de son|de sa|chez) (?:pere|mere|papa|maman))\\b`,
    `\\b(?:cherche|cherchera|recupere|recuperera|prend|prendra|(?:vient|viendra|passe|passera) (?:chercher|prendre|recuperer)) (?:zenfant|les enfants|les deux|les petits|mon fils|ma fille)(?: et zenfant)? (?:a la sortie|a 16|a la fin|apres l' ecole|a l' ecole|directement|a midi)`,
    // ("…, sauf le vendredi je la récupère moi-même": the reason the day is left out, no cancellation.)
    `(?<!\\bsauf (?:(?:le |les |et |ni )?zdate )+(?:je |on |nous ))${PICKED_UP_ONESELF}${NOT_AS_USUAL}`,
    `~${PICKED_UP_ONESELF}${AS_USUAL}`,
    // "mercredi c'est papi qui prend Jade", "la nounou peut prendre Maël jeudi": someone else keeps the child.
    `\\bc' est (?:papi|papy|mamie|mamy|sa|son|leur|leurs|la|le|moi|nous|mon|ma) ?(?:\\S+ )?qui (?:prend|prendra|recupere|recuperera|garde|gardera|cherche|cherchera|va chercher|ira chercher) (?:zenfant|zdate)\\b`,
    `\\b(?:la nounou|sa nounou|leur nounou|notre nounou|la baby sitter|papi|mamie|papy|mamy|son pere|sa mere|leur pere|leur mere|la voisine|sa tante|son oncle) (?:peut|pourra|va|vont|peuvent) (?:le |la |les )?(?:prendre|garder|recuperer|chercher) (?:zenfant|les enfants|les deux|les petits)?\\b`,
  ],
  was_absent: [
    `\\bn' (?:est|etait|etaient|sont|a|ont|avait|avaient) (?:pas|jamais) (?:ete |pu )?(?:venue?s?|allee?s?|venir|aller)\\b`,
    // "n'était pas là hier" is past; "Ben n'est pas là mardi" is a day to come, an attendance denied.
    `\\b(?:n' )?(?:etait|etaient|avait|avaient|a|ont) (?:pas|jamais) (?:ete )?(?:la|present|presente?s?)\\b`,
    `\\b(?:etait|etaient|a ete|ont ete|etais|est restee?|sont restee?s|etait restee?) (?:absente?s?|malades?|souffrante?s?|a la maison|au lit|couchee?s?|chez (?:moi|nous|lui|elle|sa|son|ses))\\b`,
    `\\b(?:a|ont) (?:manque|rate|loupe) (?:la garderie|le centre|l' accueil|le periscolaire|sa journee|la journee)`,
    // ("en l'absence de ses mères, retenues à Bordeaux", "en l'absence de leur grand-mère, hospitalisée": the grown-ups
    // away, the reason of a booking.)
    // ("notre assistante maternelle sera absente ce jour-là": the grown-up away, the reason of a booking.)
    `(?<!\\b(?:${CARERS}|maman|papa|mari|femme) (?:sera|est|seront|sont|va etre) (?:(?:elle|donc|aussi|egalement) )?)\\b(?:absence|absences|absent|absente|absents|absentes)\\b(?! (?:de|d') (?:ses|sa|son|leur|leurs|mes|ma|mon|nos|notre|la|le|les) (?:${CARERS}|meres?|peres?|parents?|maman|papa|mamans|papas|grands? parents|grands meres|grands peres|tante|oncle|mari|femme|conjointe?)\\b)`,
    `(?:^|\\b(?:zenfant|il|elle|ils|elles|est|etait|sont)\\s+)pas (?:venue?s?|allee?s?|ete)\\b`,
    `\\b(?:ai|avons|a|avez) garde (?:zenfant|les enfants|les petits|mon fils|ma fille|les deux|mes enfants|le petit|la petite)\\b`,
    `\\b(?:l' ai|l' avons|les ai|les avons) garde(?:e|es|s)?\\b`,
  ],
  ill: [
    `\\b(?:malade|malades|maladie|fievre|gastro|grippe|angine|varicelle|otite|bronchite|covid|rhume|vomi|vomissements|toux|souffrant|souffrante|grippe|conjonctivite|rhino|pneumonie|bronchiolite|mal au ventre|mal a la tete|migraine|blesse|blessee|plâtre|platre)\\b`,
    // ("j'ai rendez-vous chez le cardiologue": the parent's own appointment, the reason of a booking, not the child's.)
    // ("j'ai mes séances de kiné à Saint-Maur": the grandmother's own care, the reason of a booking.)
    `(?<!\\b(?:j' ai|nous avons|on a|j' avais|j' aurai|je serai|je suis) (?:un )?(?:rendez vous|rdv) (?:chez|avec) (?:le |la |mon |ma |l' |un |une |mes |des )?)(?<!\\b(?:j' ai|j' avais|j' aurai) (?:mes |ma |une |des )?seances? (?:de |chez (?:le |la |mon |ma )?))\\b(?:medecin|pediatre|dentiste|orthophoniste|kine|docteur)\\b|(?<!\\b(?:j' ai|nous avons|on a|j' avais|j' aurai) (?:un )?)\\b(?:rendez vous medical|rendez vous chez)\\b`,
  ],
  proof: [
    // ("restons à votre disposition pour tout justificatif": an offer, no proof.)
    `(?<!\\b(?:pour|de) tout )\\b(?:certificat|certificats|justificatif|justificatifs|justifier|justifie|justification|attestation medicale|ordonnance|piece justificative|arret maladie|mot du medecin|bon de consultation)\\b`,
    // "le docteur nous a fait un papier": the doctor's note.
    `\\b(?:docteur|medecin|pediatre)s? (?:nous |lui |m' |leur )?(?:a|ont) (?:fait|donne|ecrit|signe) (?:un|une) (?:papier|mot|note)\\b`,
  ],
  state: [
    // "vérifier réservation de Loc et Hang", "vérifier inscription Mabel juillet".
    `\\b(?:verifier|verifiez|controler) (?:la |les |ma |mes |sa |ses |leur |leurs |l' )?(?:reservations?|inscriptions?|resas?) (?:de |d' |pour )?zenfant\\b`,
    // ("je souhaite inscrire Kémi… Pourriez-vous me confirmer que la demande sera bien prise en compte ?": the acknowledgment of the request just made.)
    // ("annulez donc tout ce qui est réservé": the bookings cancelled.)
    `(?<!\\bzdate (?:\\S+ ){0,3}(?:confirmer|confirmez|confirmiez) (?:moi |nous )?qu(?:e|') ?(?:ma|la|cette|notre|mon) (?:demande|requete|message) )(?<!${ALL_BOOKED_CANCELLED}ce qui )\\b(?:est|sont|etait|seront|sera|c' est) (?:bien |deja |toujours |encore |bien deja )?(?:inscrite?s?|reservee?s?|notee?s?|marquee?s?|prevue?s?|attendue?s?|calee?s?|enregistree?s?|validee?s?|confirmee?s?|pris en compte|prise en compte|prises en compte|retenue?s?|ok|bon(?! (?:plus|pas) besoin\\b)|regle|reglee|(?:passe|passee)(?! (?:de (?:jour|nuit)|a (?:temps|mi temps|la maison)|chez|me voir|nous voir|au (?:travail|bureau))\\b))\\b`,
    `(?<!\\b(?:mett|inscri|ajout|rajout|reserv|pren|prend)\\w* )\\b(?:zenfant|il|elle|ils|elles|on) (?:a|ont) (?:bien |deja |toujours )?(?:sa|leur|une|des|ses) places?\\b`,
    // "Hugo a-t-il encore quelque chose cette semaine ?": what a child has booked, asked.
    `\\bzenfant (?:a|ont) (?:t (?:il|elle|ils|elles) )?(?:encore |bien |deja )?(?:quelque chose|des choses|qqch)(?: de (?:reserve|prevu|pris))?(?= zdate| cette semaine| la semaine| demain| ce soir|$)`,
    `\\b(?:a|ai|avez|avons|ont) (?:bien |deja )?(?:ete )?(?:inscrite?s?|reservee?s?|prise?s? en compte|enregistree?s?|notee?s?)\\b`,
    `\\b(?:est ce que|est ce qu' ?) (?:zenfant|il|elle|ils|elles|les enfants|mes enfants|j' ai|je suis|on est|nous sommes) (?:est |sont |a |ont )?(?:bien )?(?:inscrite?s?|reservee?s?|prevue?s?|notee?s?)`,
    `(?<!\\bzdate (?:\\S+ ){0,3}(?:confirmer|confirmez|confirmiez) (?:moi |nous )?que )\\bma (?:demande|reservation|inscription|annulation) (?:a|est) (?:bien )?(?:ete |bien ete )?(?:prise?|acceptee|refusee|validee|traitee|enregistree)`,
    `\\bou en est\\b|\\ben est ou\\b|\\bsuivi de (?:ma|la) demande\\b`,
    // "…m'a dit avoir réservé, mais je préfère m'en assurer": what was done, checked.
    `\\b(?:m' en assurer|s' en assurer|en etre sure?|en avoir le coeur net|m' en assure|verifier que c' est (?:bien )?fait)\\b`,
    `\\b(?:dire|savoir|verifier|verifiez|confirmer|confirmez|indiquer|rappeler|regarder) (?:moi |nous |pour moi |pour nous )?(?:si|quels? jours?|quand|a quels? jours?)\\b`,
    // "vérifier qu'ils sont inscrits à la garderie vendredi".
    `\\b(?:verifier|verifiez|verifie|confirmer|confirmez) (?:moi |nous )?(?:que|qu' ?) ?(?:zenfant|il|elle|ils|elles|les enfants|les deux|les petits)(?: et zenfant)? (?:est|sont|a|ont) (?:bien )?(?:inscrite?s?|reservee?s?|prevue?s?|notee?s?|sa place|leur place|une place)\\b`,
    `\\b(?:ou pas|ou non|oui ou non|oui non)\\s*$`,
    `\\bzenfant (?:est )?(?:bien |deja )?(?:inscrite?s?|reservee?s?|prevue?s?|notee?s?)\\b`,
    // "sont-ils inscrits", "ont-ils une place", "a place", dictated "son bien inscrit", "zenfant et il inscrit".
    `\\b(?:sont|est|son|et) (?:t )?(?:ils|elles|il|elle) (?:bien |deja )?(?:inscrite?s?|reservee?s?|prevue?s?|notee?s?)\\b|\\b(?:son|sont) (?:bien|deja) (?:inscrite?s?|reservee?s?|prevue?s?)\\b|\\bzenfant (?:et zenfant )?(?:son|sont) (?:inscrite?s?|reservee?s?|prevue?s?)\\b`,
    `\\bzenfant (?:et|est) (?:il|elle|t il|t elle) (?:bien |deja )?(?:inscrite?s?|reservee?s?|prevue?s?)\\b`,
    `\\b(?:a|ont) (?:t )?(?:ils|elles|il|elle) (?:bien |deja |toujours )?(?:sa |leur |une |des |ses )?places?\\b|\\bzenfant (?:a|ont) places?\\b`,
    `\\b(?:est ce que|est ce qu' ?) (?:zenfant|il|elle|ils|elles)(?: et zenfant)? (?:a|ont) (?:bien )?(?:de la |du |de l' )?(?:garderie|centre|accueil|periscolaire|etude)\\b`,
    `\\b(?:j' ai|on a|nous avons|vous avez|ai je|avons nous) (?:bien |deja )?(?:reserve|inscrit|booke|cale|note)\\b`,
    `\\b(?:checker|checkez|checke|check)\\b|\\bpas sure?s? d' avoir (?:bien )?(?:valide|reserve|inscrit|coche)\\b`,
    // "pas sûr si j'ai bien fait la réservation", "que ça ait été pris en compte", "vous pouvez regarder ?", "vous voyez quelque chose ?"
    `\\bpas sure?s? (?:si|que) (?:j' ai|on a|ca a|ca ait|c' est|ca soit) (?:bien )?(?:fait|ete|valide|marche|pris|passe|enregistre)|\\b(?:vous pouvez|pouvez vous|vous pourriez|pourriez vous) (?:regarder|verifier)\\b|\\bvous voyez (?:quelque chose|qqch|ma|mes|la|les|son|sa|ses)\\b`,
  ],
  overview: [
    `\\b(?:le |un |faire le )?point\\b(?! (?:de (?:vue|rendez)|final)\\b)`,
    // ("nouveau planning au boulot": the parent's working hours, not the bookings;
    // "planning tombé : …", "mon planning est sorti", "mon planning a encore changé", "mon planning il a bougé", "mon planning bus il change": the parent's work
    // roster, the reason of a booking; so is « une modification du planning de vol de ma conjointe ».)
    // ("attendez que je regarde le calendrier des Postes": the writer's own calendar.)
    `(?<!\\bje (?:regarde|verifie|consulte|cherche) (?:le |mon |sur le |sur mon |dans le |dans mon )?)(?<!\\b(?:change|changer|modifie|modifier|bouge|bouger|bouscule|chamboule|refait|refaire|chang|modif) (?:le |mon |son |notre |tout le |tout mon |encore le |encore mon )?)(?<!\\bmodifications? (?:du|de mon|de son|de notre|de leur|de son nouveau) )\\b(?:recap|recapitulatif|resume|bilan|planning|programme|agenda|calendrier)\\b(?! (?:de vol|de travail|d' equipe|de garde|de service)\\b)(?! (?:au|du|de) (?:boulot|travail|taf|job|bureau)\\b)(?! (?:est )?(?:tombe|sorti|arrive|publie|affiche)\\b)(?! (?:bus|boulot|travail|taf|job|de travail|du boulot|au boulot|au travail) (?:il |elle )?(?:a |est |ont )?(?:encore |de nouveau |encore une fois )?(?:change|bouge|modifie|ete modifie|ete change)\\b)(?! (?:il |elle )?(?:a|est|ont) (?:encore |de nouveau |encore une fois )?(?:change|bouge|modifie|ete modifie|ete change)\\b)`,
    // "la liste de ce que je réserve", "sont-ils dans la liste pour les vacances ?".
    `\\bla liste (?:de ce que|de ce qu' ?|des (?:reservations|jours|inscriptions|resas)|de mes (?:reservations|resas|inscriptions))|\\b(?:est|sont|figure|figurent) (?:bien )?(?:dans|sur) (?:la|les) listes?\\b(?! d' attente)`,
    `\\b(?:qu' est ce que|qu' est ce qu' ?|quoi|qu' ai je|qu' avons nous|ce que) (?:j' ai|on a|nous avons|vous avez|il y a|j' avais)? ?(?:de )?(?:reserve|inscrit|prevu|note|cale|de prevu|de reserve|de cale|booke|pris)\\b`,
    // ("qu'est-ce qui est réserver cette semaine": the infinitive typed for the participle.)
    `\\bqu' est ce qui (?:est|etait) (?:reserver|reserve|prevu|cale|note|booke|inscrit|pris)\\b`,
    // "ce qui et réservé pour Zakia" (« et » typed for « est »), "c'est quoi les jours réservé pour Avner".
    // ("annulez donc tout ce qui est réservé pour elle": what is booked, cancelled, no look.)
    `(?<!${ALL_BOOKED_CANCELLED})\\bce qui (?:est|et|etait|sont) (?:deja |bien )?(?:reserve|prevu|cale|note|booke|inscrit|pris)e?s?\\b`,
    `\\b(?:c' est quoi|c est quoi|quels sont) (?:les |ses |leurs |mes )?jours? (?:reserves?|inscrits?|prevus?|bookes?)\\b`,
    // "c'est quoi réservé pour mes enfants ?", "quelles journées sont actuellement réservées ?".
    `\\b(?:c' est|c est) quoi (?:qui est |de )?(?:reserver|reserve|prevu|inscrit|booke|cale)e?s?\\b|\\bquel(?:le)?s? (?:journees?|jours?|dates?|soirs?|mercredis?) (?:sont|est|ont ete|a ete) (?:actuellement |deja |bien )?(?:reserve|inscrit|prevu|note|booke)e?s?\\b`,
    // ("annuler leurs réservations pour ces jours-là" is the change itself, not a look.)
    `(?<!\\b(?:annuler|annulez|annule|supprimer|supprimez|supprime|retirer|retirez|enlever|enlevez|decommander|decommandez) )\\b(?:mes|nos|ses|leurs) (?:reservations|resas|inscriptions|jours reserves|reservations en cours|demandes)\\b`,
    `\\b(?:voir|consulter|afficher|verifier|lister|montrer|montrez|affichez|regarder|connaitre|savoir|rappeler|rappelez|donner|donnez|dis|dites)(?: moi| nous)? (?:mes|nos|les|ses|leurs|ce que|ce qui|quels?|quelles?|si)\\b`,
    `\\b(?:quels?|quelles?) (?:jours?|dates?|mercredis?|soirs?|semaines?)\\b(?! (?:ouvre|ferme|fermez|ouvrez|limite))`,
    `\\bvoir (?:toutes |tous )?(?:les |mes |ses |leurs )?(?:reservations|resas|inscriptions)\\b`,
    `\\bcombien de (?:jours|mercredis|soirs|reservations)\\b`,
    // "qu'est-ce qu'ils ont comme jours de retenus pour les vacances ?".
    `\\b(?:ont|a|avons|avez|j' ai|on a) comme (?:jours?|dates?|creneaux|reservations?|mercredis?|soirs?)\\b`,
    `\\bla liste (?:des|de mes|de ses|de leurs) (?:reservations|resas|inscriptions|jours)\\b`,
    // "connaître l'état des réservations de Korentin", "le récapitulatif de ses inscriptions".
    `\\b(?:l' etat|le detail|le point|le recapitulatif|un recapitulatif|le recap|un recap|la situation) (?:des|de mes|de ses|de leurs|de nos|sur les|sur ses|sur mes) (?:reservations|resas|inscriptions)\\b`,
  ],
  limit: [
    `\\bjusqu' (?:a|au) quand\\b|\\bjusqu' a quelle (?:date|heure)\\b|\\bjusqu' a quel (?:jour|moment)\\b`,
    `\\bdate (?:limite|butoir|de fin|de cloture)\\b|(?<!\\b(?:transmettrai|transmettrons|enverrai|enverrons|fournirai|deposerai|apporterai|donnerai|ferai parvenir|envoie|transmets)\\b.{0,60}\\bdans (?:le|les) )\\bdelais?\\b|\\bdeadline\\b|\\bdernier (?:delai|jour|moment)\\b`,
    `\\bavant (?:quand|quelle (?:date|heure)|quel jour)\\b|\\bau plus tard\\b|\\ba l' avance\\b|\\ba temps\\b`,
    `\\b(?:c' est|ca|ca se|ils|elles|les inscriptions|les reservations|le portail) (?:fini|finit|finissent|ferme|ferment|cloture|cloturent|termine|terminent|s' arrete|s' arretent) quand\\b`,
    `\\bquand (?:est ce que |est ce qu' )?(?:ca |les inscriptions |les reservations |ils |on )?(?:ferme|ferment|finit|finissent|cloture|se termine|s' arrete|est trop tard|c' est trop tard)`,
    `\\bquand (?:faut il|dois je|doit on|devons nous|faut|il faut|je dois|on doit|est ce que je dois|est ce qu' il faut) (?:au plus tard )?(?:reserver|inscrire|annuler|modifier|m' inscrire|s' inscrire|faire|prevenir|le faire)`,
    // "c'est quel jour le dernier pour réserver ?", "le dernier jour c'est quand pour inscrire ?".
    `\\bquel (?:est le )?(?:jour|moment) (?:est )?le dernier pour\\b|\\ble dernier (?:jour )?(?:c' est quand|pour (?:reserver|inscrire|annuler|s' inscrire|modifier))\\b`,
    `\\bcombien de (?:jours|temps|semaines|heures) (?:a l' avance|avant|en avance)\\b`,
    `\\b(?:encore (?:temps|possible)|il est encore temps|pas trop tard|toujours possible|trop tard pour)\\b`,
    `\\b(?:ouvert|ouvertes|ouvrent|ouvre|ouverture) (?:les |des )?(?:inscriptions|reservations)\\b|\\b(?:inscriptions|reservations) (?:ouvertes|ouvrent|ferment|fermees|closes)\\b`,
  ],
  late: [
    `\\bhors (?:des )?delais?\\b|\\ben dehors des delais\\b|\\bapres la date (?:limite)?\\b`,
    `(?<!\\b(?:finit|finissent|termine|terminent|rentre|rentrons|sors|sort|sortons|arrive|arrivons|commence) )\\btrop tard\\b|\\ben retard pour\\b|\\bpasse (?:le|la) (?:delai|date)\\b|\\b(?:delai|date limite|date) (?:(?:il|elle) )?(?:est |a ete |etait )?(?:depasse|passee?)\\b|\\bdepasse (?:le|la) (?:delai|date)\\b`,
    `(?<!\\ba l' )(?<!\\b(?:s' )?${PARENT_DAY_VERB} )\\bexception(?:nel|nelle|nellement)?\\b(?! (?:pas|sauf|zdate)\\b)|\\bderog\\w*|\\bindulgence\\b|\\bfaveur\\b|\\btolerance\\b|\\bjoker\\b`,
    // "je sais, c'est tard", "je sais que c'est en retard", "c'est hyper à la bourre": the request itself late (not "je suis en retard ce soir").
    `\\b(?:c' est|c|cest) (?:(?:hyper|super|tres|un peu|bien|trop|grave|vraiment|deja) )?(?:tard|en retard|a la bourre|a la derniere minute|last minute)\\b`,
    `\\b(?:rate|loupe|manque|oublie|zappe|passe a cote (?:de|du)) (?:la |le |de )?(?:date|delai|dates? d' inscription|echeance|coche|inscri|reserv)\\w*`,
    `\\b(?:meme si|alors que|bien que|malgre que) (?:les inscriptions|les reservations|c' est|le delai|la date|ca) (?:sont |est |soit |soient )?(?:closes?|fermee?s?|terminee?s?|finie?s?|passee?s?|depasse|trop tard)`,
    `\\b(?:oublie|oubliee|zappe) (?:de |d' )?(?:reserver|inscrire|l' inscrire|la reserver|les inscrire|le reserver)\\b`,
  ],
  person: [
    `\\bparler (?:a|avec) (?:quelqu' un|une? (?:personne|humain|humaine|agent|conseiller|conseillere|responsable|employe|interlocuteur)|le service|la mairie|un vrai|une vraie|vous|quelqu' un du service)`,
    `\\b(?:un|une) (?:humain|humaine|vraie personne|personne reelle|operateur|operatrice|agent|conseiller|conseillere|interlocuteur)\\b`,
    // ("rappelle-moi d'acheter du pain", "rappelle-moi le numéro du régisseur" are a reminder, not a call back.)
    `\\b(?:rappel(?:er|ez|le)?[ -]?moi(?! (?:d' |de |que |(?:le|la|les|l' |ton|votre|son|sa) ?(?:numero|num|nom|adresse|mail|date|dates|horaires?|heure|prix|tarifs?|code|mot de passe)\\b))|(?<!\\b(?:hopital|clinique|medecin|docteur|chirurgien|cabinet|garage|patron|employeur|agence|banque|secretariat|labo|laboratoire|specialiste) (?:doit|doivent|va|vont|devrait|devraient|pourrait|pourraient|doit encore) )me rappeler|m' appeler|appelez moi|me contacter|contactez moi|prendre contact|joindre (?:le service|quelqu' un|un agent)|etre rappelee?)\\b`,
    `\\bquelqu' un (?:du service|de la mairie|de l' equipe|qui peut m' aider|pour m' aider)\\b`,
    // "pouvez-vous me faire rappeler par une personne du service ?"
    `\\brappeler par (?:une personne|quelqu' un|un agent|une? (?:responsable|conseiller|conseillere|employe|employee))\\b|\\bune personne du service\\b`,
    // "j'ai besoin un interprète": someone who speaks the parent's language.
    `\\b(?:interprete|traducteur|traductrice)s?\\b`,
    // "je peux parler avec qui ?", "à qui je peux m'adresser ?".
    `\\bparler (?:a|avec) qui\\b|\\ba qui (?:je peux|puis je|dois je|je dois|faut il) (?:parler|m' adresser|ecrire)\\b`,
    // ("je n'entends plus très bien au téléphone": why to write, not a call asked.)
    // ("merci pour votre gentillesse au téléphone l'autre jour": a call thanked for, none asked.)
    // ("mon petit-fils m'a dit au téléphone qu'il s'ennuie": a call told, none asked.)
    `\\b(?=(?:au|par) telephone\\b)(?<!\\b(?:entends?|entend|comprends?)\\b.{0,24})(?<!\\b(?:dit|raconte|explique|annonce|appris|confie)\\b.{0,6})(?<!\\b(?:(?:merci|remercier|remercie|remercions)(?: \\S+)? (?:pour|de) (?:votre|ta|cette|l')|gentillesse|amabilite|patience)\\b.{0,40})\\b(?:au telephone|par telephone)\\b|\\bun numero (?:direct|pour joindre)\\b`,
    `\\b(?:pas (?:a |avec )?(?:un|une) (?:robot|bot|machine)|marre (?:du|de ce|des) (?:robot|bot|machine))\\b`,
    `^\\W*(?:un |une |l' |le |la )?(?:operateur|operatrice|conseiller|conseillere|humain|agent)\\W*$|\\bau bout du fil\\b`,
    // A complaint or a meeting asked of the people in charge: "je veux des explications", "voir la directrice".
    `\\b(?:(?:le|la|un|une|au|du|les|des|a la) (?:responsable|directeur|directrice|direction|coordinateur|coordinatrice)s?(?! (?:d' un|d' une|de (?:son|sa|mon|ma|notre|leur)) (?:projet|chantier|equipe|service|agence|entreprise|societe|magasin|usine|boutique|restaurant|filiale|boite|mission)\\b)|en relation avec|m' entretenir|un entretien avec|un rendez vous avec|des explications|(?:une |ma |deposer une )reclamation|debrief|escalader|vrai gars|vrai agent|vraie personne)\\b(?<!\\b(?:allait|allais|allions|allaient)\\b.{0,45})`,
    `\\b(?:qu' )?(?:une dame|un monsieur|une personne|quelqu' un)(?: du service| de la mairie| de la garderie)? (?:me |m' )(?:telephone|appelle|rappelle)\\b`,
    `\\b(?:passez|passe|passer|mettez|mets) (?:moi|nous) (?:quelqu' un|une? (?:personne|responsable|agent|conseillere?)|en relation)\\b|\\bquelqu' un (?:m' appelle|me rappelle|nous appelle|nous rappelle)\\b`,
  ],
  sensitive: [
    // Circumstances (a hospital stay, an accident, a funeral) are weak: a change asked beside them stays that change.
    `~\\b(?:hospitalise|hospitalisee|hospitalises|hospitalisation|(?<!(?:de garde|travaille|bosse|renfort|poste|nuit|nuits|service|infirmiere|infirmier|medecin|rendez vous|rdv|consultation|tard|finis|finit|termine|travail|boulot|formation|reunion|stage) a (?:l' )?)(?<!\\b(?:travaille|travail|bosse) )hopital(?! pour (?:le |mon |un )?(?:travail|boulot|taf|garde|ses dents|un controle|une consultation|un rendez vous))|urgences|samu|pompiers|ambulance|opere|operee)\\b`,
    `\\b(?:recuperer|chercher|prendre|voir)\\b.*\\bn' (?:en )?(?:a|ont) (?:pas|plus) le droit\\b|\\b(?:n' )?(?:a|ont) (?:pas|plus|aucun) (?:le )?droit de (?:le |la |les |l' )?(?:prendre|recuperer|chercher|voir|venir|approcher)\\b|\\bpersonne n' est (?:alle|allee|venu|venue|passe|passee) (?:le |la |les )?(?:chercher|recuperer)\\b|\\b(?:en (?:pleine |cours de )?(?:separation|divorce)|sans mon accord)\\b`,
    `~\\b(?:accident|accidente|accidentee|blessure grave|tombe gravement)\\b`,
    // Hurt or upset while in the service's care: "s'est blessée au poignet", "s'est fait mordre", "une chute dans la cour", "un malaise".
    `\\b(?:s' est (?:blesse|blessee|fait mal|fait (?:mordre|griffer|frapper|taper|agresser)|cogne|cognee)|a ete (?:mordue?|griffee?|frappee?)|(?:est|sont) tombee?s? (?:dans|de|du|par|en|sur)|(?:une|sa|mauvaise) chute|fait une chute|malaise|une bosse|un bleu|(?:a ete |ete )?(?:puni|punie) pour rien|l' embete|les embete|pleure en rentrant|(?:attendait|attendaient) (?:seule?s?|tout seul|toute seule)|(?:est|sont) tombee?s? (?:au|a la|a l')|(?:il|elle) (?:n' )?a pas le droit\\b|(?:n' est|ne sont|n' etait|n' etaient) pas autorisee?s?)\\b`,
    `~\\b(?:deces|decede|decedee|enterrement|obseques|funerailles|deuil|maternite|j' accouche|accouchement)\\b`,
    `\\b(?:violence|violences|violent|maltraitance|harcelement|harcele|agression|agresse|menaces|en danger)\\b`,
    `\\b(?:police|gendarmerie|plainte|juge|jugement|tribunal|avocat|avocate|ordonnance du juge|ordonnance de protection|mesure d' eloignement|interdiction|aide sociale|ase|placement|signalement)\\b`,
    `\\b(?:n' a pas le droit|n' ont pas le droit|n' a plus le droit|ne doit pas|ne doit plus|ne doit en aucun cas|interdit|interdite) (?:de )?(?:venir|voir|le voir|la voir|les voir|prendre|recuperer|chercher|approcher|venir le|venir la|venir les)\\b`,
    `\\b(?:garde exclusive|droit de garde|droit de visite|autorite parentale|divorce conflictuel|separation conflictuelle|conflit (?:avec|familial))\\b`,
    // "mon mari et moi on divorce, il veut pas que je prends Chanthy au centre".
    `\\b(?:on|nous) (?:divorce|divorcons|est en train de divorcer|sommes en train de divorcer)\\b|\\b(?:mon mari|ma femme|mon ex|son pere|sa mere|le pere|la mere|mon conjoint|ma conjointe) (?:ne )?veut (?:pas|plus) que (?:je|j')\\b`,
    // ("plus besoin de garderie pour Emerance jusqu'à la fin du mois, sa marraine la récupère": she picks the child up at
    // school, the service is given up, a plain cancellation.)
    `(?<!\\b(?:(?:plus|pas) besoin (?:de |d' |du )(?:la |le |l' )?(?:garderie|centre|periscolaire|peri|accueil|etude|soir|mercredi)|(?:ne sera|n' est|ne serait) (?:plus|pas) (?:necessaire|utile))\\b.{0,100})\\b(?:quelqu' un d' autre|une autre personne|une personne que|ma voisine|mon voisin|sa tante|son oncle|sa grand mere|son grand pere|sa mamie|son papi|sa nounou|une amie|un ami|ma soeur|mon frere|mon compagnon|ma compagne|mon conjoint|ma conjointe|son beau pere|sa belle mere|mon ex|son parrain|sa marraine|la baby sitter|une baby sitter|la voisine|le voisin|une collegue|un collegue|(?:la|le) (?:tante|oncle|marraine|parrain|cousine?|voisine?|nounou|baby sitter|copine|copain|amie?) de zenfant) (?:va |vont |viendra |viendront |pourra |peut |peuvent |pourrait |doit |devra |passera |passe )?(?:venir )?(?:le |la |les |l' )?(?:chercher|recuperer|prendre|recuperera|recupere|cherchera|prendra)\\b`,
    // Not a parent: "c'est leur père qui vient les chercher" is the usual ("sa maman … c'est elle qui ira la chercher" too).
    `\\b(?:c' est|ce sera|ce n' est pas moi|pas moi qui) (?!(?:leur |son |sa |le |la |mon |ma )?(?:pere|mere|papa|maman|mari|femme) |(?:moi|nous|elle|lui) qui )(?:sa |son |ma |mon |une |un |la |le )?(?:\\w+ ){0,4}qui (?:va |viendra |vient |passera |pourra |ira |doit |devra )?(?:le |la |les )?(?:chercher|recuperer|prendre)\\b`,
    // "la voisine a pris Jawhara sans me demander", "mon ex est venu chercher Hugo sans prévenir", "sorti de prison, il a pas droit la voir".
    `\\b(?:(?:a|ont) (?:pris|recupere|recuperee|emmene|emmenee)|(?:est|sont) (?:venue?s?|passee?s?) (?:chercher|recuperer|prendre)) (?:zenfant|les enfants|ma fille|mon fils|les petits)\\b.*\\bsans (?:me demander|nous demander|(?:mon|notre) autorisation|autorisation|me prevenir|prevenir|nous prevenir)\\b|\\b(?:a|ont) pas (?:le )?droit (?:de )?(?:la |le |les )?(?:voir|prendre|approcher|recuperer|chercher)\\b|\\bsorti de prison\\b`,
    `\\b(?:zenfant|il|elle|mon fils|ma fille) (?:a disparu|est introuvable|a fugue|a ete enleve|a ete enlevee)\\b`,
    `\\b(?:urgence familiale|urgence medicale|situation (?:grave|difficile|compliquee|delicate|familiale compliquee))\\b`,
    // Someone not authorised to pick the child up: "elle n'est pas sur la liste", "je n'ai rien autorisé".
    `\\b(?:n' est pas|ne sont pas|ne suis pas|est pas|sont pas) (?:inscrite? |inscrits )?sur (?:la|le|les) (?:liste|papier|fiche|autorisations?)\\b(?! (?:de ce soir|du soir|de la garderie|d' appel|des inscrits|de presence|du centre))|\\b(?:je n' ai|j' ai) rien autorise\\b|\\bpersonnes? (?:non autorisee?s?|pas autorisee?s?)\\b`,
    // A stranger, a blow, children mocking with no adult: "un mec chelou", "un grand l'a tapée", "se moquent d'elle".
    `\\b(?:mec|homme|type|gars|femme|dame|monsieur|personne) (?:chelou|bizarre|louche|inconnue?|que (?:je|j'|on|nous) (?:ne |n' )?(?:connais|connaissons|connait) (?:pas|meme pas|absolument pas|pas du tout))\\b|\\binconnue?s?\\b`,
    // "un homme a dit à Jade qu'il viendrait la chercher, je le connais pas".
    `\\b(?:chercher|recuperer|prendre)\\b.*\\b(?:je|on|nous) (?:ne |n' )?(?:le|la|les) connai\\w* (?:pas|meme pas|absolument pas)\\b`,
    // ("le piano, c'est moi qui l'ai poussée": the grandfather who urged her on, no violence.)
    `\\b(?:(?:l' |la |le |les |m' |t' )?(?:a|ont|ai) (?:tape|tapee|frappe|frappee|mordu|mordue|(?<!\\bqui l' ai )pousse|(?<!\\bqui l' ai )poussee|griffe|griffee|insulte|insultee)|(?:a|ont) ete (?:tapee?s?|frappee?s?|mordue?s?|poussee?s?|griffee?s?|insultee?s?|bousculee?s?|agressee?s?|harcelee?s?|menacee?s?)|\\b(?:des|les|ces|une|de|plein de|deux|trois) marques? sur (?:les |le |la |ses )|(?<!\\b(?:match|matchs|equipe|supporters?|allez) )des bleus(?! (?:contre|face|en|ce|hier|samedi|dimanche))|se moquent|moque d' (?:elle|lui)|aucun adulte|personne n' intervient|harcel\\w*)\\b`,
    `\\b(?:ne (?:les|l' |le|la) a pas ramene(?:e|s|es)?|pas ramene(?:e|s|es)? les enfants|a emmene les enfants|garde (?:les enfants|zenfant) sans)\\b`,
  ],
  money: [
    // ("… mettre ma sœur au centre le 12. tkt il paye": paying promised, nothing asked about money.)
    `(?<!\\b(?:tkt|inquiete|inquiete pas|inquiete toi) (?:il|elle|on|je|ils|elles) )\\b(?:combien|cout|coute|coutent|couter|rembourse|remboursement|rembourser|remboursee?s?|tarif|tarifs|tarification|prix|payer|paye|paie|payes|paiement|paiements|facture|factures|facturation|facturer|facture|euros?|montant|montants|reglement par|prelevement|cher(?! (?:madame|monsieur|mesdames|messieurs|ami|amis|service|equipe|personnel))|gratuit|gratuite|quotient|qf|caf|attestation de paiement|attestation fiscale|credit d' impot|frais de garde|simul(?:er|ateur|ation))\\b`,
  ],
  info: [
    // ("la réservation en ligne n'étant, semble-t-il, pas encore ouverte": the booking closed online, the reason of a request.)
    `\\b(?:horaire|horaires|heure d' ouverture|heures d' ouverture|ouverts?|ouvertes?|ouvre|ouvrez|ferme|fermez|fermes|fermee?s?|fermeture|ouverture)\\b(?<!\\b(?:reservations?|inscriptions?)(?: en ligne)? (?:n' (?:etant|est|etait) |ne (?:sont|sont toujours|seront) )(?:\\S+ ){0,3}pas (?:encore )?(?:ouverts?|ouvertes?))`,
    `\\b(?:adresse|telephone|numero|mail|email|courriel|contact|contacter|joindre|coordonnees)\\b`,
    `\\b(?:compte citoyen|espace citoyen|portail|mot de passe|identifiant|connecter|connexion|creer (?:un|mon) compte|se connecter|application)\\b`,
    `\\b(?:reglement|regles|documents? a fournir|dossier|pieces|goûter|gouter|repas|menu de la cantine|activites proposees|programme des activites|animateurs?|encadrement|ou se trouvent? (?:vos|les|le|votre) (?:bureaux?|locaux|service)|ou se trouve|c' est ou|lieu)\\b`,
  ],
  help: [
    // ("je vous remercie sincèrement pour votre aide": thanks for help given, none asked.)
    `(?<!\\b(?:merci|remercie|remercier|remercions|remerciant|remerciements?)(?: \\S+){0,6} )\\b(?:aide|aidez moi|help|au secours)\\b`,
    `\\b(?:qu' est ce que (?:je peux|on peut|je pourrais|je dois) (?:te|vous) demander|comment (?:ca marche|sa marche|ca fonctionne|on fait|faire|utiliser|vous utiliser|t' utiliser|tu marches|tu fonctionnes|ca se passe)|a quoi (?:tu sers|sers tu|servez vous|vous servez|ca sert)|que (?:sais tu|savez vous|peux tu|pouvez vous) faire|tu (?:sais|peux) faire quoi|qu' est ce que (?:tu sais|tu peux|vous savez|vous pouvez) faire|quoi faire|mode d' emploi|les commandes|les options|menu)\\b`,
  ],
  social: [
    `^(?:bonjour|bonsoir|salut|coucou|hello|hey|bjr|yo|re)\\b`,
    // Greetings in the parents' own languages: "salam alikoum", "dobryi den", "bom dia", "vanakkam".
    `^(?:salam|salem|salamalekoum|assalam\\w*|as salam\\w*|hola|ola|bom dia|boa tarde|buenos dias|buenas tardes|dobryi|dobry|dzien dobry|dobro|merhaba|selam|ohayo|namaste|vanakkam|kaixo|azul|ni hao|xin chao|sawubona|jambo)\\b`,
    INTRODUCTION,
    // "wesh, bien ou quoi ?": a greeting in slang (not "wesh c koi la météo").
    `\\b(?:bien ou quoi|ca va ou quoi)\\b`,
    `\\b(?:joyeux|joyeuses|bonnes fetes|bonne annee|meilleurs voeux|bonnes vacances|bon courage|bonne rentree|excellente rentree|good day|good morning|have a nice day)\\b`,
    // "J'espère que vous allez bien", "c'est encore moi, la mamie de Timoté !".
    `\\b(?:j' espere que vous allez bien|j' espere que tu vas bien|c' est encore moi)\\b`,
    `\\b(?:merci|remerci\\w*|au revoir|a bientot|a plus|bonne (?:journee|soiree|fin de journee|nuit|semaine|continuation)|bye|ciao|tchao|a demain|a la prochaine)\\b`,
    // "ça va ?", not "ça va me coûter combien" nor "ça va être possible".
    `\\b(?:ca va(?! (?:me|te|nous|vous|lui|leur|etre|faire|couter|coute|prendre|marcher|passer|changer|poser|aller|durer|se)\\b)|comment vas tu|comment allez vous|tu vas bien|vous allez bien)\\b`,
  ],
  ask: [
    `\\bs' il (?:vous|te) plait\\b`,
    `\\b(?:pouvez vous|pourriez vous|peux tu|pourrais tu|vous pouvez|tu peux|vous pourriez|tu pourrais|merci de|merci d' |je voudrais|je voudrai|j' aimerais|je souhaite|je souhaiterais|nous souhaitons|nous voudrions|je veux|on veut|je desire|serait il possible|est il possible|possible de|je vous prie|veuillez|je demande|je sollicite|(?:vous|de vous) demander (?:de|d')|je vous demande (?:de|d'))\\b`,
    // ("je ne parviens pas à réserver pour Yanis sur le portail, pourriez-vous le faire ?": the change the parent cannot make, asked.)
    `(?<=\\b(?:je n' arrive|j' arrive|je ne parviens|je ne reussis|je n' ai|j' ai) )(?:pas reussi|pas) a (?=(?:le |la |les |l' )?(?:inscrire|reserver|annuler|mettre|desinscrire|enlever|retirer|ajouter|rajouter)\\b)`,
    // ("jpeux inscrire les 3 pr la 2eme semaine des vacs ?": permission asked to change, a request; not "je peux encore inscrire", the deadline.)
    `\\b(?:je peux|on peut|je pourrais|on pourrait|puis je|peut on) (?=(?:les |le |la |l' |lui |leur )?(?:inscrire|reserver|mettre|rajouter|ajouter|desinscrire|enlever|retirer)\\b(?=.*\\b(?:zenfant|zdate|les (?:deux|trois|quatre|enfants|petits))\\b))(?!.*\\b(?:jusqu' (?:a|au) quand|avant quand|date limite|delai|trop tard)\\b)`,
    // "je voulais savoir si on pouvait le laisser à l'accueil du soir demain": a polite request.
    `\\b(?:savoir|demander) si (?:on|vous|je|nous) (?:pouvait|pourrait|peut|pouvez|pourriez|pouvions|pourrions|pouvais|pourrais) (?=(?:le |la |les |l' |lui |leur )?(?:laisser|inscrire|reserver|garder|prendre|mettre|accueillir|annuler|desinscrire|enlever|retirer)\\b)`,
    // "je vous saurais gré de bien vouloir enregistrer leur inscription".
    // ("je vous serais reconnaissante d'inscrire Noor", "je vous serais obligé de les inscrire".)
    `\\b(?:je vous saurais gre|nous vous saurions gre|(?:de |d' )?bien vouloir)\\b|(?<=\\b(?:je vous serais|nous vous serions|je serais|nous serions) (?:tres |vraiment )?)(?:reconnaissante?s?|obligee?s?) (?:de |d' )(?=(?:le |la |les |l' |lui |leur )?(?:annuler|inscrire|reserver|desinscrire|retirer|enlever|supprimer|mettre|noter|ajouter|rajouter|prevoir|compter|accueillir|garder|prendre)\\b)`,
    // "je vous remercie d'annuler ses réservations": thanks given in advance ask the change.
    `\\b(?:je vous remercie|nous vous remercions|merci) (?:par avance |d' avance |a l' avance )?(?:de |d' )(?=(?:bien vouloir )?(?:le |la |les |l' |lui |leur )?(?:annuler|inscrire|reserver|desinscrire|retirer|enlever|supprimer|mettre|noter|ajouter|rajouter|decompter)\\b)`,
    // "ma belle-fille me demande d'inscrire Maiara": the parents' request passed on.
    `\\b(?:ma|mon|sa|son|leur) (?:belle fille|beau fils|fille|fils|bru|gendre|mere|maman|pere|papa) (?:me|m' a|nous|nous a) (?:demande|demandee?) (?:de |d' )(?=(?:le |la |les |l' |lui |leur )?(?:annuler|reserver|inscrire|desinscrire|enlever|retirer|ajouter|rajouter|mettre|supprimer|decommander)\\b)`,
    // "c'est pour annuler toutes les réservations de Sorina": what the message is for.
    `\\b(?:c' est|c est|je vous ecris|je vous contacte|je viens) pour (?=(?:annuler|reserver|inscrire|desinscrire|enlever|retirer|ajouter|rajouter|mettre|supprimer|decommander)\\b)`,
    // "il était inscrit du 5 au 16 juillet, il faut donc l'enlever": what has to be done, asked.
    `\\bil (?:faut|faudrait|faudra) (?:donc |alors |bien |juste )?(?=(?:l' |le |la |les |lui )?(?:annuler|reserver|inscrire|desinscrire|enlever|retirer|ajouter|rajouter|mettre|supprimer|decommander)\\b)`,
    // "mon fils me demande d'annuler…": a request passed on.
    `\\b(?:il|elle|ils|elles) (?:me|nous) (?:demande|demandent|a demande|ont demande) (?:de |d' )`,
    // "vous la remettez ?", "vous l'inscrivez mardi ?": a request put as a question.
    REQUEST_AS_QUESTION,
    `(?<!\\b(?:je|j'|on|nous|il|elle|qui) )\\b(?:reservez|inscrivez|annulez|retirez|enlevez|supprimez|rayez|mettez|ajoutez|rajoutez|comptez|notez|prevoyez|decommandez|desinscrivez|liberez|prenez|gardez|validez|reserve|inscris|annule|enleve|retire|mets|rajoute|ajoute|compte|note|prevois|decommande|desinscris|libere|prends|garde)\\b(?= (?:zenfant|moi|lui|les|la|le|l' |zdate|pour|ma|mon|mes|sa|son|ses|tout|une|des))`,
  ],
};

import { wordsOfPatterns } from '../text/patternWords';
import { guarded } from '../text/patternGuard';

const NEGATORS = /^(?:pas|plus|jamais|point|guere|aucun|aucune|rien|personne|ni)$/;

interface CompiledConcept {
  concept: Exclude<Concept, 'question'>;
  pattern: RegExp;
  /** A source written "~…": a weak cue, which a verb of the other direction outweighs. */
  weak: boolean;
}

const COMPILED: CompiledConcept[] = (Object.entries(LEXICON) as [Exclude<Concept, 'question'>, string[]][]).flatMap(([concept, sources]) =>
  sources.map((source) => ({ concept, pattern: guarded(new RegExp(source.replace(/^~/, ''), 'g')), weak: source.startsWith('~') })),
);

/** Word forms of the lexicon: the spelling corrector must never "correct" one into another ("placer" into "place"). */
export const CONCEPT_WORDS: readonly string[] = wordsOfPatterns(Object.values(LEXICON).flat().map((source) => source.replace(/^~/, '')));

/**
 * Words that may stand between "ne" and the expression it negates: pronouns, the
 * negators, auxiliaries and modal verbs ("je ne veux pas annuler", "il n'a pas besoin",
 * "ne pourra pas venir", "il ne faut plus compter"). Any other verb there carries the
 * negation itself: "n'oubliez pas d'inscrire" asks to book.
 */
const NEGATION_SCOPE = new Set(
  `le la les l' lui leur me m' te t' se s' y en nous vous pas plus jamais point guere rien ni
   ai as a avons avez ont aurai auras aura aurons aurez auront aurais aurait aurions auriez auraient avait avais
   suis es est sommes etes sont serai seras sera serons serez seront serais serait etait etais etre
   veux veut voulons voulez veulent voudrais voudrait voudrions voudriez voulais voulait
   peux peut pouvons pouvez peuvent pourrai pourras pourra pourrons pourrez pourront pourrais pourrait pourrions pourriez pouvait
   dois doit devons devez doivent devrai devra devrons devrez devront devrais devrait
   faut faudra faudrait fallait vais vas va allons allez vont compte comptons souhaite souhaitons
   encore toujours vraiment du tout finalement donc bien de d' a au pour besoin presque quasiment pratiquement`
    .split(/\s+/)
    .filter(Boolean),
);

const LEADS_TO_PLACE = /^(?:en|au|aux|chez|dans|avec|a)$/;
/** "je n'arrive pas à", "je ne parviens pas à": the parent cannot do it themselves. */
const INABILITY = /^(?:arrive|arrivons|arrivent|parviens|parvient|parvenons|reussis|reussit|reussissons)$/;
/** Verbs whose negation asks the opposite ("n'oubliez pas", "n'hésitez pas"): they do not carry it. */
const NEGATION_TURNERS = /^(?:oubli\w*|hesit\w*|manqu\w*)$/;

/** "ne part plus en …", "ne va pas chez …": a verb, its negator and a preposition leading to the expression. */
function verbNegatedBefore(between: readonly string[]): boolean {
  if (between.length < 2 || between.length > 3 || !NEGATORS.test(between[1]) || NEGATION_TURNERS.test(between[0])) return false;
  return between.length === 2 || LEADS_TO_PLACE.test(between[2]);
}

/**
 * Negated when a French negation bears on the expression: "ne"/"n'" within the five
 * words before it, a negator ("pas", "plus", "jamais", "ni"…) between that "ne" and the
 * third word after the expression, and only auxiliaries, modals and pronouns between
 * "ne" and the expression ("ne viendra pas", "n'a plus besoin", "ne viendra ni lundi ni
 * mardi", "je ne veux pas annuler"); or a negation without "ne", as spoken: "pas
 * besoin", "plus besoin", "pas d'annulation", "sans", "il vient pas" (the negator right
 * after the expression's first word, "plus tard" aside).
 */
function isNegated(words: readonly string[], first: number, last: number): boolean {
  // "personne pour le garder", "plus de garderie": the expression holds its negator, which is its meaning.
  if (NEGATORS.test(words[first] ?? '')) return false;
  // ("annulez pas lundi mais mardi", "n'annulez pas le 15, mais le 17": the day is said no to, the change is still asked.)
  if (/^pas (?:le |la |pour )?zdate (?:mais|plutot) (?:plutot |uniquement |seulement |juste )?(?:le |la |pour )?zdate\b/.test(words.slice(last + 1, last + 9).join(' '))) return false;
  for (let i = first - 1; i >= Math.max(0, first - 5); i--) {
    if (words[i] !== 'ne' && words[i] !== "n'") continue;
    const between = words.slice(i + 1, first);
    // ("je n'arrive pas à inscrire Inès sur le site, vous pouvez le faire ?": what the parent cannot do is still what they ask.)
    if (INABILITY.test(between[0] ?? '')) return false;
    // "Léa ne part plus en classe verte": the verb before the expression carries the negation to it
    // (not to an order that follows: "Dorin ne vient plus, annulez novembre").
    if (verbNegatedBefore(between) && !/ez$/.test(words[first] ?? '')) return true;
    if (!between.every((w) => NEGATION_SCOPE.has(w))) return false;
    // "ni Léa ni Hugo ne viendront", "personne ne viendra": the negator comes first.
    if (words.slice(Math.max(0, i - 8), i).some((w) => /^(?:ni|aucun|aucune)$/.test(w)) || words[i - 1] === 'personne') return true;
    return words.slice(i + 1, Math.min(words.length, last + 4)).some((w) => NEGATORS.test(w));
  }
  // "pas de", "plus d'" before the expression: "pas d'annulation", "plus besoin"; "faut plus le mettre".
  let k = first - 1;
  if (words[k] === 'de' || words[k] === "d'") k--;
  else if (/^(?:le|la|les|l'|lui|leur|y|en)$/.test(words[k] ?? '')) k--;
  const previous = words[k];
  // ("il vient pas, annulez": the comma gone, an order after the negated clause is no negated order.)
  const order = /ez$/.test(words[first] ?? '') && k === first - 1;
  if (previous === 'sans' || previous === 'inutile' || ((previous === 'pas' || previous === 'plus') && !order && words[k - 1] !== 'ne' && words[k - 1] !== "n'")) return true;
  // ("afin de réserver, et non d'annuler comme je l'ai fait par erreur", "réserver et non pas annuler": the verb set against another.)
  if ((previous === 'non' && words[k - 1] === 'et') || (previous === 'pas' && words[k - 1] === 'non' && words[k - 2] === 'et')) return true;
  // A negator the expression holds itself ("Hugo pas jeudi") is part of its meaning.
  if (last > first && words[first] === 'zenfant') return false;
  const next = words[first + 1] ?? '';
  // ("on annule rien", "j'enlève rien", spoken; "elle vient rien que le lundi" is "only".)
  if (next === 'rien' && last === first) return !/^(?:que|qu'|du|de|d')$/.test(words[first + 2] ?? '') || words[first + 3] === 'tout';
  // ("c'est Hugo qui reste, pas Inès", "c'est Léa qu'il faut enlever pas Inès": the child after « pas » is the one taken back,
  // the verb is not negated.)
  if (next === 'pas' && words[first + 2] === 'zenfant' && /\bzenfant (?:qui|qu')/.test(words.slice(Math.max(0, first - 5), first).join(' '))) return false;
  return /^(?:pas|plus|jamais)$/.test(next) && !/^(?:tard|tot|longtemps)$/.test(words[first + 2] ?? '');
}

const CANCELLED_ALL = new RegExp(`${ALL_BOOKED_CANCELLED.slice(0, -1)}$`);

/** "annulez donc tout ce qui est réservé": word `at` names the bookings cancelled, neither one asked nor a look. */
function bookedAndCancelled(words: readonly string[], at: number): boolean {
  return words[at - 3] === 'ce' && words[at - 2] === 'qui' && DONE.test(words[at] ?? '') && CANCELLED_ALL.test(words.slice(Math.max(0, at - 8), at - 3).join(' '));
}

const DONE = /^(?:reserve|reserves|reservee|reservees|inscrit|inscrite|inscrits|inscrites|booke|bookes|bookee|bookees|cale|calee|cales|calees)$/;
// ("c'est quoi réservé pour mes enfants ?": what is booked, asked.)
// ("François-Xavier se trouve inscrit le 18": what is booked, told.)
const DONE_AFTER = /^(?:de|a|ai|as|avons|avez|ont|avait|avais|avions|aviez|avaient|est|sont|etait|etaient|ete|sera|seront|deja|tout|tt|bien|quoi|trouve|trouvent)$/;

/** Word `at` is a participle of a booking already made: "on a tout réservé", "rien de réservé", "sont bookés". */
function isDoneParticiple(words: readonly string[], at: number): boolean {
  // "rien de réservé" is done; "possible de réservé", as typed, asks it.
  // "rien de réservé", "ce qu'ils ont de réservé" are done; "possible de réservé", as typed, asks it.
  if (words[at - 1] === 'de' && /^(?:possible|besoin|envie|moyen|merci|oublie|essaye|pense|permis|capable)$/.test(words[at - 2] ?? '')) return false;
  return DONE.test(words[at] ?? '') && DONE_AFTER.test(words[at - 1] ?? '');
}

const KEEPING = /\b(?:garder|garde|prendre|recuperer|accueillir|surveiller)\b/;
const KEEPER = /^(?:je|j'|nous|on|nounou|mamie|papi|mamy|papy|grand|tante|oncle|voisine?|baby|sitter|pere|mere|papa|maman|mari|femme|conjointe?|compagnon|compagne|parrain|marraine|soeur|frere|cousine?|amie?)$/;
const CHILD_SUBJECT = /^(?:zenfant|il|elle|ils|elles|enfants|petits|fils|fille|deux|trois|que|qu')$/;
const PARENT_SUBJECT = /^(?:je|j'|nous|on)$/;
const SERVICE_ADDRESSED = /^(?:vous|pouvez|pourriez|zenfant|merci|svp)$/;

/**
 * Whether the nearest of `subjects` before word `at`, within `reach` words, comes before
 * any word of `others`: the subject of the expression at `at`.
 */
function subjectBefore(words: readonly string[], at: number, reach: number, subjects: RegExp, others: RegExp): boolean {
  for (let i = at - 1; i >= Math.max(0, at - reach); i--) {
    if (others.test(words[i])) return false;
    if (subjects.test(words[i])) return true;
  }
  return false;
}

/** "je ne pourrai pas venir": the parent writing is the one coming, not the child. */
const parentIsSubject = (words: readonly string[], at: number) => subjectBefore(words, at, 5, PARENT_SUBJECT, CHILD_SUBJECT);
/** "mon mari il est pas là": an adult of the family, not the child, is away. */
/** The writer says they are the grandparent: "c'est le grand-père qui vous écrit", "je suis la grand-mère de…". */
/** "entre les deux", "le reste du temps", "les autres jours", "mais pas pendant les vacances": the days not asked, opening a clause. */
const OTHER_DAYS_BEFORE = /(?:^|\b(?:et|mais|sinon|par contre|en revanche|zdate|seulement|uniquement)\b )(?:entre les deux|la (?:1ere|1re|premiere|2e|2eme|deuxieme|derniere|autre)(?: semaine)?|entre deux|pas (?:pendant |durant )?zdate|le reste du temps|le reste de la semaine|le reste des vacances|les autres jours|les jours restants|les autres semaines|la semaine entre les deux|la semaine du milieu)(?: (?:il|elle|ils|elles|zenfant|zenfant et zenfant|les enfants|les petits))?(?: (?:est|sont|sera|seront|va|vont|ira|iront))?$/;
const GRANDPARENT_WRITES = /\b(?:c' est (?:encore )?(?:moi )?(?:le |la )?(?:grand pere|grand mere|papi|papy|mamie|mamy)|je suis (?:le |la )?(?:grand pere|grand mere)|(?:grand pere|grand mere) (?:qui vous ecri\w*|ici)|en tant que (?:grand pere|grand mere))\b/;
const ADULT = /^(?:mari|femme|conjointe?|compagnon|compagne|pere|mere|papa|maman|nounou|mamie|papi|papy|mamy)$/;
const adultIsSubject = (words: readonly string[], at: number) => ADULT.test(words[at - 1] ?? '') || (/^(?:il|elle)$/.test(words[at - 1] ?? '') && ADULT.test(words[at - 2] ?? ''));
/** "sa nounou ne peut plus le garder": someone keeping the child, not the service. */
const keeperIsSubject = (words: readonly string[], at: number) => subjectBefore(words, at, 6, KEEPER, SERVICE_ADDRESSED);

/** Something other than a booking called off: a train, a flight, a class, a meeting ("la réunion est mardi, annulez Hugo" orders, it tells nothing called off). */
const EVENT_CALLED_OFF = /\b(?:train|trains|vol|avion|bus|car|rer|metro|tram|cours|match|entrainement|reunion|spectacle|concert|seance|conference)\b(?: \S+){0,2} (?:a ete|ont ete|est|sont|etait|sera) (?:\S+ )?(?!\S*(?:ez|er|ons)$)\S+$/;

/** "besoin de", "nécessaire d'": a need that bears on the verb right after it. */
const NEED_OF_VERB = /\b(?:besoin|necessaire|utile|obligatoire|la peine) (?:de|d')$/;

/**
 * "pas besoin d'annuler", "il n'est plus nécessaire de désinscrire Inès": no need of a
 * change is that change not made (the child comes); the need is only its modal.
 */
function noNeedOfChange(hits: ConceptHit[], words: readonly string[]): void {
  for (const need of hits.filter((h) => h.concept === 'need' && h.negated)) {
    const verb = hits.find(
      // A verb right after "besoin de" ("pas besoin d'annuler"), not a noun ("plus besoin de la place de Tom").
      (h) => (h.concept === 'book' || h.concept === 'unbook') && !h.weak && h.at > need.at && h.at <= need.at + 6 && !/^(?:la|le|les|l'|sa|son|ses|une?)$/.test(words[h.at] ?? '') && NEED_OF_VERB.test(words.slice(need.at, h.at).join(' ')),
    );
    if (!verb) continue;
    // "plus nécessaire de leur garder une place": every expression of that same change, not the first only.
    for (const h of hits) if (h.concept === verb.concept && h.at >= verb.at - 1 && h.at <= verb.at + 3 && h.negated === verb.negated && h !== verb) h.negated = !h.negated;
    verb.negated = !verb.negated;
    hits.splice(hits.indexOf(need), 1);
  }
}

/** "inutile de", "ça sert à rien de", "pas utile de", "au lieu de": the change that follows is said useless. */
// ("… au lieu de les envoyer au centre": the change said instead of is not made either.)
const USELESS = /(?:\binutile(?: donc| alors)?|\bsert (?:a rien|pas a grand chose)|\b(?:pas|plus) utile|\bau lieu) (?:de|d')$/;

/** "inutile de leur garder une place", "ça sert à rien de garder sa place": a change said useless is that change not made. */
function uselessChange(hits: ConceptHit[], words: readonly string[]): void {
  words.forEach((word, w) => {
    if (!/^(?:de|d')$/.test(word) || !USELESS.test(words.slice(Math.max(0, w - 4), w + 1).join(' '))) return;
    for (const hit of hits) if ((hit.concept === 'book' || hit.concept === 'unbook') && hit.at > w && hit.at <= w + 3) hit.negated = true;
  });
}

/** Said between two verbs of change to take the first back: "réserver non pardon annuler", "enlever… je veux dire ajouter". */
const VERB_TAKEN_BACK = /^(?:\S+ ){0,5}?(?:non pardon|non non|euh non|ah non|non|pardon|je veux dire|je voulais dire|enfin non|ou plutot|plutot)(?: \S+){0,3}$/;

/**
 * "il faudrait réserver non pardon annuler la garderie", "enlever la réservation de Léa non pas enlever ajouter": a verb
 * of change taken back for the opposite one is no change asked (dictated messages correct themselves so, unpunctuated).
 */
function verbsTakenBack(hits: ConceptHit[], words: readonly string[]): void {
  const changes = hits.filter((h) => (h.concept === 'book' || h.concept === 'unbook') && !h.weak && !h.negated).sort((a, b) => a.at - b.at);
  changes.forEach((first, i) => {
    const opposite = changes.slice(i + 1).find((h) => h.concept !== first.concept && h.at > first.at);
    if (!opposite || opposite.at - first.at > 9) return;
    // ("non pas enlever ajouter": the « pas » takes the first verb back, the second said in its place.)
    const saidNoTo = /\bnon pas$/.test(words.slice(Math.max(0, first.at - 2), first.at).join(' ')) && opposite.at - first.at <= 2;
    if (saidNoTo || VERB_TAKEN_BACK.test(words.slice(first.at + 1, opposite.at).join(' '))) first.negated = true;
  });
}

/** The concepts of a prepared message, in text order, with their polarity. */
export function conceptsOf(prepared: string): ConceptHit[] {
  const text = prepared.replace(/'(?! )/g, "' ");
  const words = text.split(' ');
  // Word index of each character, to place a match among the words.
  const wordAt: number[] = [];
  let index = 0;
  for (let i = 0; i < text.length; i++) {
    wordAt.push(index);
    if (text[i] === ' ') index++;
  }
  const hits: ConceptHit[] = [];
  const taken = new Set<string>();
  for (const { concept, pattern, weak } of COMPILED) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const first = wordAt[match.index] ?? 0;
      const last = wordAt[match.index + match[0].length - 1] ?? first;
      const key = `${concept}@${first}`;
      if (taken.has(key)) continue;
      taken.add(key);
      // "je ne pourrai pas venir avant 19h": the parent's coming, not the child's attendance.
      if (concept === 'attend' && (parentIsSubject(words, first) || adultIsSubject(words, first))) continue;
      // "sa nounou ne peut plus le garder le mardi": who keeps the child is a story; unable to, a need.
      if (concept === 'book' && KEEPING.test(words.slice(first, last + 1).join(' ')) && keeperIsSubject(words, first)) {
        if (isNegated(words, first, last) && !taken.has(`need@${first}`)) hits.push({ concept: 'need', negated: false, at: first });
        taken.add(`need@${first}`);
        continue;
      }
      if ((concept === 'book' || concept === 'ask') && bookedAndCancelled(words, first)) continue;
      // "on a tout réservé ?", "quelque chose de réservé", "sont bookés": a booking done is a state, not one asked.
      if ((concept === 'book' || concept === 'ask') && isDoneParticiple(words, first)) {
        if (!taken.has(`state@${first}`)) hits.push({ concept: 'state', negated: isNegated(words, first, last), at: first });
        taken.add(`state@${first}`);
        continue;
      }
      // "c'est le grand-père qui vous écrit, ma fille est à son collège": the grandparent's daughter is the mother, away at work.
      // "du 5 au 9 juillet et du 19 au 23. Entre les deux ils viennent chez moi", "les autres jours il reste avec moi": where the
      // child is on the days not asked, the reason of a booking, no cancellation. ("au centre la 2e semaine seulement, la 1ere il
      // est chez sa mamie": the other week.)
      if (concept === 'elsewhere' && OTHER_DAYS_BEFORE.test(words.slice(Math.max(0, first - 6), first).join(' '))) continue;
      if (concept === 'elsewhere' && GRANDPARENT_WRITES.test(text) && /\b(?:ma fille|mon fils)$/.test(words.slice(Math.max(0, first - 2), first + 2).join(' ').replace(/ (?:est|sera|part|travaille)(?: \S+)?$/, ''))) continue;
      // "son train a été supprimé", "le cours de judo est annulé": another thing called off, a story.
      if (concept === 'unbook' && EVENT_CALLED_OFF.test(words.slice(Math.max(0, first - 5), last + 1).join(' '))) continue;
      const hit: ConceptHit = { concept, negated: isNegated(words, first, last), at: first };
      if (weak) hit.weak = true;
      hits.push(hit);
    }
  }
  noNeedOfChange(hits, words);
  uselessChange(hits, words);
  verbsTakenBack(hits, words);
  if (/\?\s*$|^(?:est ce|qu' est|quand|combien|comment|pourquoi|quel|quelle|quels|quelles|ou)\b/.test(prepared) || /\b(?:est ce que|est ce qu)\b/.test(prepared)) {
    hits.push({ concept: 'question', negated: false, at: 0 });
  }
  return hits.sort((a, b) => a.at - b.at);
}

/** The features a message's concepts give the classifier: "c_book", "c_attend_not", … */
export function conceptFeatures(hits: readonly ConceptHit[]): string[] {
  return [...new Set(hits.map((hit) => `c_${hit.concept}${hit.negated ? '_not' : ''}`))];
}
