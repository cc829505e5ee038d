/**
 * A staff decision reaches the parent on the real server: in their most recent
 * conversation (the first one closed), and by e-mail every time, read back from a real
 * SMTP peer. Told once, never twice.
 */
import { Writable } from 'node:stream';
import { BotClient } from '../../scripts/lib/botClient';
import { FrenchUnderstanding } from '../../src/bot/understandingAdapter';
import { createAssistant } from '../../src/compositionRoot';
import type { Assistant } from '../../src/compositionRoot';
import { plainSpaces } from '../../src/domain/frenchTypography';
import { close, listen } from '../../src/server/createServer';
import { createLogger } from '../../src/server/logger';
import { testDocuments } from '../dialogs/support/harness';
import { createTestDatabase } from '../dialogs/support/testDatabase';
import type { TestDatabase } from '../dialogs/support/testDatabase';
import { SmtpTestPeer } from '../mail/support/smtpTestPeer';
import { StaffBrowser } from '../server/support/staffBrowser';

jest.setTimeout(60_000);

/** Wednesday 11 March 2026, 10:00 in Paris: Friday 13 March closed on Tuesday 10 March. */
const NOW = new Date('2026-03-11T10:00:00+01:00');
const understanding = new FrenchUnderstanding();
const peer = new SmtpTestPeer();

let db: TestDatabase;
let assistant: Assistant;
let base: string;

beforeAll(async () => {
  await peer.start(0);
  await understanding.warmUp();
});
afterAll(() => peer.stop());

beforeEach(async () => {
  peer.received.length = 0;
  db = await createTestDatabase();
  assistant = await createAssistant({
    databaseUrl: db.url,
    env: { MicrosoftAppId: '', SMTP_URL: peer.url, SMTP_STARTTLS: 'disabled', MAIL_FROM: 'Assistant périscolaire <ne-pas-repondre@joinvillelepont.fr>' },
    understanding,
    rules: db.rules,
    documents: testDocuments(db),
    clock: { now: () => NOW },
    logger: createLogger({ level: 'error', destination: new Writable({ write: (_c, _e, done) => done() }) }),
  });
  base = `http://127.0.0.1:${await listen(assistant.server, 0, '127.0.0.1')}`;
  await assistant.staffAuth.createAccount('agent@joinvillelepont.fr', 'Sophie Durand', 'mot de passe du service', NOW);
  const guardian = await db.prisma.guardian.findUniqueOrThrow({ where: { email: 'camille.martin@example.fr' } });
  await db.prisma.channelAccount.create({ data: { channelId: 'webchat', channelUserId: 'camille-web', guardianId: guardian.id, linkedAt: NOW } });
});
afterEach(async () => {
  await close(assistant.server);
  await assistant.dispose();
  await db.drop();
});

interface Page {
  client: BotClient;
  cookie: string;
}

/** The parent's page on the local bridge: a conversation bound to the page's cookie, as Web Chat opens it. */
async function page(): Promise<Page> {
  const response = await fetch(`${base}/webchat/local/conversations`, { method: 'POST' });
  const cookie = response.headers.getSetCookie()[0].split(';')[0];
  const { conversationId } = (await response.json()) as { conversationId: string };
  const client = new BotClient({ endpoint: `${base}/api/messages`, channelId: 'webchat', userId: 'camille-web', conversationId, headers: { cookie } });
  return { client, cookie };
}

/** What the assistant pushed to a page's conversation since the last read. */
async function pushed(page: Page): Promise<string[]> {
  const response = await fetch(`${base}/webchat/local/pending?conversationId=${encodeURIComponent(page.client.conversationId)}`, { headers: { cookie: page.cookie } });
  const body = (await response.json()) as { activities: { text?: string }[] };
  return body.activities.map((activity) => plainSpaces(activity.text ?? ''));
}

/** The page opening a new conversation (as Web Chat does), without a message. */
async function open({ client, cookie }: Page): Promise<void> {
  const response = await fetch(`${base}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({
      type: 'conversationUpdate',
      id: `open-${client.conversationId}`,
      channelId: 'webchat',
      serviceUrl: `${base}/webchat/local`,
      deliveryMode: 'expectReplies',
      from: { id: 'camille-web' },
      recipient: { id: 'assistant' },
      conversation: { id: client.conversationId },
      membersAdded: [{ id: 'camille-web' }],
    }),
  });
  expect(response.status).toBeLessThan(300);
}

/** "réserver vendredi 13 mars pour Hugo" past its deadline, sent to the service with a word. */
async function lateRequest(client: BotClient): Promise<string> {
  const offer = (await client.say('réserver vendredi 13 mars pour Hugo')).map((r) => plainSpaces(r.text ?? ''));
  expect(offer[0]).toMatch(/^Hors délai pour Hugo : vendredi 13 mars/);
  await client.say('oui');
  const [receipt] = (await client.say('Mon train est annulé ce soir-là')).map((r) => plainSpaces(r.text ?? ''));
  return /demande n° (D-2026-\d{6})/.exec(receipt)![1];
}

async function accept(number: string): Promise<void> {
  const staff = new StaffBrowser(base);
  await staff.login('agent@joinvillelepont.fr', 'mot de passe du service');
  await staff.get('/staff');
  expect(await staff.post(`/staff/requests/${number}/decision`, { decision: 'accept', kind: 'late_request', confirmed: 'oui' })).toBe(303);
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 200; i += 1) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return read();
}

const TOLD = (number: string) => `Votre demande hors délai n° ${number} a été acceptée : place réservée pour Hugo le vendredi 13 mars.`;

test('the first conversation closed, the decision goes to the new one, and by e-mail', async () => {
  const first = await page();
  const number = await lateRequest(first.client);
  // The parent closes the page and opens it again later: a new conversation, nothing typed yet.
  const second = await page();
  await open(second);

  await accept(number);
  expect(await until(() => pushed(second), (texts) => texts.length > 0)).toEqual([TOLD(number)]);
  expect(await pushed(first)).toEqual([]);

  await until(async () => peer.received.length, (count) => count >= 2);
  const notice = peer.received.find((mail) => mail.subject === `Votre demande ${number} au service périscolaire`)!;
  expect(notice).toBeDefined();
  expect(notice.to && !Array.isArray(notice.to) ? notice.to.text : '').toBe('camille.martin@example.fr');
  expect(plainSpaces(notice.text ?? '')).toContain(TOLD(number));
  expect(notice.text).toContain('Bonjour Mme Martin,');

  // Told once: not again at the parent's next message.
  const next = (await second.client.say('merci')).map((r) => plainSpaces(r.text ?? ''));
  expect(next).toEqual([expect.stringMatching(/^Avec plaisir/)]);
  expect(await db.prisma.notification.findMany({ select: { status: true } })).toEqual([{ status: 'sent' }]);
});

test('no conversation can be reached: the e-mail goes anyway, and the next conversation tells it at once', async () => {
  // The only conversation is gone: a conversation no page of the bridge holds any more.
  const gone = new BotClient({ endpoint: `${base}/api/messages`, channelId: 'webchat', userId: 'camille-web' });
  const number = await lateRequest(gone);

  await accept(number);
  await until(async () => peer.received.filter((mail) => mail.subject === `Votre demande ${number} au service périscolaire`).length, (n) => n === 1);
  await until(() => db.prisma.notification.findFirstOrThrow(), (row) => row.status === 'failed');

  const later = await page();
  const replies = (await later.client.say('bonjour')).map((r) => plainSpaces(r.text ?? ''));
  expect(replies[0]).toBe(TOLD(number));
  expect(replies[1]).toMatch(/^Bonjour Camille/);
  // One e-mail only (the notice), however it was told.
  await assistant.outbox.runOnce();
  expect(peer.received.filter((mail) => mail.subject === `Votre demande ${number} au service périscolaire`)).toHaveLength(1);
});
