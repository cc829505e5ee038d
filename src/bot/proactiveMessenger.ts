/**
 * Sends a message to a parent outside of their own turn (a staff reply, the bot taking
 * the conversation back, a decision), through a stored conversation reference.
 */
import type { CloudAdapter, ConversationReference } from 'botbuilder';
import type { ProactiveMessenger } from '../handoff/handoffService';

export class AdapterProactiveMessenger implements ProactiveMessenger {
  constructor(
    private readonly adapter: CloudAdapter,
    /** The bot's Microsoft app id ('' when running without authentication). */
    private readonly appId: string,
  ) {}

  /** Throws when the conversation cannot be reached (closed, expired, its service gone). */
  async send(reference: unknown, text: string): Promise<void> {
    let failure: unknown;
    await this.adapter.continueConversationAsync(this.appId, reference as Partial<ConversationReference>, async (context) => {
      // Caught here: an error left to the adapter would go to its turn error handler, which
      // answers an apology into the same dead conversation and reports nothing to the caller.
      try {
        await context.sendActivity(text);
      } catch (error) {
        failure = error;
      }
    });
    if (failure !== undefined) throw failure;
  }
}
