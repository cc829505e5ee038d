/**
 * A change of the family's records asked by a parent ("j'ai changé de numéro : …", a
 * new authorised person, an allergy): a request of kind dossier with their words and
 * any documents, and its mail to the service's mailbox, in ONE transaction. Nothing a
 * parent types changes the records: staff apply the change, then mark it applied and
 * the parent is told (decideRequest).
 */
import { z } from 'zod';
import { fillFr, requestMessagesFr } from './messages.fr';
import { guardianLines, receivedAtFr } from './serviceMailParts';
import type { RequestDependencies } from './ports';
import { documentsUsable, guardianActor, nextRequestNumber, runOnce } from './requestSupport';
import { MAX_SERVICE_MESSAGE_LENGTH } from './submitServiceMessage';

export interface DossierChangeCommand {
  guardianId: number;
  /** The parent's words, sent as they wrote them. */
  text: string;
  /** Children of the family the change is about (ids), if any. */
  childIds: readonly number[];
  /** Documents the parent sent with it (already received and registered). */
  documentIds: readonly string[];
  channel: string;
  idempotencyKey: string;
  now: Date;
}

export type DossierChangeResult =
  | { status: 'submitted'; number: string; replayed: boolean }
  | { status: 'rejected'; code: 'empty_message' | 'unknown_document' };

const storedSchema = z.object({ number: z.string() });

/** Creates the dossier request (status submitted) and enqueues its mail; replaying the key returns the same number. */
export async function submitDossierChange(deps: RequestDependencies, command: DossierChangeCommand): Promise<DossierChangeResult> {
  const text = command.text.trim().slice(0, MAX_SERVICE_MESSAGE_LENGTH);
  if (!text) return { status: 'rejected', code: 'empty_message' };
  const documentIds = [...new Set(command.documentIds)];
  let queued = false;
  const outcome = await deps.store.transaction(async (tx) => {
    if (documentIds.length > 0) {
      // Another family's, an already used or a purged document is not this request's to carry.
      if (!(await documentsUsable(tx, command.guardianId, documentIds))) return { rejected: true as const };
    }
    const call = { key: command.idempotencyKey, operation: 'dossier' as const, guardianId: command.guardianId, now: command.now };
    const { result, replayed } = await runOnce(tx, call, storedSchema, async () => {
      const guardian = await tx.findGuardian(command.guardianId);
      if (!guardian) throw new Error(`Unknown guardian ${command.guardianId}.`);
      // Only the family's own children are named, whatever ids came in.
      const named = (await tx.bookings.findChildren(command.childIds)).filter((child) => child.familyId === guardian.familyId);
      const number = await nextRequestNumber(tx, command.now, deps.rules.timeZone);
      const m = requestMessagesFr.mail;
      const d = requestMessagesFr.dossierMail;
      const receivedAt = receivedAtFr(command.now, deps.rules.timeZone);
      const lines = [
        fillFr(d.intro, { number, receivedAt, channel: command.channel }),
        '',
        ...guardianLines(guardian),
        ...(named.length > 0 ? [fillFr(m.children, { value: named.map((child) => `${child.firstName} ${child.lastName}`).join(', ') })] : []),
        '',
        d.message,
        text,
        ...(documentIds.length > 0 ? ['', fillFr(d.documents, { count: String(documentIds.length) })] : []),
        '',
        fillFr(d.footer, { number }),
      ];
      const { messageId } = await tx.enqueueMail({
        to: deps.settings.mailbox,
        replyTo: guardian.email,
        subject: fillFr(d.subject, { number, familyName: guardian.familyName }),
        text: `${lines.join('\n')}\n`,
        reference: `request:${number}`,
      });
      const request = await tx.createRequest({
        number,
        kind: 'dossier',
        guardianId: guardian.id,
        childId: named.length === 1 ? named[0].id : null,
        channel: command.channel,
        payload: {
          type: 'dossier',
          text,
          children: named.map((child) => ({ id: child.id, firstName: child.firstName, lastName: child.lastName })),
          days: [],
          documentIds,
          messageId,
        },
        createdAt: command.now,
        actor: guardianActor(guardian.id, command.channel),
        comment: requestMessagesFr.history.dossierSubmitted,
      });
      if (documentIds.length > 0) await tx.attachDocuments(documentIds, { requestId: request.id, childId: request.childId, days: [] });
      queued = true;
      return { result: { number }, keep: true };
    });
    return { rejected: false as const, number: result.number, replayed };
  });
  if (outcome.rejected) return { status: 'rejected', code: 'unknown_document' };
  if (queued) deps.onMailQueued?.();
  return { status: 'submitted', number: outcome.number, replayed: outcome.replayed };
}
