/** The botbuilder Storage on the database: eTags, stale writes, deletes (a real SQLite file). */
import { PrismaStorage } from '../../src/bot/prismaStorage';
import { createTestDatabase } from '../dialogs/support/testDatabase';
import type { TestDatabase } from '../dialogs/support/testDatabase';

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
