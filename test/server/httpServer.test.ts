/** The real server on an ephemeral port: health, linking, a reservation, duplicates, authentication. */
import { plainSpaces } from '../../src/domain/frenchTypography';
import { Writable } from 'node:stream';
import { BotClient } from '../../scripts/lib/botClient';
import type { Assistant } from '../../src/compositionRoot';
import { createLogger } from '../../src/server/logger';
import type { RecordingMail } from '../dialogs/support/harness';
import { createTestDatabase } from '../dialogs/support/testDatabase';
import type { TestDatabase } from '../dialogs/support/testDatabase';
import { startAssistant } from './support/runningAssistant';
import type { RunningAssistant } from './support/runningAssistant';

const NOW = new Date('2026-03-02T09:00:00Z');

let db: TestDatabase;
let running: RunningAssistant | undefined;
let assistant: Assistant;
let base: string;
let mail: RecordingMail;
let logLines: string[];

async function start(env: NodeJS.ProcessEnv): Promise<void> {
  logLines = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  running = await startAssistant(db, () => NOW, { env, logger: createLogger({ level: 'info', destination }) });
  ({ assistant, base, mail } = running);
}

beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await running?.stop();
  running = undefined;
  await db.drop();
});

/** What the parent reads, typographic spaces shown as plain ones. */
const texts = (replies: { text?: string }[]) => replies.map((reply) => plainSpaces(reply.text ?? ''));

describe('open (no MicrosoftAppId)', () => {
  beforeEach(() => start({ MicrosoftAppId: '' }));

  test('GET /healthz says the database takes writes and the model is warm', async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'writable', languageModel: 'warm' });
  });

  test('a parent links by e-mail code, then reserves; the database has the booking', async () => {
    const parent = new BotClient({ endpoint: `${base}/api/messages`, channelId: 'webchat', userId: 'parent-1' });
    expect(texts(await parent.say("qu'est-ce que j'ai réservé ?"))[0]).toMatch(/Quelle est l'adresse e-mail/);
    expect(texts(await parent.say('camille.martin@example.fr'))[0]).toMatch(/un code à 6 chiffres vient d'y être envoyé/);
    const code = /(\d{6})/.exec((await mail.sentAt(0)).text)![1];
    const wrong = code === '000000' ? '111111' : '000000';
    expect(texts(await parent.say(wrong))[0]).toMatch(/^Ce code n'est pas le bon\. Il vous reste 4 essai/);
    expect(texts(await parent.say(code))[0]).toMatch(/^Merci Camille, c'est fait/);

    // Web Chat reads Markdown: the line break is written as a hard break ("  \n").
    expect(texts(await parent.say('inscrire Inès mercredi 11 mars'))).toEqual(["Je réserve pour Inès : mercredi 11 mars.  \nC'est bien cela ?"]);
    const outcome = await parent.say('oui');
    // Web Chat renders cards: the result is the card alone, not the same text twice.
    expect(outcome[0].text).toBeUndefined();
    expect(outcome[0].attachments?.[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(plainSpaces(JSON.stringify(outcome[0].attachments?.[0].content))).toContain('mercredi 11 mars');
    const ines = await db.prisma.child.findFirstOrThrow({ where: { firstName: 'Inès' }, include: { bookings: { include: { bookableDay: true } } } });
    // Inès's other bookings (November 2026, March 2027) are the money demo's.
    expect(ines.bookings.filter((b) => b.bookableDay.day.startsWith('2026-03')).map((b) => [b.bookableDay.day, b.status])).toEqual([['2026-03-11', 'booked']]);
    expect(logLines.some((line) => line.includes(`"conversationId":"${parent.conversationId}"`))).toBe(true);
  });

  test('an unlinked user is shown nothing of any family', async () => {
    const stranger = new BotClient({ endpoint: `${base}/api/messages`, channelId: 'webchat', userId: 'stranger' });
    const replies = texts(await stranger.say('annuler mardi 10 mars pour Léa'));
    expect(replies.join(' ')).not.toMatch(/Léa|réserv[ée]/);
    expect(await db.prisma.booking.count({ where: { status: 'cancelled' } })).toBe(0);
  });

  test('a linked parent reaches only their own children', async () => {
    const karim = await db.prisma.guardian.findUniqueOrThrow({ where: { email: 'karim.benali@example.fr' } });
    await db.prisma.channelAccount.create({ data: { channelId: 'webchat', channelUserId: 'karim', guardianId: karim.id, linkedAt: NOW } });
    const parent = new BotClient({ endpoint: `${base}/api/messages`, channelId: 'webchat', userId: 'karim' });
    const replies = texts(await parent.say('annuler mardi 10 mars pour Léa'));
    expect(replies[0]).toBe('Je ne trouve pas Léa parmi vos enfants (Nathan). Pour quel enfant ?');
    expect(await db.prisma.booking.count({ where: { status: 'cancelled' } })).toBe(0);
  });

  test('the same activity delivered twice is handled once', async () => {
    const camille = await db.prisma.guardian.findUniqueOrThrow({ where: { email: 'camille.martin@example.fr' } });
    await db.prisma.channelAccount.create({ data: { channelId: 'webchat', channelUserId: 'camille', guardianId: camille.id, linkedAt: NOW } });
    const activity = (id: string, text: string) => ({
      type: 'message', id, text, channelId: 'webchat', serviceUrl: `${base}/webchat/local`, deliveryMode: 'expectReplies', locale: 'fr-FR',
      from: { id: 'camille' }, recipient: { id: 'bot' }, conversation: { id: 'dup-conv' },
    });
    const post = async (body: object) => {
      const response = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return ((await response.json()) as { activities: { text?: string }[] }).activities;
    };
    await post(activity('m1', 'inscrire Inès jeudi 12 mars'));
    const [first, second] = await Promise.all([post(activity('m2', 'oui')), post(activity('m2', 'oui'))]);
    expect([first.length, second.length].sort()).toEqual([0, 2]);
    // Inès's other bookings (November 2026, March 2027) are the money demo's.
    const march2026 = { child: { firstName: 'Inès' }, bookableDay: { day: { startsWith: '2026-03' } } };
    expect(await db.prisma.booking.count({ where: march2026 })).toBe(1);
    expect(await db.prisma.bookingStatusChange.count({ where: { booking: march2026 } })).toBe(1);
  });
});

describe('with a MicrosoftAppId', () => {
  beforeEach(() => start({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'secret' }));

  test('refuses an unsigned request', async () => {
    const response = await fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'bonjour', channelId: 'webchat', serviceUrl: 'http://127.0.0.1:9', from: { id: 'x' }, recipient: { id: 'b' }, conversation: { id: 'c' } }),
    });
    expect(response.status).toBe(401);
  });

  test('binds beyond loopback only when authenticated', () => {
    expect(assistant.settings).toMatchObject({ open: false, host: '0.0.0.0' });
  });
});
