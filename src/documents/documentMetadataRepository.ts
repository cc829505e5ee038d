/**
 * The metadata of received documents (who, which child, which days, checksum), as a
 * port for the database (model in document.prisma.txt). `Tx` is the storage's
 * transaction, so that the record is written with the justification request.
 */
import type { AcceptedMediaType } from './fileTypeSniffer';

/** One received document, as recorded. */
export interface DocumentRecord {
  /** The DocumentStore id. */
  id: string;
  guardianId: number;
  childId?: number;
  requestId?: number;
  mediaType: AcceptedMediaType;
  sizeBytes: number;
  sha256: string;
  /** The name the channel gave, for display only. */
  originalName?: string;
  /** Calendar days the document justifies, 'YYYY-MM-DD'. */
  days: string[];
  /** Channel it came through: 'msteams', 'webchat', 'emulator', 'terminal'… */
  channel: string;
  receivedAt: Date;
}

export interface DocumentMetadataRepository<Tx> {
  save(tx: Tx, record: DocumentRecord): Promise<void>;
  /** Notes that the retention purge removed these files; the rows stay as a trace. */
  markPurged(ids: string[], at: Date): Promise<void>;
}
