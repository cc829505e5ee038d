/** Idle conversation state and spent attempts are deleted by themselves. */
import { ExpiredRowsPurge } from '../../../src/infrastructure/database/expiredRowsPurge';
import { createTestDatabase } from '../../dialogs/support/testDatabase';
import type { TestDatabase } from '../../dialogs/support/testDatabase';
import { startAssistant } from '../../server/support/runningAssistant';

const DAY = 24 * 3_600_000;
const quiet = { info: () => undefined, error: () => undefined };
let db: TestDatabase;

beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await db.drop();
});

const ago = (days: number) => new Date(Date.now() - days * DAY);
const state = (key: string, days: number) => db.prisma.storageItem.create({ data: { key, document: '{}', eTag: '1', updatedAt: ago(days) } });

test('deletes conversation state idle longer than the setting, and attempts older than any window', async () => {
  await state('webchat/conversations/old', 31);
  await state('webchat/conversations/recent', 29);
  await db.prisma.attemptRecord.createMany({ data: [{ key: 'a', at: ago(2) }, { key: 'b', at: ago(0.5) }] });
  await db.prisma.processedActivity.createMany({
    data: [
      { conversationKey: 'webchat/c', activityId: 'old', at: ago(2) },
      { conversationKey: 'webchat/c', activityId: 'recent', at: ago(0.1) },
    ],
  });

  const report = await new ExpiredRowsPurge(db.prisma, { stateDays: 30, logger: quiet }).runOnce();

  expect(report).toEqual({ conversationState: 1, attempts: 1, processedActivities: 1 });
  expect((await db.prisma.processedActivity.findMany()).map((row) => row.activityId)).toEqual(['recent']);
  expect((await db.prisma.storageItem.findMany({ where: { key: { startsWith: 'webchat/' } } })).map((row) => row.key)).toEqual(['webchat/conversations/recent']);
  expect((await db.prisma.attemptRecord.findMany()).map((row) => row.key)).toEqual(['b']);
});

test('of two processes purging at once on PostgreSQL, one does the pass', async () => {
  if (db.url.startsWith('file:')) return;
  const { createPrismaClient } = await import('../../../src/infrastructure/database/createPrismaClient');
  const other = await createPrismaClient(db.url);
  try {
    await state('webchat/conversations/old', 31);
    const [a, b] = await Promise.all([
      new ExpiredRowsPurge(db.prisma, { stateDays: 30, logger: quiet }).runOnce(),
      new ExpiredRowsPurge(other, { stateDays: 30, logger: quiet }).runOnce(),
    ]);
    expect(a.conversationState + b.conversationState).toBe(1);
  } finally {
    await other.$disconnect();
  }
});

test('the running assistant purges by itself, after CONVERSATION_STATE_DAYS', async () => {
  await state('webchat/conversations/a-week-ago', 7);
  await state('webchat/conversations/yesterday', 1);
  const running = await startAssistant(db, () => new Date(), { env: { MicrosoftAppId: '', CONVERSATION_STATE_DAYS: '5' } });
  try {
    const deadline = Date.now() + 10_000;
    while ((await db.prisma.storageItem.count({ where: { key: 'webchat/conversations/a-week-ago' } })) > 0) {
      if (Date.now() > deadline) throw new Error('not purged after 10 s');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(await db.prisma.storageItem.count({ where: { key: 'webchat/conversations/yesterday' } })).toBe(1);
  } finally {
    await running.stop();
  }
});
