/**
 * The request use cases bound to their dependencies, for the composition root to build
 * once and the dialogs (and the staff CLI) to call.
 */
import type { TownConfig } from '../config/townConfig';
import { claimNotification, type ClaimCommand } from './claimNotification';
import { decideRequest, type DecideCommand, type DecideResult } from './decideRequest';
import { listRequests, markNotified, pendingNotifications } from './listRequests';
import type { RequestDependencies, RequestQueries, RequestSettings } from './ports';
import { registerDocument, type RegisterDocumentCommand } from './registerDocument';
import { normaliseRequestNumber } from './requestNumber';
import { toRequestView, type NotificationView, type RequestView } from './requestViews';
import { submitJustification, type JustificationCommand, type JustificationResult } from './submitJustification';
import { submitLateRequest, type LateRequestCommand, type LateRequestResult } from './submitLateRequest';
import { submitDossierChange, type DossierChangeCommand, type DossierChangeResult } from './submitDossierChange';
import { submitQuotientRequest, type QuotientRequestCommand, type QuotientRequestResult } from './submitQuotientRequest';
import { submitServiceMessage, type ServiceMessageCommand, type ServiceMessageResult } from './submitServiceMessage';

/** The settings of the town configuration the request use cases apply. */
export function requestSettingsFrom(config: Pick<TownConfig, 'contacts' | 'absenceJustificationDays'>): RequestSettings {
  return { mailbox: config.contacts.mailbox, absenceJustificationDays: config.absenceJustificationDays };
}

/** Late requests, absence justifications, staff decisions and the parent's queries. */
export class RequestUseCases {
  constructor(
    private readonly deps: RequestDependencies,
    private readonly queries: RequestQueries,
  ) {}

  /** See submitLateRequest. */
  submitLateRequest(command: LateRequestCommand): Promise<LateRequestResult> {
    return submitLateRequest(this.deps, command);
  }

  /** See submitServiceMessage: a written message to the service (out of hours). */
  submitServiceMessage(command: ServiceMessageCommand): Promise<ServiceMessageResult> {
    return submitServiceMessage(this.deps, command);
  }

  /** See submitDossierChange: a change of the family's records, for staff to apply. */
  submitDossierChange(command: DossierChangeCommand): Promise<DossierChangeResult> {
    return submitDossierChange(this.deps, command);
  }

  /** See submitQuotientRequest: the documents for the service to set the family's quotient familial. */
  submitQuotientRequest(command: QuotientRequestCommand): Promise<QuotientRequestResult> {
    return submitQuotientRequest(this.deps, command);
  }

  /** One of the guardian's requests by number, or undefined (another family's is not theirs to see). */
  async findRequest(query: { guardianId: number; number: string }): Promise<RequestView | undefined> {
    const found = await this.queries.findByNumber(normaliseRequestNumber(query.number));
    return found && found.guardianId === query.guardianId ? toRequestView(found) : undefined;
  }

  /** See registerDocument: call right after AttachmentIntake accepted a file. */
  registerDocument(command: RegisterDocumentCommand): Promise<{ documentId: string }> {
    return registerDocument(this.deps, command);
  }

  /** See submitJustification. */
  submitJustification(command: JustificationCommand): Promise<JustificationResult> {
    return submitJustification(this.deps, command);
  }

  /** See decideRequest (staff). */
  async decideRequest(command: DecideCommand): Promise<DecideResult> {
    const result = await decideRequest(this.deps, command);
    if (result.status === 'decided') this.deps.onNotificationQueued?.();
    return result;
  }

  /** "Où en est ma demande ?": the guardian's requests, latest first. */
  listRequests(query: { guardianId: number }): Promise<RequestView[]> {
    return listRequests(this.queries, query);
  }

  /** What the guardian must be told, oldest first. */
  pendingNotifications(guardianId: number): Promise<NotificationView[]> {
    return pendingNotifications(this.queries, guardianId);
  }

  /** Marks notifications as told (only `guardianId`'s when given). */
  markNotified(ids: readonly number[], options: { now: Date; guardianId?: number }): Promise<number> {
    return markNotified(this.queries, ids, options);
  }

  /** See claimNotification: takes a notification to tell it now, queuing its e-mail the first time. */
  claimNotification(id: number, options: Omit<ClaimCommand, 'id'>): Promise<NotificationView | undefined> {
    return claimNotification(this.deps, { id, ...options });
  }

  /** A notice claimed for a proactive message was told in the conversation. */
  markTold(id: number, at: Date): Promise<void> {
    return this.queries.markTold(id, at);
  }

  /** Guardians with something to be told, for a proactive notifier. */
  guardiansToNotify(): Promise<number[]> {
    return this.queries.guardiansWithPendingNotifications();
  }
}
