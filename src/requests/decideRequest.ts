/**
 * Staff decisions on requests: accept or refuse. Accepting a late request applies the
 * booking change past the deadline; every decision writes a history row and a "must be
 * told" notification for the guardian, in the same transaction.
 */
import type { Actor } from '../bookings/ports';
import { applyAcceptedChange, type AppliedChange } from './applyAcceptedChange';
import { fillFr, requestMessagesFr } from './messages.fr';
import type { RequestDependencies, RequestKind, RequestStatus } from './ports';
import { normaliseRequestNumber } from './requestNumber';

/** Notification kind: staff decided a request. */
export const REQUEST_DECIDED = 'request_decided';

export interface DecideCommand {
  number: string;
  decision: 'accept' | 'refuse';
  /** Required to refuse; told to the family. */
  reason?: string;
  /** A word from staff to the parent, told with the decision (optional). */
  message?: string;
  /** Staff login, for history and audit. */
  staffId: string;
  /** Where the decision was taken: "cli" (default), "console"… */
  channel?: string;
  /**
   * False when the parent is already told by what came with the decision (a quotient
   * familial set from the request: the notice with the new prices names the request).
   */
  notifyParent?: boolean;
  now: Date;
}

export type DecideResult =
  | { status: 'decided'; number: string; kind: RequestKind; decision: 'accepted' | 'refused' | 'closed'; applied: AppliedChange[] }
  | { status: 'not_found'; number: string }
  | { status: 'already_decided'; number: string; current: RequestStatus }
  | { status: 'reason_required'; number: string };

const OPEN: readonly RequestStatus[] = ['submitted', 'in_progress'];

/**
 * Records the decision on request `number`. Deciding twice is refused with
 * `already_decided` (nothing changes), so a repeated command is harmless.
 */
export async function decideRequest(deps: Pick<RequestDependencies, 'store' | 'rules'>, command: DecideCommand): Promise<DecideResult> {
  const number = normaliseRequestNumber(command.number);
  const reason = command.reason?.trim() || undefined;
  const refusing = command.decision === 'refuse';
  const actor: Actor = { kind: 'staff', id: command.staffId, channel: command.channel ?? 'cli' };

  return deps.store.transaction(async (tx): Promise<DecideResult> => {
    const request = await tx.findRequest(number);
    if (!request) return { status: 'not_found', number };
    if (!OPEN.includes(request.status)) return { status: 'already_decided', number, current: request.status };
    if (refusing && !reason && request.payload.type !== 'service_message') return { status: 'reason_required', number };
    const h = requestMessagesFr.history;

    let applied: AppliedChange[] = [];
    if (command.decision === 'accept' && request.payload.type === 'late_request') {
      const guardian = await tx.findGuardian(request.guardianId);
      if (!guardian) throw new Error(`Request ${number} names unknown guardian ${request.guardianId}.`);
      applied = await applyAcceptedChange(tx.bookings, deps.rules, { payload: request.payload, familyId: guardian.familyId, number, actor, now: command.now });
    }
    // A message to the service is not granted or refused: once answered by e-mail, it is closed.
    const answered = request.payload.type === 'service_message';
    const to: RequestStatus = answered ? 'closed' : command.decision === 'accept' ? 'accepted' : 'refused';
    const comment = answered
      ? h.answered
      : to === 'refused'
        ? fillFr(h.refused, { reason: reason! })
        : request.payload.type === 'late_request'
          ? h.acceptedPastDeadline
          : request.payload.type === 'dossier'
            ? h.dossierApplied
            : request.payload.type === 'quotient_familial'
              ? h.quotientSet
              : h.accepted;
    await tx.changeStatus({ requestId: request.id, from: request.status, to, at: command.now, actor, comment, decisionNote: reason });
    await tx.bookings.recordAudit({
      at: command.now,
      actor,
      action: `request.${to === 'accepted' ? 'accept' : to === 'closed' ? 'close' : 'refuse'}`,
      entityType: 'Request',
      entityId: number,
      details: { kind: request.kind, reason: reason ?? null, applied },
    });
    if (command.notifyParent === false) return { status: 'decided', number, kind: request.kind, decision: to, applied };
    await tx.notify({
      kind: REQUEST_DECIDED,
      guardianId: request.guardianId,
      requestId: request.id,
      payload: { number, kind: request.kind, decision: to, reason: reason ?? null, applied, ...(command.message?.trim() ? { message: command.message.trim() } : {}) },
      createdAt: command.now,
    });
    return { status: 'decided', number, kind: request.kind, decision: to, applied };
  });
}
