/**
 * Reserve or cancel days, one change or several at once: gathers the missing pieces
 * one at a time, checks every day before confirming (what will change, what already
 * is so, what is past its deadline, full or closed: nothing is confirmed that cannot
 * happen), accepts corrections at the confirmation and confirms again, applies the
 * change, reports it in short, then offers the waiting list (full days) or a late
 * request (days past their deadline).
 */
import { TextPrompt, WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogContext, DialogTurnResult, PromptValidatorContext, WaterfallStepContext } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import { addDays, instantAt, isoWeekday, mondayOf, type IsoDay } from '../src/domain/day';
import { absorb, afterLeadingNo, childIdsNamed, childIdsOf, correct, isNewRequest, keepCounted, keepOnly, ELLIPTIC_RANKED_WEEK, RANKED_WEEK, saysCounted, missingPiece, reopenAsSeries, saysSeries, startRequest, swapChildren, WEEKDAY_NUMBERS, weekdaysNamedIn, weekdaysOnly } from './changeRequest';
import type { ChangeMode, ChangeRequest, MissingPiece, RequestOptions } from './changeRequest';
import { closedItems, confirmationNotes, namesOf as childNames, outcomeItem, previewItem, reportActivity, reportTitle } from './changeReport';
import type { ReportItem } from './changeReport';
import { yesNoOf } from './commands';
import type { BookedDay, ConversationMemory } from './conversationMemory';
import { frenchAlternatives, frenchDays, frenchDaysShort, frenchList, normalise } from './frenchFormat';
import { InterruptibleDialog } from './interruptibleDialog';
import { costLines, COST_OF_IT } from './moneyDialog';
import { activityIn, dayCountIn } from './moneyQuestion';
import { LATE_REQUEST_DIALOG, LateRequestDialog } from './lateRequestDialog';
import type { LateRequestOptions, LateRequestResult } from './lateRequestDialog';
import { fill, messages } from './messages/catalog';
import { withChoices, yesNo } from './replies';
import type { DayPreview, DialogServices, FamilyContext, HandoffRequest, Interpretation } from './services';
import { familyOf } from './turnFamily';

export const CHANGE_DIALOG = 'change';
const MAIN = `${CHANGE_DIALOG}.main`;
const FORM = `${CHANGE_DIALOG}.form`;
const PIECE = `${CHANGE_DIALOG}.piece`;
const CONFIRM = `${CHANGE_DIALOG}.confirm`;
const ANSWER = `${CHANGE_DIALOG}.answer`;

/** A weekday said no to at the confirmation: "pas jeudi", "pa jeudi", "sauf jeudi". */
const REFUSED_WEEKDAY = /\b(?:pas|pa|sauf|sans|ni)\s+(?:le\s+)?(lundi|mardi|mercredi|jeudi|vendredi)\b/g;
/** "jusqu'au jeudi", "à partir du mardi": a bound of the days being confirmed. */
const BOUNDED_BY_WEEKDAY = /\b(jusqu' ?(?:a|au)?|a partir d(?:u|e)|des|depuis)\s*(?:le\s+)?(lundi|mardi|mercredi|jeudi|vendredi)\b/;

const DAY_AFTER = /\b(lundi|mardi|mercredi|jeudi|vendredi) (?:d' ?apres|suivant|qui suit|d' ?ensuite)\b/;
/** "la semaine d'après", "la semaine suivante", with no date of its own. */
const WEEK_AFTER_SAID = /^(?!.*\d)(?=.*\b(?:la )?semaine (?:d' ?apres|suivante|qui suit)\b)/;
/** Said to add, not to replace: "et … pareil", "aussi". */
const ALSO_SAID = /^(?:(?:ah|oh|ok|bon|alors|euh)\s+)*et\b|\b(?:aussi|pareil|egalement|idem|en plus)\b/;
/** Said to replace, not to add: "plutôt", "au lieu de", "à la place". */
const INSTEAD = /\b(?:plutot|au lieu|a la place)\b/;
/** An end in an answer to "jusqu'à quand ?" ("jusqu'au 30", "fin janvier", "les vacances"). */
const END_SAID = /\b(?:jusqu|fin|vacances|avant|d' ?ici|toute l' ?annee)\b/;

/** How the dialog starts: a new request (mode + the parent's sentence), or one being corrected. */
/** `answerFollows`: the router answers another question of the same message next (a price, a deadline), which closes the turn. */
export type ChangeOptions = (RequestOptions & { mode: ChangeMode; answerFollows?: boolean }) | { resume: ChangeRequest };

/** What the dialog hands back to the main dialog: a new request to route, if any. */
export type ChangeDialogResult = { reroute: string; handoff?: HandoffRequest } | undefined;

type Collected = { kind: 'form'; request: ChangeRequest } | { kind: 'reroute'; text: string };

interface ChangeState {
  request?: ChangeRequest;
  /** Per step, the children and days that will change (children with the same days together). */
  willChange?: Array<Array<{ childIds: number[]; days: IsoDay[] }>>;
  /** What will not change (already so, late, full, closed): told at the confirmation and in the result. */
  notes?: ReportItem[];
  /** After the change: full days (waiting list offer) and days past their deadline (late request offer). */
  full?: ReportItem[];
  late?: Array<ReportItem & { mode: ChangeMode }>;
  /** The result was told: the late request offer need not repeat the days' deadlines. */
  reported?: boolean;
}

const ALL_CHILDREN = /^(tous|toutes|tous les deux|toutes les deux|les deux|les trois|tous les trois)$/;
/** "il reste de la place pour Léa pendant les vacances ?": whether there is room, asked with the booking. */
const PLACES_ASKED = /\b(?:reste|restent|resterait|resterait il|reste t il|y a t il|y a|il y a|ya|y aurait il|y aurait)(?: encore| toujours)? (?:de la |des |une |un peu de )?places?\b|\bplaces? (?:disponibles?|libres?)\b|\bencore (?:de la |des )?places?\b|\best ce complet\b|\bc' est complet\b/;
/** A half day asked ("juste le matin", "une demi-journée"): the booking is made for the whole day. */
// ("mé que l'aprem", "juste l'aprèm": the afternoon as parents shorten it.)
const HALF_DAY = /\b(?:demi ?-? ?journees?|(?:juste|seulement|que|uniquement) (?:le matin|l' ?(?:apres ?-? ?midi|aprem|apm))|(?:le matin|l' ?(?:apres ?-? ?midi|aprem|apm)) (?:seulement|uniquement)|jusqu' ?a midi|sans le repas)\b/;
const m = messages.booking;

export class ChangeDialog extends InterruptibleDialog {
  protected override readonly promptsWithoutYes = [PIECE];

  constructor(
    private readonly services: DialogServices,
    private readonly memory: ConversationMemory,
  ) {
    super(CHANGE_DIALOG, services.rules.config);
    this.addDialog(new TextPrompt(PIECE));
    this.addDialog(new TextPrompt(CONFIRM, (prompt) => this.isConfirmAnswer(prompt)));
    this.addDialog(new TextPrompt(ANSWER, (prompt) => this.isAnswer(prompt)));
    this.addDialog(new LateRequestDialog(services));
    this.addDialog(new WaterfallDialog<ChangeRequest>(FORM, [(s) => this.askMissing(s), (s) => this.absorbAnswer(s)]));
    this.addDialog(
      new WaterfallDialog<ChangeOptions>(MAIN, [
        (s) => this.collect(s),
        (s) => this.review(s),
        (s) => this.act(s),
        (s) => this.readWaitlist(s),
        (s) => this.offerLateRequest(s),
        (s) => this.finish(s),
      ]),
    );
    this.initialDialogId = MAIN;
  }

  // ── gathering the pieces ────────────────────────────────────────────────

  private async collect(step: WaterfallStepContext<ChangeOptions>): Promise<DialogTurnResult> {
    const options = step.options;
    const request = 'resume' in options ? options.resume : startRequest(options.mode, options, familyOf(step.context).children);
    return step.beginDialog(FORM, request);
  }

  private async askMissing(step: WaterfallStepContext<ChangeRequest>): Promise<DialogTurnResult> {
    const piece = missingPiece(step.options);
    if (!piece) return step.endDialog({ kind: 'form', request: step.options } satisfies Collected);
    return step.prompt(PIECE, { prompt: this.question(piece, step.options, familyOf(step.context)) });
  }

  private async absorbAnswer(step: WaterfallStepContext<ChangeRequest>): Promise<DialogTurnResult> {
    const request = step.options;
    const text = String(step.result ?? '');
    const family = familyOf(step.context);
    const asked = missingPiece(request);
    // "non plutôt mercredi pour Hugo" asked which child of "mardi 15 et jeudi 17": the Wednesday of that week.
    const meaning = this.understandAfter(text, family, request);
    if (isNewRequest(meaning, text, request.steps.length === 1 ? request.steps[0].mode : undefined)) {
      return step.endDialog({ kind: 'reroute', text } satisfies Collected);
    }
    let gained: boolean;
    const open = request.steps.filter((s) => s.days.length === 0 && s.open);
    // "non pardon, le jeudi" asked until when: the weekdays corrected, the end still to come.
    const said = normalise(text);
    const correctedWeekdays = asked === 'until' && open.length === 1 && (afterLeadingNo(text) !== undefined || INSTEAD.test(said)) && !END_SAID.test(said) ? weekdaysNamedIn(said) : [];
    if (correctedWeekdays.length > 0) {
      open[0].open = { ...open[0].open!, weekdays: correctedWeekdays };
      gained = true;
    } else if (asked === 'until' && open.length > 0) {
      // "Hugo ne viendra plus le jeudi à partir du 4 janvier, et inscrivez Inès…" + "jusqu'à fin janvier": that change's days, up to the end said.
      for (const s of open) s.days = this.services.understanding.completeOpenEnded(s.open!, text, { now: this.services.clock.now() });
      gained = open.some((s) => s.days.length > 0);
      for (const s of open) if (s.days.length > 0) delete s.open;
      request.text = `${request.text} ${text}`;
    } else if (asked === 'until') {
      // "tous les mardis" + "jusqu'aux vacances": the bound only makes sense with the recurrence.
      gained = absorb(request, text, this.understand(`${request.text} ${text}`, family), family.children);
    } else if (asked === 'child' && ALL_CHILDREN.test(normalise(text))) {
      gained = absorb(request, text, { ...meaning, children: family.children.map((child) => child.firstName) }, family.children);
    } else if (asked === 'days' && request.steps.length === 1 && meaning.children.length > 0 && (meaning.edit?.add === true || /^et\b|\baussi\b/.test(said))) {
      // "et pr hugo tu peux le metre jeudi aussi ?" asked which days for Léa: Hugo too, on those days (not Hugo instead of Léa).
      const asking = family.children.filter((child) => request.steps[0].childIds.includes(child.id)).map((child) => child.firstName);
      gained = absorb(request, text, { ...meaning, children: [...new Set([...asking, ...meaning.children])] }, family.children);
    } else {
      gained = absorb(request, text, meaning, family.children);
    }
    request.misunderstood = gained ? 0 : request.misunderstood + 1;
    if (!gained) await this.notUnderstood(step.context, request.misunderstood);
    return step.replaceDialog(FORM, request);
  }

  private question(piece: MissingPiece, request: ChangeRequest, family: FamilyContext) {
    const names = family.children.map((child) => child.firstName);
    if (piece === 'child') {
      const text = request.unknownNames.length > 0
        ? fill(m.unknownChild, { names: frenchList(request.unknownNames), children: frenchList(names) })
        : fill(m.askChild, { names: frenchAlternatives(names) });
      return withChoices(text, names.length > 1 ? [...names, m.all] : names);
    }
    // (Among several changes, the one whose end is asked: "Pour annuler Hugo : jusqu'à quand ?".)
    const open = request.steps.length > 1 ? request.steps.find((s) => s.days.length === 0 && s.open) : undefined;
    if (piece === 'until' && open) return withChoices(fill(m.askUntilFor, { mode: open.mode === 'reserve' ? 'réserver' : 'annuler', children: namesOf(family, open.childIds) }), []);
    if (piece === 'until') return withChoices(m.askUntil, []);
    if (request.notice) return withChoices([...request.notice, m.askOtherDays].join('\n'), []);
    if (request.closedDays.length > 0) {
      // "réserver lundi 6 avril": the day is named, and why it is not there.
      const closed = confirmationNotes(closedItems(this.services.rules, request.closedDays, childIdsOf(request)), family.children);
      return withChoices([...closed, m.askOtherDays].join('\n'), []);
    }
    return withChoices(request.steps.every((step) => step.mode === 'cancel') ? m.askDaysCancel : m.askDays, []);
  }

  // ── checking, then confirming ──────────────────────────────────────────

  private async review(step: WaterfallStepContext<ChangeOptions>): Promise<DialogTurnResult> {
    const collected = step.result as Collected;
    if (collected.kind === 'reroute') return step.endDialog({ reroute: collected.text } satisfies ChangeDialogResult);
    const request = collected.request;
    const family = familyOf(step.context);
    const state = stateOf(step);
    const previews = await Promise.all(request.steps.map((s) => this.services.bookings.preview({
      guardianId: family.guardianId, mode: s.mode, childIds: s.childIds, days: s.days, now: this.services.clock.now(),
    })));
    const notes = [
      ...previews.flatMap((list, index) => list.flatMap((p) => previewItem(p, request.steps[index].mode, this.services.rules) ?? [])),
      ...closedItems(this.services.rules, request.closedDays, childIdsOf(request)),
    ];
    const willChange = previews.map((list) => byChildren(list.filter((p) => p.code === 'will_change')));
    Object.assign(state, { request, willChange, notes, full: [], late: [] } satisfies ChangeState);
    const unknown = request.unknownNames.length > 0
      ? [fill(m.unknownNames, { names: frenchList(request.unknownNames), children: frenchList(family.children.map((c) => c.firstName)), count: request.unknownNames.length })]
      : [];
    if (willChange.every((groups) => groups.length === 0)) return this.nothingToConfirm(step, request, notes, unknown);
    // "mercredi 16 juste le matin": days are booked whole; a half day is the service's to arrange.
    const wholeDays = request.steps.some((s) => s.mode === 'reserve') && HALF_DAY.test(normalise(request.text)) ? [fill(m.wholeDayOnly, { mailbox: this.townConfig.contacts.mailbox })] : [];
    // (When some day is full, its note says so.)
    const placesLeft = request.steps.some((s) => s.mode === 'reserve') && PLACES_ASKED.test(normalise(request.text)) && !notes.some((note) => note.status === 'full') ? [m.placesLeft] : [];
    const text = [...placesLeft, ...this.announce(request, previews, family), ...unknown, ...confirmationNotes(notes, family.children, true), ...wholeDays, m.confirmQuestion].join('\n');
    // Asked again in full: "oui" then confirms exactly the request shown just before it.
    return step.prompt(CONFIRM, { prompt: yesNo(text), retryPrompt: yesNo(`${m.confirmAnswer}\n${text}`) });
  }

  /** "Je réserve pour Léa : jeudi 19 mars.", children with other days on lines of their own, several changes one line each. */
  private announce(request: ChangeRequest, previews: DayPreview[][], family: FamilyContext): string[] {
    const changes = request.steps.flatMap((s, index) => {
      const groups = byChildren(previews[index].filter((p) => p.code === 'will_change'));
      return groups.map((group) => ({ mode: s.mode, children: namesOf(family, group.childIds), days: frenchDaysShort(group.days).text }));
    });
    if (changes.length === 1) {
      const [change] = changes;
      return [fill(change.mode === 'reserve' ? m.confirmReserve : m.confirmCancel, change)];
    }
    if (request.steps.length === 1) {
      const header = request.steps[0].mode === 'reserve' ? m.confirmReserveHeader : m.confirmCancelHeader;
      return [header, ...changes.map((change) => fill(m.groupLine, change))];
    }
    const lines = changes.map((change) => fill(change.mode === 'reserve' ? m.stepReserve : m.stepCancel, change));
    lines[lines.length - 1] = lines[lines.length - 1].replace(/ ;$/, '.');
    return [fill(m.confirmSteps, { count: changes.length }), ...lines];
  }

  /** Nothing can change: say why; straight to the late request or the waiting list when that is what is left. */
  private async nothingToConfirm(step: WaterfallStepContext<ChangeOptions>, request: ChangeRequest, notes: ReportItem[], unknown: string[]): Promise<DialogTurnResult> {
    const state = stateOf(step);
    const family = familyOf(step.context);
    // Remembered whatever follows: "non, plutôt mardi 17" at the late request offer completes it.
    await this.remember(step.context, request);
    if (notes.every((note) => note.status === 'closed_day') && notes.length > 0 && unknown.length === 0) {
      // Only closed days: ask for other ones (the question says why these are not there).
      for (const s of request.steps) s.days = [];
      request.notice = confirmationNotes(notes, family.children);
      request.closedDays = [];
      return step.replaceDialog(MAIN, { resume: request } satisfies ChangeOptions);
    }
    state.late = lateOf(request, notes);
    state.full = notes.filter((note) => note.status === 'full');
    const told = notes.filter((note) => note.status !== 'full' && (state.late!.length === 0 || note.status !== 'past_deadline'));
    const lines = [...unknown, ...confirmationNotes(told, family.children)];
    if (state.late.length > 0) {
      if (lines.length > 0) await step.context.sendActivity(lines.join('\n'));
      return step.next({ skipped: true });
    }
    if (state.full.length > 0) {
      if (lines.length > 0) await step.context.sendActivity(lines.join('\n'));
      return step.next({ skipped: true });
    }
    // (A price or a deadline asked in the same message is answered next, with its own closing question.)
    const answerFollows = 'answerFollows' in step.options && step.options.answerFollows === true;
    await step.context.sendActivity([...lines, answerFollows ? m.nothingToChangeThen : m.nothingToChange].join('\n'));
    return step.endDialog();
  }

  // ── applying ────────────────────────────────────────────────────────────

  private async act(step: WaterfallStepContext<ChangeOptions>): Promise<DialogTurnResult> {
    const state = stateOf(step);
    const request = state.request!;
    if (isSkipped(step.result)) return this.offerWaitlist(step);
    const text = String(step.result);
    const answer = yesNoOf(text);
    if (answer === 'no') {
      await step.context.sendActivity(m.nothingChanged);
      return step.endDialog();
    }
    if (answer !== 'yes') return this.repair(step, request, text);
    const family = familyOf(step.context);
    const items: ReportItem[] = [];
    for (const [index, s] of request.steps.entries()) {
      // Exactly what was confirmed: each child's own days (not a day already booked for another).
      for (const [group, { childIds, days }] of state.willChange![index].entries()) {
        const change = this.changeOf(step.context, family, childIds, days, `:${index}:${group}`);
        const outcomes = s.mode === 'reserve' ? await this.services.bookings.reserve(change) : await this.services.bookings.cancel(change);
        items.push(...outcomes.map((outcome) => outcomeItem(outcome, this.services.rules)));
      }
    }
    // A place may have gone, or a deadline passed, since the confirmation: the change decides.
    state.reported = true;
    state.full = [...state.notes!.filter((n) => n.status === 'full'), ...items.filter((i) => i.status === 'full')];
    state.late = lateOf(request, [...state.notes!, ...items]);
    const all = [...items, ...state.notes!];
    const report = reportActivity(reportTitle(request.steps.map((s) => s.mode)), all, family.children);
    await step.context.sendActivity(report.activity);
    const booked = items.filter((item) => item.status === 'booked').map(({ childId, day }) => ({ childId, day }));
    const cancelled = items.filter((item) => item.status === 'cancelled').map(({ childId, day }) => ({ childId, day }));
    await this.remember(step.context, request, report.detail, booked, cancelled);
    return this.offerWaitlist(step);
  }

  /** At the confirmation, anything but yes/no: a correction (confirmed again) or a new request. */
  private async repair(step: WaterfallStepContext<ChangeOptions>, request: ChangeRequest, text: string): Promise<DialogTurnResult> {
    const rest = afterLeadingNo(text);
    const content = rest ?? text;
    if (content === '') {
      await step.context.sendActivity(m.nothingChanged);
      return step.endDialog();
    }
    const family = familyOf(step.context);
    // "merci. et combien je paye pour ça ?": the price of the days being confirmed, then the same question again.
    // (Not "et le tarif du soir ?": another activity asked, routed as a new question.)
    const cost = COST_OF_IT.test(normalise(content)) && activityIn(content) === undefined && dayCountIn(content) === undefined ? await this.costOfConfirmed(step, family) : undefined;
    if (cost) {
      await step.context.sendActivity(cost);
      return step.replaceDialog(MAIN, { resume: request } satisfies ChangeOptions);
    }
    // "non, plutôt les deux derniers": the last days of those being confirmed.
    if (keepCounted(request, content)) return step.replaceDialog(MAIN, { resume: request } satisfies ChangeOptions);
    // ("…, hugo ça reste mercredi": what a child keeps is no correction.)
    const corrected = withoutKeptChild(content, family);
    const understood = this.understandAfter(corrected, family, request);
    // "non plutôt jeudi pour Inès aussi": « plutôt » replaces Inès's day; « aussi » says like Hugo, it adds nothing.
    const meaning = understood.edit?.add && INSTEAD.test(normalise(text)) ? withoutAdd(understood) : joining(alsoFor(understood, content), content, request, family);
    const mode = request.steps.length === 1 ? request.steps[0].mode : request.steps.map((s) => s.mode);
    // "juste enlever Hugo" among several changes keeps that one; an edit ("pas le 12", "sans
    // Léa") corrects this request, whatever intent the sentence reads as.
    if (swapChildren(request, content)) return step.replaceDialog(MAIN, { resume: request } satisfies ChangeOptions);
    if (!meaning.edit && keepOnly(request, content, meaning, family.children)) return step.replaceDialog(MAIN, { resume: request } satisfies ChangeOptions);
    // "non en fait c'est pour l'annuler" at the confirmation of Hugo's Wednesday: the other change, of the same child and days.
    const other = meaning.intent === 'reserve' ? 'cancel' : meaning.intent === 'cancel' ? 'reserve' : undefined;
    if (other && request.steps.length === 1 && request.steps[0].mode === other && meaning.children.length === 0 && meaning.dates.length === 0 && !meaning.openEnded && !meaning.actions && !meaning.edit) {
      request.steps[0].mode = meaning.intent as ChangeMode;
      return step.replaceDialog(MAIN, { resume: request } satisfies ChangeOptions);
    }
    // "Hugo plutôt mercredi" leans on the request being confirmed: a correction, not a new request.
    // ("non plutôt le 18 pour Inès" among a booking and a cancellation: « plutôt », cut off with the « non », still corrects.)
    if (!meaning.edit && !meaning.followUp && isNewRequest(meaning, rest !== undefined && INSTEAD.test(normalise(text)) ? text : content, mode)) {
      await step.context.sendActivity(m.previousDropped);
      return step.endDialog({ reroute: content } satisfies ChangeDialogResult);
    }
    if (!reopenAsSeries(request, content, meaning)) correct(request, content, meaning, family.children);
    // Corrected or not, the request is checked and confirmed again: "oui" confirms only what was last shown.
    return step.replaceDialog(MAIN, { resume: request } satisfies ChangeOptions);
  }

  /** What the bookings being confirmed will cost at the family's own price; undefined for a cancellation or without a price. */
  private async costOfConfirmed(step: WaterfallStepContext<ChangeOptions>, family: FamilyContext): Promise<string | undefined> {
    const desk = this.services.money;
    const state = stateOf(step);
    if (!desk || !state.request || !state.willChange) return undefined;
    const steps = state.request.steps;
    // A day once per child who will be booked that day.
    const days = state.willChange.flatMap((groups, index) => (steps[index].mode === 'reserve' ? groups.flatMap((g) => g.childIds.flatMap(() => g.days)) : []));
    if (days.length === 0) return undefined;
    const money = await desk.familyOfGuardian(family.guardianId);
    const lines = money ? costLines(this.services.rules, desk.tariffs, money, days, messages.money.costBeforeHeader) : undefined;
    if (!lines) return undefined;
    return [...lines, ...(desk.tariffs.status === 'à confirmer' ? [messages.money.placeholder] : [])].join('\n');
  }

  // ── afterwards: waiting list, late request ─────────────────────────────

  private async offerWaitlist(step: WaterfallStepContext<ChangeOptions>): Promise<DialogTurnResult> {
    const full = stateOf(step).full ?? [];
    if (full.length === 0) return step.next({ skipped: true });
    const family = familyOf(step.context);
    const text = fill(m.offerWaitlist, { children: namesOf(family, unique(full.map((o) => o.childId))), days: frenchDays(unique(full.map((o) => o.day))) });
    return step.prompt(ANSWER, { prompt: yesNo(text), retryPrompt: yesNo(`${m.waitlistAnswer}\n${text}`) });
  }

  private async readWaitlist(step: WaterfallStepContext<ChangeOptions>): Promise<DialogTurnResult> {
    if (isSkipped(step.result)) return step.next({ skipped: true });
    const text = String(step.result);
    const answer = yesNoOf(text);
    if (answer === undefined) return step.endDialog({ reroute: afterLeadingNo(text) || text } satisfies ChangeDialogResult);
    if (answer === 'yes') {
      const family = familyOf(step.context);
      const full = stateOf(step).full!;
      const change = this.changeOf(step.context, family, unique(full.map((o) => o.childId)), unique(full.map((o) => o.day)), ':waitlist');
      const outcomes = await this.services.bookings.reserve({ ...change, joinWaitlist: true });
      const report = reportActivity(m.cardTitle_reserve, outcomes.map((o) => outcomeItem(o, this.services.rules)), family.children);
      await step.context.sendActivity(report.activity);
    }
    return step.next({ skipped: true });
  }

  private async offerLateRequest(step: WaterfallStepContext<ChangeOptions>): Promise<DialogTurnResult> {
    const state = stateOf(step);
    const late = state.late ?? [];
    if (late.length === 0) return step.next();
    const family = familyOf(step.context);
    const freed = unique(late.filter((l) => l.mode === 'cancel').map((l) => l.day)).sort();
    const booked = unique(late.filter((l) => l.mode === 'reserve').map((l) => l.day)).sort();
    const days = unique(late.map((l) => l.day)).sort();
    const mailbox = this.townConfig.contacts.mailbox;
    const offer = state.reported
      ? fill(m.offerLateAfter, { days: frenchDays(days), mailbox })
      : [...confirmationNotes(late.map(({ mode, ...item }) => item), family.children), fill(m.offerLate, { count: days.length, mailbox })].join('\n');
    const childIds = unique(late.map((l) => l.childId));
    const options: LateRequestOptions =
      freed.length > 0 && booked.length > 0
        ? { kind: 'modify', childIds, days: freed, newDays: booked, offer }
        : { kind: freed.length > 0 ? 'cancel' : 'reserve', childIds, days, offer };
    if ('text' in step.options) options.parentMessage = step.options.text;
    return step.beginDialog(LATE_REQUEST_DIALOG, options);
  }

  private async finish(step: WaterfallStepContext<ChangeOptions>): Promise<DialogTurnResult> {
    const result = step.result as LateRequestResult | { skipped: true } | undefined;
    const state = stateOf(step);
    // "non, seulement la deuxième semaine et sans Hugo" at the late request offer, nothing done yet: this request corrected
    // and confirmed again, as at the confirmation (a new request is still routed as one).
    if (result && 'reroute' in result && result.offerDeclined && state.request && !state.reported) return this.repair(step, state.request, result.reroute);
    if (result && 'reroute' in result) return step.endDialog({ reroute: result.reroute } satisfies ChangeDialogResult);
    // The late request dialog ends with its own receipt; otherwise, the usual question.
    const answerFollows = 'answerFollows' in step.options && step.options.answerFollows === true;
    if (!state.late?.length && !answerFollows) await step.context.sendActivity(m.done);
    return step.endDialog();
  }

  // ── helpers ────────────────────────────────────────────────────────────

  private async remember(context: TurnContext, request: ChangeRequest, detail?: string, booked: BookedDay[] = [], cancelled: BookedDay[] = []): Promise<void> {
    const family = familyOf(context);
    const [first] = request.steps;
    const last = request.steps[request.steps.length - 1];
    await this.memory.remember(context, family.guardianId, {
      intent: last.mode,
      childIds: first.childIds.length > 0 ? [...last.childIds] : childIdsOf(request),
      days: [...last.days],
      ...(detail ? { detail } : {}),
      ...(booked.length ? { booked } : {}),
      ...(cancelled.length ? { cancelledByLast: cancelled } : {}),
      ...(request.steps.length > 1 ? { otherChanges: request.steps.slice(0, -1).map((other) => ({ intent: other.mode, childIds: [...other.childIds], days: [...other.days] })) } : {}),
    });
  }

  /** Asked for a person after a refusal "hors délai": staff see the days and children at stake. */
  protected override handoffRequest(innerDc: DialogContext, text: string): HandoffRequest {
    const main = innerDc.stack.find((instance) => instance.id === MAIN);
    const values = (main?.state as { values?: ChangeState } | undefined)?.values;
    const late = values?.late ?? [];
    if (late.length === 0) return super.handoffRequest(innerDc, text);
    const family = familyOf(innerDc.context);
    return {
      reason: 'late_request',
      trigger: text,
      intent: late[0].mode,
      days: unique(late.map((l) => l.day)).sort(),
      children: unique(late.map((l) => namesOf(family, [l.childId]))),
    };
  }

  /** The confirmation accepts yes, no, a correction or a new request; anything else is asked again. */
  private async isConfirmAnswer(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const text = prompt.recognized.value ?? '';
    if (yesNoOf(text) !== undefined || afterLeadingNo(text) !== undefined) return true;
    const meaning = this.understand(text, familyOf(prompt.context));
    if (hasPieces(meaning) || saysSeries(text) || saysCounted(text) || isNewRequest(meaning, text)) return true;
    if (prompt.attemptCount >= 2) await this.notUnderstood(prompt.context, 2);
    return false;
  }

  /** A yes/no question accepts yes, no or a new request. */
  private async isAnswer(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const text = prompt.recognized.value ?? '';
    if (yesNoOf(text) !== undefined) return true;
    const rest = afterLeadingNo(text);
    const meaning = this.understand(rest || text, familyOf(prompt.context));
    if (isNewRequest(meaning, rest || text)) return true;
    if (prompt.attemptCount >= 2) await this.notUnderstood(prompt.context, 2);
    return false;
  }

  /**
   * "non, plutôt le mercredi d'après" at the confirmation: the Wednesday after the days
   * being confirmed, not the next one from today.
   */
  private understandAfter(text: string, family: FamilyContext, request: ChangeRequest): Interpretation {
    const days = request.steps.flatMap((s) => s.days).sort();
    const last = days[days.length - 1];
    if (!last) return this.understand(text, family);
    // ("non la deuxième" while the first week of holidays is confirmed: the week left unsaid.)
    const folded = normalise(text).replace(ELLIPTIC_RANKED_WEEK, '$1 semaine');
    // "non, seulement jusqu'au jeudi" after "du lundi 4 au vendredi 8": those days cut at that Thursday.
    const bound = BOUNDED_BY_WEEKDAY.exec(folded);
    const boundDay = bound && !/\d/.test(folded) ? days.find((day) => isoWeekday(day) === WEEKDAY_NUMBERS[bound[2]]) : undefined;
    if (bound && boundDay) {
      const kept = bound[1].startsWith('jusqu') ? days.filter((day) => day <= boundDay) : days.filter((day) => day >= boundDay);
      return { ...this.understand(text, family), dates: kept };
    }
    // "et la semaine d'après pareil" at the confirmation of Thursday 17: Thursday 24 too (the week after the days asked, not after today).
    if (WEEK_AFTER_SAID.test(folded) && weekdaysNamedIn(folded).length === 0) {
      const meaning = this.understand(text, family);
      const later = [...new Set(days.map((day) => addDays(day, 7)))].sort();
      return { ...meaning, dates: later, ...(ALSO_SAID.test(folded) ? { edit: { ...meaning.edit, add: true as const } } : {}) };
    }
    // "non pas jeudi, vendredi" after "mardi 15 et jeudi 17": that Thursday replaced by the Friday of its week.
    const refused = [...folded.matchAll(REFUSED_WEEKDAY)].map((m) => WEEKDAY_NUMBERS[m[1]]);
    const instead = weekdaysOnly(folded.replace(REFUSED_WEEKDAY, ' '));
    if (refused.length > 0 && instead) {
      const replaced = days.filter((day) => refused.includes(isoWeekday(day)));
      if (replaced.length > 0) {
        const meaning = this.understand(text, family);
        const dates = [...new Set(replaced.flatMap((day) => instead.map((weekday) => addDays(mondayOf(day), weekday - 1))))].sort();
        return { ...meaning, dates, edit: { removeWeekdays: refused, add: true } };
      }
    }
    // ("non pas vendredi, plutôt mercredi 9 pour léa" after Léa's Friday 11: the day said instead, not a move of its own.)
    if (refused.length > 0 && refused.some((weekday) => days.some((day) => isoWeekday(day) === weekday))) {
      const meaning = this.understand(text, family);
      const instead = (meaning.actions ?? []).flatMap((action) => action.dates).filter((day) => !refused.includes(isoWeekday(day)));
      if (meaning.actions && instead.length > 0) {
        const { actions: _move, ...rest } = meaning;
        return { ...rest, dates: [...new Set(instead)].sort(), edit: { removeWeekdays: refused, add: true } };
      }
    }
    // ("plutôt les jeudis" after the Tuesdays of January: a series said again, its weekdays in the same weeks.)
    const weeks = [...new Set(days.map((day) => mondayOf(day)))];
    const weekdays = weekdaysOnly(folded, weeks.length > 1);
    if (weekdays) {
      // "non, juste le jeudi" after "mercredi 16 et jeudi 17": the Thursday being confirmed;
      // "non, plutôt vendredi" after "lundi 14": the Friday of that week, not the next one from today.
      // ("non plutôt mardi et jeudi" after the Mondays and Thursdays of two weeks: Tuesday and Thursday in each of those weeks.)
      const meaning = this.understand(text, family);
      const kept = days.filter((day) => weekdays.includes(isoWeekday(day)));
      const allAsked = weekdays.every((weekday) => days.some((day) => isoWeekday(day) === weekday));
      const inEachWeek = weeks.flatMap((monday) => weekdays.map((weekday) => addDays(monday, weekday - 1)));
      // ("et aussi les jeudis": added to the days, as « et aussi le jeudi » is.)
      const added = !meaning.edit && /\b(?:aussi|en plus|egalement)\b/.test(folded) ? { edit: { add: true as const } } : {};
      return { ...meaning, ...added, dates: kept.length > 0 && allAsked ? kept : inEachWeek };
    }
    const children = family.children.map((child) => child.firstName);
    const timeZone = this.services.rules.config.timeZone;
    // "non, seulement la deuxième semaine" while holidays are confirmed: that week of those holidays.
    const offer = this.services.rules.activityOn(days[0]);
    if (RANKED_WEEK.test(folded) && offer.open && offer.period) {
      // ("seulement la deuxième semaine et sans Hugo": the holidays named right after the week, before the rest.)
      return this.services.understanding.understand(folded.replace(RANKED_WEEK, '$& des vacances'), { now: instantAt(addDays(offer.period.firstDay, -1), 12, 0, timeZone), children });
    }
    if (!DAY_AFTER.test(folded)) return this.understand(text, family);
    return this.services.understanding.understand(folded.replace(DAY_AFTER, '$1'), { now: instantAt(last, 12, 0, timeZone), children });
  }

  private understand(text: string, family: FamilyContext): Interpretation {
    return this.services.understanding.understand(text, { now: this.services.clock.now(), children: family.children.map((child) => child.firstName) });
  }

  private changeOf(context: TurnContext, family: FamilyContext, childIds: number[], days: string[], suffix: string) {
    const activity = context.activity;
    // The message id makes a redelivered "oui" the same change (the use case replays its outcome).
    const key = `change:${activity.channelId}:${activity.conversation?.id}:${activity.id ?? randomUUID()}${suffix}`;
    return { guardianId: family.guardianId, childIds, days, idempotencyKey: key, channel: activity.channelId, now: this.services.clock.now() };
  }
}

function stateOf(step: WaterfallStepContext<ChangeOptions>): ChangeState {
  return step.values as ChangeState;
}

function isSkipped(result: unknown): boolean {
  return typeof result === 'object' && result !== null && 'skipped' in result;
}

/** Something the parent changes at the confirmation: children, days, or an edit. */
/** "…, hugo ça reste mercredi", "et Hugo ne change pas": a child said to keep their days, taken out of a correction. */
function withoutKeptChild(text: string, family: FamilyContext): string {
  const names = family.children.map((child) => normalise(child.firstName)).join('|');
  if (!names) return text;
  const kept = new RegExp(`\\s*[,;]?\\s*(?:et |mais )?(?:pour )?(?:${names})\\s+(?:(?:lui|elle|il|ca|cela)\\s+)*(?:reste|restera|garde|gardera|ne change pas|change pas|pareil|comme avant|comme prevu)\\b[^,;.!?]*`, 'g');
  const said = normalise(text).trim();
  const rest = said.replace(kept, ' ').trim();
  return rest !== said && rest !== '' ? rest : text;
}

function hasPieces(meaning: Interpretation): boolean {
  return meaning.children.length > 0 || meaning.dates.length > 0 || (meaning.closedDates?.length ?? 0) > 0 || meaning.edit !== undefined;
}

/** Days past their deadline, with the mode of the step they belong to. */
function lateOf(request: ChangeRequest, items: readonly ReportItem[]): Array<ReportItem & { mode: ChangeMode }> {
  return items
    .filter((item) => item.status === 'past_deadline')
    .map((item) => ({ ...item, mode: request.steps.find((s) => s.days.includes(item.day) && s.childIds.includes(item.childId))?.mode ?? request.steps[0].mode }));
}

/** Children with exactly the same days, together. */
function byChildren(previews: readonly DayPreview[]): Array<{ childIds: number[]; days: IsoDay[] }> {
  const byChild = new Map<number, IsoDay[]>();
  for (const p of previews) byChild.set(p.childId, [...(byChild.get(p.childId) ?? []), p.day]);
  const groups = new Map<string, { childIds: number[]; days: IsoDay[] }>();
  for (const [childId, days] of byChild) {
    const key = days.sort().join(',');
    const group = groups.get(key) ?? { childIds: [], days };
    group.childIds.push(childId);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** « et pour Hugo ? » at the confirmation of Léa's days: Hugo too, on the same days (not Hugo instead of Léa). */
function alsoFor(meaning: Interpretation, text: string): Interpretation {
  const childAlone = !meaning.edit && meaning.followUp && meaning.children.length > 0 && meaning.dates.length === 0;
  return childAlone && /^et\b/.test(normalise(text)) ? { ...meaning, edit: { add: true } } : meaning;
}

/** « ah et Inès que le mardi » at the confirmation of Léa's and Hugo's days: Inès joins on her own days (not instead of them). */
function joining(meaning: Interpretation, text: string, request: ChangeRequest, family: FamilyContext): Interpretation {
  if (meaning.edit || meaning.children.length === 0 || !/^(?:(?:ah|oh|bon|euh|ok|alors)\s+)*et\b/.test(normalise(text))) return meaning;
  const asked = childIdsOf(request);
  const named = childIdsNamed(meaning.children, family.children);
  return named.length > 0 && named.every((id) => !asked.includes(id)) ? { ...meaning, edit: { add: true } } : meaning;
}

/** A correction of the request being confirmed, without the "add" edit its « aussi » gave. */
function withoutAdd(meaning: Interpretation): Interpretation {
  const { add: _add, ...edit } = meaning.edit ?? {};
  const { edit: _edit, ...rest } = meaning;
  return Object.keys(edit).length > 0 ? { ...rest, edit, followUp: true } : { ...rest, followUp: true };
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

function namesOf(family: FamilyContext, ids: readonly number[]): string {
  return childNames(family.children, ids);
}
