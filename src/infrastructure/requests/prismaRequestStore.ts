/**
 * The request store over Prisma: each use case's work in one interactive transaction,
 * with the mail outbox writing into that same transaction.
 */
import type { PrismaClient } from '../../generated/prisma/client';
import type { MailOutbox } from '../../mail/mailOutbox';
import type { RequestStore, RequestTransaction } from '../../requests/ports';
import { PrismaDocumentMetadataRepository } from '../documents/prismaDocumentMetadataRepository';
import type { PrismaTx } from '../mail/prismaOutboxRepository';
import { providerOfClient } from '../database/directSql';
import { PrismaRequestTransaction } from './prismaRequestTransaction';

/** As for bookings: better-sqlite3 has one connection, so transactions wait their turn. */
const TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

/** RequestStore on Prisma interactive transactions. */
export class PrismaRequestStore implements RequestStore {
  private readonly documents: PrismaDocumentMetadataRepository;

  /** `outbox` must be built on a PrismaOutboxRepository of the same database. */
  constructor(
    private readonly prisma: PrismaClient,
    private readonly outbox: MailOutbox<PrismaTx>,
  ) {
    this.documents = new PrismaDocumentMetadataRepository(prisma);
  }

  transaction<T>(work: (tx: RequestTransaction) => Promise<T>): Promise<T> {
    const provider = providerOfClient(this.prisma);
    return this.prisma.$transaction((tx) => work(new PrismaRequestTransaction(tx, this.outbox, this.documents, provider)), TRANSACTION_OPTIONS);
  }
}
