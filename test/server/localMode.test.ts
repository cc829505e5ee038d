/**
 * Unauthenticated mode (no app id, 127.0.0.1): only this machine's pages reach the
 * assistant, a page's conversation is its own, and the assistant posts only to its bridge.
 */
import { plainSpaces } from '../../src/domain/frenchTypography';
import http from 'node:http';
import { BotClient } from '../../scripts/lib/botClient';
import { createTestDatabase } from '../dialogs/support/testDatabase';
import type { TestDatabase } from '../dialogs/support/testDatabase';
import { startAssistant } from './support/runningAssistant';
import type { RunningAssistant } from './support/runningAssistant';
import { StaffBrowser } from './support/staffBrowser';

const THURSDAY_MORNING = new Date('2026-03-05T09:00:00Z');
let db: TestDatabase;
let running: RunningAssistant;

beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await running.stop();
  await db.drop();
});

function activity(base: string, overrides: Record<string, unknown> = {}) {
  return {
    type: 'message', id: `m-${Math.random()}`, text: 'bonjour', channelId: 'webchat', deliveryMode: 'expectReplies', locale: 'fr-FR',
    serviceUrl: `${base}/webchat/local`, from: { id: 'web-1' }, recipient: { id: 'bot' }, conversation: { id: 'conv-1' },
    ...overrides,
  };
}

const post = (base: string, body: object, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

/** A request naming another Host, as a browser does for a site whose name resolves to 127.0.0.1 (DNS rebinding). */
function requestWithHost(base: string, path: string, host: string, method = 'GET'): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${base}${path}`, { method, headers: { host, 'content-type': 'application/json' } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
    request.end(method === 'POST' ? JSON.stringify(activity(`http://${host}`)) : undefined);
  });
}

async function openPage(base: string): Promise<{ cookie: string; conversationId: string }> {
  const response = await fetch(`${base}/webchat/local/conversations`, { method: 'POST' });
  const { conversationId } = (await response.json()) as { conversationId: string };
  return { cookie: response.headers.getSetCookie()[0].split(';')[0], conversationId };
}

test('a request naming a Host other than this machine is refused on every route', async () => {
  running = await startAssistant(db, () => THURSDAY_MORNING);
  const port = new URL(running.base).port;
  for (const [path, method] of [['/', 'GET'], ['/api/messages', 'POST'], ['/webchat/local/conversations', 'POST'], ['/healthz', 'GET']]) {
    expect({ path, status: await requestWithHost(running.base, path, `rebound.example:${port}`, method) }).toEqual({ path, status: 421 });
  }
  expect(await requestWithHost(running.base, '/healthz', `localhost:${port}`)).toBe(200);
});

test('only the bridge is accepted as serviceUrl: the assistant never posts elsewhere', async () => {
  running = await startAssistant(db, () => THURSDAY_MORNING);
  for (const serviceUrl of ['http://127.0.0.1:9/unused', 'https://evil.example/webchat/local', 'http://10.0.0.5/webchat/local', 'http://localhost:3978/api']) {
    const response = await post(running.base, activity(running.base, { serviceUrl }));
    expect({ serviceUrl, status: response.status }).toEqual({ serviceUrl, status: 400 });
  }
  expect((await post(running.base, activity(running.base))).status).toBe(200);
});

test("the Emulator's own loopback address is accepted when ALLOW_EMULATOR=true", async () => {
  running = await startAssistant(db, () => THURSDAY_MORNING, { env: { MicrosoftAppId: '', ALLOW_EMULATOR: 'true' } });
  const emulator = activity(running.base, { serviceUrl: 'http://localhost:52718', deliveryMode: 'expectReplies', channelId: 'emulator' });
  expect((await post(running.base, emulator)).status).toBe(200);
  expect((await post(running.base, activity(running.base, { serviceUrl: 'https://evil.example/' }))).status).toBe(400);
});

test("a page's conversation takes messages only with that page's cookie", async () => {
  running = await startAssistant(db, () => THURSDAY_MORNING);
  const page = await openPage(running.base);
  const other = await openPage(running.base);
  const message = activity(running.base, { conversation: { id: page.conversationId } });
  expect((await post(running.base, message)).status).toBe(400);
  expect((await post(running.base, message, { cookie: other.cookie })).status).toBe(400);
  expect((await post(running.base, message, { cookie: page.cookie })).status).toBe(200);
});

test("a staff reply reaches the page through the assistant's own bridge, whatever address the page named", async () => {
  running = await startAssistant(db, () => THURSDAY_MORNING);
  await running.assistant.staffAuth.createAccount('agent@joinvillelepont.fr', 'Sophie', 'mot de passe du service', THURSDAY_MORNING);
  const guardian = await db.prisma.guardian.findUniqueOrThrow({ where: { email: 'camille.martin@example.fr' } });
  await db.prisma.channelAccount.create({ data: { channelId: 'webchat', channelUserId: 'web-1', guardianId: guardian.id, linkedAt: THURSDAY_MORNING } });
  const page = await openPage(running.base);
  // Port 9 (discard): were the assistant to post there, the reply would be lost.
  const parent = new BotClient({
    endpoint: `${running.base}/api/messages`, channelId: 'webchat', userId: 'web-1', conversationId: page.conversationId,
    serviceUrl: 'http://localhost:9/webchat/local', headers: { cookie: page.cookie },
  });
  await parent.say("je voudrais parler à quelqu'un");
  const staff = new StaffBrowser(running.base);
  expect(await staff.login('agent@joinvillelepont.fr', 'mot de passe du service')).toBe(303);
  const ticketId = (await db.prisma.handoff.findFirstOrThrow()).id;
  expect(await staff.get(`/staff/conversations/${ticketId}`)).toContain('Camille');
  expect(await staff.post(`/staff/conversations/${ticketId}/take`)).toBe(303);
  expect(await staff.post(`/staff/conversations/${ticketId}/reply`, { message: 'Bonjour, je vous écoute.' })).toBe(303);
  const pending = await fetch(`${running.base}/webchat/local/pending?conversationId=${page.conversationId}`, { headers: { cookie: page.cookie } });
  const activities = ((await pending.json()) as { activities: { text?: string; from?: { name?: string }; channelData?: { author?: string } }[] }).activities;
  expect(activities.map((a) => plainSpaces(a.text ?? ''))).toEqual(['Sophie, du service périscolaire, a rejoint la conversation.', '**Sophie (service périscolaire)** : Bonjour, je vous écoute.']);
  // A person writes: named as such on the activity, unlike the assistant's messages.
  expect(activities[1]).toMatchObject({ from: { name: 'Sophie (service périscolaire)' }, channelData: { author: 'staff' } });
  expect(activities[0].channelData?.author).toBeUndefined();
});
