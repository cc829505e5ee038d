/**
 * Before anything else, a channel user proves who they are: the e-mail known to the
 * service, then the 6-digit code sent there. Nothing of a family is shown before.
 */
import { DialogTurnStatus, TextPrompt, WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogContext, DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import type { TownConfig } from '../src/config/townConfig';
import { CODE_LIFETIME_MINUTES } from '../src/linking/accountLinking';
import type { AccountLinking, ChannelUser } from '../src/linking/accountLinking';
import { normalise } from './frenchFormat';
import { InterruptibleDialog } from './interruptibleDialog';
import { fill, messages } from './messages/catalog';
import { contactVars, withChoices } from './replies';

export const LINK_ACCOUNT_DIALOG = 'linkAccount';
const EMAIL_LOOP = `${LINK_ACCOUNT_DIALOG}.email`;
const CODE_LOOP = `${LINK_ACCOUNT_DIALOG}.code`;
const TEXT_PROMPT = `${LINK_ACCOUNT_DIALOG}.text`;
const NEW_CODE = /^(nouveau code|renvoyer|renvoie|autre code|autre adresse|changer d'adresse)/;
const m = messages.link;

interface EmailStepOptions {
  /** The sentence to say before asking (welcome, bad address, expired code…). */
  intro?: string;
}

/** Result of the dialog: linked or not (the bot loads the family on the next turn). */
export interface LinkResult {
  linked: boolean;
}

export class LinkAccountDialog extends InterruptibleDialog {
  constructor(
    private readonly linking: AccountLinking,
    config: TownConfig,
  ) {
    super(LINK_ACCOUNT_DIALOG, config);
    this.addDialog(new TextPrompt(TEXT_PROMPT));
    this.addDialog(new WaterfallDialog<EmailStepOptions>(EMAIL_LOOP, [(s) => this.askEmail(s), (s) => this.sendCode(s)]));
    this.addDialog(new WaterfallDialog<EmailStepOptions>(CODE_LOOP, [(s) => this.askCode(s), (s) => this.checkCode(s)]));
    this.initialDialogId = EMAIL_LOOP;
  }

  override async beginDialog(...args: Parameters<InterruptibleDialog['beginDialog']>): Promise<DialogTurnResult> {
    const [outerDc] = args;
    return super.beginDialog(outerDc, { intro: m.welcome } satisfies EmailStepOptions);
  }

  /** Not yet identified: no hand-over in the chat, but the service's phone and mailbox. */
  protected override async onHandoffAsked(innerDc: DialogContext): Promise<DialogTurnResult> {
    await innerDc.context.sendActivity(fill(messages.handoff.unlinked, contactVars(this.townConfig)));
    await innerDc.repromptDialog();
    return { status: DialogTurnStatus.waiting };
  }

  private async askEmail(step: WaterfallStepContext<EmailStepOptions>): Promise<DialogTurnResult> {
    const text = step.options.intro ? `${step.options.intro} ${m.askEmail}` : m.askEmail;
    return step.prompt(TEXT_PROMPT, { prompt: text });
  }

  private async sendCode(step: WaterfallStepContext<EmailStepOptions>): Promise<DialogTurnResult> {
    const email = String(step.result ?? '').trim();
    const result = await this.linking.requestCode(channelUserOf(step.context), email);
    if (result.status === 'invalid_email') return step.replaceDialog(EMAIL_LOOP, { intro: m.badEmail });
    if (result.status === 'too_many_requests') {
      return step.replaceDialog(EMAIL_LOOP, { intro: fill(m.tooManyRequests, contactVars(this.townConfig)) });
    }
    return step.replaceDialog(CODE_LOOP, { intro: fill(m.codeSent, { minutes: CODE_LIFETIME_MINUTES }) });
  }

  private async askCode(step: WaterfallStepContext<EmailStepOptions>): Promise<DialogTurnResult> {
    return step.prompt(TEXT_PROMPT, { prompt: step.options.intro ?? m.askCode });
  }

  private async checkCode(step: WaterfallStepContext<EmailStepOptions>): Promise<DialogTurnResult> {
    const text = String(step.result ?? '');
    if (NEW_CODE.test(normalise(text))) return step.replaceDialog(EMAIL_LOOP, {});
    const digits = text.replace(/[\s.-]/g, '');
    if (!/^\d{6}$/.test(digits)) return step.replaceDialog(CODE_LOOP, { intro: m.askCode });
    const result = await this.linking.confirmCode(channelUserOf(step.context), digits);
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
}

export function channelUserOf(context: TurnContext): ChannelUser {
  return { channelId: context.activity.channelId, userId: context.activity.from.id };
}
