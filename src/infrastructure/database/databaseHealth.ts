/**
 * Whether the database takes writes now, for /healthz: one row rewritten (a read alone
 * answers on a read-only file or a full disk while every turn fails), and, for the
 * embedded file, the free space of its folder.
 */
import { statfs } from 'node:fs/promises';
import path from 'node:path';
import type { DatabaseHealth } from '../../server/createServer';
import type { PrismaClient } from './createPrismaClient';
import { sqliteFilePath } from './databaseUrl';

/** Below this, SQLite's journal soon cannot grow: the next turns would fail. */
export const MIN_FREE_BYTES = 16 * 1024 * 1024;

const PROBE_ID = 'write-check';

export async function databaseHealth(prisma: PrismaClient, url: string, now: () => Date = () => new Date()): Promise<DatabaseHealth> {
  try {
    const checkedAt = now();
    await prisma.healthProbe.upsert({ where: { id: PROBE_ID }, create: { id: PROBE_ID, checkedAt }, update: { checkedAt } });
  } catch {
    const readable = await prisma.healthProbe.count().then(() => true, () => false);
    return readable ? 'read-only' : 'unreachable';
  }
  if (url.startsWith('file:')) {
    const free = await freeBytes(path.dirname(sqliteFilePath(url)));
    if (free !== undefined && free < MIN_FREE_BYTES) return 'disk-full';
  }
  return 'writable';
}

async function freeBytes(folder: string): Promise<number | undefined> {
  try {
    const stats = await statfs(folder);
    return stats.bavail * stats.bsize;
  } catch {
    return undefined;
  }
}
