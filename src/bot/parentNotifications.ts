/**
 * What a parent must be told (a staff decision, a freed place on the waiting list):
 * shown once at the start of their next turn, and the conversation reference kept so
 * that the proactive notifier can tell them sooner.
 */
import { TurnContext } from 'botbuilder';
import type { ConversationReference } from 'botbuilder';
import type { NotificationView } from '../requests/requestViews';

/** The request use cases' notification side (RequestUseCases implements it). */
export interface NotificationSource {
  pendingNotifications(guardianId: number): Promise<NotificationView[]>;
  /** Returns how many changed (0 when someone else marked it first). */
  markNotified(ids: readonly number[], options: { now: Date; guardianId?: number }): Promise<number>;
  guardiansToNotify(): Promise<number[]>;
}

/** The latest conversation reference of each guardian. */
export interface ConversationReferences {
  save(guardianId: number, reference: Partial<ConversationReference>, at: Date): Promise<void>;
  find(guardianId: number): Promise<Partial<ConversationReference> | undefined>;
}

/** A cheap "is anything pending for this guardian?" (one indexed query), asked before the full read. */
export interface PendingCheck {
  anyPending(guardianId: number): Promise<boolean>;
}

export interface ParentNotificationsDeps {
  source: NotificationSource;
  /**
   * Asked on every turn before `source.pendingNotifications`: almost always nothing is
   * pending. It reads the database each time (notifications are also created by the
   * staff command line in another process), so the parent still hears at the next turn.
   */
  pending?: PendingCheck;
  references?: ConversationReferences;
  now: () => Date;
}

export class ParentNotifications {
  /** Last reference saved per guardian (conversation + service URL): a turn writes only when it changed. */
  private readonly saved = new Map<number, string>();

  constructor(private readonly deps: ParentNotificationsDeps) {}

  /** At the start of a linked parent's turn: remember where they are, tell what is pending (each once). */
  async onLinkedTurn(context: TurnContext, guardianId: number): Promise<void> {
    await this.remember(context, guardianId);
    if (this.deps.pending && !(await this.deps.pending.anyPending(guardianId))) return;
    const pending = await this.deps.source.pendingNotifications(guardianId);
    for (const notification of pending) {
      // Claimed first: a notification the proactive notifier or another turn took is not told twice.
      const claimed = await this.deps.source.markNotified([notification.id], { now: this.deps.now(), guardianId });
      if (claimed === 1) await context.sendActivity(notification.text);
    }
  }

  private async remember(context: TurnContext, guardianId: number): Promise<void> {
    const references = this.deps.references;
    const activity = context.activity;
    if (!references || !activity.conversation?.id || !activity.serviceUrl) return;
    const key = `${activity.channelId}|${activity.conversation.id}|${activity.serviceUrl}`;
    if (this.saved.get(guardianId) === key) return;
    await references.save(guardianId, TurnContext.getConversationReference(activity), this.deps.now());
    this.saved.set(guardianId, key);
  }
}
