/**
 * "Évaluer ses tarifs": the documents a parent sends for the service to set the family's
 * quotient familial (avis d'imposition, attestation CAF), as a request of kind
 * quotient_familial with its mail to the service's mailbox, in ONE transaction. Staff set
 * the QF from the request's page in the console (src/infrastructure/money/setQuotient.ts).
 */
import { z } from 'zod';
import { fillFr, requestMessagesFr } from './messages.fr';
import { guardianLines, receivedAtFr } from './serviceMailParts';
import type { RequestDependencies } from './ports';
import { documentsUsable, guardianActor, nextRequestNumber, runOnce, unique } from './requestSupport';
import { MAX_SERVICE_MESSAGE_LENGTH } from './submitServiceMessage';

export interface QuotientRequestCommand {
  guardianId: number;
  /** The parent's words with the documents ('' when there were none). */
  text: string;
  /** Documents already received and registered (registerDocument); one at least. */
  documentIds: readonly string[];
  channel: string;
  idempotencyKey: string;
  now: Date;
}

export type QuotientRequestResult =
  | { status: 'submitted'; number: string; replayed: boolean }
  | { status: 'rejected'; code: 'no_document' | 'unknown_document' };

const storedSchema = z.object({ number: z.string() });

/** Creates the quotient_familial request (status submitted), links its documents and enqueues its mail; replaying the key returns the same number. */
export async function submitQuotientRequest(deps: RequestDependencies, command: QuotientRequestCommand): Promise<QuotientRequestResult> {
  const documentIds = unique(command.documentIds);
  if (documentIds.length === 0) return { status: 'rejected', code: 'no_document' };
  const text = command.text.trim().slice(0, MAX_SERVICE_MESSAGE_LENGTH);
  let queued = false;
  const outcome = await deps.store.transaction(async (tx) => {
    const call = { key: command.idempotencyKey, operation: 'quotient_familial' as const, guardianId: command.guardianId, now: command.now };
    const previous = await tx.bookings.findIdempotencyRecord(call.key);
    if (!previous) {
      // Another family's, an already used or a purged document is not this request's to carry.
      if (!(await documentsUsable(tx, command.guardianId, documentIds))) return { rejected: true as const };
    }
    const { result, replayed } = await runOnce(tx, call, storedSchema, async () => {
      const guardian = await tx.findGuardian(command.guardianId);
      if (!guardian) throw new Error(`Unknown guardian ${command.guardianId}.`);
      const number = await nextRequestNumber(tx, command.now, deps.rules.timeZone);
      const m = requestMessagesFr.mail;
      const q = requestMessagesFr.quotientMail;
      const receivedAt = receivedAtFr(command.now, deps.rules.timeZone);
      const lines = [
        fillFr(q.intro, { number, receivedAt, channel: command.channel }),
        '',
        ...guardianLines(guardian),
        ...(text ? ['', q.message, text] : []),
        '',
        fillFr(q.documents, { count: String(documentIds.length) }),
        '',
        q.footer,
      ];
      const { messageId } = await tx.enqueueMail({
        to: deps.settings.mailbox,
        replyTo: guardian.email,
        subject: fillFr(q.subject, { number, familyName: guardian.familyName }),
        text: `${lines.join('\n')}\n`,
        reference: `request:${number}`,
      });
      const request = await tx.createRequest({
        number,
        kind: 'quotient_familial',
        guardianId: guardian.id,
        childId: null,
        channel: command.channel,
        payload: { type: 'quotient_familial', text, children: [], days: [], documentIds, messageId },
        createdAt: command.now,
        actor: guardianActor(guardian.id, command.channel),
        comment: requestMessagesFr.history.quotientSubmitted,
      });
      await tx.attachDocuments(documentIds, { requestId: request.id, childId: null, days: [] });
      queued = true;
      return { result: { number }, keep: true };
    });
    return { rejected: false as const, number: result.number, replayed };
  });
  if (outcome.rejected) return { status: 'rejected', code: 'unknown_document' };
  if (queued) deps.onMailQueued?.();
  return { status: 'submitted', number: outcome.number, replayed: outcome.replayed };
}
