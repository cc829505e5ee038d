/**
 * Tells parents what is pending without waiting for them to write: on a timer, for each
 * guardian with something to be told and a stored conversation reference, sends the
 * messages through the adapter, then marks them told. A failed delivery (a channel that
 * only answers, a closed conversation) leaves them pending for the parent's next turn.
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

export class ProactiveNotifier {
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<unknown> | undefined;

  constructor(private readonly deps: ProactiveNotifierDeps) {}

  /** One pass; returns how many messages were delivered. */
  async runOnce(): Promise<number> {
    let delivered = 0;
    for (const guardianId of await this.deps.source.guardiansToNotify()) {
      const reference = await this.deps.references.find(guardianId);
      if (!reference) continue;
      for (const notification of await this.deps.source.pendingNotifications(guardianId)) {
        try {
          await this.deps.messenger.send(reference, notification.text);
        } catch (error) {
          this.deps.logger?.debug({ err: error, guardianId }, 'proactive notification not delivered; kept for the next turn');
          break;
        }
        // Sent first, then marked: a crash in between repeats one message rather than losing it.
        await this.deps.source.markNotified([notification.id], { now: this.deps.now(), guardianId });
        delivered += 1;
      }
    }
    return delivered;
  }

  /** Passes every intervalMs until stop(); the timer does not keep the process alive. */
  start(): void {
    if (this.timer) return;
    const interval = this.deps.intervalMs ?? 60_000;
    const tick = () => {
      this.current = this.runOnce()
        .catch((error: unknown) => this.deps.logger?.warn({ err: error }, 'proactive notifications pass failed'))
        .finally(() => {
          this.current = undefined;
          if (this.timer) this.timer = setTimeout(tick, interval).unref();
        });
    };
    this.timer = setTimeout(tick, interval).unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.current;
  }
}
