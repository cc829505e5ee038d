/**
 * The root of a linked parent's conversation: each message goes through the
 * understanding layer and is routed to reserve, cancel, check, deadline, absence
 * justifications, "mes demandes" or the service's answers; a message carrying a file
 * starts an absence justification; a request typed in the middle of another is routed anew.
 */
import { ComponentDialog, WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { ChangeDialogResult } from './bookingChangeDialog';
import type { BookingFormOptions } from './bookingForm';
import { ABSENCE_DIALOG, AbsenceDialog } from './absenceDialog';
import { CANCEL_DIALOG, CancelDialog } from './cancelDialog';
import { CHECK_DIALOG, CheckDialog } from './checkDialog';
import { commandOf, yesNoOf } from './commands';
import { DEADLINE_DIALOG, DeadlineDialog } from './deadlineDialog';
import { FAQ_DIALOG, FaqDialog } from './faqDialog';
import { HANDOFF_DIALOG, HandoffDialog } from './handoffDialog';
import { handoffTriggerIn } from '../src/handoff/handoffTriggers';
import { normalise } from './frenchFormat';
import { fill, messages } from './messages/catalog';
import { contactVars, menu, withChoices } from './replies';
import { RESERVE_DIALOG, ReserveDialog } from './reserveDialog';
import { asksAboutRequests, REQUESTS_DIALOG, RequestsDialog } from './requestsDialog';
import type { RequestsOptions } from './requestsDialog';
import type { DialogServices, HandoffRequest, Intent, Interpretation } from './services';
import { familyOf } from './turnFamily';

export const MAIN_DIALOG = 'main';
const ROUTER = `${MAIN_DIALOG}.router`;
/** Longer messages are cut: nobody books in 2,000 characters, and parsing stays fast. */
export const MAX_MESSAGE_LENGTH = 2000;

export interface RouteOptions {
  /** A sentence handed back by a child dialog, to route as if just typed. */
  text?: string;
}

const c = messages.common;
const MENU_INTENTS: ReadonlyArray<[string, Intent]> = [
  [c.menuReserve, 'reserve'],
  [c.menuCancel, 'cancel'],
  [c.menuCheck, 'check'],
  [c.menuDeadline, 'deadline'],
];
const DIALOG_OF: Partial<Record<Intent, string>> = {
  reserve: RESERVE_DIALOG,
  cancel: CANCEL_DIALOG,
  check: CHECK_DIALOG,
  deadline: DEADLINE_DIALOG,
  faq: FAQ_DIALOG,
  absence: ABSENCE_DIALOG,
};

export class MainDialog extends ComponentDialog {
  constructor(
    private readonly services: DialogServices,
    /** Messages not understood in a row, kept across turns in conversation state. */
    private readonly misunderstood: StatePropertyAccessor<number>,
  ) {
    super(MAIN_DIALOG);
    this.addDialog(new ReserveDialog(services))
      .addDialog(new CancelDialog(services))
      .addDialog(new CheckDialog(services))
      .addDialog(new DeadlineDialog(services))
      .addDialog(new FaqDialog(services.rules.config))
      .addDialog(new HandoffDialog(services))
      .addDialog(new AbsenceDialog(services))
      .addDialog(new RequestsDialog(services))
      .addDialog(new WaterfallDialog<RouteOptions>(ROUTER, [(s) => this.route(s), (s) => this.afterChild(s)]));
    this.initialDialogId = ROUTER;
  }

  private async route(step: WaterfallStepContext<RouteOptions>): Promise<DialogTurnResult> {
    const raw = step.options.text ?? step.context.activity.text ?? '';
    if (step.options.text === undefined && this.services.absences.hasFiles(step.context.activity.attachments)) {
      // A file sent first (with or without words): the start of an absence justification.
      const text = raw.slice(0, MAX_MESSAGE_LENGTH);
      const meaning = text ? this.understand(step.context, text) : { intent: 'absence' as const, dates: [], children: [], confidence: 1 };
      return step.beginDialog(ABSENCE_DIALOG, { text, interpretation: meaning } satisfies BookingFormOptions);
    }
    if (!/[\p{L}\p{N}]/u.test(raw)) {
      await step.context.sendActivity(c.emptyMessage);
      return step.endDialog();
    }
    if (raw.length > MAX_MESSAGE_LENGTH) await step.context.sendActivity(c.tooLong);
    const text = raw.slice(0, MAX_MESSAGE_LENGTH);
    const handoff = await this.handoffWanted(step.context, text);
    if (handoff) return step.beginDialog(HANDOFF_DIALOG, handoff);
    if (await this.handledAsCommand(step.context, text)) return step.endDialog();
    if (yesNoOf(text)) {
      // A lone "oui"/"non" with no question pending (e.g. after an answer): acknowledge.
      await step.context.sendActivity(c.okay);
      return step.endDialog();
    }
    const meaning = this.understand(step.context, text);
    // Until the dialog asks which one (conversation repair), an ambiguous message is not acted on.
    if (meaning.intent === 'ambiguous') meaning.intent = 'none';
    if (meaning.intent === 'handoff') return step.beginDialog(HANDOFF_DIALOG, { reason: 'asked', trigger: text } satisfies HandoffRequest);
    if (asksAboutRequests(text, meaning.intent)) return step.beginDialog(REQUESTS_DIALOG, { text } satisfies RequestsOptions);
    const dialogId = DIALOG_OF[meaning.intent];
    await this.misunderstood.set(step.context, meaning.intent === 'none' ? (await this.misunderstood.get(step.context, 0)) + 1 : 0);
    if (dialogId) return step.beginDialog(dialogId, { text, interpretation: meaning } satisfies BookingFormOptions);
    await step.context.sendActivity(await this.directAnswer(step.context, meaning, text));
    return step.endDialog();
  }

  private async afterChild(step: WaterfallStepContext<RouteOptions>): Promise<DialogTurnResult> {
    const result = step.result as ChangeDialogResult;
    if (result?.handoff) return step.replaceDialog(HANDOFF_DIALOG, result.handoff);
    if (result?.reroute) return step.replaceDialog(ROUTER, { text: result.reroute } satisfies RouteOptions);
    return step.endDialog();
  }

  /**
   * A person rather than the bot: asked for ("parler à quelqu'un", also after two
   * misunderstandings), or a sensitive subject or an upset parent (town configuration).
   */
  private async handoffWanted(context: TurnContext, text: string): Promise<HandoffRequest | undefined> {
    if (commandOf(text) === 'handoff') {
      const times = await this.misunderstood.get(context, 0);
      await this.misunderstood.set(context, 0);
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

  /** Answers that need no dialog: help, hand-over, greetings, late requests, nonsense. */
  private async directAnswer(context: TurnContext, meaning: Interpretation, text: string) {
    const vars = contactVars(this.services.rules.config);
    switch (meaning.intent) {
      case 'help':
        return menu(c.help);
      case 'smalltalk':
        return smalltalkReply(normalise(text), familyOf(context).guardianFirstName);
      case 'late_request':
        return fill(c.lateRequest, vars);
      default: {
        const times = await this.misunderstood.get(context, 0);
        return times >= 2 ? withChoices(fill(c.notUnderstoodTwice, vars), [messages.handoff.offerPerson]) : menu(c.notUnderstood);
      }
    }
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

/** Goodbyes, thanks and greetings each get their own answer. */
function smalltalkReply(text: string, name: string): string {
  if (/\b(au revoir|a bientot|a plus|bonne (journee|soiree|fin de journee|nuit)|bye|ciao)\b/.test(text)) return c.goodbye;
  if (/\bmerci\b/.test(text)) return c.thanks;
  return fill(c.greeting, { name });
}
