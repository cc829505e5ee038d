/**
 * The structured mail a late request sends to the service's mailbox: everything staff
 * need to decide without opening another tool, and a Reply-To that reaches the parent.
 */
import { deadlineInfo } from '../bookings/deadlineInfo';
import type { BookingRules } from '../bookings/ports';
import type { IsoDay } from '../domain/day';
import { frenchDay } from '../domain/frenchDates';
import type { EnqueueMail } from '../mail/mailOutbox';
import { fillFr, requestMessagesFr } from './messages.fr';
import { guardianLines, receivedAtFr } from './serviceMailParts';
import type { GuardianProfile } from './ports';
import type { ChildSnapshot, LateAction } from './requestPayload';

export interface LateRequestMailInput {
  number: string;
  mailbox: string;
  guardian: GuardianProfile;
  children: ChildSnapshot[];
  action: LateAction;
  days: IsoDay[];
  newDays: IsoDay[];
  parentWords: string;
  channel: string;
  now: Date;
}

const m = requestMessagesFr.mail;

/** "- lundi 16 mars 2026 (2026-03-16) — délai dépassé depuis le jeudi 12 mars 2026 à 23h59". */
function dayLine(rules: BookingRules, day: IsoDay, now: Date): string {
  const offer = rules.activityOn(day);
  let deadline: string;
  if (!offer.open) {
    deadline = fillFr(m.deadlineNone, { reason: offer.publicHolidayName ?? offer.reason });
  } else {
    const info = deadlineInfo(rules.deadlineFor(day));
    const passed = now.getTime() >= new Date(info.closesAt).getTime();
    deadline = fillFr(passed ? m.deadlinePassed : m.deadlineOpen, { text: info.text });
  }
  return fillFr(m.dayLine, { french: frenchDay(day, { withYear: true }), iso: day, deadline });
}

/** "Claire Martin, Hugo Martin". */
export function childNames(children: readonly ChildSnapshot[]): string {
  return children.map((child) => `${child.firstName} ${child.lastName}`).join(', ');
}

/** The mail to enqueue for a late request (reference "request:<number>"). */
export function lateRequestMail(rules: BookingRules, input: LateRequestMailInput): EnqueueMail {
  const { guardian, number, now } = input;
  const receivedAt = receivedAtFr(now, rules.timeZone);
  const names = childNames(input.children);
  const lines = [
    fillFr(m.intro, { number, kind: requestMessagesFr.kind.late_request, receivedAt, channel: input.channel }),
    '',
    ...guardianLines(guardian),
    fillFr(input.children.length > 1 ? m.children : m.child, { value: names }),
    fillFr(m.action, { value: requestMessagesFr.action[input.action] }),
    input.action === 'modify' ? m.freedDays : m.days,
    ...input.days.map((day) => dayLine(rules, day, now)),
  ];
  if (input.action === 'modify') lines.push(m.newDays, ...input.newDays.map((day) => dayLine(rules, day, now)));
  const words = input.parentWords.trim();
  lines.push(words ? fillFr(m.parentWords, { value: words }) : m.parentWordsMissing, '', fillFr(m.footer, { number }));
  return {
    to: input.mailbox,
    replyTo: guardian.email,
    subject: fillFr(m.subject, { number, actionNoun: requestMessagesFr.actionNoun[input.action], children: names }),
    text: `${lines.join('\n')}\n`,
    reference: `request:${number}`,
  };
}
