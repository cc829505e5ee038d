/**
 * The use case side of the outbox: a mail is enqueued in the caller's transaction, with
 * its Message-ID and Date fixed now, once, so that whatever happens later every send of
 * it is the same mail.
 */
import { createMessageId } from './messageId';
import { encodeOutboxPayload, type OutboxMailContent } from './outboxMessage';
import type { OutboxWriter } from './outboxRepository';

/** Inline attachments bigger than this belong in the document store (a row is not a file system). */
export const MAX_INLINE_ATTACHMENT_BYTES = 1024 * 1024;

/** A mail to enqueue, with an optional operator reference (e.g. "request:D-2026-000123"). */
export interface EnqueueMail extends OutboxMailContent {
  reference?: string;
}

export interface MailOutboxOptions {
  /** Right-hand side of the Message-IDs, from MAIL_FROM (readMailSettings().messageIdDomain). */
  messageIdDomain: string;
  now: () => Date;
}

/** Enqueues mails for the OutboxWorker. */
export class MailOutbox<Tx> {
  constructor(
    private readonly writer: OutboxWriter<Tx>,
    private readonly options: MailOutboxOptions,
  ) {}

  /**
   * Writes the mail into the outbox within `tx`; returns its Message-ID. Call the
   * worker's wake() after the transaction commits to send it without waiting for the poll.
   */
  async enqueue(tx: Tx, mail: EnqueueMail): Promise<{ messageId: string }> {
    if (!/^[^\s@]+@[^\s@]+$/.test(mail.to)) throw new Error(`Adresse de destination invalide : « ${mail.to} »`);
    const inlineBytes = (mail.attachments ?? []).reduce((sum, a) => sum + (a.kind === 'inline' ? a.content.length : 0), 0);
    if (inlineBytes > MAX_INLINE_ATTACHMENT_BYTES) {
      throw new Error(`Pièces jointes en ligne trop grosses (${inlineBytes} octets) : passez par le stockage des documents.`);
    }
    const now = this.options.now();
    const messageId = createMessageId(this.options.messageIdDomain);
    const { reference, ...content } = mail;
    await this.writer.insert(tx, {
      messageId,
      payload: encodeOutboxPayload(content),
      reference,
      createdAt: now,
      nextAttemptAt: now,
    });
    return { messageId };
  }
}
