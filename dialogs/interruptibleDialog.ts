/**
 * The base of every conversation that spans several turns: "aide", "annuler"/"stop",
 * "recommencer", "menu" and "parler à quelqu'un" work at any step.
 * (Pattern: BotBuilder-Samples core-bot, cancelAndHelpDialog.ts.)
 */
import { ComponentDialog, DialogTurnStatus } from 'botbuilder-dialogs';
import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import type { TownConfig } from '../src/config/townConfig';
import { commandOf } from './commands';
import { fill, messages } from './messages/catalog';
import { contactVars, menu, withChoices } from './replies';
import type { HandoffRequest } from './services';

export abstract class InterruptibleDialog extends ComponentDialog {
  protected constructor(
    id: string,
    protected readonly townConfig: TownConfig,
  ) {
    super(id);
  }

  /** The prompts a yes does not answer (which child? which days?): there « d'accord, bonne soirée » is a goodbye. */
  protected readonly promptsWithoutYes: readonly string[] = [];

  override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    return (await this.interrupt(innerDc)) ?? super.onContinueDialog(innerDc);
  }

  private async interrupt(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const activity = innerDc.context.activity;
    if (activity.type !== 'message' || typeof activity.text !== 'string') return undefined;
    const c = messages.common;
    switch (commandOf(activity.text)) {
      case 'help':
        await innerDc.context.sendActivity(fill(c.helpInForm, { help: c.help }));
        await innerDc.repromptDialog();
        return { status: DialogTurnStatus.waiting };
      case 'cancel':
        await innerDc.context.sendActivity(menu(c.cancelled));
        return innerDc.cancelAllDialogs();
      case 'restart':
        await innerDc.context.sendActivity(menu(c.restart));
        return innerDc.cancelAllDialogs();
      case 'menu':
        await innerDc.context.sendActivity(menu());
        return innerDc.cancelAllDialogs();
      case 'handoff':
        return this.onHandoffAsked(innerDc, activity.text);
      case 'goodbyeAfterYes':
        // At a question a yes does not answer (which child?), the parent leaves; elsewhere the yes answers.
        if (!this.promptsWithoutYes.includes(innerDc.activeDialog?.id ?? '')) return undefined;
        return this.sayGoodbye(innerDc, activity.text);
      case 'goodbye':
        return this.sayGoodbye(innerDc, activity.text);
      default:
        return undefined;
    }
  }

  private async sayGoodbye(innerDc: DialogContext, text: string): Promise<DialogTurnResult> {
    const c = messages.common;
    await innerDc.context.sendActivity(/\b(?:soir|soiree|nuit)\b/i.test(text) ? c.goodbyeEvening : c.goodbye);
    return innerDc.cancelAllDialogs();
  }

  /** Ends this dialog and lets the main dialog hand over: it knows the family and the hand-over desk. */
  protected async onHandoffAsked(innerDc: DialogContext, text: string): Promise<DialogTurnResult> {
    const handoff = this.handoffRequest(innerDc, text);
    await innerDc.cancelAllDialogs();
    return { status: DialogTurnStatus.complete, result: { reroute: text, handoff } };
  }

  /** What staff should know when the parent asks for a person in the middle of this dialog. */
  protected handoffRequest(_innerDc: DialogContext, text: string): HandoffRequest {
    return { reason: 'asked', trigger: text };
  }

  /** "Not understood" once, then the offer of a person on the second time in a row. */
  protected async notUnderstood(context: TurnContext, timesInARow: number): Promise<void> {
    const c = messages.common;
    await context.sendActivity(
      timesInARow >= 2
        ? withChoices(fill(c.notUnderstoodTwice, contactVars(this.townConfig)), [messages.handoff.offerPerson])
        : c.notUnderstood,
    );
  }
}
