/**
 * The mail a written message to the service sends to its mailbox: who wrote, how to
 * reach them (Reply-To is the guardian), and their words as they wrote them.
 */
import type { BookingRules } from '../bookings/ports';
import type { EnqueueMail } from '../mail/mailOutbox';
import { fillFr, requestMessagesFr } from './messages.fr';
import { guardianLines, receivedAtFr } from './serviceMailParts';
import type { GuardianProfile } from './ports';

export interface ServiceMessageMailInput {
  number: string;
  mailbox: string;
  guardian: GuardianProfile;
  /** "Léa Martin, Hugo Martin": the family's children, for context. */
  children: string;
  text: string;
  channel: string;
  now: Date;
}

/** The mail to enqueue for a message to the service (reference "request:<number>"). */
export function serviceMessageMail(rules: Pick<BookingRules, 'timeZone'>, input: ServiceMessageMailInput): EnqueueMail {
  const m = requestMessagesFr.mail;
  const s = requestMessagesFr.serviceMail;
  const { guardian, number, now } = input;
  const receivedAt = receivedAtFr(now, rules.timeZone);
  const lines = [
    fillFr(s.intro, { number, receivedAt, channel: input.channel }),
    '',
    ...guardianLines(guardian),
    fillFr(m.children, { value: input.children || '—' }),
    '',
    s.message,
    input.text.trim(),
    '',
    fillFr(s.footer, { number }),
  ];
  return {
    to: input.mailbox,
    replyTo: guardian.email,
    subject: fillFr(s.subject, { number, familyName: guardian.familyName }),
    text: `${lines.join('\n')}\n`,
    reference: `request:${number}`,
  };
}
