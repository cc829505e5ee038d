/**
 * What the outbox stores for one mail: the content as JSON text (validated with zod when
 * read back), its fixed Message-ID and its delivery state.
 */
import { z } from 'zod';
import { PermanentSendError } from './retryPolicy';

/** An attachment carried in the row itself (small, generated files) … */
export interface InlineOutboxAttachment {
  kind: 'inline';
  filename: string;
  contentType: string;
  content: Buffer;
}

/** … or a reference to the encrypted document store, read at send time (parents' files). */
export interface DocumentOutboxAttachment {
  kind: 'document';
  filename: string;
  contentType: string;
  documentId: string;
}

export type OutboxAttachment = InlineOutboxAttachment | DocumentOutboxAttachment;

/** The mail as the use case asks for it; the outbox adds Message-ID and Date. */
export interface OutboxMailContent {
  to: string;
  subject: string;
  text: string;
  replyTo?: string;
  attachments?: OutboxAttachment[];
}

/** Delivery state: waiting (maybe after failures), delivered, or given up (operator needed). */
export type OutboxStatus = 'pending' | 'sent' | 'dead';

/** A row to insert: everything that makes the mail is fixed here, once. */
export interface NewOutboxMessage {
  /** `<uuid@domain>`, unique: every send of this row carries it. */
  messageId: string;
  /** JSON text from encodeOutboxPayload(). */
  payload: string;
  /** What the mail is about, for operators, e.g. "request:D-2026-000123". */
  reference?: string;
  /** Enqueue instant, also the mail's Date header. */
  createdAt: Date;
  nextAttemptAt: Date;
}

/** A row as claimed by a worker. */
export interface OutboxMessage extends NewOutboxMessage {
  status: OutboxStatus;
  /** Failed sends so far. */
  attempts: number;
}

/** Thrown when a row's payload cannot be read back; the worker gives the row up. */
export class OutboxPayloadError extends PermanentSendError {
  constructor(message: string) {
    super(message);
    this.name = 'OutboxPayloadError';
  }
}

const payloadSchema = z.object({
  to: z.string().min(3),
  subject: z.string(),
  text: z.string(),
  replyTo: z.string().optional(),
  attachments: z
    .array(
      z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('inline'), filename: z.string().min(1), contentType: z.string().min(1), base64: z.base64() }),
        z.object({ kind: z.literal('document'), filename: z.string().min(1), contentType: z.string().min(1), documentId: z.string().min(1) }),
      ]),
    )
    .default([]),
});

/** The payload column's text for a mail (inline attachments in base64). */
export function encodeOutboxPayload(mail: OutboxMailContent): string {
  return JSON.stringify({
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    replyTo: mail.replyTo,
    attachments: (mail.attachments ?? []).map((attachment) =>
      attachment.kind === 'inline'
        ? { kind: 'inline', filename: attachment.filename, contentType: attachment.contentType, base64: attachment.content.toString('base64') }
        : attachment,
    ),
  });
}

/** Reads a payload column back; throws OutboxPayloadError when it is not what encode wrote. */
export function decodeOutboxPayload(text: string): OutboxMailContent {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new OutboxPayloadError('payload is not JSON');
  }
  const parsed = payloadSchema.safeParse(raw);
  if (!parsed.success) throw new OutboxPayloadError(`payload is not a mail: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
  const { attachments, ...rest } = parsed.data;
  return {
    ...rest,
    attachments: attachments.map((attachment) =>
      attachment.kind === 'inline'
        ? { kind: 'inline', filename: attachment.filename, contentType: attachment.contentType, content: Buffer.from(attachment.base64, 'base64') }
        : attachment,
    ),
  };
}
