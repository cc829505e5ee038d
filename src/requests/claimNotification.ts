/**
 * Telling a parent what they must hear (a staff decision, a freed place): whoever tells
 * it first (the parent's own turn, or the proactive notifier) claims it, and the first
 * claim also queues its e-mail, in the same transaction: the mail goes out exactly
 * once, and every time.
 */
import { notificationMail } from './notificationMail';
import type { RequestDependencies } from './ports';
import { toNotificationView, type NotificationView } from './requestViews';

export interface ClaimCommand {
  id: number;
  now: Date;
  /** Only this guardian's notification (ids coming from a conversation). */
  guardianId?: number;
  /** Only one not told anywhere yet (the proactive notifier): one mailed but undelivered waits for the parent's turn. */
  onlyPending?: boolean;
  /**
   * Told in the caller's turn (`sent`, the default), or about to be sent proactively
   * (`failed` until `markTold`: a turn in between may still tell it).
   */
  status?: 'sent' | 'failed';
}

/** The notification to tell now, or undefined when it is not there to be told (someone else did). */
export async function claimNotification(deps: RequestDependencies, command: ClaimCommand): Promise<NotificationView | undefined> {
  let queued = false;
  const view = await deps.store.transaction(async (tx) => {
    const claimed = await tx.claimNotification(command.id, {
      at: command.now,
      guardianId: command.guardianId,
      onlyPending: command.onlyPending,
      status: command.status ?? 'sent',
    });
    if (!claimed) return undefined;
    const notice = toNotificationView(claimed.notification);
    if (claimed.was === 'pending') {
      const guardian = await tx.findGuardian(claimed.notification.guardianId);
      if (guardian && /^[^\s@]+@[^\s@]+$/.test(guardian.email)) {
        await tx.enqueueMail(notificationMail(guardian, notice, deps.settings.mailbox));
        queued = true;
      }
    }
    return notice;
  });
  if (queued) deps.onMailQueued?.();
  return view;
}
