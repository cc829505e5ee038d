/**
 * The root of a linked parent's conversation: each message goes through the
 * understanding layer and is routed to reserve/cancel, check, deadline, absence
 * justifications, "mes demandes" or the service's answers. A follow-up ("et pour
 * Hugo ?", "et mercredi ?") is completed from the conversation's last request; an
 * ambiguous message is asked about with buttons ("Vous voulez réserver ou annuler ?");
 * a message carrying a file starts an absence justification; a request typed in the
 * middle of another is routed anew.
 */
import { ComponentDialog, TextPrompt, WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import type { ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { addDays, instantAt, isoWeekday, mondayOf, wallClockTime } from '../src/domain/day';
import type { IsoDay } from '../src/domain/day';
import { handoffTriggerIn } from '../src/handoff/handoffTriggers';
import { ABSENCE_DIALOG, AbsenceDialog } from './absenceDialog';
import { CHANGE_DIALOG, ChangeDialog } from './changeDialog';
import type { ChangeDialogResult, ChangeOptions } from './changeDialog';
import { afterLeadingNo, childIdsNamed, CORRECTION_OPENING, DAY_SAID_INSTEAD, daysSaidWeakly, ELLIPTIC_RANKED_WEEK, OWN_CHANGE_VERB, RANKED_WEEK, restrictsOnly, weekdaysNamedIn, weekdaysOnly } from './changeRequest';
import type { RequestOptions } from './changeRequest';
import { CHECK_DIALOG, CheckDialog } from './checkDialog';
import { commandOf, yesNoOf } from './commands';
import { ConversationMemory } from './conversationMemory';
import type { LastRequest } from './conversationMemory';
import { DEADLINE_DIALOG, DeadlineDialog } from './deadlineDialog';
import { FAQ_DIALOG, FaqDialog } from './faqDialog';
import { FAMILY_SPACE_DIALOG, familySpaceAnswers, FamilySpaceDialog } from './familySpaceDialog';
import { frenchAlternatives, normalise } from './frenchFormat';
import { HANDOFF_DIALOG, HandoffDialog } from './handoffDialog';
import { fill, messages } from './messages/catalog';
import { MONEY_DIALOG, MONEY_TOPICS, MoneyDialog } from './moneyDialog';
import { activityIn, childCountIn } from './moneyQuestion';
import { contactVars, menu, withChoices } from './replies';
import { asksAboutRequests, REQUESTS_DIALOG, RequestsDialog } from './requestsDialog';
import type { RequestsOptions } from './requestsDialog';
import type { Action, DialogServices, FamilyContext, HandoffRequest, Intent, Interpretation } from './services';
import { familyOf } from './turnFamily';

export const MAIN_DIALOG = 'main';
/** "c bon ?", "ça passe ?", "c'est encore jouable ?": whether it still works out, asked of days. */
const STILL_FINE = /\b(?:c|c'|c' est|c est|cest|ca|ce sera|ca sera)\s*(?:encore\s+|toujours\s+)?(?:bon|ok|jouable|faisable|good)\s*$|\bca (?:passe|le fait)(?: encore| toujours)?\s*$/;

const ROUTER = `${MAIN_DIALOG}.router`;
const CHOOSE = `${MAIN_DIALOG}.choose`;
const CHOICE_PROMPT = `${MAIN_DIALOG}.choice`;
/** Longer messages are cut: nobody books in 2,000 characters, and parsing stays fast. */
export const MAX_MESSAGE_LENGTH = 2000;

export interface RouteOptions {
  /** A sentence handed back by a child dialog, to route as if just typed. */
  text?: string;
  /** Its meaning, when already settled (the parent chose between two intents). */
  interpretation?: Interpretation;
  /** A question asked beside the request just handled ("… Et c'est ouvert le 31 ?"): read on its own, not as a follow-up of it. */
  standsAlone?: boolean;
}

/** What the router keeps between a request and the end of its dialog. */
interface RouterValues {
  /** A question on prices asked beside a change ("… et c'est combien la journée ?"), answered after it. */
  priceQuestion?: string;
  /** A deadline asked beside a change ("… Et jusqu'à quand je peux annuler pour jeudi ?"), answered after it. */
  deadlineQuestion?: RequestOptions;
  /** Another question asked beside a change ("… Par ailleurs, où télécharger l'attestation ?"), routed after it. */
  thenAsk?: string;
}

/** The sentence or clause of `text` that asks a price, if any ("et c'est combien la journée ?", "…, ça coûte combien ?"). */
function priceQuestionIn(text: string): string | undefined {
  return text
    .split(/(?<=[?.!,;])\s+|\s+et\s+(?=(?:c'est|c’est|ça|ca|combien|le prix|quel))/i)
    .find((sentence) => /\b(?:combien|prix|tarifs?|co[uû]te?s?|co[uû]tera)\b/i.test(sentence) && !/\b(?:inscri|r[ée]serv|annul)/i.test(sentence));
}

const c = messages.common;
const MENU_INTENTS: ReadonlyArray<[string, Intent]> = [
  [c.menuReserve, 'reserve'],
  [c.menuCancel, 'cancel'],
  [c.menuCheck, 'check'],
  [c.menuDeadline, 'deadline'],
];
const DIALOG_OF: Partial<Record<Intent, string>> = {
  reserve: CHANGE_DIALOG,
  cancel: CHANGE_DIALOG,
  check: CHECK_DIALOG,
  deadline: DEADLINE_DIALOG,
  faq: FAQ_DIALOG,
  absence: ABSENCE_DIALOG,
};
/** "détail", "le détail", "jour par jour": the day-by-day list of the last result. */
/** Thanks or a goodbye: "merci", "bonne journée", "au revoir", "bonne soirée". */
const TAKES_LEAVE = /\b(?:merci|bonne (?:journee|soiree|fin de journee)|au revoir|a bientot)\b/;
const DETAIL = /^(le |en |voir le |voir |afficher le )?(detail|details)( svp| s'il vous plait)?$|^jour par jour$/;

export class MainDialog extends ComponentDialog {
  /** Messages not understood in a row, kept across turns in conversation state. */
  private readonly misunderstood: StatePropertyAccessor<number>;
  private readonly memory: ConversationMemory;

  constructor(
    private readonly services: DialogServices,
    conversationState: ConversationState,
  ) {
    super(MAIN_DIALOG);
    this.misunderstood = conversationState.createProperty<number>('misunderstoodInARow');
    this.memory = new ConversationMemory(conversationState.createProperty('lastRequest'), services.clock);
    this.addDialog(new ChangeDialog(services, this.memory))
      .addDialog(new CheckDialog(services, this.memory))
      .addDialog(new DeadlineDialog(services, this.memory))
      .addDialog(new FaqDialog(services, this.memory))
      .addDialog(new HandoffDialog(services))
      .addDialog(new AbsenceDialog(services))
      .addDialog(new RequestsDialog(services))
      .addDialog(new MoneyDialog(services, this.memory))
      .addDialog(new TextPrompt(CHOICE_PROMPT))
      .addDialog(new WaterfallDialog<RouteOptions>(ROUTER, [(s) => this.route(s), (s) => this.afterChild(s)]))
      .addDialog(new WaterfallDialog<RequestOptions>(CHOOSE, [(s) => this.askWhichOne(s), (s) => this.readWhichOne(s)]));
    if (services.family) this.addDialog(new FamilySpaceDialog(services, services.family));
    this.initialDialogId = ROUTER;
  }

  private async route(step: WaterfallStepContext<RouteOptions>): Promise<DialogTurnResult> {
    const context = step.context;
    const raw = step.options.text ?? context.activity.text ?? '';
    if (step.options.text === undefined && this.services.absences.hasFiles(context.activity.attachments)) {
      // A file sent first (with or without words): the start of an absence justification.
      const text = raw.slice(0, MAX_MESSAGE_LENGTH);
      const meaning = text ? this.understand(context, text) : { intent: 'absence' as const, dates: [], children: [], confidence: 1 };
      // "gardez ce document" with the file: kept in the family's space, not a justification.
      if (this.services.family && meaning.topic === 'documents') {
        return step.beginDialog(FAMILY_SPACE_DIALOG, { text, interpretation: meaning } satisfies RequestOptions);
      }
      // "voici mon avis d'imposition pour le QF" with the file: the quotient familial's evaluation.
      if (this.services.money && this.services.quotientRequests && meaning.topic === 'quotient') {
        return step.beginDialog(MONEY_DIALOG, { text, interpretation: meaning } satisfies RequestOptions);
      }
      return step.beginDialog(ABSENCE_DIALOG, { text, interpretation: meaning } satisfies RequestOptions);
    }
    if (!/[\p{L}\p{N}]/u.test(raw)) {
      // Emoji alone counts as not understood: twice in a row, a person is offered.
      const times = await this.countMisunderstood(context, true);
      await context.sendActivity(times >= 2 ? withChoices(fill(c.emptyMessageAgain, this.contacts), [messages.handoff.offerPerson]) : c.emptyMessage);
      return step.endDialog();
    }
    if (raw.length > MAX_MESSAGE_LENGTH) await context.sendActivity(c.tooLong);
    const text = raw.slice(0, MAX_MESSAGE_LENGTH);
    const handoff = await this.handoffWanted(context, text);
    if (handoff && !(handoff.reason === 'sensitive' && isPlainChange(this.understand(context, text)))) return step.beginDialog(HANDOFF_DIALOG, handoff);
    if (await this.handledAsCommand(context, text)) return step.endDialog();
    const family = familyOf(context);
    const last = step.options.standsAlone ? undefined : await this.memory.recall(context, family.guardianId);
    if (DETAIL.test(normalise(text))) {
      await context.sendActivity(last?.detail ?? messages.booking.noDetail);
      return step.endDialog();
    }
    // ("ok merci bonne journée": a yes that thanks and takes leave is a goodbye, answered as such below.)
    const yesNo = yesNoOf(text);
    const doIt = last?.intent === 'deadline' && last.change !== undefined && last.days.length > 0 && DO_IT.test(normalise(text));
    if (yesNo && !(yesNo === 'yes' && TAKES_LEAVE.test(normalise(text))) && !doIt) {
      // A lone "oui"/"non" with no question pending, e.g. after "Autre chose ?": "oui" waits for the request, "non" is acknowledged.
      await context.sendActivity(yesNo === 'yes' ? c.listening : c.okay);
      return step.endDialog();
    }
    // "non, plutôt jeudi" just after an answer: the "non" answers the assistant; what follows is the request.
    const rest = step.options.interpretation ? undefined : afterLeadingNo(text);
    // (« non pas mardi mais jeudi »: « non pas » says no to the day, it answers nothing; the whole is read.)
    const said = rest && !/^pas\b/i.test(rest) ? rest : text;
    let meaning = step.options.interpretation ?? this.understandBeside(context, said, last);
    // « non c pas demain c vendredi » just after « Rien à annuler pour Léa : mardi 8 » (nothing asked left once « non » is cut):
    // the whole message corrects the request just made.
    if (rest !== undefined && last && !last.topic && meaning.intent === 'none' && !meaning.followUp) {
      const whole = this.understand(context, text);
      if (whole.followUp) meaning = whole;
    }
    // "non plutôt la deuxième semaine pour elle" just after a deadline answer: the same question, of other days.
    // ("et pour le 16 c bon ?" just after « mercredi 9 : c'est passé »: whether there is still time, not what is booked.)
    const stillTimeAsked = meaning.intent === 'check' && STILL_FINE.test(normalise(said));
    if (last?.intent === 'deadline' && !last.topic && (rest !== undefined || /^(?:plutot|et)\b/.test(normalise(text))) && !OWN_CHANGE_VERB.test(normalise(said)) && (['reserve', 'cancel', 'none', 'ambiguous'].includes(meaning.intent) || stillTimeAsked)) {
      meaning = { ...meaning, intent: 'deadline', followUp: true, alternatives: undefined };
    }
    // "non juste le jeudi pour lui" just after Hugo's Tuesday and Thursday were cancelled: the same change, fewer days (no verb of
    // its own; its weak reading as a booking would undo what was asked).
    // ("non attends, c'est mercredi le rdv" just after Hugo's Friday: a day said instead, read only weakly and with no verb of
    // its own, is the same change.)
    if (rest !== undefined && last && !last.topic && (last.intent === 'reserve' || last.intent === 'cancel') && (restrictsOnly(rest) || daysSaidWeakly(meaning, rest)) && ['reserve', 'cancel', 'none', 'ambiguous', 'faq'].includes(meaning.intent)) {
      meaning = { ...meaning, intent: last.intent, followUp: true, alternatives: undefined };
    }
    // (« ah non pardon, … »: the « non » cut from what is said still opens a correction.)
    const correcting = rest !== undefined || CORRECTION_OPENING.test(normalise(text));
    const takenBack = last ? (childrenTakenBack(meaning, last, family, said) ?? daysTakenBack(meaning, last, family, said, correcting) ?? daysSaidInstead(meaning, last, family, text)) : undefined;
    const siblings = last && !takenBack ? siblingsOf(meaning, last, family, said) : undefined;
    if (takenBack) meaning = takenBack;
    // "et son frère ?": the request just made, for the brother, or for a child still to choose.
    else if (siblings) meaning = siblings.length > 0 ? completedFrom({ ...meaning, children: siblings, followUp: true }, last!, family, said) : { ...completedFrom(meaning, last!, family, said), children: [] };
    else if (last && (isFollowUp(meaning, said, family) || asksSameTopicAgain(meaning, said, last) || looksAtSameDays(meaning, said, last))) meaning = completedFrom(meaning, last, family, said);
    else if (last && !last.topic && leansOnLast(meaning, said, last, family)) meaning = { ...completedFrom(meaning, last, family, said), intent: meaning.intent };
    // "je vous envoie le certificat demain" just after Léa's day was cancelled: Léa's justification.
    else if (last && !last.topic && meaning.intent === 'absence' && meaning.children.length === 0 && last.intent === 'cancel' && last.childIds.length === 1) {
      meaning = { ...meaning, children: family.children.filter((child) => child.id === last.childIds[0]).map((child) => child.firstName) };
    }
    // "en fait Hugo sera chez sa tante vendredi" just after Hugo's Thursday 17 and Friday 18: that Friday, not the coming one.
    else if (last && !last.topic) meaning = withDaysOfLast(meaning, said, last, family);
    // « ok fais-le » just after « c'est encore possible d'inscrire Inès demain ? »: that change, of those days.
    if (doIt && last?.change) {
      const children = family.children.filter((child) => last.childIds.includes(child.id)).map((child) => child.firstName);
      meaning = { intent: last.change, dates: [...last.days], children, confidence: 1, followUp: true };
    }
    if (meaning.sensitive) return step.beginDialog(HANDOFF_DIALOG, { reason: 'sensitive', trigger: text } satisfies HandoffRequest);
    if (meaning.intent === 'ambiguous') {
      await this.misunderstood.set(context, 0);
      if ((meaning.alternatives ?? []).length >= 2) return step.beginDialog(CHOOSE, { text: said, interpretation: meaning } satisfies RequestOptions);
      meaning = { ...meaning, intent: 'none' };
    }
    // A question on opening hours the classifier could not place ("vous ouvrez quand mercredi ?"): the service's answer.
    const intent = meaning.intent === 'none' && meaning.topic === 'hours' ? 'faq' : (meaning.intent as Intent);
    if (intent === 'handoff') return step.beginDialog(HANDOFF_DIALOG, { reason: 'asked', trigger: text } satisfies HandoffRequest);
    // "Hugo ne pourra pas venir le mercredi 16. Par ailleurs, où télécharger l'attestation ?": the change first, then the question.
    const withQuestion = intent === 'faq' && !step.options.interpretation ? this.changeThenQuestion(context, said) : undefined;
    if (withQuestion) {
      (step.values as RouterValues).thenAsk = withQuestion.question;
      return step.beginDialog(CHANGE_DIALOG, { ...withQuestion.change, answerFollows: true } satisfies ChangeOptions);
    }
    if (asksAboutRequests(text, intent)) return step.beginDialog(REQUESTS_DIALOG, { text } satisfies RequestsOptions);
    if (this.services.family && familySpaceAnswers(meaning)) {
      await this.misunderstood.set(context, 0);
      return step.beginDialog(FAMILY_SPACE_DIALOG, { text: said, interpretation: meaning } satisfies RequestOptions);
    }
    if (this.services.money && asksAboutMoney(intent, meaning)) {
      await this.misunderstood.set(context, 0);
      return step.beginDialog(MONEY_DIALOG, { text: said, interpretation: meaning } satisfies RequestOptions);
    }
    // "oups, c'était pour ma sœur": nothing to understand, nothing misunderstood.
    if (intent === 'none' && meaning.courtesy === 'misdirected') {
      await this.misunderstood.set(context, 0);
      await context.sendActivity(c.misdirected);
      return step.endDialog();
    }
    if (intent === 'none' && meaning.topic === 'other_service') {
      await this.misunderstood.set(context, 0);
      await context.sendActivity(menu(c.otherService));
      return step.endDialog();
    }
    const times = await this.countMisunderstood(context, intent === 'none');
    // "je sais que c'est tard, mais Léa demain": the change is checked; days past their deadline are offered to the service.
    if (intent === 'late_request' && meaning.change) {
      return step.beginDialog(CHANGE_DIALOG, { mode: meaning.change, text: said, interpretation: { ...meaning, intent: meaning.change } } satisfies ChangeOptions);
    }
    // "inscrivez Hugo mercredi ? Et jusqu'à quand je peux annuler pour jeudi ?": the change first, then the deadline.
    const withDeadline = intent === 'deadline' ? this.changeThenDeadline(context, said) : undefined;
    if (withDeadline) {
      (step.values as RouterValues).deadlineQuestion = withDeadline.question;
      return step.beginDialog(CHANGE_DIALOG, { ...withDeadline.change, answerFollows: true } satisfies ChangeOptions);
    }
    // "pouvez-vous annuler la garderie de Hugo jeudi 10 et me dire si Léa est inscrite mercredi 16 ?": the change, then the look.
    const withLook = (intent === 'reserve' || intent === 'cancel') && !step.options.interpretation ? this.changeThenLook(context, said) : undefined;
    if (withLook) {
      (step.values as RouterValues).thenAsk = withLook.question;
      return step.beginDialog(CHANGE_DIALOG, { ...withLook.change, answerFollows: true } satisfies ChangeOptions);
    }
    // "Hugo a eu de la fièvre hier… Au fait, vous êtes ouverts le 24 décembre ?": the absence (or the look) told in its own
    // sentences, with their own days, then the question.
    const apart = (intent === 'absence' || intent === 'check') && !step.options.interpretation ? this.questionApart(context, said, intent) : undefined;
    if (apart) {
      (step.values as RouterValues).thenAsk = apart.question;
      const { closedDates: _closed, openEnded: _open, ...kept } = meaning;
      meaning = { ...kept, dates: apart.meaning.dates, ...(apart.meaning.closedDates ? { closedDates: apart.meaning.closedDates } : {}), ...(apart.meaning.openEnded ? { openEnded: apart.meaning.openEnded } : {}) };
    }
    // "elle ne viendra pas jeudi 10, je vous envoie le certificat ?" while that day can still be cancelled: the booking is
    // cancelled, the place goes to another family (a justification is for a booking kept).
    const now = this.services.clock.now();
    if (intent === 'absence' && meaning.dates.length > 0 && meaning.dates.every((day) => this.services.rules.isChangeAllowed(day, now)) && (await this.bookedOn(family, meaning))) {
      await context.sendActivity(c.absenceToCome);
      return step.beginDialog(CHANGE_DIALOG, { mode: 'cancel', text: said, interpretation: { ...meaning, intent: 'cancel' } } satisfies ChangeOptions);
    }
    const dialogId = DIALOG_OF[intent];
    if (dialogId === CHANGE_DIALOG) {
      // "inscrivez Léa lundi 21 ? et c'est combien la journée ?": the price is told once the change is settled.
      const priceQuestion = meaning.topic === 'tariffs' && this.services.money ? priceQuestionIn(said) : undefined;
      if (priceQuestion) (step.values as RouterValues).priceQuestion = priceQuestion;
      // ("Hugo ne pourra pas venir le mercredi 16. Par ailleurs, quels sont vos horaires le mercredi ?": the question after the change.)
      const split = priceQuestion || step.options.interpretation ? undefined : this.questionsAndRest(context, said);
      const thenAsk = split?.questions.join(' ');
      if (thenAsk) (step.values as RouterValues).thenAsk = thenAsk;
      // ("annuler la garderie d'Inès pour demain, et aussi savoir combien je dois pour novembre": the change's own days, not the question's.)
      const own = split ? this.understand(context, split.rest.join(' ')) : undefined;
      if (own && own.intent === intent && own.dates.length > 0 && !meaning.followUp) {
        const { closedDates: _closed, openEnded: _open, actions: _actions, ...kept } = meaning;
        meaning = { ...kept, dates: own.dates, ...(own.closedDates ? { closedDates: own.closedDates } : {}), ...(own.actions ? { actions: own.actions } : {}) };
      }
      return step.beginDialog(CHANGE_DIALOG, { mode: intent as 'reserve' | 'cancel', text: said, interpretation: meaning, answerFollows: priceQuestion !== undefined || thenAsk !== undefined } satisfies ChangeOptions);
    }
    // "c quoi les tarifs du centre ? et jusqu'à quand je peux annuler ?": the deadline, then the price.
    const priceAfter = intent === 'deadline' && meaning.topic === 'tariffs' && this.services.money ? priceQuestionIn(said) : undefined;
    if (priceAfter) (step.values as RouterValues).priceQuestion = priceAfter;
    if (dialogId) return step.beginDialog(dialogId, { text: said, interpretation: meaning } satisfies RequestOptions);
    await context.sendActivity(this.directAnswer(intent, meaning, family, times));
    return step.endDialog();
  }

  /** Whether one of the children spoken of (all the family's when none is named) is booked on one of the days. */
  private async bookedOn(family: FamilyContext, meaning: Interpretation): Promise<boolean> {
    const named = childIdsNamed(meaning.children, family.children);
    const childIds = named.length > 0 ? named : family.children.map((child) => child.id);
    const days = [...meaning.dates].sort();
    const lines = await this.services.bookings.list({ guardianId: family.guardianId, childIds, from: days[0], to: days[days.length - 1] });
    return lines.some((line) => line.status === 'booked' && days.includes(line.day));
  }

  private async afterChild(step: WaterfallStepContext<RouteOptions>): Promise<DialogTurnResult> {
    const result = step.result as ChangeDialogResult | { interpretation: Interpretation; text: string };
    if (result && 'interpretation' in result) return step.replaceDialog(ROUTER, result satisfies RouteOptions);
    if (result?.handoff) return step.replaceDialog(HANDOFF_DIALOG, result.handoff);
    if (result?.reroute) return step.replaceDialog(ROUTER, { text: result.reroute } satisfies RouteOptions);
    const { priceQuestion, deadlineQuestion, thenAsk } = step.values as RouterValues;
    if (deadlineQuestion) return step.beginDialog(DEADLINE_DIALOG, deadlineQuestion);
    if (thenAsk) return step.replaceDialog(ROUTER, { text: thenAsk, standsAlone: true } satisfies RouteOptions);
    if (priceQuestion) {
      const interpretation: Interpretation = { intent: 'faq', topic: 'tariffs', dates: [], children: [], confidence: 1 };
      return step.beginDialog(MONEY_DIALOG, { text: priceQuestion, interpretation } satisfies RequestOptions);
    }
    return step.endDialog();
  }

  // ── "Vous voulez réserver ou annuler ?" ─────────────────────────────────

  private async askWhichOne(step: WaterfallStepContext<RequestOptions>): Promise<DialogTurnResult> {
    const alternatives = step.options.interpretation.alternatives ?? [];
    const question = fill(c.whichOne, { choices: frenchAlternatives(alternatives.map((intent) => c[`verb_${intent}`])) });
    return step.prompt(CHOICE_PROMPT, { prompt: withChoices(question, alternatives.map((intent) => c[`choice_${intent}`])) });
  }

  private async readWhichOne(step: WaterfallStepContext<RequestOptions>): Promise<DialogTurnResult> {
    const answer = normalise(String(step.result ?? ''));
    const { text, interpretation } = step.options;
    const alternatives = interpretation.alternatives ?? [];
    const chosen =
      alternatives.find((intent) => normalise(c[`choice_${intent}`]) === answer || normalise(c[`verb_${intent}`]) === answer) ??
      alternatives.find((intent) => this.understand(step.context, String(step.result ?? '')).intent === intent);
    // Not one of them: the answer is a new message of its own.
    if (!chosen) return step.endDialog({ reroute: String(step.result ?? '') } satisfies ChangeDialogResult);
    return step.endDialog({ text, interpretation: { ...interpretation, intent: chosen, alternatives: undefined } });
  }

  // ── helpers ────────────────────────────────────────────────────────────

  private get contacts() {
    return contactVars(this.services.rules.config);
  }

  /** Adds one to the count of messages not understood in a row (or resets it); returns it. */
  private async countMisunderstood(context: TurnContext, notUnderstood: boolean): Promise<number> {
    const times = notUnderstood ? (await this.misunderstood.get(context, 0)) + 1 : 0;
    await this.misunderstood.set(context, times);
    return times;
  }

  /**
   * A person rather than the bot: asked for ("parler à quelqu'un", also after two
   * misunderstandings), or a sensitive subject or an upset parent (town configuration).
   */
  private async handoffWanted(context: TurnContext, text: string): Promise<HandoffRequest | undefined> {
    if (commandOf(text) === 'handoff') {
      const times = await this.misunderstood.get(context, 0);
      await this.misunderstood.set(context, 0);
      // ("mon ex est passé chercher Inès alors qu'il n'a pas le droit, je veux parler à quelqu'un": the story is sensitive, said out of hours too.)
      if (this.understand(context, text).sensitive) return { reason: 'sensitive', trigger: text };
      return { reason: times >= 2 ? 'not_understood' : 'asked', trigger: text };
    }
    const trigger = handoffTriggerIn(text, this.services.rules.config.handoff);
    return trigger ? { reason: trigger.reason, trigger: text } : undefined;
  }

  private async handledAsCommand(context: TurnContext, text: string): Promise<boolean> {
    switch (commandOf(text)) {
      case 'help':
        await context.sendActivity(menu(c.help));
        return true;
      case 'cancel':
        await context.sendActivity(menu(c.cancelled));
        return true;
      case 'restart':
        await context.sendActivity(menu(c.restart));
        return true;
      case 'menu':
        await context.sendActivity(menu());
        return true;
      default:
        return false;
    }
  }

  /** Answers that need no dialog: help, greetings, late requests, nonsense. */
  private directAnswer(intent: Intent, meaning: Interpretation, family: FamilyContext, timesNotUnderstood: number) {
    switch (intent) {
      case 'help':
        return menu(c.help);
      case 'smalltalk':
        return smalltalkReply(meaning.courtesy, family.guardianFirstName, this.isEvening());
      case 'late_request':
        return fill(c.lateRequest, this.contacts);
      default:
        return timesNotUnderstood >= 2 ? withChoices(fill(c.notUnderstoodTwice, this.contacts), [messages.handoff.offerPerson]) : menu(c.notUnderstood);
    }
  }

  /** From 6 p.m. in the town: "bonne soirée" rather than "bonne journée". */
  private isEvening(): boolean {
    return wallClockTime(this.services.clock.now(), this.services.rules.timeZone) >= '18:00';
  }

  /**
   * "Pouvez-vous inscrire Hugo mercredi et annuler Léa mardi ? Et jusqu'à quand je peux annuler
   * pour jeudi ?": the sentences that ask a change, and the last one, which asks a deadline
   * ("… jusqu'à quand je peux l'annuler ?": of the days just asked).
   */
  private changeThenDeadline(context: TurnContext, text: string): { change: ChangeOptions; question: RequestOptions } | undefined {
    let sentences = sentencesIn(text);
    // ("pourriez-vous inscrire Hugo …, et me dire jusqu'à quand je peux annuler ?": one sentence, the question joined by « et ».)
    if (sentences.length < 2) sentences = text.split(DEADLINE_QUESTION_JOINED).filter((sentence) => sentence.trim() !== '');
    if (sentences.length < 2) return undefined;
    const questionText = sentences[sentences.length - 1];
    const question = this.understand(context, questionText);
    if (question.intent !== 'deadline') return undefined;
    const changeText = sentences.slice(0, -1).join(' ');
    const change = this.understand(context, changeText);
    if ((change.intent !== 'reserve' && change.intent !== 'cancel') || (change.dates.length === 0 && (change.closedDates?.length ?? 0) === 0)) return undefined;
    const ofTheChange = question.dates.length === 0 ? { ...question, dates: change.dates, children: question.children.length > 0 ? question.children : change.children } : question;
    return { change: { mode: change.intent, text: changeText, interpretation: change }, question: { text: questionText, interpretation: ofTheChange } };
  }

  /** A change, then « et me dire si … » asking what is booked: each read alone. */
  private changeThenLook(context: TurnContext, text: string): { change: ChangeOptions; question: string } | undefined {
    const [changeText, questionText, ...more] = text.split(LOOK_QUESTION_JOINED);
    if (questionText === undefined || more.length > 0) return undefined;
    if (this.understand(context, questionText).intent !== 'check') return undefined;
    const change = this.understand(context, changeText);
    if ((change.intent !== 'reserve' && change.intent !== 'cancel') || change.dates.length === 0) return undefined;
    return { change: { mode: change.intent, text: changeText, interpretation: change }, question: questionText };
  }

  /**
   * A change told in sentences of its own beside a question on something else ("Hugo ne pourra pas venir le mercredi 16
   * décembre. Par ailleurs, pourriez-vous m'indiquer où télécharger l'attestation ?"): the change, then the question.
   */
  private changeThenQuestion(context: TurnContext, text: string): { change: ChangeOptions; question: string } | undefined {
    const sentences = sentencesIn(text);
    if (sentences.length < 2) return undefined;
    const read = sentences.map((sentence) => ({ sentence, meaning: this.understand(context, sentence) }));
    const questions = read.filter(({ meaning }) => meaning.intent === 'faq');
    const changes = read.filter(({ meaning }) => (meaning.intent === 'reserve' || meaning.intent === 'cancel') && meaning.dates.length > 0);
    if (questions.length === 0 || changes.length === 0) return undefined;
    const changeText = changes.map(({ sentence }) => sentence).join(' ');
    const change = this.understand(context, changeText);
    if (change.intent !== 'reserve' && change.intent !== 'cancel') return undefined;
    return { change: { mode: change.intent, text: changeText, interpretation: change }, question: questions.map(({ sentence }) => sentence).join(' ') };
  }

  /** The questions on something else ("Au fait, vous êtes ouverts le 24 ?") and the other sentences, when there are both. */
  private questionsAndRest(context: TurnContext, text: string): { questions: string[]; rest: string[] } | undefined {
    let sentences = sentencesIn(text);
    // ("je voudrais annuler la garderie d'Inès pour demain, et aussi savoir combien je dois pour novembre": one sentence, the
    // question joined by « et ».)
    const joined = sentences.length < 2;
    if (joined) sentences = text.split(OTHER_QUESTION_JOINED).filter((sentence) => sentence.trim() !== '');
    if (sentences.length < 2) return undefined;
    const questions = sentences.filter((sentence, i) => (sentence.includes('?') || (joined && i > 0)) && this.understand(context, sentence).intent === 'faq');
    return questions.length > 0 && questions.length < sentences.length ? { questions, rest: sentences.filter((sentence) => !questions.includes(sentence)) } : undefined;
  }

  /** An absence or a look told beside another question: its own sentences read alone (their days only), and the question. */
  private questionApart(context: TurnContext, text: string, intent: Intent): { meaning: Interpretation; question: string } | undefined {
    const split = this.questionsAndRest(context, text);
    if (!split) return undefined;
    const meaning = this.understand(context, split.rest.join(' '));
    return meaning.intent === intent ? { meaning, question: split.questions.join(' ') } : undefined;
  }

  /**
   * "la deuxième semaine" just after holidays were spoken of (a deadline, a look): that week of
   * those holidays, not of the next ones to come.
   */
  private understandBeside(context: TurnContext, said: string, last: LastRequest | undefined): Interpretation {
    // ("la 1ère semaine des vacances de Noël ?" then "non la deuxième": the week left unsaid.)
    const folded = normalise(said).replace(ELLIPTIC_RANKED_WEEK, '$1 semaine');
    // ("les vacances de Noël" then "et pour celles d'hiver ?": those holidays, named by « celles ».)
    const offerOfLast = last && last.days.length > 0 ? this.services.rules.activityOn(last.days[0]) : undefined;
    if (offerOfLast?.open && offerOfLast.period && HOLIDAYS_BY_PRONOUN.test(folded)) return this.understand(context, folded.replace(HOLIDAYS_BY_PRONOUN, 'les vacances $1'));
    const offer = last && last.days.length > 0 && RANKED_WEEK.test(folded) ? this.services.rules.activityOn(last.days[0]) : undefined;
    if (!offer?.open || !offer.period) return this.understand(context, said);
    return this.services.understanding.understand(folded.replace(RANKED_WEEK, '$& des vacances'), {
      now: instantAt(addDays(offer.period.firstDay, -1), 12, 0, this.services.rules.config.timeZone),
      children: familyOf(context).children.map((child) => child.firstName),
    });
  }

  private understand(context: TurnContext, text: string): Interpretation {
    const menuIntent = MENU_INTENTS.find(([label]) => normalise(label) === normalise(text));
    if (menuIntent) return { intent: menuIntent[1], dates: [], children: [], confidence: 1 };
    return this.services.understanding.understand(text, {
      now: this.services.clock.now(),
      children: familyOf(context).children.map((child) => child.firstName),
    });
  }
}

/** « celles d'hiver », « celles de la Toussaint »: holidays named by a pronoun, the holidays just spoken of. */
const HOLIDAYS_BY_PRONOUN = /\bcelles (d(?:'| )(?:hiver|ete)|de (?:noel|fevrier|paques|printemps|la toussaint|toussaint|fin d(?:'| )annee))\b/;

/**
 * "Léa n'ira pas à la garderie vendredi, rendez-vous à l'hôpital": a change asked in so
 * many words beside a word of the sensitive list (which the understanding did not read
 * as an urgent story) stays that change.
 */
function isPlainChange(meaning: Interpretation): boolean {
  return (meaning.intent === 'reserve' || meaning.intent === 'cancel') && meaning.dates.length > 0 && !meaning.sensitive;
}

/**
 * A message that only makes sense with the previous request: marked so by the
 * understanding ("et pour Hugo ?", "même chose pour Inès"), or a short one that names
 * children or days and nothing the understanding could read ("et mercredi ?"). A longer
 * sentence it could not read is not taken for a follow-up: it is not understood.
 */
function isFollowUp(meaning: Interpretation, text: string, family: FamilyContext): boolean {
  if (meaning.followUp) return true;
  if (meaning.intent !== 'none') return false;
  if (meaning.children.length === 0 && meaning.dates.length === 0 && (meaning.closedDates?.length ?? 0) === 0) return false;
  const names = new Set(family.children.map((child) => normalise(child.firstName)));
  const words = normalise(text).split(' ').filter((word) => word && !names.has(word) && !/^\d+(er)?$/.test(word));
  return words.length <= FOLLOW_UP_WORDS;
}

/** Whether every child named is one of the last request's. */
function allOfLast(names: readonly string[], last: LastRequest, family: FamilyContext): boolean {
  const ids = childIdsNamed(names, family.children);
  return ids.length === names.length && ids.every((id) => last.childIds.includes(id));
}

/**
 * "alors mettez-la aussi", "annulez-le" just after a request or a look at the bookings: a
 * change that names neither child nor day is about the ones just spoken of; "mets-la
 * jeudi aussi" names its day and takes the child just spoken of (the dialog still asks
 * to confirm).
 */
function leansOnLast(meaning: Interpretation, text: string, last: LastRequest, family: FamilyContext): boolean {
  // "jusqu'à quand je peux l'annuler, au cas où ?" just after a booking: the deadline of those days.
  // « et pour annuler ? » just after the deadline of February's holidays: the same days, the other change.
  if (meaning.intent === 'deadline') {
    const sameDaysAsked = last.intent === 'deadline' && normalise(text).split(' ').filter(Boolean).length <= FOLLOW_UP_WORDS && /^(?:et|mais|ok|alors)\b/.test(normalise(text));
    return meaning.dates.length === 0 && meaning.children.length === 0 && last.days.length > 0 && (sameDaysAsked || DEADLINE_OF_LAST.test(normalise(text)));
  }
  const change = meaning.intent === 'reserve' || meaning.intent === 'cancel';
  if (!change || meaning.actions) return false;
  // "en fait Inès sera chez sa grand-mère, vous pouvez l'enlever ?" just after Hugo's and Inès's Wednesday: that Wednesday.
  if (meaning.children.length > 0) {
    const ofLast = allOfLast(meaning.children, last, family);
    const pronoun = CHILD_PRONOUN.test(normalise(text)) || PRONOUN_BEFORE_VERB.test(normalise(text));
    // ("ah non attends, annule Inès, c'est son spectacle ce jour-là" just after her Wednesday was booked: that Wednesday undone.)
    const undoes = meaning.intent !== last.intent && (last.intent === 'reserve' || last.intent === 'cancel');
    const thoseDays = /\b(?:ce jour la|ces jours la|finalement|en fait)\b/.test(normalise(text));
    return ofLast && last.days.length > 0 && meaning.dates.length === 0 && (meaning.closedDates?.length ?? 0) === 0 && (pronoun || undoes || thoseDays);
  }
  const namesNoDay = meaning.dates.length === 0 && (meaning.closedDates?.length ?? 0) === 0;
  // ("en fait le 18 annule" just after Inès's 16th and 18th were booked: that day of hers undone.)
  const undoesDaysOfLast = meaning.dates.length > 0 && meaning.dates.every((day) => last.days.includes(day)) && meaning.intent !== last.intent && (last.intent === 'reserve' || last.intent === 'cancel');
  // ("ok et vous pouvez la rajouter le 23 aussi" after a look at Inès's Wednesday: Inès.)
  return namesNoDay || undoesDaysOfLast || CHILD_PRONOUN.test(normalise(text)) || PRONOUN_BEFORE_VERB.test(normalise(text)) || weekdaysOfLast(meaning, text, last);
}

/**
 * "finalement plus besoin du jeudi" just after Hugo's Tuesday and Thursday: weekdays named
 * without a date, each one a day of the last request, are those days (for its children).
 */
function weekdaysOfLast(meaning: Interpretation, text: string, last: LastRequest): boolean {
  if (meaning.dates.length === 0 || /\d/.test(text) || last.childIds.length === 0) return false;
  const weekdays = new Set(meaning.dates.map(isoWeekday));
  return [...weekdays].every((weekday) => last.days.filter((day) => isoWeekday(day) === weekday).length === 1);
}

/**
 * "en fait Hugo sera chez sa tante vendredi, vous l'enlevez ?" just after Hugo's Thursday
 * 17 and Friday 18: a change for children of the last request, naming bare weekdays that
 * are each one day of it, is about those days (the dialog still asks to confirm).
 */
function withDaysOfLast(meaning: Interpretation, text: string, last: LastRequest, family: FamilyContext): Interpretation {
  if ((meaning.intent !== 'reserve' && meaning.intent !== 'cancel') || meaning.actions || meaning.children.length === 0) return meaning;
  const ofLast = allOfLast(meaning.children, last, family);
  if (!ofLast) return meaning;
  const days = weekdaysAmong(meaning.dates, last.days, text);
  const oncePerWeekday = new Set(days.map(isoWeekday)).size === days.length;
  return oncePerWeekday && days.some((day) => !meaning.dates.includes(day)) ? { ...meaning, dates: days } : meaning;
}

/** A look joined to a change by « et »: ", et me dire si Léa est inscrite mercredi ?", "et vérifier si…". */
// ("… ? et aussi de me dire si Hugo est inscrit mercredi": « aussi », « de » before it.)
const LOOK_QUESTION_JOINED = /,?\s+et\s+(?:aussi\s+|également\s+|egalement\s+)?(?:de\s+)?(?=(?:me (?:dire|confirmer|préciser|preciser)|m['’]indiquer|vérifier|verifier|regarder) si\b)/i;

/** A deadline question joined to a change by « et »: ", et me dire jusqu'à quand…", "et jusqu'à quand puis-je annuler ?". */
// ("… au centre stp et c quoi la date limite pr les vacs d hivers", "… et c'est jusqu'à quand pour les vacances ?")
const DEADLINE_QUESTION_JOINED =
  /,?\s+et\s+(?=(?:me (?:dire|préciser|preciser|rappeler)|m['’]indiquer|jusqu['’]à quand|jusqu['’]a quand|quelle est la date limite|(?:c['’]\s*(?:est\s+)?|c\s+|cest\s+)?(?:quoi|quand)\s+la date limite|la date limite|(?:c['’]\s*est|c|cest)\s+jusqu['’]\s*[àa] quand)\b)/i;

/** « les deux jours », « ces trois jours », « les mêmes jours »: every day of the last message's changes. */
const ALL_DAYS_OF_LAST = /\b(?:les|ces|aux) (?:deux|2|trois|3|memes) (?:jours|dates)\b|\btous ces jours\b/;

/** « ok fais-le », « vas-y », « d'accord faites-le »: do what was just spoken of. */
const DO_IT = /^(?:(?:ok|oui|ouais|d'accord|dac|bon|alors|ben|bah|svp|stp)\s+)*(?:(?:fais|fait|faites|faite)[\s-]+(?:le|la|les|ca)|vas[\s-]+y|allez[\s-]+y|go)(?:\s+(?:svp|stp|s'il vous plait|s'il te plait|alors|merci))*$/;

/** A question on something else joined to a change by « et »: ", et aussi savoir combien je dois pour novembre". */
const OTHER_QUESTION_JOINED = /,?\s+et\s+(?:aussi\s+|également\s+|egalement\s+)?(?=(?:savoir|me dire|m['’]indiquer|vous demander)\s+(?:combien|o[uù]|comment|quel|quelle|quels|quelles|quand)\b)/i;

/** A deadline asked of what was just done: "je peux l'annuler jusqu'à quand ?", "pour ces jours-là", "au cas où". */
const DEADLINE_OF_LAST = /\b(?:l' ?|la |le |les )(?:annuler|modifier|changer|decaler|deplacer|enlever|retirer)\b|\b(?:annuler|modifier|changer|decaler|deplacer|enlever|retirer) (?:ca|cela|celle la|celui la|cette (?:reservation|resa|inscription)|ces (?:reservations|resas|inscriptions))\b|\b(?:ce|ces) jours? ?-? ?la\b|\bau cas ou\b|\bsi jamais\b/;

/** The same, the pronoun before the verb: "vous pouvez l'enlever ?", "il faut la retirer". */
const PRONOUN_BEFORE_VERB = /(?:\bl' ?|\b(?:la|le|les|lui|leur) )(?:enlever|enlevez|enleve|retirer|retirez|retire|annuler|annulez|annule|desinscrire|mettre|mettez|inscrire|inscrivez|rajouter|rajoutez|ajouter|ajoutez|remettre|remettez)\b/;

/** A change whose object is a pronoun: "mets-la", "inscris-le", "annulez-les". */
const CHILD_PRONOUN = /\b(?:mets|mettez|inscris|inscrivez|annule|annulez|enleve|enlevez|retire|retirez|reserve|reservez|rajoute|rajoutez|ajoute|ajoutez|remets|remettez|garde|gardez|prends|prenez)[ -](?:la|le|les|lui|leur)\b/;

/**
 * "et le soir ?", "et pour les deux grands ?" just after a price: the price of another activity, or for other children;
 * "et le soir ?" just after opening hours: the hours of that activity.
 */
function asksSameTopicAgain(meaning: Interpretation, text: string, last: LastRequest): boolean {
  // ("et pour la garderie du soir ?": the activity's own name takes a few words; "et 4 soirs de garderie pour les 3 ?" a count too,
  // which the understanding may hesitate to call a question.)
  const asQuestion = meaning.intent === 'none' || meaning.intent === 'faq' || (meaning.intent === 'ambiguous' && (meaning.alternatives ?? []).includes('faq'));
  // ("et pour les vacances de Noël c'est ouvert ?": a question of its own, on opening hours.)
  const ownTopic = meaning.topic !== undefined && meaning.topic !== last.topic;
  // After opening hours, "et le soir ?" asks the hours of that activity.
  if (last.topic === 'hours') return asQuestion && !ownTopic && meaning.dates.length === 0 && activityIn(text) !== undefined && normalise(text).split(' ').filter(Boolean).length <= FOLLOW_UP_WORDS + 2;
  return last.topic === 'tariffs' && asQuestion && !ownTopic && (activityIn(text) !== undefined || childCountIn(text) !== undefined) && normalise(text).split(' ').filter(Boolean).length <= FOLLOW_UP_WORDS + 4;
}

/**
 * « et Hugo, il est inscrit ? », « et hugo il y va quand même ? » just after Léa's evening was cancelled: a look at
 * another child, on the days just spoken of (not the weeks to come).
 */
function looksAtSameDays(meaning: Interpretation, text: string, last: LastRequest): boolean {
  const words = normalise(text).split(' ').filter(Boolean);
  const namesNoDay = meaning.dates.length === 0 && (meaning.closedDates?.length ?? 0) === 0 && !meaning.openEnded;
  return meaning.intent === 'check' && namesNoDay && meaning.children.length > 0 && !last.topic && last.days.length > 0 && words[0] === 'et' && words.length <= FOLLOW_UP_WORDS + 4;
}

/** "et pour Hugo", "et jeudi 19 mars", "même chose pour Inès": a few words around the pieces. */
const FOLLOW_UP_WORDS = 4;

/**
 * "ah non, pas Léa finalement" just after a booking for several children: that booking
 * undone for the children taken back, on its days (confirmed like any change).
 * Not when the message asks a change in words of its own ("annule mercredi sauf Léa").
 */
function childrenTakenBack(meaning: Interpretation, last: LastRequest, family: FamilyContext, text: string): Interpretation | undefined {
  const removed = meaning.edit?.removeChildren ?? [];
  if (removed.length === 0 || meaning.children.length > 0 || last.topic) return undefined;
  if (!['reserve', 'cancel', 'none', 'ambiguous'].includes(meaning.intent)) return undefined;
  if (OWN_CHANGE_VERB.test(normalise(text))) return undefined;
  // (« ah non pas Hugo le mercredi » just after a cancellation takes back a day of it, not Hugo: see daysTakenBack.)
  if (last.intent === 'cancel' && ((meaning.edit?.removeWeekdays?.length ?? 0) > 0 || (meaning.edit?.removeDates?.length ?? 0) > 0)) return undefined;
  // The days booked just now or a little earlier in this conversation. (Only a booking is
  // undone so: after a cancellation, booking back what may never have been booked is no repair.)
  const justBooked = last.intent === 'reserve' ? last.childIds.flatMap((childId) => last.days.map((day) => ({ childId, day }))) : [];
  // A child of the request just made: its days only; otherwise the days booked for that child earlier on.
  const ofLast = justBooked.some(({ childId }) => family.children.some((child) => child.id === childId && removed.includes(child.firstName)));
  const booked = (ofLast ? justBooked : (last.booked ?? [])).filter(({ day }) => meaning.dates.length === 0 || meaning.dates.includes(day));
  const children = family.children.filter((child) => removed.includes(child.firstName) && booked.some((b) => b.childId === child.id));
  // « sans Léa » after booking Léa alone is no taking back: nothing would be left of the request.
  if (children.length === 0 || (last.intent === 'reserve' && children.length === last.childIds.length && children.every((child) => last.childIds.includes(child.id)))) return undefined;
  const days = [...new Set(booked.filter((b) => children.some((child) => child.id === b.childId)).map((b) => b.day))].sort();
  return { ...meaning, intent: 'cancel', children: children.map((child) => child.firstName), dates: days, edit: undefined, followUp: undefined, alternatives: undefined, actions: undefined };
}

/**
 * "finalement pas le jeudi", "en fait pas le jeudi, il a piscine" just after a booking: those days of the booking undone,
 * for its children (or the one named), confirmed like any change. Not when the message asks a change in words of its own.
 */
function daysTakenBack(meaning: Interpretation, lastRequest: LastRequest, family: FamilyContext, text: string, correcting: boolean): Interpretation | undefined {
  const last = ofNamedChildren(meaning, lastRequest, family);
  const weekdays = meaning.edit?.removeWeekdays ?? [];
  const dates = meaning.edit?.removeDates ?? [];
  // ("pardon, pas jeudi, c'est vendredi 11" just after Thursday 10 was booked: Thursday undone, Friday booked in its place.)
  const instead = meaning.dates.filter((day) => !last.days.includes(day));
  const saidInstead = meaning.dates.length > 0 && instead.length === meaning.dates.length && correcting;
  if ((weekdays.length === 0 && dates.length === 0) || (meaning.dates.length > 0 && !saidInstead) || last.topic) return undefined;
  if (!['reserve', 'cancel', 'none', 'ambiguous'].includes(meaning.intent)) return undefined;
  if (OWN_CHANGE_VERB.test(normalise(text))) return undefined;
  const takenBack = (day: IsoDay) => weekdays.includes(isoWeekday(day)) || dates.includes(day);
  // (« ah non pas Hugo le mercredi »: the child said no to with the day, when no other is named.)
  const said = meaning.children.length > 0 || last.intent !== 'cancel' ? meaning.children : (meaning.edit?.removeChildren ?? []);
  const named = childIdsNamed(said, family.children);
  // « ah non pas le mercredi » just after Inès's week was cancelled: her Wednesday booked again (confirmed first).
  // (« ah non pas Hugo le mercredi », « pas le mercredi pour Hugo » after Hugo's and Léa's week: Hugo's alone.)
  if (last.intent === 'cancel') {
    const undone = (last.cancelledByLast ?? []).filter(({ childId, day }) => takenBack(day) && (named.length === 0 || named.includes(childId)));
    const childIds = [...new Set(undone.map(({ childId }) => childId))];
    const days = [...new Set(undone.map(({ day }) => day))].sort();
    if (days.length === 0) return undefined;
    const children = family.children.filter((child) => childIds.includes(child.id)).map((child) => child.firstName);
    return movedOrUndone(meaning, 'reserve', children, days, saidInstead ? inWeekOfUndone(days, instead, normalise(text)) : []);
  }
  if (last.intent !== 'reserve') return undefined;
  const days = last.days.filter(takenBack);
  const childIds = named.length > 0 ? last.childIds.filter((id) => named.includes(id)) : last.childIds;
  if (days.length === 0 || childIds.length === 0) return undefined;
  const children = family.children.filter((child) => childIds.includes(child.id)).map((child) => child.firstName);
  return movedOrUndone(meaning, 'cancel', children, days, saidInstead ? inWeekOfUndone(days, instead, normalise(text)) : []);
}

/**
 * The days said instead, when weekdays alone: those of the week of the days undone ("non plutôt mercredi", "non pas mardi
 * mais jeudi" just after Friday 18 or Tuesday 15: that week's Wednesday or Thursday, not the coming one).
 */
function inWeekOfUndone(undone: readonly IsoDay[], instead: readonly IsoDay[], said: string): IsoDay[] {
  const weekdays = weekdaysOnly(said);
  const monday = mondayOf(undone[0]);
  if (!weekdays || !undone.every((day) => mondayOf(day) === monday)) return [...instead];
  return weekdays.map((weekday) => addDays(monday, weekday - 1)).filter((day) => !undone.includes(day));
}

/**
 * "non plutôt mercredi 16" just after Hugo's Friday was cancelled (or booked): the last change moved to the days said instead,
 * the days it changed put back as they were (both confirmed at once). Only days the last request did change are put back.
 */
function daysSaidInstead(meaning: Interpretation, lastRequest: LastRequest, family: FamilyContext, text: string): Interpretation | undefined {
  const last = ofNamedChildren(meaning, lastRequest, family);
  const said = normalise(text);
  // (« plutôt », or the day said instead with « c'est »: « ah non attends léa c vendredi 18 ».)
  if (last.topic || (last.intent !== 'reserve' && last.intent !== 'cancel') || !CORRECTION_OPENING.test(said) || !(/\bplutot\b/.test(said) || DAY_SAID_INSTEAD.test(said)) || OWN_CHANGE_VERB.test(said)) return undefined;
  if (!['reserve', 'cancel', 'none', 'ambiguous'].includes(meaning.intent) || meaning.dates.length === 0 || meaning.dates.some((day) => last.days.includes(day))) return undefined;
  if (meaning.edit?.removeChildren?.length || meaning.edit?.add || meaning.actions) return undefined;
  const named = childIdsNamed(meaning.children, family.children);
  if (named.some((id) => !last.childIds.includes(id))) return undefined;
  const changed = (last.intent === 'reserve' ? last.bookedByLast : last.cancelledByLast) ?? [];
  const undone = changed.filter(({ childId, day }) => last.days.includes(day) && (named.length === 0 || named.includes(childId)));
  if (undone.length === 0) return undefined;
  const childIds = [...new Set(undone.map(({ childId }) => childId))];
  const children = family.children.filter((child) => childIds.includes(child.id)).map((child) => child.firstName);
  const days = [...new Set(undone.map(({ day }) => day))].sort();
  const instead = inWeekOfUndone(days, meaning.dates, said);
  if (instead.length === 0) return undefined;
  return movedOrUndone(meaning, last.intent === 'reserve' ? 'cancel' : 'reserve', children, days, instead);
}


/**
 * The last request's days undone (`undo` of them), and, when days were said in their place, the same change as the last one
 * on those days: « pardon, pas jeudi, c'est vendredi 11 » just after Thursday was booked cancels Thursday and books Friday.
 */
function movedOrUndone(meaning: Interpretation, undo: 'reserve' | 'cancel', children: string[], days: IsoDay[], instead: readonly IsoDay[]): Interpretation {
  const cleared = { edit: undefined, followUp: undefined, alternatives: undefined, topic: undefined };
  if (instead.length === 0) return { ...meaning, ...cleared, intent: undo, children, dates: days, actions: undefined };
  const redo: 'reserve' | 'cancel' = undo === 'cancel' ? 'reserve' : 'cancel';
  const actions: Action[] = [
    { intent: undo, children, dates: days },
    { intent: redo, children, dates: [...instead] },
  ];
  return { ...meaning, ...cleared, intent: undo, children, dates: days, actions };
}

/** The sentences of a message, cut after « ? », « . » and « ! ». */
function sentencesIn(text: string): string[] {
  return text.split(/(?<=[?.!])\s+/).filter((sentence) => sentence.trim() !== '');
}

/** "son frère", "sa sœur", "les autres": the children of the family not in the last request. */
const SIBLINGS = /^(?:(?:et|ok|alors|ah|bon|pour|pareil|idem|meme chose|aussi|de|du)\s+)*(?:(son|sa|l)(?:\s+(?:petit|petite|grand|grande))?\s+(?:frere|soeur|autre)|(?:ses|les|les deux)\s+(?:autres|freres|soeurs|freres et soeurs))\b/;

/**
 * "et son frère ?", "pareil pour sa sœur", "et les autres ?" just after a request about
 * one child: the other children. One brother among several cannot be told apart (the
 * family list carries no sex): a look shows them all; for a change, [] and the dialog
 * asks which child.
 */
function siblingsOf(meaning: Interpretation, last: LastRequest, family: FamilyContext, text: string): string[] | undefined {
  if (meaning.children.length > 0 || last.topic || last.childIds.length === 0) return undefined;
  const said = SIBLINGS.exec(normalise(text).replace(/\bl'\s*/g, 'l '));
  if (!said || normalise(text).split(' ').length > 9) return undefined;
  const others = family.children.filter((child) => !last.childIds.includes(child.id)).map((child) => child.firstName);
  if (others.length === 0) return undefined;
  // (A look may show them all; a change asks which one.)
  const one = said[1] !== undefined;
  return one && others.length > 1 && (last.intent === 'reserve' || last.intent === 'cancel') ? [] : others;
}


/** « ok alors mets les deux » after a look at Léa's Wednesday then « et Hugo ? » (three children): Léa and Hugo. */
function bothSpokenOf(last: LastRequest, family: FamilyContext, text: string): number[] | undefined {
  // ("inscris-le les deux jours": a child said in the singular is one child.)
  if (family.children.length <= 2 || !last.childIdsBefore || !BOTH.test(normalise(text)) || CHILD_PRONOUN_SINGULAR.test(normalise(text))) return undefined;
  const both = [...new Set([...last.childIdsBefore, ...last.childIds])];
  return both.length === 2 ? both : undefined;
}

const CHILD_PRONOUN_SINGULAR = /\b(?:mets|mettez|inscris|inscrivez|reserve|reservez|rajoute|rajoutez|ajoute|ajoutez)[ -](?:la|le|lui)\b|\b(?:la|le|l') ?(?:mettre|inscrire|reserver|rajouter|ajouter)\b/;
const BOTH = /\b(?:les deux|tous les deux|toutes les deux|tous deux|les 2)\b(?! (?:jours?|mercredis?|soirs?|dates?|fois|semaines?|journees?))/;

/** The follow-up with what it leaves out taken from the last request: its intent, children, days. */
function completedFrom(meaning: Interpretation, lastRequest: LastRequest, family: FamilyContext, text: string): Interpretation {
  // After a price or a statement: "et le mercredi ?", "et en avril ?" ask the same of another activity or month.
  if (lastRequest.topic) {
    const dates = meaning.dates.length > 0 ? meaning.dates : [...lastRequest.days];
    return { ...meaning, intent: lastRequest.intent, topic: lastRequest.topic, dates, followUp: undefined, alternatives: undefined };
  }
  // « et la semaine d'après pareil pour hugo ? » after Hugo's and Inès's week booked and Léa's Wednesday cancelled: Hugo's own change.
  const last = ofNamedChildren(meaning, lastRequest, family);
  // « euh, sans Inès en fait » just after a request for Léa and Inès: that request for Léa alone.
  const removed = meaning.edit?.removeChildren ?? [];
  const spokenOf = bothSpokenOf(last, family, text) ?? last.childIds;
  const names = family.children.filter((child) => spokenOf.includes(child.id) && !removed.includes(child.firstName)).map((child) => child.firstName);
  // "enlève-le et mets Léa à la place" after a look at Hugo's Thursday: each change takes what it leaves out from that look.
  if (meaning.actions && meaning.actions.length > 1) {
    const actions = meaning.actions.map((action) => ({
      ...action,
      children: action.children.length > 0 ? action.children : names,
      dates: action.dates.length > 0 ? action.dates : [...last.days],
    }));
    const [first] = actions;
    return { ...meaning, intent: first.intent, children: first.children, dates: first.dates, actions, followUp: undefined, alternatives: undefined };
  }
  // « ok alors annule les deux » after the deadline of Léa's Wednesday, then « et pour Hugo le jeudi 17 ? »: each one's own days.
  const both = last.requestBefore && meaning.children.length === 0 && meaning.dates.length === 0 && BOTH.test(normalise(text)) && !CHILD_PRONOUN_SINGULAR.test(normalise(text));
  const change = meaning.intent === 'reserve' || meaning.intent === 'cancel' ? meaning.intent : last.intent === 'reserve' || last.intent === 'cancel' ? last.intent : undefined;
  if (both && change && last.requestBefore) {
    const namesOf = (ids: readonly number[]) => family.children.filter((child) => ids.includes(child.id)).map((child) => child.firstName);
    const actions = [
      { intent: change, children: namesOf(last.requestBefore.childIds), dates: [...last.requestBefore.days] },
      { intent: change, children: namesOf(last.childIds), dates: [...last.days] },
    ];
    return { ...meaning, intent: change, children: actions[0].children, dates: actions[0].dates, actions, followUp: undefined, alternatives: undefined };
  }
  const namesDays = meaning.dates.length > 0 || (meaning.closedDates?.length ?? 0) > 0;
  // ("et Inès les jeudis pareil" after Hugo's Tuesdays of January: the Thursdays of the same weeks.)
  const otherWeekdays = !namesDays && (meaning.openEnded?.weekdays.length ?? 0) > 0 && last.days.length > 1 ? sameSpanWeekdays(last.days, meaning.openEnded!.weekdays, meaning.openEnded!.from) : [];
  if (otherWeekdays.length > 0) {
    const { openEnded: _open, ...rest } = meaning;
    return { ...rest, intent: meaning.intent === 'check' ? 'check' : last.intent, children: meaning.children.length > 0 ? meaning.children : names, dates: otherWeekdays, followUp: undefined, alternatives: undefined };
  }
  // « et inès les deux jours » after Léa's 16th and Hugo's 18th booked in one message: the days of both changes.
  if (!namesDays && ALL_DAYS_OF_LAST.test(normalise(text)) && (last.intent === 'reserve' || last.intent === 'cancel')) {
    const days = [...new Set([...last.days, ...(last.otherChanges ?? []).filter((other) => other.intent === last.intent).flatMap((other) => other.days)])].sort();
    return { ...meaning, intent: last.intent, children: meaning.children.length > 0 ? meaning.children : names, dates: days, followUp: undefined, alternatives: undefined };
  }
  // « et le 16 pr inès aussi » after Léa booked on the 16th and Inès's 14th cancelled: the change of that day.
  const dayOfOtherChange = namesDays && !OWN_CHANGE_VERB.test(normalise(text)) ? otherChangeOfDays(meaning.dates, last) : undefined;
  // (« non pas mardi mais jeudi » just after « Rien à annuler pour Hugo : mardi 15 »: the Thursday of that week, not the coming one.)
  const correctedInWeek = namesDays && last.days.length > 0 && CORRECTION_OPENING.test(normalise(text)) ? inWeekOfUndone(last.days, meaning.dates, normalise(text)) : undefined;
  return {
    ...meaning,
    // "et Inès, elle a quoi cette semaine ?" after a cancellation asks to look, not to cancel again.
    // ("ok mets-le pareil" after a look: the booking said in so many words.)
    intent:
      meaning.intent === 'check' || meaning.intent === 'deadline' || ((meaning.intent === 'reserve' || meaning.intent === 'cancel') && last.intent === 'check' && OWN_CHANGE_VERB.test(normalise(text)))
        ? meaning.intent
        : (dayOfOtherChange ?? last.intent),
    children: meaning.children.length > 0 ? meaning.children : names,
    dates: WEEK_AFTER.test(normalise(text)) && last.days.length > 0 ? weekAfter(last.days, normalise(text)) : dayOfOtherChange ? [...meaning.dates] : correctedInWeek?.length ? correctedInWeek : namesDays ? withAddedDays(weekdaysAmong(meaning.dates, last.days, text), last.intent === 'reserve' || last.intent === 'cancel' ? last.days : [], text) : withoutDaysTakenOut(last.days, meaning.edit),
    followUp: undefined,
    alternatives: undefined,
  };
}

/**
 * The last request narrowed to the change of the children the message names, when they are in one of its other changes
 * (« et la semaine d'après pareil pour hugo ? », « ah non pardon, inès c'est vendredi 18 pas jeudi » after a message that
 * booked Léa's Wednesday and Inès's Thursday).
 */
function ofNamedChildren(meaning: Interpretation, lastRequest: LastRequest, family: FamilyContext): LastRequest {
  const named = childIdsNamed(meaning.children, family.children);
  const ownChange = named.length > 0 && !named.some((id) => lastRequest.childIds.includes(id)) ? lastRequest.otherChanges?.find((other) => named.every((id) => other.childIds.includes(id))) : undefined;
  return ownChange ? { ...lastRequest, intent: ownChange.intent, childIds: ownChange.childIds, days: ownChange.days, otherChanges: undefined } : lastRequest;
}

/** The change, among the other changes of the last request, that made all of `days` when the last one made none of them. */
function otherChangeOfDays(days: readonly IsoDay[], last: LastRequest): 'reserve' | 'cancel' | undefined {
  if (days.length === 0 || days.some((day) => last.days.includes(day))) return undefined;
  const changes = new Set((last.otherChanges ?? []).filter((other) => days.every((day) => other.days.includes(day))).map((other) => other.intent));
  return changes.size === 1 ? [...changes][0] : undefined;
}

/**
 * « et Hugo pareil mais sans le vendredi », « pareil pour Inès sauf le 15 » just after Léa's week: the days just spoken of,
 * less the weekdays and days the message takes out (unless nothing would be left).
 */
function withoutDaysTakenOut(lastDays: readonly IsoDay[], edit: Interpretation['edit']): IsoDay[] {
  const weekdays = edit?.removeWeekdays ?? [];
  const dates = edit?.removeDates ?? [];
  const kept = lastDays.filter((day) => !weekdays.includes(isoWeekday(day)) && !dates.includes(day));
  return kept.length > 0 ? kept : [...lastDays];
}

/** Those weekdays in the weeks from the first to the last of the days just spoken of (not before `from`). */
function sameSpanWeekdays(lastDays: readonly IsoDay[], weekdays: readonly number[], from: IsoDay): IsoDay[] {
  const sorted = [...lastDays].sort();
  const end = sorted[sorted.length - 1];
  const days: IsoDay[] = [];
  for (let day = mondayOf(sorted[0]); day <= addDays(mondayOf(end), 6); day = addDays(day, 1)) if (weekdays.includes(isoWeekday(day)) && day >= from) days.push(day);
  return days;
}

/** "Hugo aussi, et le lundi 14 aussi": the days named are added to the ones just spoken of. */
/** "et la semaine d'après ?", "and Hugo the week after?" just after a request: its days a week later (no date of its own). */
/** "la semaine d'après aussi": the same days a week later; "la semaine d'après, le mardi": that weekday of the week after. */
function weekAfter(lastDays: readonly IsoDay[], said: string): IsoDay[] {
  const weekdays = weekdaysNamedIn(said);
  if (weekdays.length === 0) return lastDays.map((day) => addDays(day, 7));
  const nextMonday = addDays(mondayOf(lastDays[lastDays.length - 1]), 7);
  return [...new Set(weekdays)].sort((a, b) => a - b).map((weekday) => addDays(nextMonday, weekday - 1));
}

// ("et la suivante ?" just after a look at next week: the week after it.)
const WEEK_AFTER = /^(?!.*\d)(?=.*\b(?:la )?(?:semaine (?:d' ?apres|suivante|qui suit)|week after|following week)\b|^(?:(?:ok|et|puis|alors)\s+)*(?:et |puis )?(?:celle d' ?apres|la suivante|celle qui suit)\s*$)/;

function withAddedDays(days: readonly IsoDay[], lastDays: readonly IsoDay[], text: string): IsoDay[] {
  // Only a day said added in so many words ("et le lundi 14 aussi"); "Hugo jeudi 19 aussi" is Hugo on that day.
  return DAY_ADDED.test(normalise(text)) ? [...new Set([...lastDays, ...days])].sort() : [...days];
}

const DAY_ADDED = /\bet (?:le |la |les )?(?:lundi|mardi|mercredi|jeudi|vendredi|\d{1,2})\b[^,]*\b(?:aussi|en plus|egalement)\b/;

/**
 * "et Hugo aussi, mercredi seulement" just after next week's days: the Wednesday among
 * those days, not the coming one. Only for weekdays said bare (no number, no week, no
 * "demain"), and only when the days just spoken of hold those weekdays.
 */
function weekdaysAmong(dates: readonly IsoDay[], lastDays: readonly IsoDay[], text: string): IsoDay[] {
  if (dates.length === 0 || lastDays.length === 0 || dates.some((day) => lastDays.includes(day))) return [...dates];
  const named = weekdaysOnly(normalise(text));
  if (!named) return [...dates];
  const weekdays = new Set(named);
  const among = lastDays.filter((day) => weekdays.has(isoWeekday(day)));
  const covered = new Set(among.map(isoWeekday));
  return covered.size === weekdays.size ? among : [...dates];
}

/**
 * Prices, the quotient familial, a statement or the attestation: a question to the
 * service (or one the classifier could not place) whose topic the money feature answers;
 * "qu'est-ce que je dois payer en mars ?" read as a check is about money too.
 */
function asksAboutMoney(intent: Intent, meaning: Interpretation): boolean {
  const topic = meaning.topic;
  if (!topic || !MONEY_TOPICS.includes(topic)) return false;
  return intent === 'faq' || intent === 'none' || (intent === 'check' && (topic === 'statement' || topic === 'attestation'));
}

/** Goodbyes, thanks and greetings each get their own answer. */
function smalltalkReply(courtesy: Interpretation['courtesy'], name: string, evening: boolean): string {
  if (courtesy === 'good_evening' || (courtesy === 'goodbye' && evening)) return c.goodbyeEvening;
  if (courtesy === 'goodbye') return c.goodbye;
  if (courtesy === 'thanks') return c.thanks;
  return fill(c.greeting, { name });
}
