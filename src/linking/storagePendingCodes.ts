/**
 * Pending codes kept in the bot's key/value Storage (the database's StorageItem table
 * in production, memory in unit tests): no table of their own is needed.
 */
import type { Storage } from 'botbuilder';
import { z } from 'zod';
import type { PendingCode, PendingCodeStore } from './linkingPorts';

const pendingCodeSchema = z.object({
  guardianId: z.number().int().nullable(),
  email: z.string(),
  codeHash: z.string(),
  expiresAt: z.string(),
  mailRef: z.string().optional(),
  triesLeft: z.number().int(),
});

function keyOf(user: { channelId: string; userId: string }): string {
  return `linking-code/${encodeURIComponent(user.channelId)}/${encodeURIComponent(user.userId)}`;
}

export class StoragePendingCodes implements PendingCodeStore {
  constructor(private readonly storage: Storage) {}

  async get(user: { channelId: string; userId: string }): Promise<PendingCode | undefined> {
    const key = keyOf(user);
    const items = await this.storage.read([key]);
    const parsed = pendingCodeSchema.safeParse(items[key]);
    return parsed.success ? parsed.data : undefined;
  }

  async save(user: { channelId: string; userId: string }, code: PendingCode): Promise<void> {
    // Last writer wins ("*"): a code is replaced as a whole, never merged.
    await this.storage.write({ [keyOf(user)]: { ...code, eTag: '*' } });
  }

  async delete(user: { channelId: string; userId: string }): Promise<void> {
    await this.storage.delete([keyOf(user)]);
  }
}
