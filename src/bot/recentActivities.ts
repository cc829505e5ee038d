/**
 * Activity ids recently answered, per conversation, in memory: the duplicate detection
 * of a bot built without a database (the default of PeriscolaireBot when no
 * ProcessedActivities is given). The assistant itself keeps them in the database
 * (SqlProcessedActivities), which every process sees. Bounded, oldest conversations
 * forgotten first.
 */
import type { ProcessedActivities } from './turnOrder';

export class RecentActivities implements ProcessedActivities {
  private readonly seenIds = new Map<string, string[]>();

  constructor(
    private readonly perConversation = 50,
    private readonly conversations = 10_000,
  ) {}

  async seen(conversationKey: string, activityId: string): Promise<boolean> {
    return this.seenIds.get(conversationKey)?.includes(activityId) ?? false;
  }

  async remember(conversationKey: string, activityId: string): Promise<void> {
    const ids = this.seenIds.get(conversationKey) ?? [];
    if (ids.includes(activityId)) return;
    this.seenIds.delete(conversationKey);
    this.seenIds.set(conversationKey, [...ids.slice(-(this.perConversation - 1)), activityId]);
    if (this.seenIds.size > this.conversations) this.seenIds.delete(this.seenIds.keys().next().value as string);
  }
}
