/**
 * The MailSender for local use without SMTP: the mail is written to the log, marked as
 * not sent, so that nobody mistakes it for a delivered mail.
 */
import type { MailLogger } from './mailLogger';
import type { MailSender, OutgoingMail } from './mailSender';

/** The log line's message; searchable and unmistakable. */
export const NOT_SENT_MARKER = 'MAIL NON ENVOYÉ (aucun SMTP configuré, SMTP_URL vide) — contenu ci-dessous pour information';

/** Writes each mail to the log instead of sending it. Refused in production by readMailSettings(). */
export class LogMailSender implements MailSender {
  constructor(
    private readonly logger: MailLogger,
    private readonly from: string,
  ) {}

  async send(mail: OutgoingMail): Promise<void> {
    this.logger.warn(
      {
        mailNotSent: true,
        from: this.from,
        to: mail.to,
        replyTo: mail.replyTo,
        subject: mail.subject,
        messageId: mail.messageId,
        date: mail.date?.toISOString(),
        attachments: (mail.attachments ?? []).map((a) => ({ filename: a.filename, contentType: a.contentType, bytes: a.content.length })),
        text: mail.text,
      },
      NOT_SENT_MARKER,
    );
  }
}
