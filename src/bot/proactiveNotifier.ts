/**
 * Tells parents what is pending without waiting for them to write: on a timer (and at
 * once when woken), for each guardian with a notice never told, claims it (which queues
 * its e-mail, every time) and sends it to their most recent conversation. A conversation
 * that cannot be reached (closed, a channel that only answers, none yet) leaves the
 * notice for the parent's next turn; the e-mail has gone anyway. (In the database, status
 * `failed` means exactly that: e-mailed, not yet told in a conversation.)
 */
import type { Logger } from 'pino';
import type { ProactiveMessenger } from '../handoff/handoffService';
import type { ConversationReferences, NotificationSource } from './parentNotifications';

export interface ProactiveNotifierDeps {
  source: NotificationSource;
  references: ConversationReferences;
  messenger: ProactiveMessenger;
  now: () => Date;
  logger?: Pick<Logger, 'warn' | 'debug'>;
  /** Pause between passes (default one minute). */
  intervalMs?: number;
}

/** What one pass did. */
export interface NotifierPass {
  /** Notices claimed (each one's e-mail queued). */
  claimed: number;
  /** Of those, told in a conversation. */
  delivered: number;
}

export class ProactiveNotifier {
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<unknown> | undefined;
  private again = false;

  constructor(private readonly deps: ProactiveNotifierDeps) {}

  /** One pass; returns how many notices were told in a conversation. */
  async runOnce(): Promise<number> {
    return (await this.pass()).delivered;
  }

  /** One pass, with what it did. */
  async pass(): Promise<NotifierPass> {
    const done: NotifierPass = { claimed: 0, delivered: 0 };
    for (const guardianId of await this.deps.source.guardiansToNotify()) {
      const reference = await this.deps.references.find(guardianId);
      for (const notification of await this.deps.source.pendingNotifications(guardianId)) {
        // Claimed first, its e-mail queued in the same transaction; marked told only once
        // the conversation took it. Until then the parent's own turn may tell it (a closed
        // conversation, a slow channel): never lost, at worst told twice.
        const claimed = await this.deps.source.claimNotification(notification.id, { now: this.deps.now(), guardianId, onlyPending: true, status: 'failed' });
        if (!claimed) continue;
        done.claimed += 1;
        try {
          if (!reference) throw new Error('no conversation yet');
          await this.deps.messenger.send(reference, claimed.text);
          await this.deps.source.markTold(notification.id, this.deps.now());
          done.delivered += 1;
        } catch (error) {
          this.deps.logger?.debug({ err: error, guardianId }, 'notice not delivered in a conversation (e-mailed); kept for the next turn');
        }
      }
    }
    return done;
  }

  /** Passes every intervalMs until stop(); the timer does not keep the process alive. */
  start(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => this.tick(), this.deps.intervalMs ?? 60_000).unref();
  }

  /** Runs a pass now (after a decision), or right after the one under way. */
  wake(): void {
    if (!this.timer) return;
    if (this.current) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.tick(), 0).unref();
  }

  private tick(): void {
    this.current = this.pass()
      .catch((error: unknown) => this.deps.logger?.warn({ err: error }, 'proactive notifications pass failed'))
      .finally(() => {
        this.current = undefined;
        if (!this.timer) return;
        const delay = this.again ? 0 : (this.deps.intervalMs ?? 60_000);
        this.again = false;
        this.timer = setTimeout(() => this.tick(), delay).unref();
      });
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.current;
  }
}
