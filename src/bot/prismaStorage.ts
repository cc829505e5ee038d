/**
 * botbuilder `Storage` on the database's StorageItem table, with eTag optimistic
 * concurrency as the Storage contract describes (and MemoryStorage behaves): a write
 * whose eTag is '*' or missing always wins; a write carrying an older eTag than the
 * stored one fails with an "eTag conflict" error, so a stale turn cannot overwrite a
 * newer conversation state.
 */
import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import type { PrismaClient } from '../infrastructure/database/createPrismaClient';

export class ETagConflictError extends Error {
  constructor(key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
    this.name = 'ETagConflictError';
  }
}

export class PrismaStorage implements Storage {
  constructor(private readonly prisma: PrismaClient) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (keys.length === 0) return {};
    const rows = await this.prisma.storageItem.findMany({ where: { key: { in: keys } } });
    const items: StoreItems = {};
    for (const row of rows) items[row.key] = { ...(JSON.parse(row.document) as object), eTag: row.eTag };
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) await this.writeOne(key, item);
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.prisma.storageItem.deleteMany({ where: { key: { in: keys } } });
  }

  private async writeOne(key: string, item: Record<string, unknown>): Promise<void> {
    const { eTag: expected, ...rest } = item;
    const document = JSON.stringify(rest);
    const eTag = randomUUID();
    if (typeof expected !== 'string' || expected === '*' || expected === '') {
      await this.prisma.storageItem.upsert({ where: { key }, create: { key, document, eTag }, update: { document, eTag } });
      return;
    }
    // Compare-and-swap in one statement: only the holder of the current eTag may write.
    const { count } = await this.prisma.storageItem.updateMany({ where: { key, eTag: expected }, data: { document, eTag } });
    if (count === 1) return;
    const exists = await this.prisma.storageItem.findUnique({ where: { key }, select: { key: true } });
    if (exists) throw new ETagConflictError(key);
    try {
      // Written under an eTag but since deleted (or never stored): as MemoryStorage, create it.
      await this.prisma.storageItem.create({ data: { key, document, eTag } });
    } catch {
      throw new ETagConflictError(key);
    }
  }
}
