/**
 * Receiving one attachment from a parent: download it under the policy, then store it
 * encrypted. A refusal stores nothing and carries the French message for the parent.
 */
import type { AttachmentDownloader } from './attachmentDownloader';
import type { DownloadFailureCode } from './downloadOutcome';
import type { DocumentStore, StoredDocument } from './documentStore';
import type { AcceptedMediaType } from './fileTypeSniffer';
import type { IncomingAttachment } from './incomingAttachment';
import { attachmentMessageFr, type DocumentMessageContext } from './messages.fr';

/** A received document: what to record in the metadata (DocumentRecord). */
export interface ReceivedDocument extends StoredDocument {
  mediaType: AcceptedMediaType;
  originalName?: string;
}

export type IntakeOutcome =
  | { ok: true; document: ReceivedDocument }
  | { ok: false; code: DownloadFailureCode; message: string; detail: string };

/** Download, check, encrypt, store. */
export class AttachmentIntake {
  constructor(
    private readonly downloader: AttachmentDownloader,
    private readonly store: DocumentStore,
    private readonly messageContext: DocumentMessageContext,
  ) {}

  /** One attachment as the channel delivered it. */
  receive(attachment: IncomingAttachment): Promise<IntakeOutcome> {
    return this.keep(this.downloader.download(attachment));
  }

  /** A URL or file: URL typed by the parent (terminal chat, local development). */
  receiveUrl(url: string): Promise<IntakeOutcome> {
    return this.keep(this.downloader.downloadUrl(url));
  }

  private async keep(pending: ReturnType<AttachmentDownloader['download']>): Promise<IntakeOutcome> {
    const outcome = await pending;
    if (!outcome.ok) {
      return { ok: false, code: outcome.code, message: attachmentMessageFr(outcome.code, this.messageContext), detail: outcome.detail };
    }
    const stored = await this.store.put(outcome.file.content);
    return { ok: true, document: { ...stored, mediaType: outcome.file.mediaType, originalName: outcome.file.originalName } };
  }
}
