/**
 * Activity ids recently seen, per conversation, to drop a message a channel delivers
 * twice (a retry after a slow answer). Kept in memory: a redelivery comes within
 * seconds, and a change replayed after a restart is still caught by the booking use
 * cases' idempotency keys. Bounded, oldest conversations forgotten first.
 */
export class RecentActivities {
  private readonly seen = new Map<string, string[]>();

  constructor(
    private readonly perConversation = 50,
    private readonly conversations = 10_000,
  ) {}

  /** Records the id; true when it had already been seen in that conversation. */
  checkAndRemember(conversationKey: string, activityId: string): boolean {
    const ids = this.seen.get(conversationKey) ?? [];
    if (ids.includes(activityId)) return true;
    this.seen.delete(conversationKey);
    this.seen.set(conversationKey, [...ids.slice(-(this.perConversation - 1)), activityId]);
    if (this.seen.size > this.conversations) this.seen.delete(this.seen.keys().next().value as string);
    return false;
  }
}
