/** Transcripts of handed-over conversations expire after TRANSCRIPT_DAYS; a typo is a clear error. */
import { TranscriptRetention, transcriptDays } from '../../src/family/transcriptRetention';
import { createTestDatabase } from '../dialogs/support/testDatabase';
import type { TestDatabase } from '../dialogs/support/testDatabase';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.drop();
});

test('lines older than the retention are deleted, newer ones stay', async () => {
  const now = new Date('2026-06-01T10:00:00Z');
  const handoff = await db.prisma.handoff.create({
    data: { channelId: 'msteams', conversationId: 'c', status: 'closed', reason: 'asked', context: '{}', reference: '{}', createdAt: now },
  });
  await db.prisma.handoffMessage.createMany({
    data: [
      { handoffId: handoff.id, author: 'parent', text: 'ancien', at: new Date('2026-02-01T10:00:00Z') },
      { handoffId: handoff.id, author: 'parent', text: 'récent', at: new Date('2026-05-20T10:00:00Z') },
    ],
  });
  expect(await new TranscriptRetention(db.prisma, { days: 90, clock: () => now }).runOnce()).toBe(1);
  expect((await db.prisma.handoffMessage.findMany()).map((line) => line.text)).toEqual(['récent']);
});

test('TRANSCRIPT_DAYS', () => {
  expect(transcriptDays({})).toBe(90);
  expect(transcriptDays({ TRANSCRIPT_DAYS: '30' })).toBe(30);
  expect(() => transcriptDays({ TRANSCRIPT_DAYS: 'trente' })).toThrow('TRANSCRIPT_DAYS « trente » : nombre entier de jours de 1 à 3650 attendu.');
});
