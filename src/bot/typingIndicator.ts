/**
 * A typing indicator on slow turns only: sent after `delayMs`, repeated every
 * `periodMs`, until the turn ends. Unlike botbuilder's ShowTypingMiddleware it stays
 * quiet when the channel waits for the replies inline (expectReplies: the typing would
 * go to a serviceUrl nobody listens on), and a failed indicator is only logged: it must
 * never turn into a turn error that resets the conversation.
 */
import { ActivityTypes, DeliveryModes, TurnContext } from 'botbuilder';
import type { Middleware } from 'botbuilder';
import type { Logger } from 'pino';

export class TypingIndicator implements Middleware {
  constructor(
    private readonly logger: Logger,
    private readonly delayMs = 800,
    private readonly periodMs = 2000,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const activity = context.activity;
    if (activity.type !== ActivityTypes.Message || activity.deliveryMode === DeliveryModes.ExpectReplies) return next();
    let timer: NodeJS.Timeout | undefined;
    let finished = false;
    const schedule = (delay: number) => {
      timer = setTimeout(() => {
        if (finished) return;
        void this.sendTyping(context).finally(() => {
          if (!finished) schedule(this.periodMs);
        });
      }, delay);
    };
    schedule(this.delayMs);
    try {
      await next();
    } finally {
      finished = true;
      clearTimeout(timer);
    }
  }

  private async sendTyping(context: TurnContext): Promise<void> {
    try {
      const reference = TurnContext.getConversationReference(context.activity);
      // Straight to the adapter: a typing activity must not count as the turn's answer.
      await context.adapter.sendActivities(context, [TurnContext.applyConversationReference({ type: ActivityTypes.Typing }, reference)]);
    } catch (error) {
      this.logger.warn({ err: error }, 'typing indicator not sent');
    }
  }
}
