/**
 * Absence justifications (flyer: a document within 7 days of the absence). Each day is
 * checked — the guardian's child, booked that day, within the window — and the days that
 * pass go to the service for review under one request number, with their documents.
 */
import { z } from 'zod';
import type { IsoDay } from '../domain/day';
import { parseIsoDay } from '../domain/day';
import { justificationWindowPosition, lastJustificationDay } from './justificationWindow';
import { requestMessagesFr } from './messages.fr';
import type { RequestDependencies, RequestTransaction } from './ports';
import { justificationDayCodeSchema } from './requestPayload';
import { guardianActor, nextRequestNumber, runOnce, unique } from './requestSupport';

export interface JustificationCommand {
  guardianId: number;
  childId: number;
  days: readonly IsoDay[];
  /** Ids returned by registerDocument (documents of this guardian, not yet used). */
  documentIds: readonly string[];
  channel: string;
  idempotencyKey: string;
  now: Date;
}

export type JustificationDayCode = z.infer<typeof justificationDayCodeSchema>;

const dayOutcomeSchema = z.object({
  day: z.string(),
  code: justificationDayCodeSchema,
  /** The last day the absence could be (or could have been) justified. */
  lastDay: z.string(),
});
/** One day's verdict: accepted_for_review, outside_window, not_booked, not_your_child or future_day. */
export type JustificationDayOutcome = z.infer<typeof dayOutcomeSchema>;

const storedSchema = z.object({ number: z.string(), days: z.array(dayOutcomeSchema) });

/**
 * `received`: a request was created for the days accepted for review.
 * `nothing_to_review`: no day qualified (nothing written); when `offerLateRequest`,
 * some day is past the window: offer to send it to the service as a late request.
 * `rejected`: the documents are not usable (nothing written).
 */
export type JustificationResult =
  | { status: 'received'; number: string; days: JustificationDayOutcome[]; offerLateRequest: boolean; replayed: boolean }
  | { status: 'nothing_to_review'; days: JustificationDayOutcome[]; offerLateRequest: boolean }
  | { status: 'rejected'; code: 'no_document' | 'unknown_document' | 'document_already_used' | 'document_purged'; documentIds: string[] };

type Checked = { ok: true } | Extract<JustificationResult, { status: 'rejected' }>;

async function checkDocuments(tx: RequestTransaction, guardianId: number, ids: string[]): Promise<Checked> {
  if (ids.length === 0) return { status: 'rejected', code: 'no_document', documentIds: [] };
  const found = new Map((await tx.findDocuments(ids)).map((doc) => [doc.id, doc]));
  // Another family's document is reported as unknown: its existence is not theirs to learn.
  const unknown = ids.filter((id) => found.get(id)?.guardianId !== guardianId);
  if (unknown.length > 0) return { status: 'rejected', code: 'unknown_document', documentIds: unknown };
  const purged = ids.filter((id) => found.get(id)!.purgedAt !== null);
  if (purged.length > 0) return { status: 'rejected', code: 'document_purged', documentIds: purged };
  const used = ids.filter((id) => found.get(id)!.requestId !== null);
  if (used.length > 0) return { status: 'rejected', code: 'document_already_used', documentIds: used };
  return { ok: true };
}

async function judgeDays(deps: RequestDependencies, tx: RequestTransaction, command: JustificationCommand, ownChild: boolean): Promise<JustificationDayOutcome[]> {
  const windowDays = deps.settings.absenceJustificationDays;
  const outcomes: JustificationDayOutcome[] = [];
  for (const day of unique(command.days.map(parseIsoDay)).sort()) {
    const lastDay = lastJustificationDay(day, windowDays);
    const position = justificationWindowPosition(day, command.now, deps.rules.timeZone, windowDays);
    let code: JustificationDayCode;
    if (!ownChild) code = 'not_your_child';
    else if (position === 'future') code = 'future_day';
    else if (!(await tx.isBooked(command.childId, day))) code = 'not_booked';
    else code = position === 'within' ? 'accepted_for_review' : 'outside_window';
    outcomes.push({ day, code, lastDay });
  }
  return outcomes;
}

/**
 * Checks each day, then creates the absence_justification request for the days accepted
 * for review and links the documents to it; returns the receipt number. Replaying
 * `idempotencyKey` returns the first receipt.
 * @throws Error when the guardian does not exist (a caller's bug).
 */
export async function submitJustification(deps: RequestDependencies, command: JustificationCommand): Promise<JustificationResult> {
  const documentIds = unique(command.documentIds);
  return deps.store.transaction(async (tx): Promise<JustificationResult> => {
    const call = { key: command.idempotencyKey, operation: 'absence_justification' as const, guardianId: command.guardianId, now: command.now };
    let early: JustificationResult | undefined;
    const { result, replayed } = await runOnce(tx, call, storedSchema.nullable(), async () => {
      const guardian = await tx.findGuardian(command.guardianId);
      if (!guardian) throw new Error(`Unknown guardian ${command.guardianId}.`);
      const checked = await checkDocuments(tx, guardian.id, documentIds);
      if (!('ok' in checked)) {
        early = checked;
        return { result: null, keep: false };
      }
      const [child] = await tx.bookings.findChildren([command.childId]);
      const days = await judgeDays(deps, tx, command, child?.familyId === guardian.familyId);
      const accepted = days.filter((d) => d.code === 'accepted_for_review').map((d) => d.day);
      if (accepted.length === 0) {
        early = { status: 'nothing_to_review', days, offerLateRequest: days.some((d) => d.code === 'outside_window') };
        return { result: null, keep: false };
      }
      const number = await nextRequestNumber(tx, command.now, deps.rules.timeZone);
      const actor = guardianActor(guardian.id, command.channel);
      const request = await tx.createRequest({
        number,
        kind: 'absence_justification',
        guardianId: guardian.id,
        childId: child.id,
        channel: command.channel,
        payload: {
          type: 'absence_justification',
          children: [{ id: child.id, firstName: child.firstName, lastName: child.lastName }],
          days: accepted,
          leftOut: days.filter((d) => d.code !== 'accepted_for_review').map(({ day, code }) => ({ day, code })),
          documentIds,
        },
        createdAt: command.now,
        actor,
        comment: requestMessagesFr.history.justificationSubmitted,
      });
      await tx.attachDocuments(documentIds, { requestId: request.id, childId: child.id, days: accepted });
      return { result: { number, days }, keep: true };
    });
    if (early) return early;
    if (!result) throw new Error('Justification without a result'); // unreachable: null is only returned with `early`
    return { status: 'received', number: result.number, days: result.days, offerLateRequest: result.days.some((d) => d.code === 'outside_window'), replayed };
  });
}
