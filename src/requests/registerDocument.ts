/**
 * Records a received document's metadata as soon as it is stored (the parent may send
 * the file before saying what it justifies): every file in the store has its row, which
 * the justification later links to its request and the retention purge marks.
 */
import type { IsoDay } from '../domain/day';
import type { ReceivedDocument } from '../documents/attachmentIntake';
import type { RequestDependencies } from './ports';

export interface RegisterDocumentCommand {
  guardianId: number;
  /** What AttachmentIntake.receive()/receiveUrl() returned when ok. */
  document: ReceivedDocument;
  /** Known already when the parent named them before sending the file. */
  childId?: number;
  days?: readonly IsoDay[];
  channel: string;
  now: Date;
}

/** Saves the metadata row (not yet linked to a request); returns the document id to pass to submitJustification. */
export async function registerDocument(deps: Pick<RequestDependencies, 'store'>, command: RegisterDocumentCommand): Promise<{ documentId: string }> {
  const { document } = command;
  await deps.store.transaction((tx) =>
    tx.saveDocument({
      id: document.id,
      guardianId: command.guardianId,
      childId: command.childId,
      mediaType: document.mediaType,
      sizeBytes: document.size,
      sha256: document.sha256,
      originalName: document.originalName,
      days: [...(command.days ?? [])],
      channel: command.channel,
      receivedAt: command.now,
    }),
  );
  return { documentId: document.id };
}
