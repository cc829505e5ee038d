/**
 * botbuilder `Storage` on the database's StorageItem table, with eTag optimistic
 * concurrency as the Storage contract describes (and MemoryStorage behaves): a write
 * whose eTag is '*' or missing always wins; a write carrying an older eTag than the
 * stored one fails with an "eTag conflict" error, so a stale turn cannot overwrite a
 * newer conversation state.
 *
 * Write-through cache: every turn reads its conversation state and writes it back, and
 * one process owns the SQLite file, so the last document written (or read) under each
 * key is kept in memory, shared by every PrismaStorage on the same PrismaClient. A read
 * of a cached key costs no query; every write still goes to the database first, as a
 * compare-and-swap on the eTag, and the cache only follows a write that succeeded. Were
 * another process to change a row behind our back, a read could be stale, but the next
 * write with that stale eTag fails its compare-and-swap (no update is ever lost) and
 * the key is dropped from the cache.
 *
 * On PostgreSQL several assistant processes share the rows (the turn of a conversation
 * may run on any of them), so the cache is off there: every read asks the database,
 * which the conversation's turn lock (src/infrastructure/database/conversationLocks.ts)
 * makes the state the previous turn saved, wherever it ran.
 */
import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import type { PrismaClient } from '../infrastructure/database/createPrismaClient';
import { directSqlOf, providerOfClient, sqlDate } from '../infrastructure/database/directSql';

export class ETagConflictError extends Error {
  constructor(key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
    this.name = 'ETagConflictError';
  }
}

/** A stored document as JSON text (each read parses its own copy: callers mutate what they read). */
interface CachedItem {
  document: string;
  eTag: string;
}

/** Most recently used keys kept; a conversation state is a few kilobytes. */
const DEFAULT_MAX_CACHED = 5_000;

/** Marks a read in flight that a write or delete of its key has overtaken: its rows must not be cached. */
interface PendingRead {
  overtaken: boolean;
}

/** The cache of one database (one PrismaClient): least recently used keys go first. */
class DocumentCache {
  private readonly items = new Map<string, CachedItem>();
  /** Reads in flight per key that missed the cache. */
  private readonly reading = new Map<string, Set<PendingRead>>();
  /** Writes and deletes of one key run one after the other. */
  private readonly writing = new Map<string, Promise<unknown>>();

  constructor(
    private readonly maxItems: number,
    private readonly enabled: boolean,
  ) {}

  get(key: string): CachedItem | undefined {
    if (!this.enabled) return undefined;
    const item = this.items.get(key);
    if (item) {
      this.items.delete(key);
      this.items.set(key, item);
    }
    return item;
  }

  /** Registers a read of `keys` from the database; `fill` caches its rows unless a change overtook it. */
  startRead(keys: string[]): { fill(key: string, item: CachedItem): void; end(): void } {
    const pending: PendingRead = { overtaken: false };
    for (const key of keys) {
      let set = this.reading.get(key);
      if (!set) this.reading.set(key, (set = new Set()));
      set.add(pending);
    }
    return {
      fill: (key, item) => {
        if (!pending.overtaken) this.set(key, item);
      },
      end: () => {
        for (const key of keys) {
          const set = this.reading.get(key);
          set?.delete(pending);
          if (set?.size === 0) this.reading.delete(key);
        }
      },
    };
  }

  set(key: string, item: CachedItem): void {
    this.changed(key);
    if (!this.enabled) return;
    this.items.delete(key);
    this.items.set(key, item);
    if (this.items.size > this.maxItems) this.items.delete(this.items.keys().next().value as string);
  }

  forget(key: string): void {
    this.changed(key);
    this.items.delete(key);
  }

  /** Runs `work` after the earlier writes and deletes of `keys`: the cache follows the database's order. */
  serialise<T>(keys: string[], work: () => Promise<T>): Promise<T> {
    const previous = Promise.all(keys.map((key) => this.writing.get(key)));
    const result = previous.then(() => {
      for (const key of keys) this.changed(key);
      return work();
    });
    const tail = result.catch(() => undefined);
    for (const key of keys) this.writing.set(key, tail);
    void tail.then(() => {
      for (const key of keys) if (this.writing.get(key) === tail) this.writing.delete(key);
    });
    return result;
  }

  private changed(key: string): void {
    for (const pending of this.reading.get(key) ?? []) pending.overtaken = true;
  }
}

const caches = new WeakMap<PrismaClient, DocumentCache>();

/** Shared by several processes (PostgreSQL): nothing cached. */
function sharedDatabase(prisma: PrismaClient): boolean {
  try {
    return providerOfClient(prisma) === 'postgresql';
  } catch {
    return false;
  }
}

function cacheOf(prisma: PrismaClient, maxItems: number): DocumentCache {
  let cache = caches.get(prisma);
  if (!cache) caches.set(prisma, (cache = new DocumentCache(maxItems, !sharedDatabase(prisma))));
  return cache;
}

export class PrismaStorage implements Storage {
  private readonly cache: DocumentCache;

  constructor(
    private readonly prisma: PrismaClient,
    options: { maxCachedItems?: number } = {},
  ) {
    this.cache = cacheOf(prisma, options.maxCachedItems ?? DEFAULT_MAX_CACHED);
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    const missing: string[] = [];
    for (const key of keys) {
      const cached = this.cache.get(key);
      if (cached) items[key] = { ...(JSON.parse(cached.document) as object), eTag: cached.eTag };
      else missing.push(key);
    }
    if (missing.length === 0) return items;
    const pending = this.cache.startRead(missing);
    try {
      const rows = await this.prisma.storageItem.findMany({
        where: { key: { in: missing } },
        select: { key: true, document: true, eTag: true },
      });
      for (const row of rows) {
        items[row.key] = { ...(JSON.parse(row.document) as object), eTag: row.eTag };
        pending.fill(row.key, { document: row.document, eTag: row.eTag });
      }
    } finally {
      pending.end();
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) {
      await this.cache.serialise([key], () => this.writeOne(key, item as Record<string, unknown>));
    }
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.cache.serialise(keys, async () => {
      try {
        await this.prisma.storageItem.deleteMany({ where: { key: { in: keys } } });
      } finally {
        for (const key of keys) this.cache.forget(key);
      }
    });
  }

  private async writeOne(key: string, item: Record<string, unknown>): Promise<void> {
    const { eTag: expected, ...rest } = item;
    const document = JSON.stringify(rest);
    const eTag = randomUUID();
    try {
      await this.store(key, document, eTag, expected);
    } catch (error) {
      this.cache.forget(key);
      throw error;
    }
    this.cache.set(key, { document, eTag });
  }

  /**
   * Every turn writes its state: plain SQL on the direct channel (src/infrastructure/database/directSql.ts,
   * portable to PostgreSQL: INSERT … ON CONFLICT … DO UPDATE exists there too).
   */
  private async store(key: string, document: string, eTag: string, expected: unknown): Promise<void> {
    const sql = directSqlOf(this.prisma);
    const now = sqlDate(new Date());
    if (typeof expected !== 'string' || expected === '*' || expected === '') {
      await sql.run(
        `INSERT INTO "StorageItem" ("key", "document", "eTag", "updatedAt") VALUES (?, ?, ?, ?)
        ON CONFLICT ("key") DO UPDATE SET "document" = excluded."document", "eTag" = excluded."eTag", "updatedAt" = excluded."updatedAt"`,
        key, document, eTag, now,
      );
      return;
    }
    // Compare-and-swap in one statement: only the holder of the current eTag may write.
    const count = await sql.run(
      `UPDATE "StorageItem" SET "document" = ?, "eTag" = ?, "updatedAt" = ? WHERE "key" = ? AND "eTag" = ?`,
      document, eTag, now, key, expected,
    );
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
