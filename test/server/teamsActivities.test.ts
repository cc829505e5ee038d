/** What Teams sends differently: the install's conversation update, and the bot's mention in front of a message. */
import { plainSpaces } from '../../src/domain/frenchTypography';
import { randomUUID } from 'node:crypto';
import { createTestDatabase } from '../dialogs/support/testDatabase';
import type { TestDatabase } from '../dialogs/support/testDatabase';
import { startAssistant } from './support/runningAssistant';
import type { RunningAssistant } from './support/runningAssistant';

const NOW = new Date('2026-03-02T09:00:00Z');
let db: TestDatabase;
let running: RunningAssistant;
let base: string;

beforeEach(async () => {
  db = await createTestDatabase();
  running = await startAssistant(db, () => NOW);
  base = running.base;
});
afterEach(async () => {
  await running.stop();
  await db.drop();
});

async function post(activity: Record<string, unknown>): Promise<{ text?: string }[]> {
  const response = await fetch(`${base}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      id: randomUUID(),
      channelId: 'msteams',
      serviceUrl: `${base}/webchat/local`,
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
  expect(replies.map((r) => plainSpaces(r.text ?? ''))).toEqual([expect.stringMatching(/^Bonjour ! Je suis l'assistant du service périscolaire/)]);
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
