/**
 * What keeps the turns of one conversation in order when several assistant processes
 * share one database (PostgreSQL): a lock per conversation held for the whole turn, so
 * that a message delivered to another process waits for the turn under way, then reads
 * the state it saved. One process alone needs nothing more than its TurnQueue.
 */
export interface ConversationTurnLock {
  /** Runs `work` holding the conversation's lock (across processes). */
  run<T>(conversationKey: string, work: () => Promise<T>): Promise<T>;
  /** Lets the lock's connections go (after the last turn). */
  close(): Promise<void>;
}

/**
 * The messages a conversation has already answered, by the channel's activity id: a
 * message delivered twice (a channel's retry, or a load balancer sending it to two
 * processes) is answered once. Asked at the start of a turn and written at its end,
 * both under the conversation's turn order, so a turn that failed half-way (its process
 * killed) is answered again when the channel retries.
 */
export interface ProcessedActivities {
  seen(conversationKey: string, activityId: string): Promise<boolean>;
  remember(conversationKey: string, activityId: string, at: Date): Promise<void>;
}
