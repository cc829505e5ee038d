/**
 * The booking store: each use case's work in one transaction on the database's own
 * connections (directSql.ts), with the one implementation of the booking port,
 * SqlBookingTransaction, on SQLite and PostgreSQL alike.
 */
import type { AuditRecord, BookingStore, BookingTransaction } from '../../bookings/ports';
import type { PrismaClient } from '../../generated/prisma/client';
import { directSqlOf, prismaSession, providerOfClient } from '../database/directSql';
import { SqlBookingTransaction } from './sqlBookingTransaction';

/**
 * How the transaction reaches the database: `direct` (the store's own, the fast path);
 * `prisma`: inside a Prisma interactive transaction, as a staff decision does when it
 * changes bookings together with its request (prismaRequestTransaction.ts). The booking
 * tests run through both.
 */
export type BookingTransport = 'direct' | 'prisma';

/**
 * Why these limits for the Prisma transport: better-sqlite3 has one connection, so
 * transactions queue one behind the other (the adapter's mutex). A burst of parents must
 * wait its turn, not fail after Prisma's default 2 s.
 */
const TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

export class SqlBookingStore implements BookingStore {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly transport: BookingTransport = 'direct',
  ) {}

  transaction<T>(work: (tx: BookingTransaction) => Promise<T>): Promise<T> {
    if (this.transport === 'direct') return directSqlOf(this.prisma).transaction((sql) => work(new SqlBookingTransaction(sql)));
    const provider = providerOfClient(this.prisma);
    return this.prisma.$transaction((tx) => work(new SqlBookingTransaction(prismaSession(tx, provider))), TRANSACTION_OPTIONS);
  }
}

/** Writes one audit row outside any booking change (staff opening a document, a command-line decision). */
export function auditRecorder(prisma: PrismaClient): (entry: AuditRecord) => Promise<void> {
  return (entry) => new SqlBookingTransaction(directSqlOf(prisma)).recordAudit(entry);
}
