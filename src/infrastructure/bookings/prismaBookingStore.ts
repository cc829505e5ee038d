/**
 * The booking store over Prisma: transactions for changes.
 */
import type { BookingStore, BookingTransaction } from '../../bookings/ports';
import type { PrismaClient } from '../../generated/prisma/client';
import { PrismaBookingTransaction } from './prismaBookingTransaction';

/**
 * Why these limits: better-sqlite3 has one connection, so transactions queue one behind
 * the other (the adapter's mutex). A burst of parents must wait its turn, not fail after
 * Prisma's default 2 s.
 */
const TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

/** Runs the booking use cases' work in Prisma interactive transactions. */
export class PrismaBookingStore implements BookingStore {
  constructor(private readonly prisma: PrismaClient) {}

  transaction<T>(work: (tx: BookingTransaction) => Promise<T>): Promise<T> {
    return this.prisma.$transaction((tx) => work(new PrismaBookingTransaction(tx)), TRANSACTION_OPTIONS);
  }
}
