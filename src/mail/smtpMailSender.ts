/**
 * The MailSender over SMTP (nodemailer), configured by SMTP_URL, MAIL_FROM and
 * SMTP_STARTTLS through readMailSettings().
 */
import { createTransport } from 'nodemailer';
import type { MailSender, OutgoingMail } from './mailSender';
import type { MailSettings } from './mailSettings';

/** SMTP settings as read from the environment. */
export type SmtpSettings = Extract<MailSettings, { kind: 'smtp' }>;

/** Time limits of one SMTP conversation; a stuck relay must not hold the outbox lease. */
export interface SmtpTimeouts {
  connectionTimeoutMs: number;
  greetingTimeoutMs: number;
  socketTimeoutMs: number;
}

const DEFAULT_TIMEOUTS: SmtpTimeouts = { connectionTimeoutMs: 15_000, greetingTimeoutMs: 15_000, socketTimeoutMs: 60_000 };

/** Sends each mail in its own SMTP session; errors (outage, refusal) are thrown to the caller. */
export class SmtpMailSender implements MailSender {
  private readonly transporter: ReturnType<typeof buildTransport>;

  constructor(
    private readonly settings: SmtpSettings,
    timeouts: Partial<SmtpTimeouts> = {},
  ) {
    this.transporter = buildTransport(settings, { ...DEFAULT_TIMEOUTS, ...timeouts });
  }

  /** Sends one mail; Message-ID and Date are kept as given so that a resend is the same mail. */
  async send(mail: OutgoingMail): Promise<void> {
    await this.transporter.sendMail({
      from: this.settings.from,
      to: mail.to,
      replyTo: mail.replyTo,
      subject: mail.subject,
      text: mail.text,
      messageId: mail.messageId,
      date: mail.date,
      attachments: mail.attachments?.map((attachment) => ({
        filename: attachment.filename,
        contentType: attachment.contentType,
        content: attachment.content,
      })),
    });
  }

  /** Releases the transport (open sockets, if any). */
  close(): void {
    this.transporter.close();
  }
}

function buildTransport(settings: SmtpSettings, timeouts: SmtpTimeouts) {
  return createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    auth: settings.auth,
    requireTLS: settings.startTls === 'required',
    ignoreTLS: settings.startTls === 'disabled',
    connectionTimeout: timeouts.connectionTimeoutMs,
    greetingTimeout: timeouts.greetingTimeoutMs,
    socketTimeout: timeouts.socketTimeoutMs,
    // Attachments are always buffers built by the assistant: never let a field read a file or URL.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
}
