/**
 * The e-mail that tells a guardian what their conversation tells them (a decision, a
 * freed place): sent every time, whatever happens to the chat message, so that a parent
 * whose conversation was closed still hears it. Typeset as the chat is.
 */
import { frenchTypography } from '../domain/frenchTypography';
import type { EnqueueMail } from '../mail/mailOutbox';
import { fillFr, requestMessagesFr } from './messages.fr';
import type { GuardianProfile } from './ports';
import type { NotificationView } from './requestViews';

const m = requestMessagesFr.noticeMail;

/** The mail to enqueue for a notification (reference "notification:<id>"), reply-to the service's mailbox. */
export function notificationMail(guardian: GuardianProfile, notice: NotificationView, mailbox: string): EnqueueMail {
  const subject = notice.kind === 'request_decided' && notice.requestNumber
    ? fillFr(m.subject.request_decided, { number: notice.requestNumber })
    : notice.kind === 'waitlist_promoted'
      ? m.subject.waitlist_promoted
      : m.subject.other;
  const text = [
    fillFr(m.greeting, { civility: guardian.civility, lastName: guardian.lastName }),
    '',
    notice.text,
    '',
    fillFr(m.footer, { mailbox }),
    '',
    m.signature,
  ].join('\n');
  // Request numbers keep plain hyphens in a mail: parents search their mailbox for them.
  const typeset = (value: string) => frenchTypography(value, { plainHyphens: true });
  return { to: guardian.email, replyTo: mailbox, subject: typeset(subject), text: `${typeset(text)}\n`, reference: `notification:${notice.id}` };
}
