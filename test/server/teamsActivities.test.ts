/** What Teams sends differently: the install's conversation update, and the bot's mention in front of a message. */
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { FrenchUnderstanding } from '../../src/bot/understandingAdapter';
import { createAssistant } from '../../src/compositionRoot';
import type { Assistant } from '../../src/compositionRoot';
import { close, listen } from '../../src/server/createServer';
import { createLogger } from '../../src/server/logger';
import { RecordingMail } from '../dialogs/support/harness';
import { createTestDatabase } from '../dialogs/support/testDatabase';
import type { TestDatabase } from '../dialogs/support/testDatabase';

const NOW = new Date('2026-03-02T09:00:00Z');
const understanding = new FrenchUnderstanding();
let db: TestDatabase;
let assistant: Assistant;
let base: string;

beforeAll(() => understanding.warmUp());
beforeEach(async () => {
  db = await createTestDatabase();
  assistant = await createAssistant({
    databaseUrl: db.url,
    env: { MicrosoftAppId: '' },
    understanding,
    mail: new RecordingMail(),
    rules: db.rules,
    clock: { now: () => NOW },
    logger: createLogger({ level: 'warn', destination: new Writable({ write: (_c, _e, done) => done() }) }),
  });
  base = `http://127.0.0.1:${await listen(assistant.server, 0, '127.0.0.1')}`;
});
afterEach(async () => {
  await close(assistant.server);
  await assistant.dispose();
  await db.drop();
});

async function post(activity: Record<string, unknown>): Promise<{ text?: string }[]> {
  const response = await fetch(`${base}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      id: randomUUID(),
      channelId: 'msteams',
      serviceUrl: 'http://127.0.0.1:9/unused',
      deliveryMode: 'expectReplies',
      conversation: { id: 'a:teams-conversation', conversationType: 'personal' },
      recipient: { id: '28:assistant', name: 'Assistant périscolaire' },
      from: { id: '29:parent', name: 'Camille Martin' },
      locale: 'fr-FR',
      ...activity,
    }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { activities?: { text?: string }[] }).activities ?? [];
}

test('installing the app in Teams greets the parent once, not for the bot itself', async () => {
  const replies = await post({ type: 'conversationUpdate', membersAdded: [{ id: '28:assistant' }, { id: '29:parent' }] });
  expect(replies.map((r) => r.text)).toEqual([expect.stringMatching(/^Bonjour ! Je suis l'assistant du service périscolaire/)]);
  expect(await post({ type: 'conversationUpdate', membersAdded: [{ id: '28:assistant' }] })).toEqual([]);
});

test("the bot's mention is taken out of the message before it is read", async () => {
  const guardian = await db.prisma.guardian.findUniqueOrThrow({ where: { email: 'camille.martin@example.fr' } });
  await db.prisma.channelAccount.create({ data: { channelId: 'msteams', channelUserId: '29:parent', guardianId: guardian.id, linkedAt: NOW } });
  const replies = await post({
    type: 'message',
    text: '<at>Assistant périscolaire</at> aide',
    entities: [{ type: 'mention', text: '<at>Assistant périscolaire</at>', mentioned: { id: '28:assistant', name: 'Assistant périscolaire' } }],
  });
  expect(replies[0].text).toMatch(/^Je peux réserver ou annuler/);
});
