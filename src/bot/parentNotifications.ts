/**
 * What a parent must be told (a staff decision, a freed place, an act done for them by
 * the service) reaches them twice: by e-mail every time, and in the most recent
 * conversation they had with the assistant on any channel: proactively
 * (src/bot/proactiveNotifier.ts) or, failing that, at the start of their next turn.
 *
 * How to tell a parent something (the port other features use):
 * 1. in the transaction that makes the change, write a notification row for each
 *    guardian: `RequestTransaction.notify` or `BookingTransaction.enqueueNotification`
 *    (kind, guardianId, payload);
 * 2. its French sentence comes from `toNotificationView` (src/requests/requestViews.ts):
 *    add a case for a new kind, or use kind `service_notice` with `{ text }` for a
 *    sentence written by the caller;
 * 3. call `wake()` on the assistant's notifier (`Assistant.notifier`) so that it goes now
 *    rather than at the next pass (a decision through RequestUseCases does it already).
 */
import { TurnContext } from 'botbuilder';
import type { ConversationReference } from 'botbuilder';
import type { NotificationView } from '../requests/requestViews';

/** The request use cases' notification side (RequestUseCases implements it). */
export interface NotificationSource {
  /** Not yet told in a conversation (never told, or mailed but undelivered), oldest first. */
  pendingNotifications(guardianId: number): Promise<NotificationView[]>;
  /**
   * Takes one to tell now; its e-mail is queued in the same transaction the first time.
   * Undefined when another teller (a turn, the notifier) took it first.
   */
  claimNotification(
    id: number,
    options: { now: Date; guardianId?: number; onlyPending?: boolean; status?: 'sent' | 'failed' },
  ): Promise<NotificationView | undefined>;
  /** A notice claimed for a proactive message (`status: 'failed'`) was told in the conversation. */
  markTold(id: number, at: Date): Promise<void>;
  /** Guardians with something never told yet. */
  guardiansToNotify(): Promise<number[]>;
}

/** The latest conversation reference of each guardian (the most recent conversation, any channel). */
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
  /**
   * Whether this process may skip saving a reference it saved last for that guardian
   * (default true). Not with several processes (PostgreSQL): the parent may have written
   * from another conversation through another process since, so every turn saves.
   */
  memoSavedReferences?: boolean;
}

export class ParentNotifications {
  /** Last reference saved per guardian (conversation + service URL): a turn writes only when it changed. */
  private readonly saved = new Map<number, string>();

  constructor(private readonly deps: ParentNotificationsDeps) {}

  /**
   * At the start of a linked parent's activity (a message, or the page opening a new
   * conversation): this conversation becomes the one they are reached in, and what is
   * pending is told, each notice once.
   */
  async onLinkedTurn(context: TurnContext, guardianId: number): Promise<void> {
    await this.remember(context, guardianId);
    if (this.deps.pending && !(await this.deps.pending.anyPending(guardianId))) return;
    for (const notification of await this.deps.source.pendingNotifications(guardianId)) {
      // Claimed first: a notice the proactive notifier or another turn took is not told twice.
      const claimed = await this.deps.source.claimNotification(notification.id, { now: this.deps.now(), guardianId });
      if (claimed) await context.sendActivity(claimed.text);
    }
  }

  private async remember(context: TurnContext, guardianId: number): Promise<void> {
    const references = this.deps.references;
    const activity = context.activity;
    if (!references || !activity.conversation?.id || !activity.serviceUrl) return;
    const key = `${activity.channelId}|${activity.conversation.id}|${activity.serviceUrl}`;
    const memo = this.deps.memoSavedReferences !== false;
    if (memo && this.saved.get(guardianId) === key) return;
    await references.save(guardianId, TurnContext.getConversationReference(activity), this.deps.now());
    if (memo) this.saved.set(guardianId, key);
  }
}
