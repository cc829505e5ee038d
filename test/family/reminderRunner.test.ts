/**
 * Reminders, opt-in (issue 14): due before each holiday period's deadline and on Sunday
 * for the usual days not booked; sent in the conversation where it takes proactive
 * messages, by e-mail otherwise; never twice, even across a restart (a new process on
 * the same database) with the clock pinned to the same day.
 */
import { createPrismaClient } from '../../src/infrastructure/database/createPrismaClient';
import { dueReminders } from '../../src/family/dueReminders';
import { PrismaReminders } from '../../src/family/prismaReminders';
import { ReminderRunner } from '../../src/family/reminderRunner';
import type { ReminderMessenger } from '../../src/family/reminderRunner';
import { createTestDatabase } from '../dialogs/support/testDatabase';
import type { TestDatabase } from '../dialogs/support/testDatabase';

/** Friday 3 April 2026, 10:00 in Paris: the spring holidays' deadline is Sunday 5 April (23h59). */
const FRIDAY_3_APRIL = new Date('2026-04-03T08:00:00Z');

class RecordingMessenger implements ReminderMessenger {
  readonly sent: Array<{ reference: unknown; text: string }> = [];
  async send(reference: unknown, text: string): Promise<void> {
    this.sent.push({ reference, text });
  }
}

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await db.drop();
});

const runner = (prisma: TestDatabase['prisma'], messenger: ReminderMessenger, now: Date) =>
  new ReminderRunner(prisma, { rules: db.rules, messenger, messageIdDomain: 'joinvillelepont.fr', mailbox: 'periscolaire@joinvillelepont.fr', clock: () => now });

const reminderMails = (prisma: TestDatabase['prisma']) => prisma.outboxMail.findMany({ where: { reference: { startsWith: 'reminder:' } } });

test('the spring deadline reminder goes once by e-mail, across two passes and a restart', async () => {
  const camille = await db.prisma.guardian.findUniqueOrThrow({ where: { email: 'camille.martin@example.fr' } });
  await new PrismaReminders(db.prisma).subscribe(camille.id, { weekly: false }, FRIDAY_3_APRIL);
  const messenger = new RecordingMessenger();

  expect(await runner(db.prisma, messenger, FRIDAY_3_APRIL).runOnce()).toEqual({ sent: 0, byMail: 1, alreadySent: 0 });
  expect(await runner(db.prisma, messenger, FRIDAY_3_APRIL).runOnce()).toEqual({ sent: 0, byMail: 0, alreadySent: 1 });
  // A restart: another client on the same database, the same pinned day.
  const restarted = await createPrismaClient(db.url);
  try {
    expect(await runner(restarted, messenger, new Date('2026-04-05T20:00:00Z')).runOnce()).toEqual({ sent: 0, byMail: 0, alreadySent: 1 });
  } finally {
    await restarted.$disconnect();
  }
  const mails = await reminderMails(db.prisma);
  expect(mails).toHaveLength(1);
  const payload = JSON.parse(mails[0].payload) as { to: string; text: string };
  expect(payload.to).toBe('camille.martin@example.fr');
  expect(payload.text).toContain("Rappel : pour les vacances de printemps (à partir du lundi 20 avril), les réservations sont possibles jusqu'au dimanche 5 avril à 23h59.");
  expect(payload.text).toContain('« stop rappels »');
  expect(messenger.sent).toEqual([]);
});

test('too early, after the deadline, or stopped: nothing', async () => {
  const camille = await db.prisma.guardian.findUniqueOrThrow({ where: { email: 'camille.martin@example.fr' } });
  const reminders = new PrismaReminders(db.prisma);
  await reminders.subscribe(camille.id, { weekly: false }, FRIDAY_3_APRIL);
  const messenger = new RecordingMessenger();
  expect(await runner(db.prisma, messenger, new Date('2026-04-01T08:00:00Z')).runOnce()).toEqual({ sent: 0, byMail: 0, alreadySent: 0 });
  expect(await runner(db.prisma, messenger, new Date('2026-04-06T08:00:00Z')).runOnce()).toEqual({ sent: 0, byMail: 0, alreadySent: 0 });
  expect(await reminders.stop(camille.id, FRIDAY_3_APRIL)).toBe(true);
  expect(await runner(db.prisma, messenger, FRIDAY_3_APRIL).runOnce()).toEqual({ sent: 0, byMail: 0, alreadySent: 0 });
  expect(await reminderMails(db.prisma)).toHaveLength(0);
});

test('in the conversation where proactive messages work; by e-mail when it cannot be reached', async () => {
  const karim = await db.prisma.guardian.findUniqueOrThrow({ where: { email: 'karim.benali@example.fr' } });
  await new PrismaReminders(db.prisma).subscribe(karim.id, { weekly: false }, FRIDAY_3_APRIL);
  const reference = { channelId: 'msteams', conversation: { id: 'conv-karim' }, serviceUrl: 'https://smba.example/' };
  await db.prisma.conversationReference.create({
    data: { guardianId: karim.id, channelId: 'msteams', conversationId: 'conv-karim', reference: JSON.stringify(reference), updatedAt: FRIDAY_3_APRIL },
  });
  const messenger = new RecordingMessenger();
  expect(await runner(db.prisma, messenger, FRIDAY_3_APRIL).runOnce()).toEqual({ sent: 1, byMail: 0, alreadySent: 0 });
  expect(messenger.sent).toEqual([{ reference, text: expect.stringMatching(/^Rappel : pour les vacances de printemps/) }]);
  expect(await runner(db.prisma, messenger, FRIDAY_3_APRIL).runOnce()).toEqual({ sent: 0, byMail: 0, alreadySent: 1 });
  expect(messenger.sent).toHaveLength(1);

  // Another deadline, the conversation gone: the e-mail takes over, still once.
  const failing: ReminderMessenger = { send: async () => Promise.reject(new Error('conversation not found')) };
  const beforeSummer = new Date('2026-06-12T08:00:00Z');
  expect(await runner(db.prisma, failing, beforeSummer).runOnce()).toEqual({ sent: 0, byMail: 1, alreadySent: 0 });
  expect(await runner(db.prisma, failing, beforeSummer).runOnce()).toEqual({ sent: 0, byMail: 0, alreadySent: 1 });
  expect(await reminderMails(db.prisma)).toHaveLength(1);
});

describe('Sunday reminders for the usual days', () => {
  const subscription = { guardianId: 1, deadlines: false, weekly: true, daysBefore: 3 };
  const sunday = new Date('2026-03-15T08:00:00Z');
  test('a Friday booked the last weeks and not next week is named; a Tuesday already past its deadline and a day booked once are not', () => {
    const due = dueReminders(db.rules, subscription, '2026-03-15', sunday, [
      { childFirstName: 'Léa', recentlyBooked: ['2026-03-03', '2026-03-06', '2026-03-10', '2026-03-13', '2026-03-04'], comingBooked: [] },
      { childFirstName: 'Hugo', recentlyBooked: ['2026-03-11', '2026-03-04'], comingBooked: ['2026-03-18'] },
    ]);
    expect(due).toEqual([{ key: 'weekly:1:2026-03-16', kind: 'weekly', monday: '2026-03-16', days: [{ childFirstName: 'Léa', days: ['2026-03-20'] }] }]);
  });
  test('not on another day than Sunday', () => {
    expect(dueReminders(db.rules, subscription, '2026-03-14', new Date('2026-03-14T08:00:00Z'), [{ childFirstName: 'Léa', recentlyBooked: ['2026-03-03', '2026-03-10'], comingBooked: [] }])).toEqual([]);
  });
});
