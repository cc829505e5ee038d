/**
 * The mail port: how the assistant sends an e-mail (one-time codes, late requests to
 * the service's mailbox). Implementations: SMTP (nodemailer, SMTP_URL) and, for local
 * use without SMTP, the server log.
 */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  replyTo?: string;
  /** Stable Message-ID (angle brackets included) so that a retried send is one logical mail. */
  messageId?: string;
  /** Date header; the outbox fixes it at enqueue time so that a resend is the same mail. */
  date?: Date;
  attachments?: MailAttachment[];
}

export interface MailSender {
  send(mail: OutgoingMail): Promise<void>;
}
