/**
 * Plugs the request use cases (src/requests) and the document intake (src/documents)
 * into the dialogs' ports: late requests, absence justifications, "mes demandes", and
 * written messages to the service.
 */
import type {
  AbsenceJustifications,
  FileReceipt,
  IncomingFile,
  LateRequest,
  LateRequestSender,
  RequestTracker,
  ServiceMessageSender,
} from '../../dialogs/services';
import { fill, messages } from '../../dialogs/messages/catalog';
import type { IntakeOutcome } from '../documents/attachmentIntake';
import { fileAttachments, type IncomingAttachment } from '../documents/incomingAttachment';
import type { RequestUseCases } from '../requests/requestUseCases';
import type { JustificationCommand, JustificationResult } from '../requests/submitJustification';
import type { RequestView } from '../requests/requestViews';

/** What the adapter needs of AttachmentIntake. */
export interface FileIntake {
  receive(attachment: IncomingAttachment): Promise<IntakeOutcome>;
}

/** Logs a refused file's detail (hosts, addresses), never shown to the parent. */
export type RefusalLog = (detail: { code: string; detail: string; guardianId: number }) => void;

/** Documents read from one message; the others are refused with a French message. */
export const MAX_FILES_PER_MESSAGE = 5;

export class UseCaseRequests implements LateRequestSender, AbsenceJustifications, RequestTracker {
  constructor(
    private readonly requests: RequestUseCases,
    private readonly intake: FileIntake,
    private readonly logRefusal: RefusalLog = () => undefined,
  ) {}

  /** LateRequestSender: the request and its mail in one transaction, the number as receipt. */
  async send(request: LateRequest): Promise<{ number: string } | undefined> {
    const result = await this.requests.submitLateRequest({
      guardianId: request.guardianId,
      childIds: request.childIds,
      days: request.days,
      newDays: request.newDays,
      action: request.kind,
      parentWords: request.parentWords,
      channel: request.channel,
      idempotencyKey: request.idempotencyKey,
      now: request.now,
    });
    return result.status === 'submitted' ? { number: result.number } : undefined;
  }


  hasFiles(attachments: readonly IncomingFile[] | undefined): boolean {
    return fileAttachments(attachments).length > 0;
  }

  async receiveFiles(input: { guardianId: number; attachments: readonly IncomingFile[]; channel: string; now: Date }): Promise<FileReceipt[]> {
    const receipts: FileReceipt[] = [];
    const files = fileAttachments(input.attachments);
    // A few documents per message: fifty links would hold the conversation for minutes.
    for (const skipped of files.slice(MAX_FILES_PER_MESSAGE)) {
      this.logRefusal({ code: 'too_many_files', detail: skipped.name ?? skipped.contentType, guardianId: input.guardianId });
      receipts.push({ ok: false, message: fill(messages.absence.tooManyFiles, { max: MAX_FILES_PER_MESSAGE }) });
    }
    for (const attachment of files.slice(0, MAX_FILES_PER_MESSAGE)) {
      const outcome = await this.intake.receive(attachment);
      if (!outcome.ok) {
        this.logRefusal({ code: outcome.code, detail: outcome.detail, guardianId: input.guardianId });
        receipts.push({ ok: false, message: outcome.message });
        continue;
      }
      const { documentId } = await this.requests.registerDocument({ guardianId: input.guardianId, document: outcome.document, channel: input.channel, now: input.now });
      receipts.push({ ok: true, documentId, name: outcome.document.originalName });
    }
    return receipts;
  }

  justify(input: JustificationCommand): Promise<JustificationResult> {
    return this.requests.submitJustification(input);
  }

  list(guardianId: number): Promise<RequestView[]> {
    return this.requests.listRequests({ guardianId });
  }

  find(guardianId: number, number: string): Promise<RequestView | undefined> {
    return this.requests.findRequest({ guardianId, number });
  }

  /** The ServiceMessageSender port (handoffDialog's written message out of hours). */
  serviceMessageSender(): ServiceMessageSender {
    return {
      send: async (message) => {
        const result = await this.requests.submitServiceMessage(message);
        if (result.status !== 'submitted') throw new Error('An empty message to the service reached the use case.');
        return { number: result.number };
      },
    };
  }
}
