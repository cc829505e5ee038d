/**
 * Drains the outbox: claims due mails, sends them, records the outcome; retries with
 * capped exponential back-off. Nothing is kept in memory between polls, so a restart
 * resumes from the stored rows; a crash between "sent" and "marked" leads to one resend
 * with the same Message-ID and Date, i.e. the same logical mail.
 *
 * Claims are short (30 s) and renewed while the worker holds them, so that after a crash
 * (kill -9 during a send) another worker takes the mails within half a minute, not after
 * a long lease.
 *
 * Outages: when the database cannot be read, or the relay cannot be reached (a failure
 * of the connection, not a refusal of one mail), the pass stops — the mails it had not
 * tried are handed back untouched — and the worker pauses, longer after each failed pass
 * (5 s, 10 s, 20 s … at most 5 min): one log line per pass, not one every poll or per mail.
 */
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { MailLogger } from './mailLogger';
import type { MailAttachment, MailSender, OutgoingMail } from './mailSender';
import { decodeOutboxPayload, type OutboxMessage } from './outboxMessage';
import type { OutboxQueue } from './outboxRepository';
import { classifySendError, DEFAULT_RETRY_POLICY, isRelayUnreachable, PermanentSendError, retryDelayMs, type RetryPolicy } from './retryPolicy';

/** Reads a stored document for an attachment; undefined when it no longer exists (purged). */
export type DocumentContentReader = (documentId: string) => Promise<Buffer | undefined>;

export interface OutboxWorkerOptions {
  logger: MailLogger;
  now?: () => Date;
  /** Pause between polls when the outbox is empty. */
  pollIntervalMs?: number;
  batchSize?: number;
  /** How long a claim holds a row (renewed while held): how long a crashed worker's mails wait for another. */
  leaseMs?: number;
  /** How often held claims are renewed (default a third of leaseMs). */
  renewEveryMs?: number;
  /** The pauses after passes that met an outage (database or relay): doubling from base, capped. */
  outageBackoff?: { baseDelayMs: number; maxDelayMs: number };
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
  /** The relay could not be reached: the pass stopped there. */
  relayUnreachable?: boolean;
}

type Outcome = 'sent' | 'retried' | 'dead' | 'unreachable';

/** Default claim: short, renewed every 10 s while the mail is being sent. */
const DEFAULT_LEASE_MS = 30_000;
const DEFAULT_OUTAGE_BACKOFF = { baseDelayMs: 5_000, maxDelayMs: 5 * 60_000 };

/** The background sender of the outbox; start() once at start-up, stop() on shutdown. */
export class OutboxWorker {
  readonly workerId: string;
  private readonly now: () => Date;
  private readonly pollIntervalMs: number;
  private readonly batchSize: number;
  private readonly leaseMs: number;
  private readonly renewEveryMs: number;
  private readonly outageBackoff: { baseDelayMs: number; maxDelayMs: number };
  private readonly retry: RetryPolicy;
  private readonly random: () => number;
  private running = false;
  private stopping = false;
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<void> | undefined;
  private wakeRequested = false;
  /** Passes in a row that met an outage (0: all is well), and which. */
  private outagePasses = 0;
  private outage: 'storage' | 'relay' | undefined;

  constructor(
    private readonly queue: OutboxQueue,
    private readonly sender: MailSender,
    private readonly options: OutboxWorkerOptions,
  ) {
    this.workerId = options.workerId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.now = options.now ?? (() => new Date());
    this.pollIntervalMs = options.pollIntervalMs ?? 5_000;
    this.batchSize = options.batchSize ?? 10;
    this.leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
    this.renewEveryMs = options.renewEveryMs ?? Math.max(1, Math.floor(this.leaseMs / 3));
    this.outageBackoff = options.outageBackoff ?? DEFAULT_OUTAGE_BACKOFF;
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

  /**
   * Asks for a pass now (after a transaction that enqueued a mail has committed). Ignored
   * while the relay is unreachable (the pause holds); after a storage outage, a commit
   * says the database is back.
   */
  wake(): void {
    if (!this.running || this.outage === 'relay') return;
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
    const held = new Set(claimed.map((message) => message.messageId));
    const renewal = this.renewWhileHeld(held);
    try {
      for (const [index, message] of claimed.entries()) {
        if (this.stopping || report.relayUnreachable) {
          const rest = claimed.slice(index).map((m) => m.messageId);
          await this.queue.release(rest, this.workerId);
          report.released = rest.length;
          break;
        }
        const outcome = await this.deliver(message);
        held.delete(message.messageId);
        if (outcome === 'unreachable') {
          report.retried += 1;
          report.relayUnreachable = true;
        } else {
          report[outcome] += 1;
        }
      }
    } finally {
      clearInterval(renewal);
    }
    return report;
  }

  /** Keeps the claims of `held` alive (a renewal that fails is tried again at the next beat). */
  private renewWhileHeld(held: Set<string>): NodeJS.Timeout {
    const timer = setInterval(() => {
      if (held.size === 0) return;
      const leaseUntil = new Date(this.now().getTime() + this.leaseMs);
      this.queue.renew([...held], this.workerId, leaseUntil).catch((error: unknown) => {
        this.options.logger.warn({ err: error, workerId: this.workerId }, 'Outbox: bail non renouvelé (stockage indisponible ?)');
      });
    }, this.renewEveryMs);
    timer.unref();
    return timer;
  }

  /** The pause after the `passes`-th failed pass in a row. */
  private outageDelayMs(passes: number): number {
    const { baseDelayMs, maxDelayMs } = this.outageBackoff;
    return Math.min(maxDelayMs, baseDelayMs * 2 ** Math.min(passes - 1, 30));
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => void this.tick(), delayMs);
    // The worker must not keep a CLI or a test alive on its own.
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    this.timer = undefined;
    const pass = this.drain();
    this.current = pass.then(() => undefined);
    const outage = await pass;
    this.current = undefined;
    if (!this.running) return;
    const again = this.wakeRequested;
    this.wakeRequested = false;
    if (outage) {
      this.outage = outage;
      this.outagePasses += 1;
      this.schedule(this.outageDelayMs(this.outagePasses));
      return;
    }
    if (this.outagePasses > 0) {
      this.options.logger.info({ workerId: this.workerId }, 'Outbox: envois rétablis');
      this.outagePasses = 0;
      this.outage = undefined;
    }
    this.schedule(again ? 0 : this.pollIntervalMs);
  }

  /** Passes until the outbox has no more due mails (or stop); says which outage stopped it, if any. */
  private async drain(): Promise<'storage' | 'relay' | undefined> {
    try {
      while (this.running) {
        const report = await this.runOnce();
        if (report.claimed > 0) this.options.logger.info({ ...report, workerId: this.workerId }, 'Outbox: passe terminée');
        if (report.relayUnreachable) return 'relay';
        if (report.claimed < this.batchSize) break;
      }
      return undefined;
    } catch (error) {
      const retryInMs = this.outageDelayMs(this.outagePasses + 1);
      // The whole error once; then one short line per (ever rarer) pass while it lasts.
      if (this.outagePasses === 0) {
        this.options.logger.error({ err: error, workerId: this.workerId, retryInMs }, 'Outbox: stockage indisponible, envois suspendus');
      } else {
        this.options.logger.warn({ workerId: this.workerId, retryInMs, error: describe(error) }, 'Outbox: stockage toujours indisponible');
      }
      return 'storage';
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
    const unreachable = isRelayUnreachable(error);
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
    if (unreachable) {
      const retryInMs = this.outageDelayMs(this.outagePasses + 1);
      this.options.logger.warn({ messageId: message.messageId, attempts, retryInMs, error: text }, 'Outbox: serveur de messagerie injoignable, envois suspendus');
      return 'unreachable';
    }
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
