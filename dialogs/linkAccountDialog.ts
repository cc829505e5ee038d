/**
 * Before anything of a family is shown, a channel user proves who they are: the e-mail
 * known to the service, then the 6-digit code sent there. Meanwhile what needs no
 * account is answered (help, the service's questions, opening hours, deadlines), then
 * the question asked again; bookings wait for the account.
 *
 * Every answer is the same whether the address is known or not (src/linking/accountLinking.ts).
 */
import { DialogTurnStatus, TextPrompt, WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogContext, DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { CLIENT_ADDRESS_TURN_KEY, CODE_LIFETIME_MINUTES } from '../src/linking/accountLinking';
import type { AccountLinking, ChannelUser, CodeRequestResult } from '../src/linking/accountLinking';
import type { RequestOptions } from './changeRequest';
import { commandOf } from './commands';
import { DEADLINE_DIALOG, DeadlineDialog } from './deadlineDialog';
import { faqAnswer } from './faqDialog';
import { normalise } from './frenchFormat';
import { InterruptibleDialog } from './interruptibleDialog';
import { fill, messages } from './messages/catalog';
import { contactVars, withChoices } from './replies';
import type { DialogServices, InterpretedIntent } from './services';

export const LINK_ACCOUNT_DIALOG = 'linkAccount';
const EMAIL_LOOP = `${LINK_ACCOUNT_DIALOG}.email`;
const CODE_LOOP = `${LINK_ACCOUNT_DIALOG}.code`;
const TEXT_PROMPT = `${LINK_ACCOUNT_DIALOG}.text`;
const m = messages.link;
const NEW_CODE = new RegExp(`^(${normalise(m.newCode)}|nouveau code|un nouveau code|renvoyer|renvoie|renvoyez|autre code|je n'ai (rien|pas) recu.*)$`);
const CHANGE_ADDRESS = new RegExp(`^(${normalise(m.changeAddress)}|autre adresse|changer l'adresse|changer mon adresse|changer d'e-?mail|mauvaise adresse)$`);
/** Requests that need the family: they wait for the account. */
const NEEDS_ACCOUNT: ReadonlySet<InterpretedIntent> = new Set<InterpretedIntent>(['reserve', 'cancel', 'check', 'absence', 'late_request']);

interface LoopOptions {
  /** The sentence to say before asking (welcome, bad address, expired code…). */
  intro?: string;
  /** Buttons under the question (code step: a new code, another address). */
  choices?: string[];
}

/** Result of the dialog: linked or not (the bot loads the family on the next turn). */
export interface LinkResult {
  linked: boolean;
}

export class LinkAccountDialog extends InterruptibleDialog {
  constructor(
    private readonly linking: AccountLinking,
    private readonly services: DialogServices,
  ) {
    super(LINK_ACCOUNT_DIALOG, services.rules.config);
    this.addDialog(new TextPrompt(TEXT_PROMPT));
    this.addDialog(new DeadlineDialog(services));
    this.addDialog(
      new WaterfallDialog<LoopOptions>(EMAIL_LOOP, [(s) => this.askEmail(s), (s) => this.sendCode(s), (s) => this.again(s, EMAIL_LOOP, m.emailReminder)]),
    );
    this.addDialog(
      new WaterfallDialog<LoopOptions>(CODE_LOOP, [(s) => this.askCode(s), (s) => this.checkCode(s), (s) => this.again(s, CODE_LOOP, m.codeReminder)]),
    );
    this.initialDialogId = EMAIL_LOOP;
  }

  override async beginDialog(...args: Parameters<InterruptibleDialog['beginDialog']>): Promise<DialogTurnResult> {
    const [outerDc] = args;
    return super.beginDialog(outerDc, { intro: m.welcome } satisfies LoopOptions);
  }

  /** "aide" before linking: what works without an account; "recommencer", "annuler", "menu": from the address again. */
  override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const text = innerDc.context.activity.text;
    const command = typeof text === 'string' ? commandOf(text) : undefined;
    if (command === 'help') {
      await innerDc.context.sendActivity(m.help);
      // The question of the current step again, without its introduction (the welcome, say).
      const loop = innerDc.stack.some((entry) => entry.id === CODE_LOOP) ? CODE_LOOP : EMAIL_LOOP;
      await innerDc.cancelAllDialogs();
      return innerDc.beginDialog(loop, {} satisfies LoopOptions);
    }
    if (command === 'cancel' || command === 'restart' || command === 'menu') {
      await innerDc.cancelAllDialogs();
      return innerDc.beginDialog(EMAIL_LOOP, { intro: m.welcome } satisfies LoopOptions);
    }
    return super.onContinueDialog(innerDc);
  }

  /** Not yet identified: no hand-over in the chat, but the service's phone and mailbox. */
  protected override async onHandoffAsked(innerDc: DialogContext): Promise<DialogTurnResult> {
    await innerDc.context.sendActivity(fill(messages.handoff.unlinked, contactVars(this.townConfig)));
    await innerDc.repromptDialog();
    return { status: DialogTurnStatus.waiting };
  }

  private async askEmail(step: WaterfallStepContext<LoopOptions>): Promise<DialogTurnResult> {
    const text = step.options.intro ? `${step.options.intro} ${m.askEmail}` : m.askEmail;
    return step.prompt(TEXT_PROMPT, { prompt: text });
  }

  private async sendCode(step: WaterfallStepContext<LoopOptions>): Promise<DialogTurnResult> {
    const text = String(step.result ?? '').trim();
    if (!text.includes('@')) {
      const answered = await this.answerWithoutAccount(step, text, EMAIL_LOOP);
      if (answered) return answered;
      if (!/\s/.test(text)) return step.replaceDialog(EMAIL_LOOP, { intro: m.badEmail });
      return step.replaceDialog(EMAIL_LOOP, { intro: m.notUnderstood });
    }
    return this.afterRequest(step, await this.linking.requestCode(channelUserOf(step.context), text));
  }

  private async afterRequest(step: WaterfallStepContext<LoopOptions>, result: CodeRequestResult): Promise<DialogTurnResult> {
    switch (result.status) {
      case 'invalid_email':
        return step.replaceDialog(EMAIL_LOOP, { intro: m.badEmail });
      case 'too_many_requests':
        return step.replaceDialog(EMAIL_LOOP, { intro: fill(m.tooManyRequests, contactVars(this.townConfig)) });
      case 'no_pending_code':
        return step.replaceDialog(EMAIL_LOOP, { intro: m.expired });
      case 'sent':
        return step.replaceDialog(CODE_LOOP, {
          intro: fill(result.delayed ? m.codeDelayed : m.codeSent, { minutes: CODE_LIFETIME_MINUTES }),
          choices: [m.newCode, m.changeAddress],
        });
    }
  }

  private async askCode(step: WaterfallStepContext<LoopOptions>): Promise<DialogTurnResult> {
    const choices = step.options.choices ?? [m.newCode, m.changeAddress];
    return step.prompt(TEXT_PROMPT, { prompt: withChoices(step.options.intro ?? m.askCode, choices) });
  }

  private async checkCode(step: WaterfallStepContext<LoopOptions>): Promise<DialogTurnResult> {
    const text = String(step.result ?? '');
    const asked = normalise(text);
    const user = channelUserOf(step.context);
    if (NEW_CODE.test(asked)) return this.afterRequest(step, await this.linking.requestNewCode(user));
    if (CHANGE_ADDRESS.test(asked)) return step.replaceDialog(EMAIL_LOOP, {});
    // The address typed again instead of the code: a code for it.
    if (/^\S+@\S+$/.test(text.trim())) return this.afterRequest(step, await this.linking.requestCode(user, text));
    const digits = text.replace(/[\s.-]/g, '');
    if (!/^\d{6}$/.test(digits)) {
      return (await this.answerWithoutAccount(step, text, CODE_LOOP)) ?? step.replaceDialog(CODE_LOOP, { intro: m.askCode });
    }
    const result = await this.linking.confirmCode(user, digits);
    switch (result.status) {
      case 'linked':
        await step.context.sendActivity(withChoices(fill(m.linked, { name: result.firstName }), []));
        return step.endDialog({ linked: true } satisfies LinkResult);
      case 'wrong_code':
        return step.replaceDialog(CODE_LOOP, { intro: fill(m.wrongCode, { left: result.triesLeft }) });
      case 'too_many_tries':
        return step.replaceDialog(EMAIL_LOOP, { intro: m.tooManyTries });
      case 'expired':
      case 'no_pending_code':
        return step.replaceDialog(EMAIL_LOOP, { intro: m.expired });
    }
  }

  /**
   * What needs no account is answered now (the service's questions, deadlines, help);
   * a request that needs the family is told to wait for the account. Undefined when the
   * message is none of these.
   */
  private async answerWithoutAccount(step: WaterfallStepContext<LoopOptions>, text: string, loop: string): Promise<DialogTurnResult | undefined> {
    if (!/[\p{L}\p{N}]/u.test(text)) return undefined;
    const meaning = this.services.understanding.understand(text, { now: this.services.clock.now(), children: [] });
    const options: RequestOptions = { text, interpretation: meaning };
    switch (meaning.intent) {
      case 'faq': {
        // Without its "Autre chose ? … menu" ending: the next step here is the account.
        const answer = faqAnswer(text, this.townConfig);
        await step.context.sendActivity(answer.endsWith(` ${messages.faq.next}`) ? answer.slice(0, -messages.faq.next.length - 1) : answer);
        return step.replaceDialog(loop, { intro: loop === EMAIL_LOOP ? m.emailReminder : m.codeReminder });
      }
      case 'deadline':
        return step.beginDialog(DEADLINE_DIALOG, options);
      case 'help':
        await step.context.sendActivity(m.help);
        return step.replaceDialog(loop, {});
      case 'smalltalk':
        return step.replaceDialog(loop, loop === EMAIL_LOOP ? { intro: m.welcome } : { intro: m.codeReminder });
      default:
        if (NEEDS_ACCOUNT.has(meaning.intent)) {
          return step.replaceDialog(loop, { intro: loop === EMAIL_LOOP ? m.needsAccount : `${m.needsAccount} ${m.codeReminder}` });
        }
        return undefined;
    }
  }

  /** After an answer given without an account: the question of the loop, once more. */
  private async again(step: WaterfallStepContext<LoopOptions>, loop: string, reminder: string): Promise<DialogTurnResult> {
    return step.replaceDialog(loop, { intro: reminder });
  }
}

/** The channel user of a turn, with the parent's own address when the HTTP layer knows it. */
export function channelUserOf(context: TurnContext): ChannelUser {
  const clientAddress = context.turnState.get(CLIENT_ADDRESS_TURN_KEY) as string | undefined;
  return { channelId: context.activity.channelId, userId: context.activity.from.id, ...(clientAddress ? { clientAddress } : {}) };
}
