/**
 * The booking store over Prisma: transactions for changes.
 */
import type { BookingStore, BookingTransaction } from '../../bookings/ports';
import type { PrismaClient } from '../../generated/prisma/client';
import { sqliteConnectionOf } from '../database/directSql';
import { PrismaBookingTransaction } from './prismaBookingTransaction';
import { SqlBookingTransaction } from './sqlBookingTransaction';

/**
 * Why these limits: better-sqlite3 has one connection, so transactions queue one behind
 * the other (the adapter's mutex). A burst of parents must wait its turn, not fail after
 * Prisma's default 2 s.
 */
const TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

/**
 * Runs the booking use cases' work in one transaction: on the embedded SQLite
 * connection in plain SQL (sqlBookingTransaction.ts: same statements, a fraction of the
 * CPU), otherwise in a Prisma interactive transaction.
 */
export type BookingTransactionEngine = 'sql' | 'prisma';

export class PrismaBookingStore implements BookingStore {
  /**
   * @param engine 'sql' (default) uses plain SQL when the embedded SQLite connection is
   * there; 'prisma' always uses the Prisma transaction, the path PostgreSQL takes. The
   * booking tests run against both, so neither path goes untested.
   */
  constructor(
    private readonly prisma: PrismaClient,
    private readonly engine: BookingTransactionEngine = 'sql',
  ) {}

  transaction<T>(work: (tx: BookingTransaction) => Promise<T>): Promise<T> {
    const direct = this.engine === 'sql' ? sqliteConnectionOf(this.prisma) : undefined;
    if (direct) return direct.transactionAsync((sql) => work(new SqlBookingTransaction(sql)));
    return this.prisma.$transaction((tx) => work(new PrismaBookingTransaction(tx)), TRANSACTION_OPTIONS);
  }
}
