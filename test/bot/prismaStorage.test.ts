/** The botbuilder Storage on the database: eTags, stale writes, deletes (a real SQLite file). */
import { PrismaStorage } from '../../src/bot/prismaStorage';
import { createPrismaClient } from '../../src/infrastructure/database/createPrismaClient';
import { createTestDatabase } from '../dialogs/support/testDatabase';
import type { TestDatabase } from '../dialogs/support/testDatabase';
import { testProvider } from '../infrastructure/support/testDatabase';

const postgres = testProvider() === 'postgresql';

let db: TestDatabase;
let storage: PrismaStorage;
beforeEach(async () => {
  db = await createTestDatabase();
  storage = new PrismaStorage(db.prisma);
});
afterEach(async () => {
  await db.drop();
});

test('reads back what was written, with an eTag', async () => {
  await storage.write({ a: { count: 1 } });
  const items = await storage.read(['a', 'missing']);
  expect(items.a).toMatchObject({ count: 1 });
  expect(typeof items.a.eTag).toBe('string');
  expect(items).not.toHaveProperty('missing');
});

test('a write with the current eTag succeeds and changes the eTag', async () => {
  await storage.write({ a: { count: 1 } });
  const first = (await storage.read(['a'])).a;
  await storage.write({ a: { ...first, count: 2 } });
  const second = (await storage.read(['a'])).a;
  expect(second.count).toBe(2);
  expect(second.eTag).not.toBe(first.eTag);
});

test('a stale write fails and leaves the newer document in place', async () => {
  await storage.write({ a: { count: 1 } });
  const seenByTurnOne = (await storage.read(['a'])).a;
  const seenByTurnTwo = (await storage.read(['a'])).a;
  await storage.write({ a: { ...seenByTurnTwo, count: 2 } });
  await expect(storage.write({ a: { ...seenByTurnOne, count: 99 } })).rejects.toThrow(/eTag conflict/);
  expect((await storage.read(['a'])).a.count).toBe(2);
});

test('"*" or no eTag always writes', async () => {
  await storage.write({ a: { count: 1 } });
  await storage.write({ a: { count: 3, eTag: '*' } });
  expect((await storage.read(['a'])).a.count).toBe(3);
  await storage.write({ a: { count: 4 } });
  expect((await storage.read(['a'])).a.count).toBe(4);
});

test('only one of two concurrent writers with the same eTag wins', async () => {
  await storage.write({ a: { count: 1 } });
  const seen = (await storage.read(['a'])).a;
  const results = await Promise.allSettled([
    storage.write({ a: { ...seen, count: 10 } }),
    storage.write({ a: { ...seen, count: 20 } }),
  ]);
  expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
});

test('deletes, and ignores keys that do not exist', async () => {
  await storage.write({ a: { count: 1 }, b: { count: 2 } });
  await storage.delete(['a', 'nope']);
  expect(Object.keys(await storage.read(['a', 'b']))).toEqual(['b']);
});

/** One process per SQLite file keeps a cache; on PostgreSQL the rows are shared by several processes. */
(postgres ? describe.skip : describe)('the write-through cache (SQLite)', () => {
  test('a read of a key written or read before costs no query, and each read gets its own copy', async () => {
    await storage.write({ a: { list: [1] } });
    const spy = jest.spyOn(db.prisma.storageItem, 'findMany');
    const first = (await storage.read(['a'])).a;
    first.list.push(2);
    const second = (await storage.read(['a'])).a;
    expect(second.list).toEqual([1]);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  test('is shared by the storages of one client: a write through one is read through the other', async () => {
    const other = new PrismaStorage(db.prisma);
    await storage.write({ a: { count: 1 } });
    const seen = (await other.read(['a'])).a;
    await other.write({ a: { ...seen, count: 2 } });
    expect((await storage.read(['a'])).a).toMatchObject({ count: 2 });
    await expect(storage.write({ a: { ...seen, count: 3 } })).rejects.toThrow(/eTag conflict/);
  });

  test('a row changed behind its back makes the next write fail, and is read afresh after', async () => {
    await storage.write({ a: { count: 1 } });
    const seen = (await storage.read(['a'])).a;
    await db.prisma.storageItem.update({ where: { key: 'a' }, data: { document: '{"count":7}', eTag: 'outside' } });
    await expect(storage.write({ a: { ...seen, count: 2 } })).rejects.toThrow(/eTag conflict/);
    expect((await storage.read(['a'])).a).toMatchObject({ count: 7, eTag: 'outside' });
  });

  test('a deleted key is gone from the cache too, even with a write of it in flight', async () => {
    await storage.write({ a: { count: 1 } });
    const write = storage.write({ a: { count: 2 } });
    const deletion = storage.delete(['a']);
    await Promise.all([write, deletion]);
    expect(await storage.read(['a'])).toEqual({});
    expect(await db.prisma.storageItem.count()).toBe(0);
  });

  test('a read that a write overtakes does not cache the older row', async () => {
    await storage.write({ a: { count: 1 } });
    // Another client on the same file: its cache is empty, so its reads go to the database.
    const second = await createPrismaClient(db.url);
    const cold = new PrismaStorage(second);
    const read = cold.read(['a']);
    await new PrismaStorage(second).write({ a: { count: 2 } });
    await read;
    expect((await cold.read(['a'])).a).toMatchObject({ count: 2 });
    await second.$disconnect();
  });

  test('keeps at most maxCachedItems keys, least recently used out first', async () => {
    const second = await createPrismaClient(db.url);
    const small = new PrismaStorage(second, { maxCachedItems: 2 });
    await small.write({ a: { n: 1 }, b: { n: 2 }, c: { n: 3 } });
    const spy = jest.spyOn(second.storageItem, 'findMany');
    await small.read(['b', 'c']);
    expect(spy).not.toHaveBeenCalled();
    expect((await small.read(['a'])).a).toMatchObject({ n: 1 });
    expect(spy).toHaveBeenCalledTimes(1);
    await second.$disconnect();
  });
});

(postgres ? describe : describe.skip)('several processes on PostgreSQL', () => {
  test('what another process wrote is read at once, and a write on the older state fails rather than losing it', async () => {
    const otherProcess = await createPrismaClient(db.url);
    try {
      const here = new PrismaStorage(db.prisma);
      const there = new PrismaStorage(otherProcess);
      await here.write({ a: { count: 1 } });
      const seenHere = (await here.read(['a'])).a;
      const seenThere = (await there.read(['a'])).a;
      await there.write({ a: { ...seenThere, count: 2 } });
      expect((await here.read(['a'])).a).toMatchObject({ count: 2 });
      await expect(here.write({ a: { ...seenHere, count: 3 } })).rejects.toThrow(/eTag conflict/);
    } finally {
      await otherProcess.$disconnect();
    }
  });
});
