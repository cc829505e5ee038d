/**
 * Drains the outbox: claims due mails, sends them, records the outcome; retries with
 * capped exponential back-off. Nothing is kept in memory between polls, so a restart
 * resumes from the stored rows; a crash between "sent" and "marked" leads to one resend
 * with the same Message-ID and Date, i.e. the same logical mail.
 */
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { MailLogger } from './mailLogger';
import type { MailAttachment, MailSender, OutgoingMail } from './mailSender';
import { decodeOutboxPayload, type OutboxMessage } from './outboxMessage';
import type { OutboxQueue } from './outboxRepository';
import { classifySendError, DEFAULT_RETRY_POLICY, PermanentSendError, retryDelayMs, type RetryPolicy } from './retryPolicy';

/** Reads a stored document for an attachment; undefined when it no longer exists (purged). */
export type DocumentContentReader = (documentId: string) => Promise<Buffer | undefined>;

export interface OutboxWorkerOptions {
  logger: MailLogger;
  now?: () => Date;
  /** Pause between polls when the outbox is empty. */
  pollIntervalMs?: number;
  batchSize?: number;
  /** How long a claim holds a row; must exceed the sender's own timeouts. */
  leaseMs?: number;
  retry?: RetryPolicy;
  random?: () => number;
  workerId?: string;
  readDocument?: DocumentContentReader;
}

/** What one pass did. */
export interface OutboxBatchReport {
  claimed: number;
  sent: number;
  retried: number;
  dead: number;
  released: number;
}

type Outcome = 'sent' | 'retried' | 'dead';

/** The background sender of the outbox; start() once at start-up, stop() on shutdown. */
export class OutboxWorker {
  readonly workerId: string;
  private readonly now: () => Date;
  private readonly pollIntervalMs: number;
  private readonly batchSize: number;
  private readonly leaseMs: number;
  private readonly retry: RetryPolicy;
  private readonly random: () => number;
  private running = false;
  private stopping = false;
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<void> | undefined;
  private wakeRequested = false;

  constructor(
    private readonly queue: OutboxQueue,
    private readonly sender: MailSender,
    private readonly options: OutboxWorkerOptions,
  ) {
    this.workerId = options.workerId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.now = options.now ?? (() => new Date());
    this.pollIntervalMs = options.pollIntervalMs ?? 5_000;
    this.batchSize = options.batchSize ?? 10;
    this.leaseMs = options.leaseMs ?? 5 * 60_000;
    this.retry = options.retry ?? DEFAULT_RETRY_POLICY;
    this.random = options.random ?? Math.random;
  }

  /** Starts polling (first pass immediately). Idempotent. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.schedule(0);
  }

  /** Stops polling and waits for the pass in progress; mails claimed but not tried are released. */
  async stop(): Promise<void> {
    this.running = false;
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    try {
      await this.current;
    } finally {
      this.stopping = false;
    }
  }

  /** Asks for a pass now (after a transaction that enqueued a mail has committed). */
  wake(): void {
    if (!this.running) return;
    if (this.current) {
      this.wakeRequested = true;
    } else {
      if (this.timer) clearTimeout(this.timer);
      this.schedule(0);
    }
  }

  /** One pass: claim up to batchSize due mails and try each. Safe to call without start(). */
  async runOnce(): Promise<OutboxBatchReport> {
    const now = this.now();
    const claimed = await this.queue.claimDue({
      now,
      limit: this.batchSize,
      lockedBy: this.workerId,
      leaseUntil: new Date(now.getTime() + this.leaseMs),
    });
    const report: OutboxBatchReport = { claimed: claimed.length, sent: 0, retried: 0, dead: 0, released: 0 };
    for (const [index, message] of claimed.entries()) {
      if (this.stopping) {
        const rest = claimed.slice(index).map((m) => m.messageId);
        await this.queue.release(rest, this.workerId);
        report.released = rest.length;
        break;
      }
      report[await this.deliver(message)] += 1;
    }
    return report;
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => void this.tick(), delayMs);
    // The worker must not keep a CLI or a test alive on its own.
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    this.timer = undefined;
    this.current = this.drain();
    await this.current;
    this.current = undefined;
    if (!this.running) return;
    const again = this.wakeRequested;
    this.wakeRequested = false;
    this.schedule(again ? 0 : this.pollIntervalMs);
  }

  /** Passes until the outbox has no more due mails (or stop). */
  private async drain(): Promise<void> {
    try {
      while (this.running) {
        const report = await this.runOnce();
        if (report.claimed > 0) this.options.logger.info({ ...report, workerId: this.workerId }, 'Outbox: passe terminée');
        if (report.claimed < this.batchSize) break;
      }
    } catch (error) {
      this.options.logger.error({ err: error, workerId: this.workerId }, 'Outbox: passe interrompue (stockage indisponible ?), nouvel essai au prochain passage');
    }
  }

  private async deliver(message: OutboxMessage): Promise<Outcome> {
    try {
      await this.sender.send(await this.compose(message));
    } catch (error) {
      return this.recordFailure(message, error);
    }
    try {
      await this.queue.markSent(message.messageId, this.now());
    } catch (error) {
      // The relay has the mail; after the lease it is sent again with the same Message-ID.
      this.options.logger.error(
        { err: error, messageId: message.messageId },
        'Outbox: mail envoyé mais non marqué ; il sera renvoyé à l’identique (même Message-ID) après le bail',
      );
    }
    return 'sent';
  }

  private async compose(message: OutboxMessage): Promise<OutgoingMail> {
    const content = decodeOutboxPayload(message.payload);
    const attachments: MailAttachment[] = [];
    for (const attachment of content.attachments ?? []) {
      if (attachment.kind === 'inline') {
        attachments.push({ filename: attachment.filename, contentType: attachment.contentType, content: attachment.content });
        continue;
      }
      if (!this.options.readDocument) throw new PermanentSendError('no document reader configured for a document attachment');
      const bytes = await this.options.readDocument(attachment.documentId);
      if (!bytes) throw new PermanentSendError(`document ${attachment.documentId} no longer exists`);
      attachments.push({ filename: attachment.filename, contentType: attachment.contentType, content: bytes });
    }
    return {
      to: content.to,
      subject: content.subject,
      text: content.text,
      replyTo: content.replyTo,
      messageId: message.messageId,
      date: message.createdAt,
      attachments,
    };
  }

  private async recordFailure(message: OutboxMessage, error: unknown): Promise<Outcome> {
    const attempts = message.attempts + 1;
    const kind = classifySendError(error);
    const text = describe(error);
    const now = this.now();
    if (kind === 'permanent' && attempts >= this.retry.maxPermanentAttempts) {
      await this.queue.markDead(message.messageId, this.workerId, { attempts, error: text, at: now });
      this.options.logger.error({ messageId: message.messageId, attempts, error: text }, 'Outbox: mail abandonné après refus répétés — intervention nécessaire');
      return 'dead';
    }
    const nextAttemptAt = new Date(now.getTime() + retryDelayMs(attempts, this.retry, this.random));
    await this.queue.markFailed(message.messageId, this.workerId, { attempts, nextAttemptAt, error: text });
    this.options.logger.warn({ messageId: message.messageId, attempts, kind, nextAttemptAt: nextAttemptAt.toISOString(), error: text }, 'Outbox: envoi échoué, nouvel essai prévu');
    return 'retried';
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const { code, responseCode } = error as Error & { code?: unknown; responseCode?: unknown };
    return [code, responseCode, error.message].filter((part) => part !== undefined && part !== '').join(' ').slice(0, 1000);
  }
  return String(error).slice(0, 1000);
}
