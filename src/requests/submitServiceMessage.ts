/**
 * A written message to the service, left when nobody is there to answer live (the
 * out-of-hours hand-over): a request of kind service_message with its number, and its
 * mail to the mailbox (Reply-To the guardian), written in ONE transaction (the outbox).
 */
import { z } from 'zod';
import { requestMessagesFr } from './messages.fr';
import type { RequestDependencies } from './ports';
import { serviceMessageMail } from './serviceMessageMail';
import { guardianActor, nextRequestNumber, runOnce } from './requestSupport';

/** Longer messages are cut: a mail, not a file. */
export const MAX_SERVICE_MESSAGE_LENGTH = 4000;

export interface ServiceMessageCommand {
  guardianId: number;
  text: string;
  channel: string;
  /** The incoming message's id: the same key twice is one message. */
  idempotencyKey: string;
  now: Date;
}

const storedSchema = z.object({ number: z.string() });

export type ServiceMessageResult = { status: 'submitted'; number: string; replayed: boolean } | { status: 'rejected'; code: 'empty_message' };

/**
 * Creates the service_message request (status submitted, history row) and enqueues its
 * mail in the same transaction. Replaying `idempotencyKey` returns the same number.
 * @throws Error when the guardian does not exist (a caller's bug).
 */
export async function submitServiceMessage(deps: RequestDependencies, command: ServiceMessageCommand): Promise<ServiceMessageResult> {
  const text = command.text.trim().slice(0, MAX_SERVICE_MESSAGE_LENGTH);
  if (!text) return { status: 'rejected', code: 'empty_message' };
  let queued = false;
  const { result, replayed } = await deps.store.transaction(async (tx) => {
    const call = { key: command.idempotencyKey, operation: 'service_message' as const, guardianId: command.guardianId, now: command.now };
    return runOnce(tx, call, storedSchema, async () => {
      const guardian = await tx.findGuardian(command.guardianId);
      if (!guardian) throw new Error(`Unknown guardian ${command.guardianId}.`);
      const children = await tx.familyChildren(guardian.familyId);
      const number = await nextRequestNumber(tx, command.now, deps.rules.timeZone);
      const mail = serviceMessageMail(deps.rules, {
        number,
        mailbox: deps.settings.mailbox,
        guardian,
        children: children.map((child) => `${child.firstName} ${child.lastName}`).join(', '),
        text,
        channel: command.channel,
        now: command.now,
      });
      const { messageId } = await tx.enqueueMail(mail);
      await tx.createRequest({
        number,
        kind: 'service_message',
        guardianId: guardian.id,
        childId: null,
        channel: command.channel,
        payload: { type: 'service_message', text, children: [], days: [], messageId },
        createdAt: command.now,
        actor: guardianActor(guardian.id, command.channel),
        comment: requestMessagesFr.history.serviceMessageSubmitted,
      });
      queued = true;
      return { result: { number }, keep: true };
    });
  });
  if (queued) deps.onMailQueued?.();
  return { status: 'submitted', number: result.number, replayed };
}
