/**
 * The intent of a prepared message, decided in four steps:
 * 1. rules, where a few words settle it beyond doubt ("hors délai", "date limite",
 *    "était malade");
 * 2. an urgent or sensitive story (a hospital stay, an accident, a custody dispute, an
 *    unexpected person picking the child up) that asks for no plain change goes to a
 *    person (`handoff`, `sensitive`);
 * 3. a softmax classifier over the message's stems, stem bigrams and concepts (see
 *    concepts.ts: what its expressions do, with their polarity under negation), trained
 *    on the hand-written and the generated sentences;
 * 4. the direction of a change, reserve or cancel, is decided by the polarity of its
 *    concepts when they agree ("Léa sera chez son père" cancels, "il me faut la garderie"
 *    books), weak cues ("la réservation", "reste à la garderie") counting only alone and
 *    what is asked ("pouvez-vous…", an imperative) winning over what is told; when they
 *    disagree or say nothing, by the classifier, and when it hesitates the answer is
 *    `ambiguous` with both alternatives, so that the dialog asks.
 * Two guards turn a guess into `none` (or `ambiguous` between two plausible intents):
 * - evidence: a message without content words ("Léa", "mardi"; but "Léa mardi", a child
 *   and a day, is read as a request) or whose content words are mostly unknown to the
 *   training sentences ("asdfgh", "ma voiture est en panne") carries no intent;
 * - confidence: a winner below the threshold, or a weak winner hardly ahead of the
 *   runner-up, is a guess.
 */
import type { Intent } from '../types';
import { INTENTS } from '../types';
import type { ConceptHit } from './concepts';
import { INTRODUCTION, REQUEST_AS_QUESTION, conceptFeatures, conceptsOf } from './concepts';
import { evidenceOf } from './evidence';
import { featuresOf, stem } from './features';
import { IS_THIS_THE_PLACE, intentByRule } from './intentRules';
import { SoftmaxClassifier } from './softmaxClassifier';
import { guarded } from '../text/patternGuard';

export interface IntentResult {
  intent: Intent | 'ambiguous';
  confidence: number;
  source: 'rule' | 'sensitive' | 'classifier' | 'polarity' | 'threshold' | 'evidence';
  /** With `ambiguous`: the likeliest intents, likeliest first. */
  alternatives?: Intent[];
  /** The message tells of an urgent or sensitive situation. */
  sensitive?: true;
  /** The concepts found, for the layers that split or edit requests. */
  concepts: ConceptHit[];
}

export interface IntentRecognizerOptions {
  /** Below this probability the answer is `none` or `ambiguous` (default 0.35). */
  threshold?: number;
  /** A winner below `weakWinner` must lead the runner-up by this much (default 0.15). */
  margin?: number;
  /** See `margin` (default 0.5). */
  weakWinner?: number;
  /** Least share of a message's content words the training sentences know (default 0.5). */
  knownShare?: number;
  /** Reserve and cancel closer than this, with no polarity to decide, are ambiguous (default 0.2). */
  changeMargin?: number;
  /** Rules on (default) or off, to measure what they add. */
  useRules?: boolean;
  /** Evidence guard on (default) or off, to measure what it adds. */
  useEvidence?: boolean;
  /** Concepts (features and polarity) on (default) or off, to measure what they add. */
  useConcepts?: boolean;
}

/** What the recognizer reads of a message besides its prepared text. */
export interface MessageCues {
  /** The parent wrote a question mark. */
  question?: boolean;
}

/** Asked to make sure of something. */
const VERIFY = guarded(/\b(?:verifier|verifiez|confirmer|confirmez|s' assurer|m' assurer|nous assurer|check|checker|checkez)\b/);
/** Wishes and news of oneself, nothing asked: "je vous souhaite une excellente rentrée", "c'est encore moi, la mamie de Timoté !". */
const WISHES = new RegExp(`\\b(?:je vous souhaite|nous vous souhaitons|bonne rentree|excellente rentree|j' espere que vous allez bien|c' est encore moi|bon courage)\\b|${INTRODUCTION}`);
/** Thanks, praise and wishes. */
const THANKS = guarded(/\b(?:merci|remerci\w*|bravo|felicitations?|chapeau|reconnaissante?|meilleurs voeux|bonnes fetes|bonne annee)\b/);

/** "merci d'avoir gardé Léna hier soir": thanks for what was done, whatever day it was. */
// ("merci pour l'autre jour, la dame au téléphone a été bien aimable": thanks for a day past.)
// ("un grand merci pour votre patience au téléphone la semaine dernière", "la sortie au zoo mercredi dernier… bravo à toute l'équipe".)
const THANKS_FOR_DONE = guarded(
  /\b(?:merci|remercier|remercie|remercions) (?:\S+ ){0,3}(?:d' avoir|pour avoir|de nous avoir|de m' avoir)\b|\bmerci pour l' autre jour\b|\bmerci (?:\S+ ){0,2}pour (?:votre|ta|vos|tes) (?:patience|gentillesse|aide|accueil|ecoute|disponibilite|reponse|reponses|explications?)\b|\bbravo (?:a|pour) (?:toute |tous |toutes )?(?:l' equipe|les animat\w*|vous|votre equipe)\b/,
);
/** "la dame au téléphone a été très gentille": praise of someone of the service, nothing asked. */
const PRAISE = guarded(/\b(?:a ete|ont ete|etait|etaient|est|sont) (?:\S+ )?(?:gentille?s?|aimables?|patiente?s?|adorables?|formidables?|super|top|serviables?|a l' ecoute)\b(?! (?:de|d'|pour) (?:me|nous|m'|n'))/);

/** "vous transmettrez mes amitiés à la directrice": greetings passed on to someone of the service, nothing asked of them. */
const GREETINGS_PASSED = guarded(/\b(?:transmettrez|transmettez|transmettre|passerez|passez|passer|faites|ferez) (?:toutes )?(?:mes|nos) (?:amities|salutations|remerciements|bonjours?|compliments|bises|pensees|amitie)\b/);

/** A child, named or not. */
const A_CHILD = /\b(?:zenfant|mon fils|ma fille|mon enfant|mes enfants|les enfants|mon petit|ma petite|mon garcon|il|elle)\b/;

/** Said to be in time: no exception to ask. */
// ("j'ai oublié de réserver et ça a été la galère, donc cette fois je m'y prends tôt": a lesson of the past, this request early.)
const IN_TIME = guarded(
  /\b(?:pile|juste) a temps\b|\bencore dans les (?:temps|delais)\b|\bje suis dans les (?:temps|delais)\b|\bcette fois (?:ci )?(?:je m' y prends|je m y prends|jmy prends|j' m' y prends|on s' y prend|je reserve|je m' y mets) (?:bien |plus )?(?:tot|en avance|a l' avance|a temps)\b/,
);

/** A word of the service's world: a question without one is not the service's. */
const SERVICE_WORD =
  guarded(/\b(?:garderie|centre|accueil|periscolaire|peri|inscri\w*|reserv\w*|resas?|annul\w*|tarifs?|prix|cout\w*|combien|factur\w*|pai\w*|pay\w*|compte|portail|espace|mairie|service|enfants?|fils|fille|cantine|ecole|etude|loisirs|mercredis?|soirs?|vacances|quotient|caf|attestations?|documents?|dossiers?|justificati\w*|certificats?|animat\w*|gouter|repas|horaires?|ferme\w*|ouvr\w*|mail|e mail|courriel|telephone|numero|adresse|contact\w*|joindre|regle\w*|assurance|allerg\w*|sorties?|malade|recuper\w*|chercher|autoris\w*|personne|places?|delais?|aide|impots?|fiscal\w*|credit|cesu|prelevement|mot de passe|identifiant|connect\w*|appli\w*|site|chatbot|bot|assistant|petits?|zenfant|zdate|affaires|rechange|doudou|sieste|vetements?|tenue|sac|gourde|casquette|creme|medicaments?|traitement|inscrits?|animateurs?|directrice|directeur|responsable)\b/);

/** Intents a parent may be asked to choose between (the dialog offers them as buttons). */
const ASKABLE: readonly Intent[] = ['reserve', 'cancel', 'check', 'deadline', 'absence', 'late_request', 'handoff', 'faq'];

export type Polarity = 'reserve' | 'cancel' | 'both' | undefined;

/** The direction of a change its concepts give: "Léa ne viendra pas" cancels, "il me faut une place" books. */
export function polarityOf(hits: readonly ConceptHit[]): Polarity {
  // Weak cues ("annuler la réservation", "nous serons en déplacement") count only alone.
  const strong = directionOf(hits.filter((h) => !h.weak));
  return strong ?? directionOf(hits.filter((h) => h.weak));
}

/** The direction the strong cues alone give: what a clause asks by itself, beyond a weak "Wei reste à la garderie". */
export function strongPolarityOf(hits: readonly ConceptHit[]): Polarity {
  return directionOf(hits.filter((h) => !h.weak));
}

/** The « non » that opens a correction: "euh non pardon", "non plutôt", "ah non je me trompe". */
const CORRECTION_NO = /\bnon (?=(?:pardon|plutot|attends?|je me|en fait|enfin|c' est)\b)/g;

/** "pendant toute la durée de son absence": while the one who keeps the children is away (a reason to book, no absence told). */
const KEEPER_AWAY = guarded(/\b(?:pendant|durant|le temps de) (?:toute )?(?:la duree de )?(?:son|mon|leur|notre) absence\b/);

/** A child or days left out of a request ("mais pas Léa", "Hugo non", "Inès aucun jour", "pas les autres jours"). */
// ("au centre le 28 29 30 dec svp (pas le 31)": a day said no to right after the days asked.)
const LEFT_OUT = guarded(/\b(?:(?:mais |et )?(?:pas|sauf|sans) (?:zenfant|les autres(?: jours)?)|zenfant (?:non|aucun jour)|pas la peine pour (?:la fin de (?:la )?semaine|le reste de la semaine|les autres jours|le week end))\b|(?=pas zdate\b)(?<=\bzdate (?:s' il (?:vous|te) plait |svp |stp |merci |mais |et |inclus )?)pas zdate\b/g);

/** A remark on the day asked, which denies nothing: "le mercredi 12 à l'accueil du mercredi, c'est pas les vacances". */
const NOT_THE_HOLIDAYS = /\b(?:c' est|ce n' est|c) pas (?:pendant )?(?:les |des )?vacances\b(?! (?:de|d'|du)\b)/g;

/** Children put at the service: "les deux au centre", "zenfant + zenfant a la garderie", "zenfant le 31/05 et zenfant le 01/06 a la garderie", "centre aere pour mes quatre". */
const PLACED = guarded(
  /\b(?:zenfant(?: zdate)?(?: (?:et|\+) zenfant(?: zdate)?)*|(?:les|mes) (?:deux|trois|quatre|enfants|petits))\s+(?:au centre|a la garderie|en garderie|au periscolaire|a l' accueil|centre(?= zdate)|garderie(?= zdate)|au soir(?= zdate))\b|\b(?:centre(?: aere| de loisirs)?|garderie)\s+(?:pour|pr)\s+(?:zenfant|(?:les|mes) (?:deux|trois|quatre|enfants|petits))\b/,
);
/** Children put at the service on days named. */
const placedOnDays = (prepared: string) => PLACED.test(prepared) && /\bzdate\b/.test(prepared);

function directionOf(hits: readonly ConceptHit[]): Polarity {
  let reserve = false;
  let cancel = false;
  for (const { concept, negated } of hits) {
    if (concept === 'book' || concept === 'attend' || concept === 'need') {
      if (negated) cancel = true;
      else reserve = true;
    } else if (concept === 'unbook') {
      if (negated) reserve = true;
      else cancel = true;
    } else if (concept === 'elsewhere' && !negated) cancel = true;
  }
  return reserve && cancel ? 'both' : reserve ? 'reserve' : cancel ? 'cancel' : undefined;
}

/**
 * The change expressions a request bears on: the ones an "ask" expression ("pouvez-vous",
 * "merci de", an imperative) opens, within four words before them.
 */
function askedHits(hits: readonly ConceptHit[]): ConceptHit[] {
  const asks = hits.filter((h) => h.concept === 'ask').map((h) => h.at);
  return hits.filter((h) => h.concept !== 'ask' && !h.weak && asks.some((at) => at <= h.at && h.at - at <= 4));
}

/** The direction a verb of booking or cancelling asked in so many words gives ("Inscrivez-la", "merci d'annuler"). */
const askedChange = (hits: readonly ConceptHit[]): Polarity => polarityOf(askedHits(hits).filter((h) => h.concept === 'book' || h.concept === 'unbook'));

const has = (hits: readonly ConceptHit[], concept: ConceptHit['concept'], negated?: boolean) =>
  hits.some((h) => h.concept === concept && (negated === undefined || h.negated === negated));

const QUESTION_REQUEST = new RegExp(REQUEST_AS_QUESTION);
/** A child or the service named beside a change told. */
const TOLD_AT_SERVICE = guarded(/\b(?:zenfant|garderie|centre|accueil|periscolaire|peri|etude|cantine)\b/);

/** The sensitive cues are all circumstances (weak: a hospital stay, an accident, a funeral), none a child's safety. */
const onlyCircumstances = (hits: readonly ConceptHit[]) => hits.every((h) => h.concept !== 'sensitive' || h.weak === true);

const CHILDREN_AS_SUBJECT: ReadonlySet<string> = new Set(['zenfant', 'enfants', 'petits', 'petites', 'deux', 'trois', 'quatre', 'jumeaux', 'jumelles']);

const SERVICE_PLACE = guarded(/\b(?:garderie|centre|accueil|periscolaire|peri|periscolaires|etude|alsh|centre de loisirs)\b/);

/** Of a message that both books and cancels in so many words, the change said first. */
function firstOfBoth(polarity: Polarity, hits: readonly ConceptHit[]): Polarity {
  if (polarity !== 'both') return polarity;
  const first = hits.filter((h) => (h.concept === 'book' || h.concept === 'unbook') && !h.weak && !h.negated).sort((a, b) => a.at - b.at)[0];
  return first === undefined ? polarity : first.concept === 'book' ? 'reserve' : 'cancel';
}

/** A strong booking verb or need, and no other sign of cancelling than the children being elsewhere. */
function bookedBesideElsewhere(hits: readonly ConceptHit[]): boolean {
  // ("besoin du centre pour les deux …, la 2e semaine ils sont chez ma mère": a need of the service said plainly books too.)
  const books = hits.some((h) => (h.concept === 'book' || h.concept === 'need') && !h.weak && !h.negated);
  const cancels = hits.filter((h) => h.concept === 'unbook' || (h.negated && (h.concept === 'book' || h.concept === 'attend' || h.concept === 'need')));
  return books && cancels.length === 0 && hits.some((h) => h.concept === 'elsewhere');
}

/** A person asked to call or talk, beside an urgent or sensitive story. */
function calledInHardMoment(hits: readonly ConceptHit[]): boolean {
  return has(hits, 'sensitive') && hits.some((h) => h.concept === 'person' && !h.negated);
}

/**
 * An urgent or sensitive story that asks for no plain change: a change asked in so many
 * words ("annulez", "je dois absolument placer Margaux demain") stays that change.
 */
function sensitiveStory(hits: readonly ConceptHit[], prepared: string): boolean {
  if (!has(hits, 'sensitive')) return false;
  if (hits.some((h) => (h.concept === 'book' || h.concept === 'unbook') && !h.negated && !h.weak)) return false;
  // ("Erico et Cesaire au soir la semaine pro du lundi au jeudi stp… c'est leur mamie qui vient les chercher": children put at
  // the service on days, asked, is a plain change, whoever picks them up.)
  if (placedOnDays(prepared) && has(hits, 'ask') && !has(hits, 'question') && !has(hits, 'person')) return false;
  // "le bulletin d'hospitalisation d'Iris, qui justifie son absence": a proof sent for days past.
  if (onlyCircumstances(hits) && has(hits, 'proof') && has(hits, 'was_absent')) return false;
  // "Kenza ne viendra pas au périscolaire lundi, on va à un enterrement", "Soan doit être à
  // la garderie lundi, je suis à l'hôpital": the child's days at the service, said in so
  // many words, are a plain change.
  const words = prepared.split(' ');
  // The child as the subject ("Hugo et Léa ne viendront pas jeudi") or the service named.
  // ("les trois ne viendront pas du 9 au 13 novembre, … l'enterrement d'un oncle": the children, counted, are the subject too.)
  // ("plus besoin du soir pour Ariana…": the child of a need said no to.)
  const aboutTheChild = (at: number) =>
    SERVICE_PLACE.test(prepared) || words.slice(Math.max(0, at - 4), at).some((word) => CHILDREN_AS_SUBJECT.has(word)) || (/\b(?:plus|pas) besoin\b/.test(words.slice(Math.max(0, at - 1), at + 2).join(' ')) && words.slice(at, at + 6).includes('zenfant'));
  // Only beside a circumstance; a child's safety always goes to a person.
  const plainChange = onlyCircumstances(hits) && /\bzdate\b/.test(prepared) && hits.some((h) => (h.concept === 'attend' || h.concept === 'need') && aboutTheChild(h.at));
  return !plainChange;
}

/** "je ne retrouve pas l'inscription de Sacha pour vendredi": a booking looked for, a look. */
const SOUGHT = guarded(/\b(?:retrouve|retrouvons|trouve|trouvons|vois|voyons|voit|apparait|affiche|figure)\b/);

/** The reason given: "car", "puisque", "parce que". */
const REASON_OPENER = guarded(/\b(?:car|puisque|parce que|parce qu')(?= |$)/);

/**
 * The child elsewhere beside a placement on days, why a day is left out, not a cancellation: in the reason ("la garderie
 * pour Tiago le mardi 9 et le jeudi 11, parce que le mercredi 10 il est chez son père"), or on a day of its own said after
 * the days of the placement ("Tiago au centre lundi et mardi, mercredi il est chez mes parents").
 */
function elsewhereBesidePlacement(hit: ConceptHit, prepared: string): boolean {
  if (hit.concept !== 'elsewhere') return false;
  const reason = REASON_OPENER.exec(prepared);
  // (The word index of the opener's last word, « car » or the « que » of « parce que ».)
  const at = reason ? prepared.slice(0, reason.index + reason[0].length).split(' ').length - 1 : -1;
  if (at > 0 && hit.at > at) return true;
  const words = prepared.split(' ');
  const ownDay = words.slice(Math.max(0, hit.at - 4), hit.at).lastIndexOf('zdate');
  return ownDay >= 0 && words.slice(0, Math.max(0, hit.at - 4) + ownDay).includes('zdate');
}

export class IntentRecognizer {
  private readonly classifier = new SoftmaxClassifier<Intent>(INTENTS);
  private readonly threshold: number;
  private readonly margin: number;
  private readonly weakWinner: number;
  private readonly knownShare: number;
  private readonly changeMargin: number;
  private readonly useRules: boolean;
  private readonly useEvidence: boolean;
  private readonly useConcepts: boolean;
  /** Stems of the sentences that mean something to the service (every intent but `none`). */
  private readonly serviceStems = new Set<string>();

  /** `examples`: prepared (masked) sentences with their intent and cues. */
  constructor(examples: readonly { prepared: string; intent: Intent; cues?: MessageCues }[], options: IntentRecognizerOptions = {}) {
    this.threshold = options.threshold ?? 0.35;
    this.margin = options.margin ?? 0.15;
    this.weakWinner = options.weakWinner ?? 0.5;
    this.knownShare = options.knownShare ?? 0.5;
    this.changeMargin = options.changeMargin ?? 0.2;
    this.useRules = options.useRules ?? true;
    this.useEvidence = options.useEvidence ?? true;
    this.useConcepts = options.useConcepts ?? true;
    for (const e of examples) if (e.intent !== 'none') for (const token of e.prepared.replace(/'/g, ' ').split(' ')) if (token) this.serviceStems.add(stem(token));
    this.classifier.train(examples.map((e) => ({ features: this.features(e.prepared, conceptsOf(e.prepared), e.cues), label: e.intent })));
  }

  private features(prepared: string, hits: readonly ConceptHit[], cues: MessageCues = {}): string[] {
    const features = featuresOf(prepared);
    if (this.useConcepts) features.push(...conceptFeatures(hits));
    if (cues.question) features.push('q_mark');
    return features;
  }

  /** Recognizes the intent of a prepared message. */
  recognize(prepared: string, cues: MessageCues = {}): IntentResult {
    const concepts = conceptsOf(prepared);
    const ruled = this.useRules ? intentByRule(prepared, cues) : undefined;
    // "mon fils a été hospitalisé…, est-ce que quelqu'un peut me rappeler": a call asked in a hard moment goes to a person first.
    if (ruled && ruled !== 'handoff' && this.useConcepts && calledInHardMoment(concepts)) return { intent: 'handoff', confidence: 0.9, source: 'sensitive', sensitive: true, concepts };
    // ("je voudrais parler à quelqu'un, c'est urgent, ma fille s'est fait mordre": a person asked in a hard moment.)
    if (ruled === 'handoff' && this.useConcepts && concepts.some((h) => h.concept === 'sensitive' && !h.weak)) return { intent: 'handoff', confidence: 1, source: 'rule', sensitive: true, concepts };
    if (ruled) return { intent: ruled, confidence: 1, source: 'rule', concepts };
    if (this.useConcepts && sensitiveStory(concepts, prepared)) return { intent: 'handoff', confidence: 0.9, source: 'sensitive', sensitive: true, concepts };
    const prediction = this.classifier.predict(this.features(prepared, concepts, cues));
    // "Merci pour votre gentillesse au téléphone, une mamie reconnaissante": thanks and nothing asked are smalltalk.
    const thanksForDone = THANKS_FOR_DONE.test(prepared);
    const praise = PRAISE.test(prepared);
    if (
      this.useConcepts &&
      (THANKS.test(prepared) || WISHES.test(prepared) || GREETINGS_PASSED.test(prepared)) &&
      !cues.question &&
      (!/\bzdate\b/.test(prepared) || thanksForDone) &&
      concepts.every((h) => h.concept === 'social' || h.concept === 'info' || (thanksForDone && h.concept === 'ask') || ((praise || GREETINGS_PASSED.test(prepared)) && h.concept === 'person') || (h.weak && h.concept !== 'unbook'))
    ) {
      return { intent: 'smalltalk', confidence: Math.max(prediction.confidence, 0.6), source: 'polarity', concepts };
    }
    if (this.useEvidence) {
      const { content, known, childAndDay } = evidenceOf(prepared, (token) => this.serviceStems.has(stem(token)));
      // "ça roule, merci la team": thanks in a word or two of slang are still thanks.
      const greetingOnly = has(concepts, 'social') && (content === 0 || (content <= 3 && concepts.every((h) => h.concept === 'social' || h.concept === 'question')));
      // A change asked in words the training sentences lack ("la reporter au 30") still asks a change.
      const asksChange = this.useConcepts && polarityOf(concepts) !== undefined && (known > 0 || childAndDay || content <= 2);
      // "Iris vacances Noël complètes": a child and days with a word or two around them still ask something.
      // ("juillet : les 2 au centre du 12 au 16…": the children counted, put at the service.)
      // ("emilian au soir tous les mardis jusqu aux vacances stp": the evening said for the service.)
      const shortRequest = (childAndDay && (content <= 2 || /\b(?:garderie|centre|accueil|periscolaire|etude|au soir)\b/.test(prepared))) || placedOnDays(prepared);
      // "grave la flemme de fouiller le site, tu me dis ce que j'ai booké pour Maxence en octobre ?": a look asked about a child's days.
      // ("M. Ferreira souhaiterait connaître les journées actuellement réservées pour ses enfants au mois de juin": days looked at.)
      const asksLook = this.useConcepts && (childAndDay || /\bzdate\b/.test(prepared)) && (has(concepts, 'overview') || has(concepts, 'state'));
      // "can I talk with real person here please?": a person asked, in whatever words around it.
      const asksPerson = this.useConcepts && has(concepts, 'person');
      // ("tt les mercredis de decembre pr naia stp, jbosse au kfc": a child's days asked with a « s'il te plaît ».)
      const pleaded = this.useConcepts && childAndDay && has(concepts, 'ask');
      if (!greetingOnly && !asksChange && !shortRequest && !asksLook && !asksPerson && !pleaded && ((content === 0 && !childAndDay) || known < content * this.knownShare)) return { intent: 'none', confidence: prediction.confidence, source: 'evidence', concepts };
    }
    // "je sais que c'est le dernier jour, je suis pile à temps": in time, so no exception to ask.
    if (this.useConcepts && IN_TIME.test(prepared) && (prediction.label === 'late_request' || prediction.scores.late_request === prediction.runnerUp)) {
      const told = polarityOf(concepts);
      return { intent: told === 'cancel' ? 'cancel' : 'reserve', confidence: prediction.scores.reserve + prediction.scores.cancel + prediction.scores.late_request, source: 'polarity', concepts };
    }
    // "mon fils est malade aujourd'hui": a child ill on a day, in so few words that the classifier reads nothing; an absence.
    if (this.useConcepts && (prediction.label === 'none' || (['faq', 'help', 'smalltalk'].includes(prediction.label) && !cues.question && !has(concepts, 'question'))) && /\bzdate\b/.test(prepared) && A_CHILD.test(prepared) && concepts.some((h) => h.concept === 'ill' && !h.negated && !h.weak)) {
      return { intent: 'absence', confidence: Math.max(0.6, prediction.scores.absence), source: 'polarity', concepts };
    }
    const ranked = INTENTS.filter((i) => i !== 'none')
      .map((intent) => ({ intent, p: prediction.scores[intent] }))
      .sort((a, b) => b.p - a.p);
    // "…alors que j'avais fait la demande ! Inscrivez-la tout de suite.": a change asked in so many words is that change.
    // ("il faudrait la garderie le mercredi 9 juin, ma belle-fille n'arrive pas à le faire sur l'ordinateur": a need for
    // named days, told beside the trouble with the website, is the booking.)
    const neededDays = concepts.some((h) => h.concept === 'need' && !h.weak && !h.negated) && !has(concepts, 'state') && !has(concepts, 'overview') && /\bzdate\b/.test(prepared) && polarityOf(concepts) === 'reserve';
    const askedBoth = this.useConcepts && askedChange(concepts) === 'both';
    // ("il faut enlever Carlotta lundi, elle a le dentiste, mais il faut mettre Gianmarco mercredi, il n'était pas inscrit":
    // two changes asked in so many words are no absence told; the first said leads.)
    const asked = this.useConcepts ? (askedBoth ? firstOfBoth('both', concepts) : (askedChange(concepts) ?? (neededDays ? 'reserve' : undefined))) : undefined;
    // ("inscrire Sélénia et Odelin le mercredi durant toute la durée de son absence": a booking while the one who keeps them is away.)
    const wrongAbsence = prediction.label === 'absence' && ((askedBoth && /\bzdate\b/.test(prepared)) || (asked === 'reserve' && KEEPER_AWAY.test(prepared)));
    const politeQuestion = QUESTION_REQUEST.test(prepared);
    // ("…il faudrait les mettre à la garderie ce soir-là. Est-ce possible de le faire par ici ?": no person asked, the change is.)
    const wrongHandoff = prediction.label === 'handoff' && !has(concepts, 'person') && !has(concepts, 'sensitive');
    // (No word of lateness was read by the rules: a change asked, not an exception: "je vous confirme que je souhaite inscrire Mahrez".)
    // ("Pourriez-vous inscrire Anežka mercredi et, par ailleurs, annuler … ?": a polite request, no question on the deadline.)
    const wrongDeadline = prediction.label === 'deadline' && politeQuestion;
    if ((asked === 'reserve' || asked === 'cancel') && (['check', 'none', 'faq', 'help', 'late_request'].includes(prediction.label) || wrongHandoff || wrongDeadline || wrongAbsence) && ((!has(concepts, 'question') && !cues.question) || politeQuestion || wrongHandoff)) {
      return { intent: asked, confidence: Math.max(0.6, prediction.scores.reserve + prediction.scores.cancel), source: 'polarity', concepts };
    }
    // "…alors il ne faut plus les compter à l'accueil du soir du 5 au 9 octobre": a change told plainly, days and service named, asks it.
    const toldPlainly = this.useConcepts && !cues.question && !has(concepts, 'question') && /\bzdate\b/.test(prepared) && TOLD_AT_SERVICE.test(prepared) ? strongPolarityOf(concepts) : undefined;
    // ("…pour qu'elles restent à la garderie jeudi soir. Je ne sais pas si je fais bien avec ce téléphone": no look asked in any word.)
    // ("je ne retrouve pas l'inscription de Sacha pour vendredi" stays a look: only a wish or a need told turns it.)
    const lookWithoutWords = prediction.label === 'check' && !has(concepts, 'state') && !has(concepts, 'overview') && concepts.some((h) => (h.concept === 'need' || h.concept === 'attend') && !h.weak && !h.negated);
    // ("je voulais annuler Léa vendredi, et pour Hugo réserver le même jour à sa place": a verb of change, no look asked in any word.)
    const changeNotLook =
      prediction.label === 'check' && !has(concepts, 'state') && !has(concepts, 'overview') && !has(concepts, 'question') && !cues.question && /\bzdate\b|\bzenfant\b/.test(prepared) && !SOUGHT.test(prepared)
        ? polarityOf(concepts.filter((h) => (h.concept === 'book' || h.concept === 'unbook') && !h.weak))
        : undefined;
    if (this.useConcepts && (changeNotLook === 'reserve' || changeNotLook === 'cancel')) {
      return { intent: changeNotLook, confidence: Math.max(0.6, prediction.scores.reserve + prediction.scores.cancel), source: 'polarity', concepts };
    }
    if ((toldPlainly === 'reserve' || toldPlainly === 'cancel') && (['none', 'faq', 'help'].includes(prediction.label) || lookWithoutWords)) {
      return { intent: toldPlainly, confidence: Math.max(0.6, prediction.scores.reserve + prediction.scores.cancel), source: 'polarity', concepts };
    }
    // "il faut que les enfants soient inscrits mercredi, c'est bien ici qu'on fait ça ?": the change told, asked here.
    const toldHere = this.useConcepts && IS_THIS_THE_PLACE.test(prepared) ? strongPolarityOf(concepts) : undefined;
    if (toldHere === 'reserve' || toldHere === 'cancel') return { intent: toldHere, confidence: Math.max(0.6, prediction.scores.reserve + prediction.scores.cancel), source: 'polarity', concepts };
    const toldChange = this.useConcepts ? polarityOf(concepts) : undefined;
    if (wrongHandoff && (toldChange === 'reserve' || toldChange === 'cancel') && concepts.some((h) => (h.concept === 'book' || h.concept === 'unbook') && !h.weak)) {
      return { intent: toldChange, confidence: Math.max(0.6, prediction.scores.reserve + prediction.scores.cancel), source: 'polarity', concepts };
    }
    // A plain change asked beside an urgent story stays that change (the contract), unless a person is asked for.
    // ("…partis pour un enterrement. Il faut retirer Kensley demain… et par contre mettre Yolène mercredi": two changes, the first said first.)
    const told = this.useConcepts ? firstOfBoth(polarityOf(concepts), concepts) : undefined;
    if (prediction.label === 'handoff' && has(concepts, 'sensitive') && onlyCircumstances(concepts) && !has(concepts, 'person') && (told === 'reserve' || told === 'cancel')) {
      return { intent: told, confidence: prediction.scores.reserve + prediction.scores.cancel + prediction.scores.handoff, source: 'polarity', concepts };
    }
    // "Sami et Nora ont-ils une place jeudi ?": a question on the state of a booking, with no word that asks one, is a look.
    if (
      this.useConcepts &&
      // (A look the classifier leans to only weakly is a look all the same.)
      (prediction.label === 'reserve' || prediction.label === 'cancel' || prediction.label === 'check') &&
      has(concepts, 'state') &&
      // ("…m'a recommandé de vérifier qu'ils sont inscrits vendredi": a look asked without a question mark.)
      (has(concepts, 'question') || cues.question || VERIFY.test(prepared)) &&
      /\bzdate\b/.test(prepared) &&
      !concepts.some((h) => (h.concept === 'book' || h.concept === 'unbook' || h.concept === 'need') && !h.weak)
    ) {
      return { intent: 'check', confidence: Math.max(prediction.scores.check, 0.6), source: 'polarity', concepts };
    }
    // "Mon fils m'a chargée de réserver le centre… La deuxième semaine, ils viendront chez moi": a booking asked in so
    // many words, beside where the children will be otherwise, is the booking.
    if (this.useConcepts && prediction.label === 'cancel' && bookedBesideElsewhere(concepts)) {
      return { intent: 'reserve', confidence: Math.max(0.6, prediction.scores.reserve + prediction.scores.cancel), source: 'polarity', concepts };
    }
    // "juillet : les 2 au centre du 12 au 16… lol", "centre aéré pr mes 4 du 5 au 30 juil": children put at the service on
    // days, with no verb nor question, is the usual request, whatever the classifier makes of the rest.
    // (Whoever picks them up: "… c'est leur mamie qui vient les chercher", no person asked.)
    const pickedUpBy = (h: ConceptHit) => h.concept === 'sensitive' && !has(concepts, 'person');
    if (this.useConcepts && !cues.question && placedOnDays(prepared) && concepts.every((h) => h.concept === 'social' || h.concept === 'ask' || elsewhereBesidePlacement(h, prepared) || pickedUpBy(h))) {
      const denied = /\b(?:ne|n'|pas|plus|ni|jamais|sans|non|aucun|aucune)\b/.test(prepared.replace(LEFT_OUT, '').replace(CORRECTION_NO, '').replace(NOT_THE_HOLIDAYS, ''));
      if (!denied) return { intent: 'reserve', confidence: Math.max(0.6, prediction.scores.reserve), source: 'polarity', concepts };
    }
    // "Il faudrait que Feride et son frère puissent rester le soir du lundi 2 au vendredi 6 novembre… Je vous remercie de votre
    // patience envers un vieil homme": a child's days at the service, no person asked nor anything urgent, is the booking,
    // whatever the courtesy or the story around it.
    const attends = concepts.some((h) => (h.concept === 'attend' || h.concept === 'book' || h.concept === 'need') && !h.negated);
    if (this.useConcepts && prediction.label === 'handoff' && attends && /\bzenfant\b/.test(prepared) && /\bzdate\b/.test(prepared) && concepts.every((h) => ['social', 'ask', 'attend', 'book', 'need'].includes(h.concept))) {
      return { intent: 'reserve', confidence: Math.max(0.6, prediction.scores.reserve), source: 'polarity', concepts };
    }
    const change = this.changeDirection(prediction.label, prediction.scores, concepts, prepared);
    if (change) return { ...change, concepts };
    if (prediction.confidence < this.threshold || (prediction.confidence < this.weakWinner && prediction.confidence - prediction.runnerUp < this.margin)) {
      const [first, second] = ranked;
      if (prediction.label !== 'none' && ASKABLE.includes(first.intent) && ASKABLE.includes(second.intent) && first.p + second.p >= 0.6) {
        return { intent: 'ambiguous', confidence: first.p, source: 'threshold', alternatives: [first.intent, second.intent], concepts };
      }
      return { intent: 'none', confidence: prediction.confidence, source: 'threshold', concepts };
    }
    // "pas venu lundi, malade. je dois envoyer quoi ?": a question about a past absence is about that absence.
    if (this.useConcepts && (prediction.label === 'help' || prediction.label === 'faq') && concepts.some((h) => h.concept === 'was_absent' && !h.negated)) {
      return { intent: 'absence', confidence: prediction.confidence, source: 'polarity', concepts };
    }
    // "quel temps va-t-il faire ce week-end ?": a question on nothing the service knows of is off topic.
    if (this.useEvidence && prediction.label === 'faq' && !SERVICE_WORD.test(prepared)) return { intent: 'none', confidence: prediction.confidence, source: 'evidence', concepts };
    // "mes hortensias ont tous gelé, mon pauvre mari les aimait tant": a story told at length with no word of the service,
    // no person asked, no child and nothing urgent is nothing to hand over ("c'est urgent" alone still is).
    // ("le vrai travail de la mer… je radote", "pas toi je parlais à un client, deux kilos de tomates un euro cinquante".)
    if (this.useEvidence && this.useConcepts && prediction.label === 'handoff' && concepts.every((h) => h.concept === 'social' || h.concept === 'money') && prepared.split(' ').length >= 10 && !/\b(?:zenfant|urgen\w*|grave|vite|secours|aide\w*|quelqu' un|humain|vraie? (?:personne|humain|agent|conseill\w*|gens)|repond\w*|parler)\b/.test(prepared) && !SERVICE_WORD.test(prepared)) {
      return { intent: 'none', confidence: prediction.confidence, source: 'evidence', concepts };
    }
    return { intent: prediction.label, confidence: prediction.confidence, source: 'classifier', concepts };
  }

  /**
   * Reserve or cancel, when the classifier leans to a change: the concepts' polarity
   * decides when it is clear; otherwise the classifier, or `ambiguous` when it hesitates.
   */
  private changeDirection(label: Intent, scores: Record<Intent, number>, hits: readonly ConceptHit[], prepared: string): Omit<IntentResult, 'concepts'> | undefined {
    const reserve = scores.reserve;
    const cancel = scores.cancel;
    const changeShare = reserve + cancel;
    const leansToChange = label === 'reserve' || label === 'cancel' || (changeShare >= 0.5 && Math.max(...Object.values(scores)) === Math.max(reserve, cancel, scores.none));
    if (!leansToChange) return undefined;
    // "Pouvez-vous me dire si Léa va au centre mardi ?": a question on what is booked, not a change.
    if (this.useConcepts && has(hits, 'question') && (has(hits, 'state') || has(hits, 'overview')) && label !== 'reserve' && label !== 'cancel') return undefined;
    // "Louna n'est pas inscrite lundi alors que j'avais demandé ! Inscrivez-la tout de suite.": the change asked wins.
    if (this.useConcepts && askedChange(hits) === undefined && (has(hits, 'state') || has(hits, 'overview')) && scores.check > Math.max(reserve, cancel)) return undefined;
    // "un récapitulatif des réservations de Gabriel", "regarder si Marème a réservation jeudi": a look, the booking only named.
    if (this.useConcepts && strongPolarityOf(hits) === undefined && hits.some((h) => h.weak && h.concept === 'book') && (has(hits, 'state') || has(hits, 'overview'))) {
      return { intent: 'check', confidence: Math.max(scores.check, 0.5), source: 'polarity' };
    }
    const told = this.useConcepts ? polarityOf(hits) : undefined;
    // "je garde les enfants…, mais pourriez-vous les prendre au centre": what is asked wins over the story.
    const polarity = told === 'both' ? (polarityOf(askedHits(hits)) ?? told) : told;
    if (polarity === 'reserve' || polarity === 'cancel') {
      if (label !== polarity && label !== 'reserve' && label !== 'cancel') return undefined;
      return { intent: polarity, confidence: Math.max(changeShare, scores[polarity]), source: 'polarity' };
    }
    if (label !== 'reserve' && label !== 'cancel') return undefined;
    // Children and days with no word of a change ("les petits, tous les mardis jusqu'aux
    // vacances"): parents who write only that are booking, the usual request.
    // No concept and no negation at all: a booking, the usual request.
    const wordless = hits.every((h) => h.concept === 'social' || h.concept === 'ask' || h.concept === 'question');
    // "mais pas Léa", "Hugo non", "pas les autres jours" leave a child or days out of a booking: no denial of the change.
    // ("… euh non pardon, c'est Hugo qui reste, pas Inès": the « non » of a correction denies nothing.)
    const negation = /\b(?:ne|n'|pas|plus|ni|jamais|sans|non|aucun|aucune)\b/.test(prepared.replace(LEFT_OUT, '').replace(CORRECTION_NO, '').replace(NOT_THE_HOLIDAYS, ''));
    if (polarity === undefined && wordless && !negation) return { intent: 'reserve', confidence: Math.max(reserve, cancel), source: 'classifier' };
    // "Hugo pas demain", "lundi c'est non pour Inès": a negation with no word of a change
    // may deny a day or a child; the classifier's lean is a guess there, so the parent is asked.
    const askDirection = polarity === undefined && wordless && negation;
    if (polarity === undefined && !askDirection && reserve >= cancel) return { intent: 'reserve', confidence: Math.max(reserve, cancel), source: 'classifier' };
    if (askDirection || Math.abs(reserve - cancel) < this.changeMargin * changeShare) {
      const [first, second] = reserve >= cancel ? (['reserve', 'cancel'] as const) : (['cancel', 'reserve'] as const);
      return { intent: 'ambiguous', confidence: Math.max(reserve, cancel), source: 'polarity', alternatives: [first, second] };
    }
    return undefined;
  }
}
