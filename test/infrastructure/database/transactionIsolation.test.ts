/**
 * One parent's transaction must never swallow another parent's write: the embedded
 * database shares one connection, and a rolled-back reservation used to take with it
 * whatever other turns wrote meanwhile (their saved dialog state, for instance).
 */
import { createTestDatabase, type TestDatabase } from '../support/testDatabase';

let db: TestDatabase;

beforeEach(async () => {
  db = await createTestDatabase();
});

afterEach(async () => {
  await db.destroy();
});

it('keeps a write made outside a transaction that is rolled back meanwhile', async () => {
  let insideTransaction!: () => void;
  const transactionStarted = new Promise<void>((resolve) => (insideTransaction = resolve));
  let finishTransaction!: () => void;
  const mayFinish = new Promise<void>((resolve) => (finishTransaction = resolve));

  const failing = db.prisma
    .$transaction(async (tx) => {
      await tx.storageItem.create({ data: { key: 'inside', document: '{}', eTag: '1' } });
      insideTransaction();
      await mayFinish;
      throw new Error('the reservation fails and rolls back');
    })
    .catch((error: Error) => error.message);

  await transactionStarted;
  // Prisma queries are lazy: `.then` starts this one now, while the transaction is open.
  const outside = db.prisma.storageItem.create({ data: { key: 'outside', document: '{}', eTag: '1' } }).then(() => 'written');
  await new Promise((resolve) => setTimeout(resolve, 100));
  finishTransaction();
  expect(await failing).toBe('the reservation fails and rolls back');
  expect(await outside).toBe('written');

  const keys = (await db.prisma.storageItem.findMany({ select: { key: true } })).map((row) => row.key);
  expect(keys).toEqual(['outside']);
});
