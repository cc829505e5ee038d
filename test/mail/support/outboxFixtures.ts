/** Small builders for outbox tests: a manual clock, a scripted sender, a mail. */
import type { MailSender, OutgoingMail } from '../../../src/mail/mailSender';
import type { EnqueueMail } from '../../../src/mail/mailOutbox';

/** A clock the test moves by hand. */
export class ManualClock {
  constructor(private current = new Date('2026-03-09T08:00:00Z')) {}
  now = (): Date => new Date(this.current.getTime());
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/** A MailSender that fails as scripted, then records what it is asked to send. */
export class ScriptedSender implements MailSender {
  readonly sent: OutgoingMail[] = [];
  readonly failures: unknown[] = [];
  attempts = 0;
  failWith: unknown | undefined;

  async send(mail: OutgoingMail): Promise<void> {
    this.attempts += 1;
    if (this.failWith !== undefined) {
      this.failures.push(this.failWith);
      throw this.failWith;
    }
    this.sent.push(mail);
  }
}

/** A nodemailer-like error: a connection refused (transient). */
export function connectionRefused(): Error {
  return Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:2525'), { code: 'ESOCKET' });
}

/** A nodemailer-like error: the recipient refused with 550 (permanent). */
export function recipientRefused(): Error {
  return Object.assign(new Error('Recipient command failed: 550 mailbox unknown'), { code: 'EENVELOPE', responseCode: 550 });
}

/** A late request mail as the late-request use case would enqueue it. */
export function aLateRequestMail(overrides: Partial<EnqueueMail> = {}): EnqueueMail {
  return {
    to: 'portailfamille@joinvillelepont.fr',
    replyTo: 'claire.martin@example.org',
    subject: 'Demande hors délai D-2026-000042 — Léa Martin',
    text: 'Famille : Martin\nResponsable : Mme Claire Martin\nEnfant : Léa Martin\nJours : lundi 16 mars 2026\nAction : réserver\nMessage : « Je reprends le travail plus tôt que prévu. »',
    reference: 'request:D-2026-000042',
    ...overrides,
  };
}
