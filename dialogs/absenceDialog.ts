/**
 * Absence justifications ("Léa était malade lundi et mardi", "je dois envoyer un
 * certificat", or a file sent first): which child, which booked past days within the
 * town's window, then the document(s); the days go to the service for review under one
 * request number. Days past the window: explained, and a late request offered.
 */
import { Dialog, TextPrompt, WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogTurnResult, PromptValidatorContext, WaterfallStepContext } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import { addDays, todayIn } from '../src/domain/day';
import type { IsoDay } from '../src/domain/day';
import { justificationWindowPosition, lastJustificationDay } from '../src/requests/justificationWindow';
import type { JustificationDayOutcome } from '../src/requests/submitJustification';
import type { ChangeDialogResult } from './changeDialog';
import { childIdsNamed, isNewRequest } from './changeRequest';
import type { RequestOptions as BookingFormOptions } from './changeRequest';
import { yesNoOf } from './commands';
import { frenchAlternatives, frenchDay, frenchDays, normalise } from './frenchFormat';
import { InterruptibleDialog } from './interruptibleDialog';
import { LATE_REQUEST_DIALOG, LateRequestDialog } from './lateRequestDialog';
import type { LateRequestOptions, LateRequestResult } from './lateRequestDialog';
import { fill, messages } from './messages/catalog';
import { withChoices } from './replies';
import type { DialogServices, FamilyContext } from './services';
import { familyOf } from './turnFamily';

export const ABSENCE_DIALOG = 'absence';
const MAIN = `${ABSENCE_DIALOG}.main`;
const DOCUMENT = `${ABSENCE_DIALOG}.document`;
const CHILD_PROMPT = `${ABSENCE_DIALOG}.child`;
const DAYS_PROMPT = `${ABSENCE_DIALOG}.days`;
const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const ALL = /\b(tous|toutes|les deux|les trois)\b/;
const m = messages.absence;
/** "je vous envoie le certificat dès que je l'ai", "plus tard", "je ne l'ai pas encore": the document will come later. */
const DOCUMENT_LATER =
  /\b(?:des que je l' ?(?:ai|aurai)|quand je l' ?aurai|je (?:vous )?l' ?enverrai|je (?:vous )?(?:l' ?envoie|le transmets|le transmettrai|le deposerai) (?:plus tard|demain|ce soir|des que|quand|apres|la semaine prochaine)|plus tard|je ne l' ?ai pas encore|je l' ?ai pas encore|pas encore (?:recu|eu|le certificat|le papier|le justificatif))\b/;
/** The parent asks when or until when to send it. */
// ("ok merci, et c'est où qu'on l'envoie le certificat ?", "comment je vous le transmets ?": where and how, the same answer.)
const ASKS_WHEN = /\b(?:quand|delai|jusqu' ?a quand|avant quand|combien de (?:temps|jours))\b|\bou\b[^?]{0,30}\benvo|\bcomment\b[^?]{0,30}\b(?:envo|transmet|fai[rst]e? parvenir)|\ba qui\b/;

interface AbsenceState {
  /** The parent's words so far (sent with a late request). */
  text: string;
  childId?: number;
  days: IsoDay[];
  /** The booked days the parent may choose from, when they named none. */
  eligible: IsoDay[];
  documentIds: string[];
  /** Days past the window, to offer as a late request. */
  late: IsoDay[];
}

/** How the document step speaks: the first question, a reminder, or nothing (a refusal just said why). */
interface DocumentAsk {
  ask: 'first' | 'reminder' | 'how' | 'silent';
}
/** "jpeux le mettre ici ?", "comment je vous l'envoie ?": how or where to send the file, asked while it is awaited. */
const HOW_TO_SEND = /^(?:(?:ok|oui|ah|euh|bon|alors|d'accord)\s+)*(?:(?:je|j)\s*(?:peux|peut|pe)|jpeux|jpx|on peut|comment|ou|par ou)\b.*\b(?:ici|envoi\w*|envoy\w*|mettre|met|mets|transmet\w*|joindre|fais|faire)\b/;
/** "c'est pour la garderie du soir", "c'était à l'accueil du mercredi": the service of the absence, told, nothing asked. */
const SERVICE_TOLD = /^(?:(?:ah|oh|euh|alors|bon|ok)\s+)*(?:c' ?est|c' ?etait|cetait|c)\s+(?:pour|a|au|de)\s+(?:la |l' ?|le )?(?:garderie|accueil|centre|cantine|etude|peri\w*)\b[^?]*$/;

type DocumentResult = { documentIds: string[] } | { reroute: string } | { stopped: true };

export class AbsenceDialog extends InterruptibleDialog {
  protected override readonly promptsWithoutYes = [CHILD_PROMPT, DAYS_PROMPT];

  constructor(private readonly services: DialogServices) {
    super(ABSENCE_DIALOG, services.rules.config);
    this.addDialog(new TextPrompt(CHILD_PROMPT, (prompt) => this.isChild(prompt)));
    this.addDialog(new TextPrompt(DAYS_PROMPT, (prompt) => this.isDayChoice(prompt)));
    this.addDialog(new LateRequestDialog(services));
    this.addDialog(new WaterfallDialog<DocumentAsk>(DOCUMENT, [(s) => this.askDocument(s), (s) => this.readDocument(s)]));
    this.addDialog(
      new WaterfallDialog<BookingFormOptions>(MAIN, [
        (s) => this.start(s),
        (s) => this.readChild(s),
        (s) => this.readDays(s),
        (s) => this.checkWindow(s),
        (s) => this.submit(s),
        (s) => this.readLateAnswer(s),
      ]),
    );
    this.initialDialogId = MAIN;
  }

  private get window(): number {
    return this.services.rules.config.absenceJustificationDays;
  }

  // ── which child ─────────────────────────────────────────────────────────

  private async start(step: WaterfallStepContext<BookingFormOptions>): Promise<DialogTurnResult> {
    const family = familyOf(step.context);
    const state = stateOf(step);
    Object.assign(state, { text: step.options.text, days: [...step.options.interpretation.dates], eligible: [], documentIds: [], late: [] });
    const named = childIdsNamed(step.options.interpretation.children, family.children);
    if (named.length === 1) state.childId = named[0];
    else if (family.children.length === 1) state.childId = family.children[0].id;
    // The file may come first, with or without words.
    await this.keepFiles(step.context, state);
    // "je vous envoie le certificat quand ?": the window first, then the steps.
    if (ASKS_WHEN.test(normalise(step.options.text ?? ''))) await step.context.sendActivity(fill(m.window, { window: this.window }));
    if (state.childId !== undefined) return step.next();
    const names = family.children.map((child) => child.firstName);
    return step.prompt(CHILD_PROMPT, {
      prompt: withChoices(fill(m.askChild, { names: frenchAlternatives(names) }), names),
      retryPrompt: withChoices(fill(m.askChild, { names: frenchAlternatives(names) }), names),
    });
  }

  private async readChild(step: WaterfallStepContext<BookingFormOptions>): Promise<DialogTurnResult> {
    const state = stateOf(step);
    if (typeof step.result === 'string') {
      state.childId = this.childIn(step.context, step.result);
      state.text = `${state.text} ${step.result}`.trim();
    }
    if (state.days.length > 0) return step.next();
    // No day given: the booked days that can still be justified.
    const family = familyOf(step.context);
    const today = todayIn(this.services.clock.now(), this.services.rules.timeZone);
    const from = addDays(today, -this.window);
    const lines = await this.services.bookings.list({ guardianId: family.guardianId, childIds: [state.childId!], from, to: today });
    state.eligible = [...new Set(lines.filter((line) => line.status === 'booked').map((line) => line.day))].sort();
    const child = nameOf(family, state.childId!);
    if (state.eligible.length === 0) {
      await step.context.sendActivity(fill(m.noEligibleDay, { child, from: frenchDay(from), window: this.window, mailbox: this.townConfig.contacts.mailbox }));
      return step.endDialog();
    }
    const text = fill(m.askDays, { child, days: frenchDays(state.eligible) });
    const choices = [...state.eligible.map((day) => frenchDay(day)), ...(state.eligible.length > 1 ? [m.all] : [])];
    return step.prompt(DAYS_PROMPT, {
      prompt: withChoices(text, choices),
      retryPrompt: withChoices(fill(m.daysAnswer, { days: frenchDays(state.eligible) }), choices),
      validations: state.eligible,
    });
  }

  // ── which days ──────────────────────────────────────────────────────────

  private async readDays(step: WaterfallStepContext<BookingFormOptions>): Promise<DialogTurnResult> {
    const state = stateOf(step);
    if (typeof step.result === 'string') {
      if (this.isReroute(step.context, step.result)) return step.endDialog({ reroute: step.result } satisfies ChangeDialogResult);
      state.days = daysChosen(step.result, state.eligible);
    }
    return step.next();
  }

  /** Days past the window need no document: the service alone can still accept them. */
  private async checkWindow(step: WaterfallStepContext<BookingFormOptions>): Promise<DialogTurnResult> {
    const state = stateOf(step);
    const now = this.services.clock.now();
    // A day named that was not booked has nothing to justify: said now, before any document is asked for.
    const family = familyOf(step.context);
    const [from, to] = [state.days[0], state.days[state.days.length - 1]];
    const booked = from
      ? new Set((await this.services.bookings.list({ guardianId: family.guardianId, childIds: [state.childId!], from, to })).filter((l) => l.status === 'booked').map((l) => l.day))
      : new Set<IsoDay>();
    // (A day to come that is not booked has nothing to justify either: "elle ne viendra pas jeudi 10" with no booking that day.)
    const unbooked = state.days.filter((day) => !booked.has(day));
    if (unbooked.length > 0) {
      await step.context.sendActivity(fill(m.notBooked, { child: nameOf(family, state.childId!), days: frenchDays(unbooked), count: unbooked.length }));
      state.days = state.days.filter((day) => !unbooked.includes(day));
      if (state.days.length === 0) {
        await step.context.sendActivity(m.done);
        return step.endDialog();
      }
    }
    const after = state.days.filter((day) => justificationWindowPosition(day, now, this.services.rules.timeZone, this.window) === 'after');
    if (after.length > 0 && after.length === state.days.length) {
      state.late = after;
      return step.next({ skipped: true });
    }
    if (state.documentIds.length > 0) return step.next();
    return step.beginDialog(DOCUMENT, { ask: 'first' } satisfies DocumentAsk);
  }

  // ── the document(s) ─────────────────────────────────────────────────────

  private async askDocument(step: WaterfallStepContext<DocumentAsk>): Promise<DialogTurnResult> {
    const main = this.mainState(step);
    const family = familyOf(step.context);
    if (step.options.ask === 'first' && DOCUMENT_LATER.test(normalise(main.text ?? ''))) return this.stopWithoutDocument(step, m.documentLater);
    if (step.options.ask === 'first') {
      await step.context.sendActivity(fill(m.askDocument, { child: nameOf(family, main.childId!), days: frenchDays(main.days) }));
    } else if (step.options.ask === 'reminder') {
      await step.context.sendActivity(m.noFileYet);
    } else if (step.options.ask === 'how') {
      await step.context.sendActivity(m.howToSend);
    }
    // The answer may be a file without any text: read the next activity as it comes.
    return Dialog.EndOfTurn;
  }

  /** No document now ("non", "dès que je l'ai"): the window and how to send it later are told. */
  private async stopWithoutDocument(step: WaterfallStepContext<DocumentAsk>, message: string): Promise<DialogTurnResult> {
    const main = this.mainState(step);
    await step.context.sendActivity(fill(message, { window: this.window, child: nameOf(familyOf(step.context), main.childId!) }));
    return step.endDialog({ stopped: true } satisfies DocumentResult);
  }

  private async readDocument(step: WaterfallStepContext<DocumentAsk>): Promise<DialogTurnResult> {
    const activity = step.context.activity;
    const main = this.mainState(step);
    if (!this.services.absences.hasFiles(activity.attachments)) {
      const text = activity.text ?? '';
      if (yesNoOf(text) === 'no') return this.stopWithoutDocument(step, m.noDocument);
      if (DOCUMENT_LATER.test(normalise(text))) return this.stopWithoutDocument(step, m.documentLater);
      // ("c'est pour la garderie du soir": which service the absence was at, said while the file is awaited; the file is asked again.)
      if (text && !SERVICE_TOLD.test(normalise(text)) && this.isReroute(step.context, text)) return step.endDialog({ reroute: text } satisfies DocumentResult);
      return step.replaceDialog(DOCUMENT, { ask: HOW_TO_SEND.test(normalise(text)) ? 'how' : 'reminder' } satisfies DocumentAsk);
    }
    await this.keepFiles(step.context, main);
    // Every file refused: each refusal said what to send; wait for the next one.
    if (main.documentIds.length === 0) return step.replaceDialog(DOCUMENT, { ask: 'silent' } satisfies DocumentAsk);
    return step.endDialog({ documentIds: main.documentIds } satisfies DocumentResult);
  }

  // ── sending to the service ──────────────────────────────────────────────

  private async submit(step: WaterfallStepContext<BookingFormOptions>): Promise<DialogTurnResult> {
    const state = stateOf(step);
    const result = step.result as DocumentResult | { skipped: true } | undefined;
    if (result && 'reroute' in result) return step.endDialog({ reroute: result.reroute } satisfies ChangeDialogResult);
    if (result && 'stopped' in result) return step.endDialog();
    const family = familyOf(step.context);
    const child = nameOf(family, state.childId!);
    if (state.late.length === 0) {
      const activity = step.context.activity;
      const outcome = await this.services.absences.justify({
        guardianId: family.guardianId,
        childId: state.childId!,
        days: state.days,
        documentIds: state.documentIds,
        channel: activity.channelId,
        idempotencyKey: `absence:${activity.channelId}:${activity.conversation?.id}:${activity.id ?? randomUUID()}`,
        now: this.services.clock.now(),
      });
      if (outcome.status === 'rejected') {
        await step.context.sendActivity(m.documentUnusable);
        return step.endDialog();
      }
      const lines = [fill(m.outcomeHeader, { child }), ...outcome.days.map(dayLine)];
      lines.push('', outcome.status === 'received' ? fill(m.receipt, { number: outcome.number }) : m.nothingSent);
      await step.context.sendActivity(lines.join('\n'));
      state.late = outcome.days.filter((d) => d.code === 'outside_window').map((d) => d.day);
    }
    if (state.late.length === 0) {
      await step.context.sendActivity(m.done);
      return step.endDialog();
    }
    const lastDay = frenchDay(lastJustificationDay(state.late[state.late.length - 1], this.window));
    const offer = `${fill(m.tooLate, { window: this.window, days: frenchDays(state.late), lastDay })} ${fill(m.offerLate, { mailbox: this.townConfig.contacts.mailbox })}`;
    return step.beginDialog(LATE_REQUEST_DIALOG, {
      // A justified absence frees the day (not billed): for the service, a late cancellation.
      kind: 'cancel',
      childIds: [state.childId!],
      days: state.late,
      offer,
      wordFrame: fill(m.lateWords, { window: this.window }),
    } satisfies LateRequestOptions);
  }

  private async readLateAnswer(step: WaterfallStepContext<BookingFormOptions>): Promise<DialogTurnResult> {
    const result = step.result as LateRequestResult;
    if (result?.reroute) return step.endDialog({ reroute: result.reroute } satisfies ChangeDialogResult);
    return step.endDialog();
  }

  // ── helpers ────────────────────────────────────────────────────────────

  /** Receives the files of the current message, tells what was kept and what was refused (and why). */
  private async keepFiles(context: TurnContext, state: AbsenceState): Promise<void> {
    const activity = context.activity;
    if (!this.services.absences.hasFiles(activity.attachments)) return;
    const family = familyOf(context);
    const receipts = await this.services.absences.receiveFiles({
      guardianId: family.guardianId,
      attachments: activity.attachments ?? [],
      channel: activity.channelId,
      now: this.services.clock.now(),
    });
    for (const receipt of receipts) {
      if (receipt.ok) state.documentIds.push(receipt.documentId);
      await context.sendActivity(receipt.ok ? fill(m.fileReceived, { name: receipt.name ?? m.fileNoName }) : receipt.message);
    }
  }

  private mainState(step: WaterfallStepContext<DocumentAsk>): AbsenceState {
    // The document loop runs inside the main waterfall: its state is the parent's values.
    const main = step.stack.find((instance) => instance.id === MAIN);
    return (main?.state as { values: AbsenceState }).values;
  }

  private childIn(context: TurnContext, text: string): number | undefined {
    const family = familyOf(context);
    const byName = family.children.find((child) => normalise(child.firstName) === normalise(text));
    if (byName) return byName.id;
    const meaning = this.services.understanding.understand(text, { now: this.services.clock.now(), children: family.children.map((c) => c.firstName) });
    const named = childIdsNamed(meaning.children, family.children);
    return named.length === 1 ? named[0] : undefined;
  }

  private isReroute(context: TurnContext, text: string): boolean {
    const family = familyOf(context);
    const meaning = this.services.understanding.understand(text, { now: this.services.clock.now(), children: family.children.map((c) => c.firstName) });
    return meaning.intent !== 'absence' && isNewRequest(meaning, text);
  }

  private async isChild(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const text = prompt.recognized.value ?? '';
    if (this.childIn(prompt.context, text) !== undefined) return true;
    if (prompt.attemptCount >= 2) await this.notUnderstood(prompt.context, 2);
    return false;
  }

  private async isDayChoice(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const text = prompt.recognized.value ?? '';
    const eligible = prompt.options.validations as IsoDay[];
    if (daysChosen(text, eligible).length > 0 || this.isReroute(prompt.context, text)) return true;
    if (prompt.attemptCount >= 2) await this.notUnderstood(prompt.context, 2);
    return false;
  }
}

/** "tous", "mardi 10 mars", "lundi et mardi": the eligible days an answer names (a weekday = its latest). */
export function daysChosen(text: string, eligible: readonly IsoDay[]): IsoDay[] {
  const clean = normalise(text);
  if (ALL.test(clean)) return [...eligible];
  const exact = eligible.filter((day) => clean.includes(normalise(frenchDay(day))));
  if (exact.length > 0) return exact;
  const chosen = new Set<IsoDay>();
  for (const [index, name] of WEEKDAYS.entries()) {
    if (!new RegExp(`\\b${name}\\b`).test(clean)) continue;
    const latest = [...eligible].reverse().find((day) => new Date(`${day}T12:00:00Z`).getUTCDay() === index);
    if (latest) chosen.add(latest);
  }
  return [...chosen].sort();
}

function dayLine(outcome: JustificationDayOutcome): string {
  const template = m[`outcome_${outcome.code}`];
  return fill(m.outcomeLine, { day: frenchDay(outcome.day), outcome: fill(template, { lastDay: frenchDay(outcome.lastDay) }) });
}

function stateOf(step: WaterfallStepContext<BookingFormOptions>): AbsenceState {
  return step.values as AbsenceState;
}

function nameOf(family: FamilyContext, id: number): string {
  return family.children.find((child) => child.id === id)?.firstName ?? '?';
}
