/**
 * Received documents' metadata over Prisma (model Document). The bytes are in the
 * encrypted DocumentStore; the row is the trace that stays after the retention purge.
 */
import type { DocumentMetadataRepository, DocumentRecord } from '../../documents/documentMetadataRepository';
import type { PrismaClient } from '../../generated/prisma/client';
import type { PrismaTx } from '../mail/prismaOutboxRepository';

/** DocumentMetadataRepository on the Document table. */
export class PrismaDocumentMetadataRepository implements DocumentMetadataRepository<PrismaTx> {
  constructor(private readonly prisma: PrismaClient) {}

  async save(tx: PrismaTx, record: DocumentRecord): Promise<void> {
    await tx.document.create({
      data: {
        id: record.id,
        guardianId: record.guardianId,
        childId: record.childId ?? null,
        requestId: record.requestId ?? null,
        mediaType: record.mediaType,
        sizeBytes: record.sizeBytes,
        sha256: record.sha256,
        originalName: record.originalName ?? null,
        days: JSON.stringify(record.days),
        channel: record.channel,
        receivedAt: record.receivedAt,
      },
    });
  }

  /** Sets purgedAt on the rows not yet marked (a rerun of the purge keeps the first date). */
  async markPurged(ids: string[], at: Date): Promise<void> {
    if (ids.length === 0) return;
    await this.prisma.document.updateMany({ where: { id: { in: ids }, purgedAt: null }, data: { purgedAt: at } });
  }
}
