/**
 * "Parler à quelqu'un": hands the conversation to the service's staff when they are at
 * work; outside their hours, offers to leave a written message for the mailbox instead.
 */
import { TextPrompt, WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { ComponentDialog } from 'botbuilder-dialogs';
import { yesNoOf } from './commands';
import { normalise } from './frenchFormat';
import { fill, messages } from './messages/catalog';
import { contactVars, yesNo } from './replies';
import type { DialogServices, HandoffRequest } from './services';
import { familyOf } from './turnFamily';

export const HANDOFF_DIALOG = 'handoff';
const MAIN = `${HANDOFF_DIALOG}.main`;
const ANSWER = `${HANDOFF_DIALOG}.answer`;
const m = messages.handoff;
/** "oui je veux bien …", "d'accord, …", "ok merci …": a yes opening a longer answer. */
const YES_FIRST = /^(?:oui|ouais|ok|okay|d'accord|daccord|volontiers|je veux bien|avec plaisir|oui merci)\b/;
/** "non merci, …", "pas la peine …": a no opening a longer answer. */
const NO_FIRST = /^(?:non|nan|pas la peine|pas besoin|inutile)\b/;
/** "revenir à l'assistant", "laissez tomber", "tant pis, je rappellerai lundi": the offer declined in other words. */
const BACK_TO_ASSISTANT =
  /^(?:(?:je (?:veux|voudrais|prefere) )?(?:revenir|retourner|retour) (?:a l'assistant|a l' assistant|a l assistant|au robot|au bot|au menu|au chat|a la conversation)|(?:bon |ok )?laisse[rz]? tomber|tant pis|c'est bon|plus tard|(?:je )?(?:rappellerai|reviendrai|repasserai|reessaierai)|je (?:vais )?(?:rappeler|revenir|repasser|reessayer) (?:plus tard|demain|lundi))\b/;

/** Yes or no to an offer of the hand-over, said in more words too ("oui je veux bien parler à quelqu'un", "laissez tomber"). */
function offerAnswerOf(answer: string): 'yes' | 'no' | undefined {
  const folded = normalise(answer);
  return yesNoOf(answer) ?? (YES_FIRST.test(folded) ? 'yes' : NO_FIRST.test(folded) || BACK_TO_ASSISTANT.test(folded) ? 'no' : undefined);
}

export class HandoffDialog extends ComponentDialog {
  constructor(private readonly services: DialogServices) {
    super(HANDOFF_DIALOG);
    this.addDialog(new TextPrompt(ANSWER));
    this.addDialog(
      new WaterfallDialog<HandoffRequest>(MAIN, [
        (s) => this.handOver(s),
        (s) => this.readOffer(s),
        (s) => this.sendMessage(s),
      ]),
    );
    this.initialDialogId = MAIN;
  }

  private get vars() {
    return contactVars(this.services.rules.config);
  }

  private async handOver(step: WaterfallStepContext<HandoffRequest>): Promise<DialogTurnResult> {
    const outcome = await this.services.handoff.request(step.context, step.options);
    const sensitive = step.options.reason === 'sensitive' || step.options.reason === 'upset';
    if (outcome === 'out_of_hours') {
      // A child's safety cannot wait for the service's opening hours.
      const urgent = step.options.reason === 'sensitive' ? `${m.urgentOutOfHours} ` : '';
      if (!this.services.serviceMessages) {
        await step.context.sendActivity(urgent + fill(m.outOfHoursContacts, this.vars));
        return step.endDialog();
      }
      return step.prompt(ANSWER, { prompt: yesNo(urgent + fill(m.outOfHours, this.vars)) });
    }
    await step.context.sendActivity(
      outcome === 'already_open' ? m.alreadyOpen : sensitive ? fill(m.sensitive, this.vars) : m.opened,
    );
    return step.endDialog();
  }

  private async readOffer(step: WaterfallStepContext<HandoffRequest>): Promise<DialogTurnResult> {
    const answer = String(step.result);
    const said = offerAnswerOf(answer);
    if (said === 'yes') return step.prompt(ANSWER, { prompt: m.askMessage });
    if (said === 'no') {
      await step.context.sendActivity(fill(m.messageNotSent, this.vars));
      return step.endDialog();
    }
    // Neither: a new request of its own is read as such; anything else ("elle s'appelle Mme Dupuis") is what the parent wants
    // the service to know: offered to be sent, never sent unasked.
    if (this.isNewRequest(step, answer)) return step.endDialog({ reroute: answer });
    (step.values as { pending?: string }).pending = answer;
    return step.prompt(ANSWER, { prompt: yesNo(m.sendThis) });
  }

  /** A request the assistant handles itself ("réserver Léa mercredi 16", "c'est quand la date limite ?"). */
  private isNewRequest(step: WaterfallStepContext<HandoffRequest>, text: string): boolean {
    const family = familyOf(step.context);
    const meaning = this.services.understanding.understand(text, { now: this.services.clock.now(), children: family.children.map((c) => c.firstName) });
    return !['none', 'smalltalk', 'handoff', 'ambiguous'].includes(meaning.intent);
  }

  private async sendMessage(step: WaterfallStepContext<HandoffRequest>): Promise<DialogTurnResult> {
    const { pending } = step.values as { pending?: string };
    if (pending !== undefined) {
      const answer = String(step.result);
      const said = offerAnswerOf(answer);
      if (said === 'no') {
        await step.context.sendActivity(fill(m.messageNotSent, this.vars));
        return step.endDialog();
      }
      // (Neither yes nor no: nothing is sent; the answer is read as a message of its own.)
      if (said !== 'yes') return step.endDialog({ reroute: answer });
    }
    const text = (pending ?? String(step.result)).slice(0, 4000);
    const family = familyOf(step.context);
    const activity = step.context.activity;
    const sender = this.services.serviceMessages;
    if (!sender) return step.endDialog();
    const receipt = await sender.send({
      guardianId: family.guardianId,
      text: step.options.trigger && step.options.trigger !== text ? `${text}\n\n(Contexte : « ${step.options.trigger} »)` : text,
      channel: activity.channelId,
      idempotencyKey: `${activity.channelId}:${activity.conversation?.id}:${activity.id ?? Date.now()}`,
      now: this.services.clock.now(),
    });
    await step.context.sendActivity(fill(m.messageSent, { ...this.vars, number: receipt.number }));
    return step.endDialog();
  }
}
