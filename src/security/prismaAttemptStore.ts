/**
 * Attempts counted in the database (model AttemptRecord): limits survive a crash or a
 * restart and hold across processes. Keys are stored as sha256 hashes, so the table
 * names no e-mail address or client address in clear.
 */
import { createHash } from 'node:crypto';
import type { PrismaClient } from '../infrastructure/database/createPrismaClient';
import type { AttemptStore } from './attemptLimiter';

const hashed = (key: string) => createHash('sha256').update(key).digest('hex');

export class PrismaAttemptStore implements AttemptStore {
  constructor(private readonly prisma: PrismaClient) {}

  count(key: string, since: Date): Promise<number> {
    return this.prisma.attemptRecord.count({ where: { key: hashed(key), at: { gte: since } } });
  }

  async add(keys: readonly string[], at: Date): Promise<void> {
    if (keys.length === 0) return;
    await this.prisma.attemptRecord.createMany({ data: keys.map((key) => ({ key: hashed(key), at })) });
  }

  async clear(keys: readonly string[]): Promise<void> {
    await this.prisma.attemptRecord.deleteMany({ where: { key: { in: keys.map(hashed) } } });
  }

  async purge(before: Date): Promise<number> {
    return (await this.prisma.attemptRecord.deleteMany({ where: { at: { lt: before } } })).count;
  }
}
