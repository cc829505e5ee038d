/**
 * The code's mail through the outbox (model OutboxMail): queued, then sent by the
 * OutboxWorker at once (wake) and retried if the relay fails, so an SMTP outage delays
 * linking instead of making it impossible.
 */
import type { PrismaClient } from '../infrastructure/database/createPrismaClient';
import { MailOutbox } from '../mail/mailOutbox';
import { PrismaOutboxRepository, type PrismaTx } from '../infrastructure/mail/prismaOutboxRepository';
import type { CodeMail } from './linkingPorts';

/** The outbox reference of these mails, for operators. */
export const CODE_MAIL_REFERENCE = 'linking-code';
/** A mail still waiting this long after it was queued is late. */
const LATE_AFTER_MS = 60_000;

export class OutboxCodeMail implements CodeMail {
  private readonly outbox: MailOutbox<PrismaTx>;

  constructor(
    private readonly prisma: PrismaClient,
    /** `now`: the outbox's clock (the worker's), by default the system's. */
    private readonly options: { messageIdDomain: string; now?: () => Date; onQueued?: () => void },
  ) {
    this.outbox = new MailOutbox(new PrismaOutboxRepository(prisma), { messageIdDomain: options.messageIdDomain, now: options.now ?? (() => new Date()) });
  }

  async send(mail: { to: string; subject: string; text: string }): Promise<string> {
    const { messageId } = await this.prisma.$transaction((tx) => this.outbox.enqueue(tx, { ...mail, reference: CODE_MAIL_REFERENCE }));
    // After the commit: the worker sends it now rather than at its next poll.
    this.options.onQueued?.();
    return messageId;
  }

  async sendDelay(ref: string): Promise<number | 'waiting' | undefined> {
    const row = await this.prisma.outboxMail.findUnique({ where: { messageId: ref }, select: { createdAt: true, sentAt: true, status: true } });
    if (!row || row.status === 'dead') return undefined;
    return row.sentAt ? Math.max(0, row.sentAt.getTime() - row.createdAt.getTime()) : 'waiting';
  }

  /** Any mail waiting after a failed try, or queued more than a minute ago and not sent: the relay is late for everyone. */
  async delayed(now: Date): Promise<boolean> {
    const late = await this.prisma.outboxMail.count({
      where: { status: 'pending', OR: [{ attempts: { gt: 0 } }, { createdAt: { lt: new Date(now.getTime() - LATE_AFTER_MS) } }] },
    });
    return late > 0;
  }
}
