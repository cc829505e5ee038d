/**
 * Sends a message to a parent outside of their own turn (a staff reply, the bot taking
 * the conversation back), through the conversation reference stored at hand-over.
 */
import type { CloudAdapter, ConversationReference } from 'botbuilder';
import type { ProactiveMessenger } from '../handoff/handoffService';

export class AdapterProactiveMessenger implements ProactiveMessenger {
  constructor(
    private readonly adapter: CloudAdapter,
    /** The bot's Microsoft app id ('' when running without authentication). */
    private readonly appId: string,
  ) {}

  async send(reference: unknown, text: string): Promise<void> {
    await this.adapter.continueConversationAsync(this.appId, reference as Partial<ConversationReference>, async (context) => {
      await context.sendActivity(text);
    });
  }
}
