/**
 * When the database stops taking writes (read-only file, full disk), /healthz says so and
 * the parent gets a clear apology instead of an answer that was not kept; nothing is lost.
 */
import { plainSpaces } from '../../src/domain/frenchTypography';
import { Writable } from 'node:stream';
import { BotClient } from '../../scripts/lib/botClient';
import { providerOf } from '../../src/infrastructure/database/databaseUrl';
import { createLogger } from '../../src/server/logger';
import { createTestDatabase } from '../dialogs/support/testDatabase';
import type { TestDatabase } from '../dialogs/support/testDatabase';
import { startAssistant } from './support/runningAssistant';
import type { RunningAssistant } from './support/runningAssistant';

const NOW = new Date('2026-03-02T09:00:00Z');
let db: TestDatabase;
let running: RunningAssistant;

/**
 * On PostgreSQL the assistant connects as a role of its own (the test's user is a
 * superuser, whom no privilege stops), so that writes can be taken from it.
 */
let appRole: string | undefined;
let view: TestDatabase;

/** The database as the assistant sees it: on PostgreSQL, through its own role. */
async function assistantView(database: TestDatabase): Promise<TestDatabase> {
  if (providerOf(database.url) === 'sqlite') return database;
  const name = new URL(database.url).pathname.slice(1);
  appRole = `${name}_app`.slice(0, 63);
  await database.prisma.$executeRawUnsafe(`CREATE ROLE "${appRole}" LOGIN`);
  await database.prisma.$executeRawUnsafe(`GRANT ALL ON ALL TABLES IN SCHEMA public TO "${appRole}"`);
  await database.prisma.$executeRawUnsafe(`GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO "${appRole}"`);
  const url = new URL(database.url);
  url.username = appRole;
  url.password = '';
  return { ...database, url: url.toString() };
}

beforeEach(async () => {
  db = await createTestDatabase();
  view = await assistantView(db);
  running = await startAssistant(view, () => NOW);
});
afterEach(async () => {
  await running.stop();
  if (appRole) {
    await db.prisma.$executeRawUnsafe(`DROP OWNED BY "${appRole}"`);
    await db.prisma.$executeRawUnsafe(`DROP ROLE "${appRole}"`);
    appRole = undefined;
  }
  await db.drop();
});

/**
 * The assistant's own connection stops taking writes, as on a read-only file (SQLite), or
 * as when its role loses the right to write (PostgreSQL).
 */
const readOnly = async (on: boolean): Promise<void> => {
  if (!appRole) {
    await running.assistant.prisma.$executeRawUnsafe(`PRAGMA query_only = ${on ? 1 : 0}`);
    return;
  }
  const change = on ? `REVOKE INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public FROM "${appRole}"` : `GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "${appRole}"`;
  await db.prisma.$executeRawUnsafe(change);
};
const health = async () => {
  const response = await fetch(`${running.base}/healthz`);
  return { status: response.status, body: await response.json() };
};

test('/healthz checks a write: 503 "read-only" while the database takes none', async () => {
  expect(await health()).toEqual({ status: 200, body: { status: 'ok', database: 'writable', languageModel: 'warm' } });
  await readOnly(true);
  expect(await health()).toEqual({ status: 503, body: { status: 'unavailable', database: 'read-only', languageModel: 'warm' } });
  await readOnly(false);
  expect((await health()).status).toBe(200);
});

test('the parent gets only an apology while the database fails, and the request still stands afterwards', async () => {
  const camille = await db.prisma.guardian.findUniqueOrThrow({ where: { email: 'camille.martin@example.fr' } });
  await db.prisma.channelAccount.create({ data: { channelId: 'webchat', channelUserId: 'camille', guardianId: camille.id, linkedAt: NOW } });
  const parent = new BotClient({ endpoint: `${running.base}/api/messages`, channelId: 'webchat', userId: 'camille' });
  expect((await parent.say('inscrire Inès mercredi 11 mars')).map((r) => plainSpaces(r.text ?? ''))).toEqual(["Je réserve pour Inès : mercredi 11 mars.  \nC'est bien cela ?"]);

  await readOnly(true);
  const replies = await parent.say('oui');
  expect(replies.map((r) => plainSpaces(r.text ?? ''))).toEqual([
    "Désolé, le service est momentanément indisponible : votre dernier message n'a peut-être pas été enregistré. Réessayez dans quelques minutes, puis vérifiez avec « mes réservations » ; en cas d'urgence, appelez le 01 49 76 60 00.",
  ]);
  await readOnly(false);

  // The confirmation was kept: "oui" again books.
  const outcome = await parent.say('oui');
  // Web Chat renders cards: the result is the card.
  expect(plainSpaces(JSON.stringify(outcome[0].attachments?.[0]?.content ?? outcome[0].text))).toMatch(/mercredi 11 mars/);
  expect(await db.prisma.booking.count({ where: { child: { firstName: 'Inès' }, bookableDay: { day: '2026-03-11' }, status: 'booked' } })).toBe(1);
});

test('a console request that fails on the database gets a short 500, and its one log line carries the error', async () => {
  await running.stop();
  const lines: string[] = [];
  const destination = new Writable({ write: (chunk, _e, done) => (lines.push(...String(chunk).split('\n').filter(Boolean)), done()) });
  running = await startAssistant(view, () => NOW, { logger: createLogger({ level: 'info', destination }) });
  lines.length = 0;
  await readOnly(true);
  const response = await fetch(`${running.base}/staff/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: 'staff_login_csrf=t' },
    body: 'csrf=t&email=agent%40joinvillelepont.fr&password=mauvais',
  });
  await readOnly(false);
  expect(response.status).toBe(500);
  expect(await response.text()).toBe('{"error":"internal server error"}');
  const requestLines = lines.map((line) => JSON.parse(line)).filter((line) => line.msg === 'request');
  expect(requestLines).toEqual([expect.objectContaining({ path: '/staff/login', status: 500, err: expect.objectContaining({ message: expect.stringMatching(/readonly|permission denied/) }) })]);
});
