/**
 * The understanding layer: text + family + reference time → intent, days, children.
 * Pure (no botbuilder, no I/O after construction): dialogs call it.
 */
import type { IsoDay } from '../domain/day';
import { addDays, isoWeekday } from '../domain/day';
import type { SchoolCalendar } from '../domain/schoolCalendar';
import type { DateExpression, DayRef, FoundExpression } from './dates/dateExpression';
import { parseDates } from './dates/parseDates';
import { CALENDAR_WORDS } from './dates/dateLexicon';
import type { DateContext, OpenEnded } from './dates/resolveDates';
import { resolveDatesInDetail } from './dates/resolveDates';
import { resolveDayRef } from './dates/resolveDayRef';
import { answerContext, answerEnd, openEndedDays } from './dates/completeOpenEnded';
import type { IntentRecognizerOptions, IntentResult } from './intents/intentRecognizer';
import { IntentRecognizer, polarityOf, strongPolarityOf } from './intents/intentRecognizer';
import type { PieceReading, ReadPiece } from './actions';
import { actionsOf, childContrastOf, keepingPieces, piecesOf, pronounChildToo, sameNumbersInMonthOf, withHeadingPeriod } from './actions';
import { asks, focusedIntent, mayLeaveStoryOut, sentencesOf, storyDaysOf, withoutMemories } from './sentenceFocus';
import type { StorySentence } from './sentenceFocus';
import { addsToRequest, withChoiceSettled, childrenLeftOut, childrenOnlyIntroduced, childrenSaidInstead, childrenTakenBack, childrenWhoStay, exclusionsOf, keptInCancellation, takenByActivity, withDaysSaidAgain, withoutDaysTakenByFamily, isFollowUp, leansOnPrevious, withoutProofSending, withoutTakenBack } from './requestEdits';
import { TOPIC_WORDS, topicOf } from './topics';
import { COUNT_WORDS, namesAllChildren } from './children/matchChildren';
import { CONCEPT_WORDS, NEITHER } from './intents/concepts';
import { courtesyOf, isMisdirected, isNothingMore, undoesCancellation } from './intents/intentRules';
import type { TrainingSentence } from './intents/trainingData';
import { TRAINING_FAMILY } from './intents/trainingData';
import { referenceDay } from './referenceDay';
import { foldAndExpand, prepareText, rangeEndGlued, samePeriod, spokenPunctuation, typedByEar, weekdaysDeclined, weekNamedOnce, withoutDictatedSignOff } from './text/prepareText';
import { COMMON_WORDS } from './text/commonWords';
import { SpellingCorrector } from './text/spellingCorrector';
import { isFrenchWord } from './text/frenchDictionary';
import type { Action, Intent, Interpretation, RequestEdit, UnderstandOptions } from './types';
import { guarded } from './text/patternGuard';
import { foldText } from './text/foldText';
import { CHANGE_VERBS } from './text/changeVerbs';

/**
 * "Léa était à la garderie hier soir", "Hugo n'est pas allé au centre lundi dernier": days
 * that are all past are told, not changed; a cancellation of past days is an absence,
 * a booking of past days no request the assistant can act on.
 */
function onlyPastDays(detailed: DetailedInterpretation, today: IsoDay): DetailedInterpretation {
  const named = [...detailed.dates, ...(detailed.closedDates ?? [])];
  // ("Lundi dernier j'ai récupéré Bernez à la sortie… mon fils voudrait que Bernez reste au soir le vendredi": the past
  // day is the story, the change is the one to come.)
  if (detailed.actions) {
    const toCome = detailed.actions.filter((action) => action.dates.length === 0 || action.dates.some((day) => day >= today));
    if (toCome.length === 0 || toCome.length === detailed.actions.length) return detailed;
    const [first] = toCome;
    const { actions: _actions, ...rest } = detailed;
    return { ...rest, intent: first.intent, dates: first.dates, children: first.children, ...(toCome.length > 1 ? { actions: toCome } : {}) };
  }
  if ((detailed.intent !== 'reserve' && detailed.intent !== 'cancel') || named.length === 0) return detailed;
  if (!named.every((day) => day < today)) return detailed;
  return { ...detailed, intent: detailed.intent === 'cancel' ? 'absence' : 'none' };
}

/** Days named by pointing back: "sur cette semaine", "cette semaine-là", "ce jour-là", "ces jours-là". */
const ANAPHORIC_DAYS = /\b(?:sur cette semaine|cette semaine la|toute cette semaine|ce jour la|ces jours la|ces dates la|ces dates)\b/;

/** A sentence of a long message as read on its own. */
interface SentenceRead extends StorySentence {
  text: string;
}

/** All the children, asked in a sentence of its own ("pour les petits", "les trois enfants", "aucun des trois"); a count is captured. */
// (Not "mes garçons", "ses parents travaillent tous les deux": the sex or the count may name fewer than all.)
const ALL_CHILDREN_ASKED = guarded(/\b(?:les|mes|nos|leurs|ses) (?:enfants|petits|loulous|gamins)\b|\b(?:les|mes|nos|leurs|ses) (deux|trois|quatre) (?:enfants|petits|loulous|gamins)\b|\b(?:aucun|chacun|aucune|chacune) des (deux|trois|quatre)\b|\b(?:tous|toutes) les (deux|trois|quatre)\b(?! (?:jours|semaines|mois|ans))/);
/** The intents whose days are those of a request. */
const DAYS_ASKED: readonly Intent[] = ['reserve', 'cancel', 'check', 'deadline', 'late_request', 'absence'];

/** An interpretation with what led to it, for evaluation and logs. */
export interface DetailedInterpretation extends Interpretation {
  intentSource: IntentResult['source'];
  /** The prepared text the classifier read. */
  prepared: string;
  /** Every child the message names, those it leaves out ("Salomé non", "pas Louise") included. */
  named: string[];
  /**
   * Set when the message holds an unbounded recurrence ("tous les mardis") or an open
   * range ("à partir de lundi"): those list no day, and the dialog asks "jusqu'à quand ?"
   * (then `completeOpenEnded` turns the answer into days). Read it for the intents that
   * act on days (reserve, cancel, check); it is set whatever the intent.
   */
  openEnded?: OpenEnded;
}

/** The contract's fields of a detailed interpretation (what the dialogs and the CLI read). */
export function interpretationOf(detailed: DetailedInterpretation): Interpretation {
  const { intent, dates, closedDates, children, confidence, alternatives, actions, change, sensitive, topic, courtesy, followUp, edit } = detailed;
  const interpretation: Interpretation = { intent, dates, children, confidence: Math.round(confidence * 1000) / 1000 };
  if (closedDates) interpretation.closedDates = closedDates;
  if (alternatives) interpretation.alternatives = alternatives;
  if (actions) interpretation.actions = actions;
  if (change) interpretation.change = change;
  if (sensitive) interpretation.sensitive = sensitive;
  if (topic) interpretation.topic = topic;
  if (courtesy) interpretation.courtesy = courtesy;
  if (followUp) interpretation.followUp = followUp;
  if (detailed.openEnded && dates.length === 0) interpretation.openEnded = detailed.openEnded;
  if (edit) interpretation.edit = edit;
  return interpretation;
}

/** What `completeOpenEnded` needs: the options of `understand`, children optional. */
export type CompleteOpenEndedOptions = Omit<UnderstandOptions, 'children'> & { children?: readonly string[] };

/** Verbs that move a booking to another day. */
// ("passer quelques jours chez moi, du mardi au jeudi" spends time, it moves nothing.)
/** The week a move's second day is said in ("du mardi au jeudi la semaine prochaine"). */
const WEEK_WORDS = guarded(/\b(?:(?:la )?sem(?:aine)? pro(?:chaine)?|la semaine d['’]apr[èe]s|la semaine suivante|cette semaine|la semaine du \d{1,2}(?:er)?(?: \p{L}+)?)/iu);
/** "passer Kylian du mardi au jeudi", "décaler sa réservation de lundi à mardi": a move in words. */
const MOVE_ASKED = guarded(/\b(?:passer|d[ée]placer|d[ée]caler|changer|reporter)\s+(?:\S+\s+){1,2}?(?:du|de)\s+(?:lundi|mardi|mercredi|jeudi|vendredi|\d)/i);
// (Not a noun: "suite à notre échange du 25 janvier", "votre report".)
const MOVE_VERB = guarded(/(?<!\b(?:notre|votre|nos|vos|un|une|cet|ce|mon|ma|son|sa|ses|mes|leurs?)\s[ée]?)\b(?:d[ée]cal|d[ée]plac|report|chang|bascul|transf[ée]r|[ée]chang|switch|swap|pass(?!(?:er|ez|e|es|ons|erais|erait|eriez|erions)?\s+(?:(?:quelques|la|le|les|une|un|deux|trois|toute|tout|ses|leurs|ces|des|du)\s+)?(?:jours?|journ[ée]es?|semaines?|nuits?|week-?ends?|temps|vacances|soir[ée]es?)\b))(?:er|ez|e|es|ons|erais|erait|eriez|erions)?\b/i);
/** The shape of "c'est Lukiia qui part, pas Bohdanko" in the raw text. */
const SAID_INSTEAD_SHAPE = guarded(/\bqui\b[^]*\bpas\b/i);
/** The writer corrects what they just said: "non pardon, je me trompe", "je me suis trompée". */
const SELF_CORRECTED = guarded(/\b(?:je me trompe|je me suis tromp[ée]e?|je me corrige|je rectifie|erreur de ma part)\b/i);
/** "pas lundi, mais mardi": the day said no to, then the one said instead (up to the end of that sentence). */
// ("Ibrahim pas jeudi, mettre lui vendredi": the day put in said with its verb, without « mais ».)
/**
 * "pas le mardi 9 mars, plutôt le jeudi 11": a day number said alone on the side put in place is in the month of the day
 * undone, not before it (the weekday, when one is named, still falls on it).
 */
function inMonthOfUndone(days: IsoDay[], undone: readonly IsoDay[], put: string): IsoDay[] {
  if (days.length === 0 || undone.length === 0 || MONTH_WORD.test(foldText(put))) return days;
  const first = [...undone].sort()[0];
  if (!days.every((day) => day < first)) return days;
  const moved = sameNumbersInMonthOf(days, first);
  return moved && (!WEEKDAY_WORD.test(foldText(put)) || moved.every((day, i) => isoWeekday(day) === isoWeekday(days[i]))) ? moved : days;
}
const WEEKDAY_WORD = /\b(?:lundi|mardi|mercredi|jeudi|vendredi)\b/;

const NOT_BUT = guarded(/\b(?:pas|pa|plus|no)\s+((?:(?!\b(?:mais|but|par contre|en revanche)\b)[^.!?;])+?)\s*(?:,?\s+(?:mais|but|par contre|en revanche)\s+|,\s*(?=(?:(?:je veux|je voudrais|j'aimerais|il faut|il faudrait|vous pouvez|pouvez-vous|pouvez vous)\s+)?(?:plut[ôo]t|mettre|mets|mettez|met|inscri\w*|r[ée]serv\w*|prenez|prendre|ajout\w*|rajout\w*)\b))((?:plut[ôo]t\s+)?[^.!?;]+)/i);
/** "… et Guérin pareil", "… et pour Inès aussi" ending the side put in: that child moves the same way (m[1]: the child). */
const SAME_MOVE_TOO = /\bet (?:pour )?(\S+(?: \S+)?) (?:pareil|aussi|idem|de meme|egalement)(?:\s*$| (?:euh|svp|stp|merci|s' il)\b)/;
/** « non » or a verb of change just before « pas »: "annulez pas lundi mais mardi" says the day of the change better. */
const VERB_SAID_NO_TO = /\b(?:non|(?:n' ?)?(?:annule|annulez|annuler|reserve|reservez|reserver|inscris|inscrivez|inscrire|mets|mettez|mettre|enleve|enlevez|enlever|retire|retirez|retirer))\s*$/;
/** "je ne peux plus les garder", "nous ne pourrons pas les récupérer": the family cannot keep the children (a need, no day undone). */
const CANNOT_KEEP = guarded(/\b(?:peux|pourrai|pourrons|pouvons|peut|pourra|pourrais)\s+(?:pas|plus)\s+(?:les |le |la |l['’])?(?:garder|r[ée]cup[ée]rer|chercher|prendre)\b/i);
/** "Bref, seulement Ezilda et seulement la deuxième semaine.": a closing summary of whom the request is for. */
const SUMMARY_ONLY = guarded(/^(?:(?:bref|donc|alors|en resume|en somme|pour resumer|voila|au final|finalement)\b[\s,]*)+(?:c' ?est |ce sera )?(?:seulement|uniquement|juste|que)\b/);
/** "non en fait juste mercredi", "finalement seulement le lundi": the days said last are the only ones. */
const ONLY_DAYS_AFTER_ALL = guarded(/^(?:(?:non|nan|ah|oh|euh|pardon|en fait|finalement|enfin|bref|donc|alors|ou plutot|plutot)\b[\s,.]*)+(?:c' ?est |ce sera )?(?:seulement|uniquement|juste|que)\b/);
/** "elle viendra jeudi soir, mais plus mardi prochain": a day booked, another no longer (days only after « mais plus »). */
const BUT_NO_LONGER = guarded(/^([^.!?;]*?)\s*,?\s+mais\s+plus\s+((?:(?:le|la|les|du|de|ce|cette)\s+)?[^.!?;,]+)/i);
/** A child put at the service: "Hugo au centre le mercredi 16". */
const AT_SERVICE = guarded(/\b(?:au centre|a la garderie|en garderie|a l' accueil|au periscolaire|a l' etude)\b|^zenfant (?:garderie|centre|accueil|peri|periscolaire|etude)\b/);
/** Days a move takes from and to: a few on each side, none in both. */
const movable = (from: readonly string[], to: readonly string[]) =>
  from.length > 0 && to.length > 0 && from.length <= 5 && to.length <= 5 && !from.some((day) => to.includes(day));

/** A move: the first days cancelled, the second booked, for the same children. */
const cancelThenBook = (from: IsoDay[], to: IsoDay[], children: string[]): Action[] => [
  { intent: 'cancel', dates: from, children },
  { intent: 'reserve', dates: to, children },
];

/** "à partir du 4 janvier", "dès lundi", "ne viendra plus le jeudi": a habit that starts or stops on a day. */
const HABIT_STARTS_OR_STOPS = /\b(?:a partir d|a compter d|des (?:le|lundi|mardi|mercredi|jeudi|vendredi|la|demain|\d))|\bplus (?:jamais )?le (?:lundi|mardi|mercredi|jeudi|vendredi)\b/;

/** "inscrire les deux le mercredi 2 et le mercredi 9, c'est pour Gintaras et Vytautas": the same change twice in a row is one. */
function joinedSameChanges(actions: readonly Action[]): Action[] {
  const sameChildren = (a: Action, b: Action) => a.children.length === b.children.length && a.children.every((child) => b.children.includes(child));
  const sameDays = (a: Action, b: Action) => a.dates.length === b.dates.length && a.dates.every((day) => b.dates.includes(day));
  return actions.reduce<Action[]>((joined, action) => {
    const last = joined[joined.length - 1];
    if (last && last.intent === action.intent && sameChildren(last, action)) joined[joined.length - 1] = { ...last, dates: [...new Set([...last.dates, ...action.dates])].sort() };
    // ("Olavo n'ira pas le 16 juin et Zelinda non plus le 16": one change of the same days for both.)
    else if (last && last.intent === action.intent && sameDays(last, action) && last.dates.length > 0 && last.children.length > 0 && action.children.length > 0) {
      joined[joined.length - 1] = { ...last, children: [...last.children, ...action.children.filter((child) => !last.children.includes(child))] };
    } else joined.push(action);
    return joined;
  }, []);
}

const MONTH_WORD = guarded(/\b(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\b/i);
/** "j'ai inscrit Marius cette semaine au lieu de la semaine prochaine": a booking made by mistake, the first days undone. */
const BOOKED_BY_MISTAKE = guarded(/\b(?:j'|j’|on|nous)\s*(?:ai|a|avons)\s+(?:\S+\s+)?(?:inscrit|r[ée]serv[ée]|mis|coch[ée]|book[ée])/i);

/** The Wednesday service named alone ("l'accueil du mercredi", "le centre du mercredi"), not beside the evening one. */
const WEDNESDAY_SERVICE_ONLY = guarded(/^(?!.*\b(?:du|de|des) (?:soirs?|matins?)\b)(?=.*\b(?:accueils?|centres?|activites?) (?:de loisirs )?(?:du|des) mercredis?\b(?! \d))/);

/** What the recognizer reads of the raw message besides its words. */
const cuesOf = (text: string) => ({ question: text.includes('?') });

/** Contract: open starts are today for check and cancel, tomorrow for every other intent. */
const STARTS_TODAY: readonly Intent[] = ['check', 'cancel'];

const ABOUT_THE_WEBSITE = guarded(/\b(?:site|portail|compte citoyen|espace (?:famille|citoyen)|appli|application|internet)\b/);
const ABOUT_THE_ASSISTANT = guarded(/\b(?:chat|ici|assistant|robot|bot|chatbot|outil|conversation|messagerie|avec vous|vous demander|vous ecrire|ce programme|savez vous faire|sais tu faire|vous savez faire|tu sais faire|vous pouvez faire pour moi|tu peux faire pour moi|faut il ecrire|dois je ecrire|je dois ecrire|il faut ecrire|pour que ca marche|tu peux m' expliquer|m' a installe|vous dicter|te dicter|ce truc|par ce biais|par ce moyen|la machine)\b/);

/** Questions and chat, which ask about no day of their own. */
const ASKS_NO_DAY: readonly Intent[] = ['faq', 'help', 'none', 'smalltalk'];

/**
 * "c'est combien pendant les vacances ?", "nous emménageons cet été": holidays left
 * unnamed, or the whole summer, said in a question are a time of year, not days asked
 * about ("pendant les vacances de Noël" names its days).
 */
function isVagueHolidays(expression: DateExpression): boolean {
  return expression.kind === 'holiday' && expression.week === undefined && (expression.holiday === undefined || expression.holiday === 'ete');
}

/** "c'est combien pour le mercredi ?": a weekday said as a habit in a question on the service is that day's service, not a day. */
function isHabitualWeekday(expression: DateExpression): boolean {
  return expression.kind === 'day' && expression.habitual === true && expression.ref.type === 'weekday' && expression.ref.when === 'bare';
}

export class Understander {
  private readonly speller: SpellingCorrector;
  private readonly intents: IntentRecognizer;

  constructor(
    training: readonly TrainingSentence[],
    private readonly defaultCalendar: () => SchoolCalendar,
    options: IntentRecognizerOptions = {},
  ) {
    const vocabulary = training.flatMap((s) => foldAndExpand(s.text));
    this.speller = new SpellingCorrector([...vocabulary, ...CALENDAR_WORDS, ...COMMON_WORDS, ...CONCEPT_WORDS, ...TOPIC_WORDS], isFrenchWord);
    this.intents = new IntentRecognizer(
      training.map((s) => ({ prepared: this.prepare(s.text, TRAINING_FAMILY).masked, intent: s.intent, cues: cuesOf(s.text) })),
      options,
    );
  }

  /** Interprets one message (see the contract), with its several actions when it asks several changes. */
  understand(text: string, options: UnderstandOptions): DetailedInterpretation {
    // (Before the message is cut in pieces: "… le jeudi soir pour la même période" is read with the period said before.)
    const spoken = withoutMemories(samePeriod(weekdaysDeclined(spokenPunctuation(withoutDictatedSignOff(weekNamedOnce(rangeEndGlued(typedByEar(text))))))));
    const sentences: SentenceRead[] = [];
    let detailed = this.withoutStoryDays(this.understandChanges(spoken, options, sentences), sentences, options);
    // ("… et Primaël aussi d'ailleurs, mais lui il reste là-haut. … Bref, seulement Ezilda et seulement la deuxième semaine.": the
    // summary at the end names the children asked.)
    const summary = sentences.length > 1 ? sentences[sentences.length - 1] : undefined;
    if (summary && SUMMARY_ONLY.test(summary.folded) && detailed.children.length > 1 && !detailed.actions) {
      const only = this.interpret(summary.text, options).detailed.children;
      if (only.length > 0 && only.length < detailed.children.length && only.every((child) => detailed.children.includes(child))) detailed = { ...detailed, children: only };
    }
    // ("une place mercredi pour Hugo, et jeudi aussi. non en fait juste mercredi": the last sentence keeps only its days.)
    if (summary && ONLY_DAYS_AFTER_ALL.test(summary.folded) && detailed.dates.length > 1 && !detailed.actions && detailed.intent !== 'ambiguous' && DAYS_ASKED.includes(detailed.intent)) {
      const only = [...summary.dates];
      if (only.length > 0 && only.length < detailed.dates.length && only.every((day) => detailed.dates.includes(day))) detailed = { ...detailed, dates: only };
    }
    detailed = this.withAllChildrenAsked(detailed, sentences, options);
    // ("merci pour l'autre jour … il fait gris ce matin": greetings and thanks ask no day.)
    if (detailed.intent === 'smalltalk' && (detailed.dates.length > 0 || detailed.closedDates || detailed.openEnded)) {
      const { closedDates: _closed, openEnded: _open, ...rest } = detailed;
      return { ...rest, dates: [] };
    }
    return onlyPastDays(detailed, referenceDay(options.now));
  }

  /**
   * "…les petits étaient tristes ce matin, surtout Mirco qui voulait rester avec moi. Je voudrais savoir ce qui est réservé pour
   * les petits cette semaine", "c'est la nonna de Marzia, de Mirco et aussi de Jessym… je voudrais que les trois enfants aillent
   * à l'accueil": the sentence that asks names all the children and none by name; the names of the story do not narrow it.
   */
  private withAllChildrenAsked(detailed: DetailedInterpretation, sentences: readonly SentenceRead[], options: UnderstandOptions): DetailedInterpretation {
    // (One child named only: "la grand-mère de Zulaikha et Fotima… les inscrire toutes les deux" names the two asked.)
    if (sentences.length < 2 || detailed.actions || detailed.intent === 'ambiguous' || !DAYS_ASKED.includes(detailed.intent) || detailed.children.length !== 1 || options.children.length < 2 || detailed.edit?.removeChildren?.length) return detailed;
    const family = COUNT_WORDS[String(options.children.length)];
    const namesAll = (s: SentenceRead) => {
      const all = ALL_CHILDREN_ASKED.exec(s.prepared);
      const count = all?.[1] ?? all?.[2] ?? all?.[3];
      return all !== null && (count === undefined || count === family);
    };
    const asking = sentences.filter((s) => s.asks);
    if (asking.some((s) => /\bzenfant\b/.test(s.prepared)) || !asking.some(namesAll)) return detailed;
    return { ...detailed, children: [...options.children] };
  }

  /** The days of the story told around the request (see `storyDaysOf`), left out of every change. */
  private withoutStoryDays(detailed: DetailedInterpretation, sentences: readonly SentenceRead[], options: UnderstandOptions): DetailedInterpretation {
    if (detailed.intent === 'ambiguous' || !DAYS_ASKED.includes(detailed.intent) || sentences.length < 2 || !mayLeaveStoryOut(sentences)) return detailed;
    // Each sentence's days as the message's intent reads them ("ce vendredi" of a look starts today).
    const decided: IntentResult = { intent: detailed.intent, confidence: 1, source: 'rule', concepts: [] };
    const read = sentences.map((s) => ({ ...s, dates: s.dates.length > 0 ? this.interpret(s.text, options, decided).detailed.dates : [] }));
    const story = storyDaysOf(read);
    if (story.length === 0) return detailed;
    // ("Quand j'étais petite, à Pâques, … en juillet ! … voudrait que Cerise aille à la garderie tous les mardis soir d'ici
    // les vacances de Pâques": the request read without the story, when it asks the same.)
    const request = read.filter((s) => !s.dates.some((day) => story.includes(day))).map((s) => s.text);
    // (Not when the request points back to the story's days: "… la deuxième semaine des vacances. Je sollicite son inscription
    // sur cette semaine.")
    const pointsBackToStory = ANAPHORIC_DAYS.test(foldText(request.join(' ')));
    if (request.length > 0 && request.length < read.length && !pointsBackToStory) {
      const alone = this.understandChanges(request.join(' '), options);
      if (alone.intent === detailed.intent && alone.dates.length > 0) return alone;
    }
    const kept = (days: readonly IsoDay[]) => {
      const left = days.filter((day) => !story.includes(day));
      return left.length > 0 ? left : [...days];
    };
    const actions = detailed.actions?.map((action) => ({ ...action, dates: kept(action.dates) }));
    return { ...detailed, dates: actions ? actions[0].dates : kept(detailed.dates), ...(actions ? { actions } : {}) };
  }

  private understandChanges(text: string, options: UnderstandOptions, sentenceReads: SentenceRead[] = []): DetailedInterpretation {
    let { detailed, recognized } = this.interpret(text, options);
    const sentences = sentencesOf(text);
    if (sentences.length > 1) {
      const readings = sentences.map((sentence) => {
        const reading = this.interpret(sentence, options);
        const read = { text: sentence, intent: reading.recognized, concepts: reading.recognized.concepts, namesChildOrDay: reading.detailed.children.length > 0 || reading.detailed.dates.length > 0 };
        sentenceReads.push({ text: sentence, prepared: reading.detailed.prepared, folded: foldText(sentence), asks: asks(read), children: reading.detailed.children.length, dates: reading.detailed.dates });
        return read;
      });
      const focused = focusedIntent(recognized, readings);
      if (focused) ({ detailed, recognized } = this.interpret(text, options, { ...focused, concepts: recognized.concepts }));
    }
    if (detailed.intent === 'late_request' && (detailed.dates.length > 0 || detailed.children.length > 0)) {
      return { ...detailed, change: polarityOf(recognized.concepts) === 'cancel' ? 'cancel' : 'reserve' };
    }
    // "Léa jeudi au lieu de mardi": a move, even in words the classifier does not take for a change.
    // ("je ne sais pas si c'est permis, mais est-ce que je peux passer Malo du mardi au jeudi ?": no person asked, the move is.)
    const noPersonAsked = detailed.intent === 'handoff' && !recognized.concepts.some((hit) => hit.concept === 'person' || hit.concept === 'sensitive') && MOVE_ASKED.test(text);
    // ("oihana finalement pas le jeudi 5 nov, plutot le vendredi 6. tu peux changer?": a child's days to change, not what the assistant can do.)
    const changeAsked = detailed.intent === 'help' && detailed.children.length > 0 && detailed.dates.length > 0 && MOVE_VERB.test(text);
    const mayMove = detailed.intent === 'none' || detailed.intent === 'check' || noPersonAsked || changeAsked;
    if (detailed.intent !== 'reserve' && detailed.intent !== 'cancel' && detailed.intent !== 'ambiguous' && !mayMove) return detailed;
    const moved = this.moveOf(text, detailed, options);
    // ("est-ce que je peux passer Kylian du mardi au jeudi ?": a move asked as a question.)
    if (moved && (!mayMove || changeAsked || /\bau lieu d/i.test(text) || MOVE_ASKED.test(text))) {
      const { alternatives: _alternatives, ...rest } = detailed;
      return { ...rest, intent: moved[0].intent, dates: moved[0].dates, children: moved[0].children, actions: moved };
    }
    if (mayMove) return detailed;
    // "j'avais annulé par erreur vendredi, pouvez-vous la remettre ?": the cancellation told is the story of the booking.
    if (detailed.intent === 'reserve' && undoesCancellation(detailed.prepared)) return detailed;
    const readings = new Map<string, PieceReading>();
    const readPiece: ReadPiece = (piece) => {
      const known = readings.get(piece);
      if (known) return known;
      // ("Bonjour Madame", "Je vous prie d'agréer mes salutations distinguées": courtesy alone changes nothing; not read.)
      if (COURTESY_ONLY.test(foldText(piece))) {
        const courtesy: PieceReading = { changes: false, bare: true, told: true, elsewhereOnly: false, atService: false, intent: 'smalltalk', dates: [], children: [], named: [] };
        readings.set(piece, courtesy);
        return courtesy;
      }
      const { detailed: reading, recognized: pieceIntent } = this.interpret(piece, options);
      // "Wei, il reste à la garderie" beside a cancellation keeps a day: no change of its own unless it names days.
      // Weak cues ask a change only about a child's days: "désormais je suis libre le vendredi" tells of the parent.
      // ("mettre lui le jeudi 29 à la place": a day put in place of another is a change, whoever it is for.)
      const changes =
        strongPolarityOf(pieceIntent.concepts) !== undefined ||
        (polarityOf(pieceIntent.concepts) !== undefined && reading.dates.length > 0 && (reading.children.length > 0 || (/\ba la place\b/.test(reading.prepared) && CHANGE_VERB.test(reading.prepared))) && !ONGOING_SINCE.test(reading.prepared));
      const bare = pieceIntent.concepts.every((h) => h.concept === 'social' || h.concept === 'ask');
      const told = !pieceIntent.concepts.some((h) => (h.concept === 'book' || h.concept === 'unbook' || h.concept === 'need') && !h.weak);
      const directions = pieceIntent.concepts.filter((h) => ['book', 'unbook', 'attend', 'need', 'elsewhere'].includes(h.concept));
      const elsewhereOnly = directions.length > 0 && directions.every((h) => h.concept === 'elsewhere');
      const atService = AT_SERVICE.test(reading.prepared);
      // (Only a habit of weekdays said to start or to stop: "sera chez moi à partir de mars" tells the story of the request
      // beside it, and "tous les mardis et vendredis de novembre" cut at « et » is one list.)
      const habitFromDay = (reading.openEnded?.weekdays.length ?? 0) > 0 && HABIT_STARTS_OR_STOPS.test(foldText(piece));
      const openEnded = reading.dates.length === 0 && habitFromDay ? reading.openEnded : undefined;
      const result = { changes, bare, told, elsewhereOnly, atService, intent: reading.intent, dates: reading.dates, children: reading.children, named: reading.named, openEnded };
      readings.set(piece, result);
      return result;
    };
    // "Ibrahim lundi au centre, Salomé non, tu l'enlèves ?": each child's own change.
    const told = actionsOf(text, readPiece);
    // (Only when two children at least are named: the contrast reads each piece again.)
    const namesSeveral = options.children.length > 1 && (told === undefined || told.length < 2) && detailed.named.length > 1;
    const split = namesSeveral ? (childContrastOf(text, readPiece) ?? told) : told;
    if (!split) return this.withoutKeptDays(text, this.stayBesideClosedDay(text, detailed, readPiece), options);
    // ("il faut garderie du soir tous les jours, sauf le mercredi il reste avec moi": the days the whole message leaves out
    // stay out of the change its pieces ask.)
    // ("inscrire mes trois enfants mercredi 10, à l'exception d'Ambre qui sera chez sa marraine": so do the children.)
    const { removeWeekdays = [], removeDates = [], removeChildren = [] } = detailed.edit ?? {};
    const leftOut = (day: IsoDay) => removeWeekdays.includes(isoWeekday(day)) || removeDates.includes(day);
    const joined = joinedSameChanges(this.withoutChildrenTakenBack(text, split, options));
    const withoutLeftOut = (action: Action): Action => {
      if (joined.length > 1 && action.intent !== detailed.intent) return action;
      const dates = action.dates.filter((day) => !leftOut(day));
      const children = action.children.filter((child) => !removeChildren.includes(child));
      return { ...action, dates: dates.length > 0 ? dates : action.dates, children: children.length > 0 ? children : action.children };
    };
    const actions = joined.map(withoutLeftOut);
    const [first] = actions;
    const { alternatives: _alternatives, ...rest } = detailed;
    if (actions.length === 1) return { ...rest, intent: first.intent, dates: first.dates, children: first.children };
    return { ...rest, intent: first.intent, dates: first.dates, children: first.children, actions };
  }

  /**
   * "annuler Bohdanko lundi et mardi… non pardon, c'est Lukiia qui part, pas Bohdanko": a child taken back anywhere in
   * the message is in none of its changes (the one named instead takes its place).
   */
  private withoutChildrenTakenBack(text: string, actions: readonly Action[], options: UnderstandOptions): Action[] {
    // (Prepared again only when the message can say it: « … qui …, pas … ».)
    if (!SAID_INSTEAD_SHAPE.test(text)) return [...actions];
    const { prepared, nameAt } = this.prepare(text, options.children);
    const back = childrenSaidInstead(prepared, nameAt);
    if (back.length === 0) return [...actions];
    const instead = [...new Set([...nameAt.values()])].filter((child) => !back.includes(child));
    return actions.map((action) => {
      const children = action.children.filter((child) => !back.includes(child));
      return { ...action, children: children.length > 0 ? children : action.children.length > 0 && instead.length === 1 ? instead : action.children };
    });
  }

  /**
   * "Léa a un anniversaire samedi 12 donc pas besoin de garderie, par contre vendredi 11 elle reste à la garderie": a
   * cancellation whose only day is closed asks nothing; the stay said beside it, on a day that opens, is the booking.
   */
  private stayBesideClosedDay(text: string, detailed: DetailedInterpretation, read: ReadPiece): DetailedInterpretation {
    if (detailed.intent !== 'cancel' || detailed.dates.length > 0 || (detailed.closedDates?.length ?? 0) === 0) return detailed;
    const stay = piecesOf(text)
      .slice(1)
      .find((piece) => read(piece).intent === 'reserve' && read(piece).dates.length > 0);
    if (stay === undefined) return detailed;
    const { dates, children } = read(stay);
    return { ...detailed, intent: 'reserve', dates, children: children.length > 0 ? children : detailed.children };
  }

  /** "… ne sera pas au centre lundi 21. Par contre elle reste inscrite le 22 et le 23.": the days kept are not cancelled. */
  private withoutKeptDays(text: string, detailed: DetailedInterpretation, options: UnderstandOptions): DetailedInterpretation {
    if (detailed.intent === 'reserve') return this.withoutFamilyFreeDays(text, detailed, options);
    if (detailed.intent !== 'cancel') return detailed;
    const kept = keepingPieces(text).flatMap((piece) => this.interpret(piece, options).detailed.dates);
    const dates = detailed.dates.filter((day) => !kept.includes(day));
    return kept.length > 0 && dates.length > 0 ? { ...detailed, dates } : detailed;
  }

  /**
   * "… seulement du lundi 26 au vendredi 30. La première semaine le papa il est en congé.": a sentence beside a booking,
   * telling that a grown-up of the family is free, asks nothing of its own; the days it names (read in the whole
   * message) stay out of the booking, when the message without it still books some of them.
   */
  private withoutFamilyFreeDays(text: string, detailed: DetailedInterpretation, options: UnderstandOptions): DetailedInterpretation {
    const sentences = text.split(/(?<=[.!?;])\s+/);
    const free = sentences.filter((sentence) => FAMILY_FREE.test(foldText(sentence)) && !CHANGE_VERB.test(foldText(sentence)));
    if (free.length === 0 || free.length === sentences.length) return detailed;
    const without = this.interpret(sentences.filter((sentence) => !free.includes(sentence)).join(' '), options).detailed;
    const fewer = without.intent === 'reserve' && without.dates.length > 0 && without.dates.length < detailed.dates.length && without.dates.every((day) => detailed.dates.includes(day));
    return fewer ? { ...detailed, dates: without.dates } : detailed;
  }

  /**
   * A booking moved from one day to another ("décaler Léa de mardi à jeudi", "déplacer
   * Hugo du 17 au 19", "jeudi au lieu de mardi"): the first day cancelled, the second booked.
   */
  private moveOf(text: string, whole: DetailedInterpretation, options: UnderstandOptions): Action[] | undefined {
    const readingOf = (part: string) => this.interpret(part, options).detailed;
    // The side undone is read as a cancellation ("ne viendra pas jeudi, elle a rendez-vous…": this Thursday, not last one).
    const undoneOf = (part: string) => this.interpret(part, options, { intent: 'cancel', confidence: 1, source: 'rule', concepts: [] }).detailed;
    // ("inscrire Luzia le lundi 14 juin à la place de vendredi 11": so does « à la place de ».)
    const instead = /^(.*?)(?:\bau lieu|(?<!\p{L})[àa] la place) (?:de\b|du\b|d['’])(.*)$/iu.exec(text);
    // ("nous avons décidé de garder les enfants nous-mêmes du 1er au 5 mars, au lieu de les envoyer au centre": the family
    // keeps them instead of the service, no day moved.)
    const insteadOfService = instead !== null && /^\s*(?:les|la|le|l['’])\s*(?:envoyer|mettre|laisser|inscrire|confier)\b(?:(?!\b(?:lundi|mardi|mercredi|jeudi|vendredi|demain|semaine)\b)[^.,;!?\d])*(?:[.,;!?]|$)/i.test(instead[2]);
    if (instead && !insteadOfService) {
      // "Ryan mardi au lieu de lundi": what is said first is booked first; after a mistake ("j'ai inscrit … au lieu de …"), undone first.
      const [said, replaced] = BOOKED_BY_MISTAKE.test(instead[1]) ? (['cancel', 'reserve'] as const) : (['reserve', 'cancel'] as const);
      const first = readingOf(instead[1]);
      const second = readingOf(instead[2]);
      // "j'ai inscrit Léandre ce vendredi au lieu de Romy": one child in place of another, on the same days.
      if (first.dates.length > 0 && first.dates.length <= 5 && second.dates.length === 0 && first.children.length > 0 && second.children.length > 0 && !first.children.some((c) => second.children.includes(c))) {
        return [
          { intent: said, dates: first.dates, children: first.children },
          { intent: replaced, dates: first.dates, children: second.children },
        ];
      }
      if (!movable(second.dates, first.dates)) return undefined;
      return [
        { intent: said, dates: first.dates, children: whole.children },
        { intent: replaced, dates: second.dates, children: whole.children },
      ];
    }
    // "Nikola pas lundi, mais mardi", "Hugo ne vient pas lundi mais il faudra le garder mardi": one day for the other.
    const notBut = NOT_BUT.exec(text);
    // ("annuler vendredi… non pardon, je me trompe, ce n'est pas vendredi mais lundi": the day corrected, no move.)
    // ("à partir de mars Zoé n'ira plus le lundi, mettez-la le jeudi à la place": a habit that stops is no move of one day.)
    // ("je ne peux plus les garder le mercredi, inscrire les deux mercredi 16 et 23": the family can no longer keep them, a need.)
    const cannotKeep = notBut !== null && CANNOT_KEEP.test(text.slice(Math.max(0, notBut.index - 30), notBut.index) + notBut[0]);
    // ("annulez pas lundi mais mardi", "non pas mardi mais jeudi": the day of the change said better, no move.)
    const changeSaidBetter = notBut !== null && VERB_SAID_NO_TO.test(foldText(text.slice(0, notBut.index)));
    if (notBut && !SELF_CORRECTED.test(text.slice(0, notBut.index)) && !whole.openEnded && !cannotKeep && !changeSaidBetter) {
      // ("du changement pour la semaine prochaine : Mbathio ne restera pas mercredi, mais … Fodéba vendredi soir": that week's.)
      const [undone, put] = withHeadingPeriod([text.slice(0, notBut.index), notBut[1], notBut[2]]).slice(1);
      const from = undoneOf(undone);
      // ("… je veux mettre lui le vendredi au lieu": in a move, "le vendredi" is the coming Friday, not every Friday.)
      const read = readingOf(put.replace(/\ble ((?:lun|mar|mercre|jeu|vendre)di)\b(?!\s+\d)/gi, '$1'));
      const to = { ...read, dates: inMonthOfUndone(read.dates, from.dates, put) };
      if (movable(from.dates, to.dates)) {
        // "Anaïs ne viendra pas mercredi 16, mais son frère Noé, lui, …": each side its own children.
        const others = whole.children.filter((child) => !to.children.includes(child));
        // ("jade et tiago ne viendront pas lundi ni mardi par contre tiago viendra mercredi": the children named before the « pas ».)
        const namedBefore = from.children.length > 0 ? [] : readingOf(text.slice(0, notBut.index)).children;
        const fromChildren = from.children.length > 0 ? from.children : namedBefore.length > 0 ? namedBefore : to.children.length > 0 && others.length > 0 ? others : whole.children;
        // ("… mais inscrivez-le le mercredi 20 à la place et Adelin aussi le 20": the child moved, and Adelin too.)
        const movedToo = to.children.length > 0 && pronounChildToo(foldText(put));
        // ("brunilde pas jeudi mais vendredi à la place et guérin pareil": the same move, for Guérin too.)
        const sameMove = SAME_MOVE_TOO.exec(foldText(put));
        const tooChildren = sameMove ? readingOf(sameMove[1]).children.filter((child) => to.children.includes(child)) : [];
        if (tooChildren.length > 0) {
          const both = [...new Set([...fromChildren, ...tooChildren])];
          return [
            { intent: 'cancel', dates: from.dates, children: both },
            { intent: 'reserve', dates: to.dates, children: both },
          ];
        }
        return [
          { intent: 'cancel', dates: from.dates, children: fromChildren },
          { intent: 'reserve', dates: to.dates, children: movedToo ? [...new Set([...fromChildren, ...to.children])] : to.children.length > 0 ? to.children : whole.children },
        ];
      }
    }
    // "annuler la réservation de Rauf pour le lundi 14 juin et la remplacer par le mardi 15 juin".
    const replaced = /^([\s\S]*?)\b(?:et )?(?:la |le |les |l['’] ?)?(?:remplacer|remplacez|remplace|echanger|échanger|echangez|échangez) (?:par|contre)\b([\s\S]*)$/i.exec(text);
    if (replaced && whole.intent === 'cancel') {
      const from = readingOf(replaced[1]);
      const to = readingOf(replaced[2]);
      if (movable(from.dates, to.dates)) return cancelThenBook(from.dates, to.dates, whole.children);
    }
    const noLonger = whole.intent === 'reserve' ? BUT_NO_LONGER.exec(text) : null;
    if (noLonger) {
      const to = readingOf(noLonger[1]);
      const from = readingOf(noLonger[2]);
      if (movable(from.dates, to.dates) && from.children.length === 0 && from.intent !== 'reserve') {
        return [
          { intent: 'reserve', dates: to.dates, children: whole.children },
          { intent: 'cancel', dates: from.dates, children: whole.children },
        ];
      }
    }
    const moving = MOVE_VERB.exec(text);
    if (!moving) return undefined;
    // ("planning changé encore. garderie … du lundi au vendredi svp": the days moved are said in the verb's own sentence.)
    const span = /\b(?:de|du|d')\s*(.+?)\s+(?:à|a|au|vers|pour|sur)\s+(.+)$/i.exec(text.slice(moving.index + moving[0].length).split(/(?<=[.!?;…])\s+|\n+/)[0]);
    if (!span) return undefined;
    // "du lundi 14 au mardi 15 juin": the first day borrows the month said with the second.
    const month = MONTH_WORD.exec(span[2]);
    // ("du mardi au jeudi la semaine prochaine": the first weekday borrows the week said with the second.)
    const week = WEEK_WORDS.exec(span[2]);
    const borrowed = month && !MONTH_WORD.test(span[1]) && /\d/.test(span[1]) ? `${span[1]} ${month[0]}` : week && !/\d/.test(span[1]) && !WEEK_WORDS.test(span[1]) ? `${span[1]} ${week[0]}` : span[1];
    const from = readingOf(borrowed).dates;
    // ("passer Alice du lundi au mardi, ça n'a toujours pas été fait": the day moved to ends at the clause.)
    const to = readingOf(span[2].split(/[,;:]/)[0]).dates;
    return movable(from, to) ? cancelThenBook(from, to, whole.children) : undefined;
  }


  /** One message read as one request: intent, days, children, topic, edits. */
  private interpret(text: string, options: UnderstandOptions, decided?: IntentResult): { detailed: DetailedInterpretation; recognized: IntentResult } {
    const today = referenceDay(options.now);
    const { masked, found, children, prepared, nameAt } = this.prepare(text, options.children);
    const intent = decided ?? this.intents.recognize(masked, cuesOf(text));
    // An ambiguous message's days are read as its likeliest intent would read them.
    const dayIntent: Intent = intent.intent === 'ambiguous' ? (intent.alternatives?.[0] ?? 'none') : intent.intent;
    const context: DateContext = {
      today,
      openStart: STARTS_TODAY.includes(dayIntent) ? today : addDays(today, 1),
      // ("elle ne viendra pas jeudi, je vous envoie le certificat ?": an absence to come is told in the future.)
      // (Read in the writer's own words: a past said in other words, "not go centre", is not made a future.)
      direction: dayIntent === 'absence' && !ABSENCE_TO_COME.test(foldText(text)) ? 'past' : 'future',
      calendar: options.calendar ?? this.defaultCalendar(),
    };
    const excluded = dayIntent === 'cancel' ? keptInCancellation(prepared, found, exclusionsOf(prepared, nameAt, found)) : exclusionsOf(prepared, nameAt, found);
    const asked = withChoiceSettled(prepared, withoutProofSending(prepared, found));
    const left = withoutTakenBack(prepared, asked);
    const weekdayOf = (expression: DateExpression) => {
      const [day] = resolveDatesInDetail([expression], context).dates;
      return day === undefined ? undefined : isoWeekday(day);
    };
    const told = withDaysSaidAgain(prepared, left, asked.filter((f) => !left.includes(f)), weekdayOf);
    let kept = (dayIntent === 'reserve' ? withoutDaysTakenByFamily(prepared, told) : told).filter((f) => !excluded.expressions.includes(f) && !(ASKS_NO_DAY.includes(dayIntent) && isVagueHolidays(f.expression)) && !(dayIntent === 'faq' && isHabitualWeekday(f.expression)));
    // "du 5 au 30 juillet, le vendredi c'est mamie": the weekday the family takes is left out of the period.
    if (dayIntent === 'reserve') {
      // (Only out of a period: "le mercredi c'est mamie, mais inscrivez Léa mercredi 13 janvier" keeps the day named.)
      const taken = told.filter((f) => !kept.includes(f) && !excluded.expressions.includes(f));
      const takenWeekdays = taken.filter((f) => isHabitualWeekday(f.expression) && !takenByActivity(prepared, f));
      // ("du 14 au 18, le mercredi 16 c'est mamie": a dated day the family takes is left out of the period too.)
      const takenDays = taken.filter((f) => f.expression.kind === 'day' && f.expression.ref.type === 'date');
      const period = kept.some((f) => f.expression.kind !== 'day');
      const namedOnThem = kept.some((f) => f.expression.kind === 'day' && takenWeekdays.some((t) => weekdayOf(t.expression) === weekdayOf(f.expression)));
      if (period) excluded.expressions = [...excluded.expressions, ...(namedOnThem ? [] : takenWeekdays), ...takenDays];
    }
    // "ma mère les garde pendant les vacances sauf la semaine du 28, il faudra donc les mettre au centre cette semaine-là":
    // the week left out of the story is the week asked.
    const thatWeek = kept.find((f) => f.expression.kind === 'week' && f.expression.anaphoric === true);
    // ("je les garde pendant les vacances de février, sauf la deuxième semaine … les inscrire cette semaine-là": that week of them.)
    const weekLeftOut = thatWeek && excluded.expressions.find((f) => f.start < thatWeek.start && (f.expression.kind === 'weekOf' || f.expression.kind === 'weekRank' || (f.expression.kind === 'week' && !f.expression.anaphoric)));
    const holidaysOfStory = thatWeek ? kept.filter((f) => f.start < thatWeek.start && f.expression.kind === 'holiday' && f.expression.week === undefined) : [];
    if (thatWeek && weekLeftOut && (weekLeftOut.expression.kind !== 'weekRank' || holidaysOfStory.length === 1)) {
      const week: FoundExpression =
        weekLeftOut.expression.kind === 'weekRank' ? { ...weekLeftOut, expression: { ...(holidaysOfStory[0].expression as Extract<DateExpression, { kind: 'holiday' }>), week: weekLeftOut.expression.rank } } : weekLeftOut;
      kept = [week, ...kept.filter((f) => f.start > thatWeek.start)];
      excluded.expressions = excluded.expressions.filter((f) => f !== weekLeftOut);
    }
    // "jusqu'à quand pour les vacances de Pâques ? … elle dit que c'est le dimanche d'avant": a weekend day said beside the
    // days a deadline is asked for is the deadline guessed, not one of them.
    if (dayIntent === 'deadline') {
      const weekendDay = (f: FoundExpression) => f.expression.kind === 'day' && f.expression.ref.type === 'weekday' && f.expression.ref.weekday >= 6;
      if (kept.some((f) => !weekendDay(f))) kept = kept.filter((f) => !weekendDay(f));
      // ("pour annuler vendredi, c'est jusqu'à quand ? Aujourd'hui c'est encore bon ?": the day of asking, beside the day asked.)
      const saidToday = (f: FoundExpression) => f.expression.kind === 'day' && f.expression.ref.type === 'relative' && f.expression.ref.offset === 0;
      if (kept.some((f) => !saidToday(f))) kept = kept.filter((f) => !saidToday(f));
    }
    // "Ayant déposé le 8 septembre une demande…": the day a request was sent, of the last weeks, is its story, even alone.
    // ("Thibert s'est cassé la jambe au ski pendant les vacances …, il ne pourra pas venir jusqu'au 31 mars": the holidays
    // of a story told in the past, beside the days asked.)
    if (context.direction === 'future') {
      const before = (f: FoundExpression) => prepared.slice(Math.max(0, f.start - 60), f.start);
      const story = kept.filter(
        (f) =>
          (isRecentDate(f.expression, today) && REQUEST_SENT_BEFORE.test(before(f))) ||
          (kept.length > 1 && f.expression.kind === 'holiday' && f.expression.holiday === undefined && f.expression.week === undefined && PAST_STORY_BEFORE.test(before(f))) ||
          // ("Camil s'est cassé le bras samedi, annulez cette semaine": the weekday of the accident, told in the past.)
          (kept.length > 1 && f.expression.kind === 'day' && f.expression.ref.type === 'weekday' && f.expression.ref.when === 'bare' && PAST_STORY_BEFORE.test(before(f))) ||
          // ("au centre en juillet du 5 au 16, ma mère bosse jusqu'au 16": how long someone of the family works, a reason.)
          (kept.length > 1 && f.expression.kind === 'range' && f.expression.from === undefined && (WORKS_UNTIL_BEFORE.test(before(f)) || STAYS_UNTIL_BEFORE.test(before(f)))) ||
          // ("notre famille s'installe à Nantes au début de l'été… annuler du 28 juin au 2 juillet", "la première fois depuis l'été":
          // a season of the story, beside days named by their numbers.)
          (kept.length > 1 && f.expression.kind === 'holiday' && SEASON_OF_STORY_BEFORE.test(before(f)) && kept.some((g) => g !== f && g.expression.kind !== 'holiday')) ||
          // ("je pars ce matin pour Nantes, il faudrait que Léa reste jeudi et vendredi": the day of a journey, a reason.)
          // ("je pars le 19 et je ne rentre que le 6 janvier… qu'ils aillent au centre pendant toutes les vacances": so are its dates.)
          (kept.length > 1 && f.expression.kind === 'day' && TRAVEL_BEFORE.test(before(f)) && kept.some((g) => !TRAVEL_BEFORE.test(before(g)))) ||
          // ("mets-le plutôt vendredi, j'ai un rdv client jeudi qui a bougé": the day of the parent's appointment, a reason.)
          // ("j'ai un rendez-vous le jeudi 11 mars, Hugo restera à la garderie ce soir-là": the day the other one points to stays.)
          (kept.length > 1 && f.expression.kind === 'day' && APPOINTMENT_BEFORE.test(before(f)) && kept.some((g) => !APPOINTMENT_BEFORE.test(before(g)) && !pointsBack(g.expression))),
      );
      if (story.length > 0 && (story.length < kept.length || story.every((f) => f.expression.kind === 'day'))) kept = kept.filter((f) => !story.includes(f));
    }
    kept = withoutEndSaidTwice(withoutWeekUntil(prepared, withoutWeekdayEvenIn(prepared, kept)));
    // ("je garde les quatre enfants depuis le début des vacances… pourriez-vous les prendre lundi et mardi prochains ?": what
    // has gone on since a day past is the story beside the days asked.)
    if (context.direction === 'future' && kept.length > 1) {
      // (Not "depuis demain", "depuis le 19 jusqu'au 30", a start to come as some write it.)
      const since = kept.filter((f) => SINCE_PAST.test(prepared.slice(Math.max(0, f.start - 30), f.end)));
      if (since.length > 0 && since.length < kept.length) kept = kept.filter((f) => !since.includes(f));
    }
    // ("… tout le mois de décembre. Je vous prie d'annuler l'ensemble de ses réservations pour ce mois": the month named before.)
    const monthNamed = kept.find((f) => f.expression.kind === 'month' && f.expression.month !== undefined);
    if (monthNamed) kept = kept.filter((f) => !(f.start > monthNamed.start && f.expression.kind === 'month' && f.expression.relative === 0 && /^ce mois$/.test(prepared.slice(f.start, f.end).trim())));
    // "je vais chez ma fille du 26 décembre au 2 janvier… Mais non, ce n'est pas pour ça que j'écris. C'est pour le mercredi
    // 23": the days told before the writer comes to the point are the story.
    const point = TO_THE_POINT.exec(prepared);
    if (point && kept.some((f) => f.start > point.index) && kept.some((f) => f.start < point.index)) kept = kept.filter((f) => f.start > point.index);
    // "elle a eu 8 ans le 28 janvier", "suite à notre échange du 25 janvier", "je vous écris le lundi 1er février" (today),
    // "elle a eu la varicelle la semaine dernière": a day of the last weeks, told beside the days asked, is the story, not a
    // day of next year nor the week the days asked fall in.
    if (context.direction === 'future' && kept.length > 1) {
      // (A look may ask the past: "qu'avait-elle la semaine dernière et cette semaine ?".)
      const changes = dayIntent === 'reserve' || dayIntent === 'cancel' || dayIntent === 'late_request';
      const recent = kept.filter((f) => isRecentDate(f.expression, today) || (changes && isPastOnly(f.expression)));
      if (recent.length > 0 && recent.length < kept.length) kept = kept.filter((f) => !recent.includes(f));
    }
    const { dates: named, closedDates, openEnded } = resolveDatesInDetail(kept.map((f) => f.expression), context);
    // "sauf mercredi", "pas les vendredis": weekdays out of the request's days; "pas le 12": that day.
    let removedWeekdays = excluded.expressions.flatMap(({ expression: e }) =>
      e.kind === 'recurrence' ? e.weekdays : e.kind === 'day' && e.ref.type === 'weekday' && e.ref.when === 'bare' ? [e.ref.weekday] : [],
    );
    const explicit = excluded.expressions.filter(({ expression: e }) => e.kind !== 'recurrence' && !(e.kind === 'day' && e.ref.type === 'weekday' && e.ref.when === 'bare'));
    // "les mardis de janvier, sauf le 14": a day number without its month is one of the request's own days.
    const ownDay = (ref: DayRef): DayRef => {
      if (ref.type !== 'date' || ref.month !== undefined) return ref;
      const own = named.find((iso) => Number(iso.slice(8, 10)) === ref.day);
      return own ? { ...ref, month: Number(own.slice(5, 7)), year: Number(own.slice(0, 4)) } : ref;
    };
    // ("en juillet sauf du 5 au 9": the days of the range too; "en juillet sauf la semaine du 19": the week of that day.)
    // ("pendant toutes les vacances d'hiver sauf la première semaine": that week of the holidays asked.)
    const holidaysAsked = kept.map((f) => f.expression).filter((e) => e.kind === 'holiday' && e.week === undefined);
    const withinRequest = explicit.map(({ expression: e }): DateExpression => {
      if (e.kind === 'weekRank' && holidaysAsked.length === 1) return { ...(holidaysAsked[0] as Extract<DateExpression, { kind: 'holiday' }>), week: e.rank };
      if (e.kind === 'day' || e.kind === 'weekOf') return { ...e, ref: ownDay(e.ref) };
      if (e.kind === 'range' && e.to.type === 'date' && e.to.month === undefined && (e.from === undefined || e.from.type === 'date')) return { ...e, ...(e.from ? { from: ownDay(e.from) } : {}), to: ownDay(e.to) };
      return e;
    });
    // ("sauf le 20" alone, at a confirmation: the next 20th may be a Sunday; the dialog finds the 20th of its own days.)
    const removedInDetail = withinRequest.length ? resolveDatesInDetail(withinRequest, context) : undefined;
    let removedDates = removedInDetail ? [...removedInDetail.dates, ...(removedInDetail.closedDates ?? [])].sort() : [];
    // "tous les mercredis de décembre, sauf les mercredis des vacances de Noël": the weekdays of the period left out, not every one.
    const periodLeftOut = removedWeekdays.length > 0 && explicit.some(({ expression: e }) => e.kind === 'holiday' || e.kind === 'month' || e.kind === 'week' || e.kind === 'weekOf' || (e.kind === 'range' && e.from !== undefined));
    if (periodLeftOut) {
      removedDates = removedDates.filter((day) => removedWeekdays.includes(isoWeekday(day)));
      removedWeekdays = [];
    }
    let dates = named.filter((day) => !removedDates.includes(day) && !removedWeekdays.includes(isoWeekday(day)));
    // "tous les mardis et jeudis de février, hors vacances scolaires": the days of the holidays left out.
    if (OUTSIDE_HOLIDAYS.test(prepared)) {
      const inClassTime = dates.filter((day) => !context.calendar.periodContaining(day));
      if (inClassTime.length > 0) dates = inClassTime;
    }
    // "l'accueil du mercredi … tout le mois de février", "… cette semaine": the Wednesdays of those days.
    if (dates.length > 1 && WEDNESDAY_SERVICE_ONLY.test(prepared)) {
      const wednesdays = dates.filter((day) => isoWeekday(day) === 3);
      if (wednesdays.length > 0) dates = wednesdays;
    }
    const introduced = [...childrenOnlyIntroduced(prepared, nameAt), ...childrenTakenBack(prepared, nameAt)];
    const base = excluded.children.length && namesAllChildren(prepared.split(' ')) ? [...options.children] : children.filter((child) => !introduced.includes(child));
    // A cancellation of several children, one of whom "reste" or "ira": that one is left as is.
    const staying =
      base.length <= 1 ? [] : dayIntent === 'cancel' ? childrenWhoStay(prepared, nameAt) : dayIntent === 'reserve' || dayIntent === 'late_request' || dayIntent === 'deadline' ? childrenLeftOut(prepared, nameAt) : [];
    const detailed: DetailedInterpretation = {
      intent: intent.intent,
      dates,
      children: base.filter((child) => !excluded.children.includes(child) && !(staying.includes(child) && staying.length < base.length)),
      confidence: intent.confidence,
      intentSource: intent.source,
      prepared: masked,
      named: children,
    };
    if (intent.alternatives) detailed.alternatives = intent.alternatives;
    if (intent.sensitive) detailed.sensitive = true;
    if (closedDates) detailed.closedDates = closedDates;
    // ("n'aura plus besoin de l'accueil du mercredi à compter du 3 mars": its Wednesdays, once the end is told.)
    if (openEnded) detailed.openEnded = openEnded.weekdays.length === 0 && WEDNESDAY_SERVICE_ONLY.test(prepared) ? { ...openEnded, weekdays: [3] } : openEnded;
    // ("vous connaissez un garage pas cher ?": "cher" alone, with nothing of the service, asks no price of it.)
    const topicFound = topicOf(masked);
    const topic = topicFound === 'tariffs' && !MONEY_ASKED.test(masked) && !SERVICE_NAMED.test(masked) ? undefined : topicFound;
    if (topic) detailed.topic = topic;
    // ("rien d'autre", "non rien pour le moment": nothing more asked, small talk whatever the classifier said.)
    if (detailed.intent === 'none' && isNothingMore(masked)) detailed.intent = 'smalltalk';
    const courtesy = detailed.intent === 'smalltalk' ? courtesyOf(masked) : detailed.intent === 'none' && isMisdirected(masked) ? 'misdirected' : undefined;
    if (courtesy) detailed.courtesy = courtesy;
    // "comment obtenir l'attestation ?", "je ne trouve pas où l'on voit les réservations sur le site":
    // how to do something with the service or its website, not with the assistant.
    if (detailed.intent === 'help' && (topic !== undefined || ABOUT_THE_WEBSITE.test(masked)) && !ABOUT_THE_ASSISTANT.test(masked)) detailed.intent = 'faq';
    // "combien on paye pour les mercredis de janvier pour Léa et Hugo ?": a price, not a look at the bookings.
    if (detailed.intent === 'check' && intent.source === 'classifier' && topic === 'tariffs' && PRICE_ASKED.test(masked)) detailed.intent = 'faq';
    // "comment ajoute-t-on un membre de la famille ? … afin de m'occuper des réservations de Bandiougou": how to, not a look.
    if (detailed.intent === 'check' && intent.source === 'classifier' && dates.length === 0 && topic !== undefined && HOW_TO.test(masked)) detailed.intent = 'faq';
    // "the price change with salary? there is simulateur somewhere?": a question on money the classifier could not place.
    // ("un garage pas cher ?" is no question on the service's prices.)
    if (detailed.intent === 'none' && (topic === 'tariffs' || topic === 'quotient' || topic === 'attestation' || topic === 'statement') && MONEY_ASKED.test(masked)) detailed.intent = 'faq';
    const edit: RequestEdit = {};
    if (excluded.children.length) edit.removeChildren = excluded.children;
    if (removedDates.length) edit.removeDates = removedDates;
    if (removedWeekdays.length) edit.removeWeekdays = [...new Set(removedWeekdays)];
    if (addsToRequest(masked) && (children.length > 0 || dates.length > 0 || (closedDates?.length ?? 0) > 0)) edit.add = true;
    if (Object.keys(edit).length) detailed.edit = edit;
    // "inscrire les 3 au centre la première semaine, sauf le mercredi pour Inès": every child asked, that one without the day.
    const exceptFor = EXCEPT_FOR_CHILD.exec(prepared);
    const exceptedChild = exceptFor ? nameAt.get(prepared.slice(0, exceptFor.index + exceptFor[0].length).trim().split(' ').length - 1) : undefined;
    if (exceptedChild && (dayIntent === 'reserve' || dayIntent === 'cancel') && excluded.children.length === 0 && options.children.length > 1 && namesAllChildren(prepared.split(' '))) {
      const others = options.children.filter((child) => child !== exceptedChild);
      detailed.children = [...options.children];
      // (Top-level fields keep the first change, as the contract says.)
      if (named.length > dates.length && dates.length > 0) {
        detailed.dates = [...named];
        detailed.children = others;
        detailed.actions = [
          { intent: dayIntent, dates: [...named], children: others },
          { intent: dayIntent, dates, children: [exceptedChild] },
        ];
        delete detailed.edit;
      }
    }
    const ownRequest = polarityOf(intent.concepts) !== undefined || intent.concepts.some((h) => ['state', 'overview', 'limit', 'late', 'person', 'proof', 'was_absent'].includes(h.concept));
    const bareFollowUp = !ownRequest && isFollowUp(masked);
    // "et Inès non plus": the cancellation just made, echoed for another child or day.
    const echoesNegation = ECHOED_NEGATION.test(masked) && (dates.length === 0 || detailed.children.length === 0);
    // ("à partir de janvier Hugo n'ira plus le mardi, mettez-le le jeudi à la place": a habit of its own leans on nothing.)
    const ownHabit = openEnded !== undefined && dates.length === 0 && openEnded.weekdays.length > 0;
    if (!ownHabit && (bareFollowUp || echoesNegation || leansOnPrevious(masked, ownRequest, { dates: dates.length, children: detailed.children.length }))) detailed.followUp = true;
    // "et pour Léa ?": no word of its own asks anything (a question mark is no look); the last request says what.
    // "non, c'est pas Hugo, c'est Inès": a child put for another in the previous request, nothing asked.
    const childSwapped = !ownRequest && CHILD_SWAP_ONLY.test(masked);
    if (childSwapped) detailed.followUp = true;
    if (((bareFollowUp && ONLY_PIECES.test(masked)) || childSwapped) && detailed.intent !== 'none' && intent.source === 'classifier') {
      detailed.intent = 'none';
      delete detailed.alternatives;
    }
    return { detailed, recognized: intent };
  }

  /**
   * The days an open-ended request covers once the parent has said until when
   * ("jusqu'aux vacances", "jusqu'au 18 décembre", "fin janvier", "toute l'année"), or
   * [] when the answer names no end.
   */
  completeOpenEnded(openEnded: OpenEnded, answer: string, options: CompleteOpenEndedOptions): IsoDay[] {
    const prepared = prepareText(answer, options.children ?? [], this.speller).text;
    const { found } = parseDates(prepared);
    const ctx = answerContext(openEnded, referenceDay(options.now), {
      direction: 'future',
      calendar: options.calendar ?? this.defaultCalendar(),
    });
    return openEndedDays(openEnded, answerEnd(prepared, found.map((f) => f.expression), ctx), ctx);
  }

  /** Text prepared for the classifier, the date expressions found and the children named. */
  prepare(text: string, family: readonly string[]) {
    const prepared = prepareText(text, family, this.speller);
    const parsed = parseDates(prepared.text);
    return { masked: parsed.masked, found: parsed.found, children: prepared.children, prepared: prepared.text, nameAt: prepared.nameAt };
  }
}

/** "sauf le vendredi pour Inès", "sauf le 23 pour Hugo": days left out for one child only (the word after « pour » is the child). */
const EXCEPT_FOR_CHILD = /\b(?:sauf|excepte|hormis) (?:le |la |les |l' )?(?:lundi|mardi|mercredi|jeudi|vendredi|\d{1,2}(?:er)?)s?(?: \S+){0,2}? pour (?:\S+)(?= |$)/;

/** The service named. */
const SERVICE_NAMED = guarded(/\b(?:garderie|centre|accueil|periscolaire|peri|cantine|etude|loisirs|zenfant|enfants?)\b/);
/** Words of a price asked ("combien de mercredis ai-je" is a count, not a price). */
const PRICE_ASKED = guarded(/\b(?:tarifs?|prix|coute|coutent|couts?|paye|paie|payer|paierai|payerai|euros?)\b/);

/** A question on how to do something: "comment ajoute-t-on…", "comment faire pour…". */
const HOW_TO = guarded(/\bcomment (?!ca va|allez vous|vas tu|va t)/);

/** Words that ask about the service's money, not merely "cher". */
const MONEY_ASKED = guarded(/\b(?:tarifs?|prix|combien|coute|coutent|couts?|simulateur|simuler|quotient|qf|factures?|attestation|paiements?)\b/);
/** "hors vacances scolaires", "en dehors des vacances", "à l'exception de ceux qui tombent pendant les vacances": school days only. */
// ("à l'exception bien entendu des jours de vacances scolaires", "sauf les jours de vacances": the same.)
// ("les mardi et vendredi en avril ? mais pas dans vacances": the same, said as a « pas ».)
const OUTSIDE_HOLIDAYS = guarded(/\b(?:hors|en dehors des|hormis les|excepte les) (?:(?:la )?periodes? de |(?:les )?jours de )?(?:vacances|conges)(?: scolaires)?\b|\b(?:a l' exception|sauf|excepte|hormis)(?: bien (?:sur|entendu)| evidemment| naturellement)?(?: de)?(?: ceux| celles| ceux la| les jours| ces jours)?(?: qui (?:tombent|sont|seront|tomberont))? (?:pendant|durant|en periode de|dans) (?:les )?vacances\b|\b(?:a l' exception|sauf|excepte|hormis)(?: bien (?:sur|entendu)| evidemment| naturellement)? (?:des|les) (?:(?:jours|periodes|semaines) de )?vacances(?: scolaires)?\b(?! (?:de|d'|du)\b)|\bpas (?:pendant|durant|dans|en periode de) (?:les )?vacances(?: scolaires)?\b(?! (?:de|d'|du)\b)/);
/** A verb that puts a child in or takes one out, in a clause. */
const CHANGE_VERB = guarded(new RegExp(String.raw`\b(?:${CHANGE_VERBS})\b`));
/** "non, c'est pas Hugo, c'est Inès", "c'était pour Inès, pas Hugo": a child put for another, nothing else said. */
const CHILD_SWAP_ONLY = /^(?:(?:non|ah|oh|non non|pardon|oups|euh|en fait|attention|attends?|attendez|desolee?|excusez moi|excuse moi|mince|zut)\s+)*(?:(?:c' est|ce n' est|c est)\s+)?pas\s+(?:pour\s+)?zenfant\s+(?:mais\s+)?(?:(?:c' est|c est|ce sera)\s+)?(?:plutot\s+|pour\s+)?zenfant$|^(?:(?:non|ah|oh|non non|pardon|oups|euh|en fait|attention|attends?|attendez|desolee?|excusez moi|excuse moi|mince|zut)\s+)*(?:(?:c' est|c est|c' etait|c etait|ce sera|ce serait)\s+)?(?:plutot\s+)?pour\s+zenfant\s+(?:et\s+)?(?:non\s+)?pas\s+(?:pour\s+)?zenfant$/;
/** "et Inès non plus", "lui non plus": the same refusal as the message before. */
const ECHOED_NEGATION = new RegExp(String.raw`^(?:(?:ah|oh|ok|alors|bon|euh|et)\s+)*(?:pour\s+)?(?:zenfant\s+et\s+)?${NEITHER}\b`);
/** "et pour zenfant ?", "zenfant aussi", "meme chose pour zenfant zdate": only the pieces of a follow-up. */
const ONLY_PIECES = /^(?:(?:et|pour|aussi|alors|ah|ok|oh|bon|euh|meme|chose|pareil|idem|le|la|les|du|de|avec|zenfant|zdate)\b ?)+$/;

/** A day and month, no year, that fell within the last six weeks or is today: its next occurrence is most of a year away. */
function isRecentDate(expression: DateExpression, today: IsoDay): boolean {
  if (expression.kind !== 'day' || expression.ref.type !== 'date' || expression.ref.month === undefined || expression.ref.year !== undefined || expression.ref.monthShared) return false;
  const isToday = expression.ref.day === Number(today.slice(8, 10)) && expression.ref.month === Number(today.slice(5, 7));
  const past = resolveDayRef(expression.ref, today, 'past');
  return isToday || (past !== undefined && past >= addDays(today, -42));
}

/** "ayant déposé le", "je vous ai envoyé le": a request sent on the day said next. */
const REQUEST_SENT_BEFORE = guarded(/\b(?:ayant|j' ai|nous avons|on a|avoir|je vous ai|nous vous avons)\s+(?:\S+\s+)?(?:depose|envoye|transmis|adresse|ecrit|appele|telephone|fait)\b(?:\s+\S+){0,4}\s*$/);

/** "il s'est cassé la jambe au ski pendant", "on est partis pendant": a story told in the past, right before its holidays. */
const PAST_STORY_BEFORE = guarded(/\b(?:s' est|se sont|il a|elle a|ils ont|elles ont|on a|on est|nous avons|nous sommes|j' ai|je suis)\s+(?:\S+\s+)?(?:casse|cassee|blesse|blessee|tombe|tombee|parti|partie|partis|alle|allee|alles|eu|attrape|attrapee|passe|passee|passes|ete|fait|faite|foule|foulee|tordu|tordue|brule|brulee|fracture|fracturee)\b(?:\s+\S+){0,7}\s*(?:(?:pendant|durant|aux|pour)\s+)?$/);

/**
 * "je garde les quatre enfants depuis le début des vacances", "elle est malade depuis lundi": what has gone on since a day
 * past, a story, no change. ("depuis lundi prochain", "depuis lundi jusqu'à vendredi" start days to come, as some write it.)
 */
const ONGOING_SINCE = /\bdepuis (?:le (?:debut|commencement)|hier|avant hier|ce matin|la rentree|\S+ (?:jours|semaines)|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?! (?:prochain|qui vient|jusqu)))\b/;
/** The same, ending with the days it names: "depuis lundi", "depuis le début des vacances" (not "depuis hier, demain…"). */
const SINCE_PAST = new RegExp(`(?:\\bdepuis le (?:debut|commencement)(?:\\s+[^\\s,.;!?]+){0,3}|${ONGOING_SINCE.source})$`);

/** "ma mère bosse", "je travaille", "mon mari est en formation", just before "jusqu'au 16". */
// ("je suis bloquée à Lyon", "elle est sur la route", "mon gendre est sur un chantier": away, the same; not "il est en voyage
// scolaire", which may be the child away.)
const WORKS_UNTIL_BEFORE = /\b(?:je|j'|on|nous|elle|il|(?:mon|ma|sa|son|leur) (?:mere|pere|mari|femme|maman|papa|conjointe?|compagnon|compagne|gendre|belle fille|fille|fils))\s+(?:bosse|bossera|bossons|travaille|travaillera|travaillons|(?:suis|est|sera|serai|sommes) (?:encore |toujours |deja )?(?:en stage|en formation|de garde|d' astreinte|en deplacement|en mission|en (?:salon|congres|seminaire|tournee|voyage d' affaires)(?: (?:a|en|au|aux) \S+)?|sur (?:la|les) routes?|sur (?:un|le|son|mon) chantier|(?:bloquee?s?|coincee?s?) (?:a|en|au|aux|sur|chez) (?:\S+ ){0,2}?(?!(?:centre|garderie|accueil|periscolaire|peri|etude|cantine)\b)\S+))\s*$/;

/** "depuis", "au début de", "s'installe à Nantes", "partons vivre en Bretagne", just before "l'été": a season told. */
const SEASON_OF_STORY_BEFORE = /\b(?:depuis|au debut de|des le debut de|a la fin de|(?:s' installe|s' installent|nous installons|demenage|demenageons|demenagent|demenagera|demenagerons|emmenage|emmenageons|partons vivre|part vivre|partent vivre|partira vivre|quitte|quittons|quittent|quitterons)(?:\s+\S+){0,4}?)\s*$/;
/** "j'arrive le 5 et je reste jusqu'au dimanche": a grown-up's stay, just before its end. */
const STAYS_UNTIL_BEFORE = /\b(?:je|nous|on)\s+(?:reste|resterai|restons|restera|resterons)(?:\s+(?:a|chez|en|au|aux)\s+\S+)?\s*$/;
/** "je pars", "mon frère arrive de Naples", "je prends le train", "je ne rentre que", just before "ce soir" or "le 6 janvier": a grown-up's journey told (not the child's, whose days away are asked off). */
const TRAVEL_BEFORE = /\b(?:je|j'|on|nous|(?:mon|ma|sa|son|leur|notre) (?:mari|femme|mere|pere|frere|soeur|conjointe?|compagnon|compagne|papa|maman|gendre|belle fille|beau fils|oncle|tante))\s+(?:ne\s+)?(?:pars|part|partons|partent|partira|partirai|arrive|arrivons|arrivent|arrivera|rentre|rentrons|rentrera|rentrerai|reviens|revient|revenons|reviendra|reviendrai|decolle|decollons|prends (?:le|l') \S+|prend (?:le|l') \S+|prenons (?:le|l') \S+)(?:\s+qu(?:e|'))?(?:\s+(?:pour|a|au|en|de|du|d'|vers)\s+\S+(?:\s+\S+)?)?\s*$/;

/** "j'ai un rdv client", "nous avons une réunion", just before a day: the grown-up's appointment told as the reason. */
const APPOINTMENT_BEFORE = /\b(?:j' ai|nous avons|on a|j' avais)\s+(?:un|une|mon|ma)\s+(?:rdv|rendez vous|reunion|entretien|formation|seminaire)(?:\s+(?:client|pro|professionnel|professionnelle|medical|important|importante|de travail|au travail))?(?:\s+(?:le|ce))?\s*$/;

/** "ce soir-là", "cette semaine-là": a day or a week that is the one named elsewhere. */
const pointsBack = (e: DateExpression) => (e.kind === 'day' && e.ref.type === 'relative' && e.ref.anaphoric === true) || (e.kind === 'week' && e.anaphoric === true);

/** A grown-up of the family free: "le papa il est en congé", "je suis de repos", "nous serons à la maison". */
const FAMILY_FREE = /\b(?:je|j'|on|nous|(?:le|mon|ma|sa|son|leur|notre|la) (?:mere|pere|mari|femme|maman|papa|conjointe?|compagnon|compagne|grand mere|grand pere|mamie|papi|nounou))(?: (?:il|elle))?\s+(?:suis|est|sera|serai|sommes|serons|seront) (?:en conge|en conges|en vacances|de repos|en repos|a la maison|libre|disponible|off)\b/;

/** A piece of courtesy and nothing else: greetings, thanks, a letter's closing formula. */
const COURTESY_ONLY =
  /^(?:(?:bonjour|bonsoir|salut|coucou|hello|madame|monsieur|mesdames|messieurs|mme|mlle|mr|merci|beaucoup|d' avance|par avance|bien|tres|cordialement|a|vous|bonne|journee|soiree|je|prie|d' agreer|agreer|veuillez|recevez|mes|nos|salutations|distinguees|respectueuses|sinceres|meilleures|l' expression|de|sentiments|respectueux|devoues|bisous|bises|au revoir|en vous remerciant|remerciant|remercie|avec|tous|remerciements)\s*)+$/;

/** "ne viendra pas", "sera absente": an absence told in the future. */
// ("Hugo reste à la maison jeudi, il a de la fièvre": staying home, told in the present, is to come.)
const ABSENCE_TO_COME = guarded(
  /\b(?:ne|n') ?(?:viendra|viendront|ira|iront|sera|seront|pourra|pourront) (?:pas|plus)\b|\b(?:sera|seront) absente?s?\b|\bva (?:etre )?absente?\b|(?<!\b(?:est|sont|etait|etaient|a|ai|avons|ont|avait|l' ai|les ai|l' avons) )\b(?:reste|restent|restera|resteront|gardera|garde|garderai) (?:a la maison|au lit|chez (?:nous|moi|lui|elle|sa|son|ses))\b/i,
);

/** "ce n'est pas pour ça que j'écris", "mais je m'égare": the writer comes to the point after a story. */
const TO_THE_POINT = guarded(
  /\b(?:ce n' est pas|c' est pas|ce n est pas|c est pas) (?:pour ca|pour cela|la raison) (?:que|qu' ?) ?(?:j' ecris|je vous ecris|je vous contacte|je vous envoie|j' appelle|je vous appelle)\b|\bmais je m' egare\b|\brevenons a nos moutons\b|\bpour en revenir a (?:ma|notre) demande\b/,
);

/** "la semaine dernière", "hier", "mardi dernier": only the past. */
function isPastOnly(expression: DateExpression): boolean {
  if (expression.kind === 'week') return expression.which === 'last';
  if (expression.kind !== 'day') return false;
  return (expression.ref.type === 'relative' && expression.ref.offset < 0) || (expression.ref.type === 'weekday' && expression.ref.when === 'last');
}

/**
 * "Nous restons jusqu'au 2 octobre… il faut annuler à partir de lundi jusqu'au 2 octobre": the same end said twice, the
 * second time with its start; the first is the story.
 */
function withoutEndSaidTwice(found: FoundExpression[]): FoundExpression[] {
  const endOf = (f: FoundExpression) => (f.expression.kind === 'range' ? JSON.stringify(f.expression.to) : '');
  const started = (f: FoundExpression) => f.expression.kind === 'range' && f.expression.from !== undefined;
  const repeated = found.filter((f) => f.expression.kind === 'range' && f.expression.from === undefined && found.some((g) => g.start > f.start && started(g) && endOf(g) === endOf(f)));
  return repeated.length > 0 ? found.filter((f) => !repeated.includes(f)) : found;
}

/** "cette semaine jusqu'à jeudi": this week up to that day, the range alone (not the whole week beside it). */
function withoutWeekUntil(prepared: string, found: FoundExpression[]): FoundExpression[] {
  const week = found.find((f) => f.expression.kind === 'week' && f.expression.which === 'this');
  const until = week && found.find((f) => f.start >= week.end && f.expression.kind === 'range' && f.expression.from === undefined && /^[\s,]*$/.test(prepared.slice(week.end, f.start)));
  return until ? found.filter((f) => f !== week) : found;
}

/**
 * "cette semaine pas besoin de garderie, même pas le mercredi": a weekday said with « même » beside a period is one of
 * its days, stressed; it does not narrow the period to that weekday. ("je le récupère moi-même le mardi" is no « même ».)
 */
function withoutWeekdayEvenIn(prepared: string, found: FoundExpression[]): FoundExpression[] {
  const period = found.some((f) => ['week', 'weekOf', 'month', 'holiday', 'range'].includes(f.expression.kind));
  if (!period) return found;
  const even = found.filter((f) => f.expression.kind === 'day' && f.expression.ref.type === 'weekday' && /(?<!\b(?:moi|toi|lui|elle|eux|nous|vous|elles) )\bmeme (?:pas |plus )?(?:le |la )?$/.test(prepared.slice(Math.max(0, f.start - 20), f.start)));
  return even.length > 0 && even.length < found.length ? found.filter((f) => !even.includes(f)) : found;
}
