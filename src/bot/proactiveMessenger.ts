/**
 * Sends a message to a parent outside of their own turn (a staff reply, the bot taking
 * the conversation back, a decision), through a stored conversation reference.
 */
import type { CloudAdapter, ConversationReference } from 'botbuilder';
import type { ProactiveMessenger } from '../handoff/handoffService';

/** "**Sophie (service périscolaire)** : text", the colon spaced the French way. */
export const signed = (name: string, text: string) => `**${name}**\u202f: ${text}`;

export class AdapterProactiveMessenger implements ProactiveMessenger {
  constructor(
    private readonly adapter: CloudAdapter,
    /** The bot's Microsoft app id ('' when running without authentication). */
    private readonly appId: string,
  ) {}

  /** Throws when the conversation cannot be reached (closed, expired, its service gone). */
  async send(reference: unknown, text: string, author?: { name: string }): Promise<void> {
    let failure: unknown;
    await this.adapter.continueConversationAsync(this.appId, reference as Partial<ConversationReference>, async (context) => {
      // Caught here: an error left to the adapter would go to its turn error handler, which
      // answers an apology into the same dead conversation and reports nothing to the caller.
      try {
        if (author) {
          // A person writes: their signature on the message itself (every channel shows the
          // text), and as the sender's name and role for channels that show them.
          context.onSendActivities(async (_context, activities, next) => {
            for (const activity of activities) {
              activity.from = { ...activity.from, id: activity.from?.id ?? 'service', name: author.name, role: 'bot' };
              activity.channelData = { ...(activity.channelData as object | undefined), author: 'staff', staffName: author.name };
            }
            return next();
          });
        }
        await context.sendActivity(author ? signed(author.name, text) : text);
      } catch (error) {
        failure = error;
      }
    });
    if (failure !== undefined) throw failure;
  }
}
