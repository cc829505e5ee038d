/** Late requests with a receipt, "où en est ma demande ?" and notifications told once, on a real SQLite file. */
import { ProactiveNotifier } from '../../src/bot/proactiveNotifier';
import { PrismaConversationReferences } from '../../src/infrastructure/requests/prismaConversationReferences';
import { bookingsOf, CAMILLE, converse } from './support/harness';
import { createTestDatabase } from './support/testDatabase';
import type { TestDatabase } from './support/testDatabase';

/** Wednesday 11 March 2026, 10:00 in Paris: Friday 13 March closed on Tuesday 10 March at 23:59. */
const WEDNESDAY_11 = '2026-03-11T09:00:00Z';
const ASK = 'réserver vendredi 13 mars pour Hugo';
const WORD = 'Mon train a été annulé ce jour-là';

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await db.drop();
});

const table = {
  [ASK]: { intent: 'reserve' as const, dates: ['2026-03-13'], children: ['Hugo'] },
  'où en est ma demande ?': { intent: 'check' as const },
  'mes demandes': { intent: 'check' as const },
  'what is the status of my request?': { intent: 'check' as const },
};

async function lateRequest(chat: Awaited<ReturnType<typeof converse>>): Promise<string> {
  const [offer] = await chat.say(ASK);
  expect(offer).toMatch(/^Hors délai pour Hugo : vendredi 13 mars/);
  await chat.say('oui');
  const [receipt] = await chat.say(WORD);
  return /demande n° (D-2026-\d{6})/.exec(receipt)![1];
}

test('a late request after a refusal "hors délai": request row, outbox row in the same go, receipt with the number', async () => {
  const chat = await converse(db, CAMILLE, table, WEDNESDAY_11);
  const number = await lateRequest(chat);
  const request = await db.prisma.request.findUniqueOrThrow({ where: { number } });
  expect(request).toMatchObject({ kind: 'late_request', status: 'submitted', childId: chat.family.children[1].id });
  expect(JSON.parse(request.payload)).toMatchObject({ action: 'reserve', days: ['2026-03-13'], parentWords: WORD });
  const [mailRow] = await db.prisma.outboxMail.findMany({ where: { reference: `request:${number}` } });
  expect(mailRow.status).toBe('pending');
  await chat.flushOutbox();
  expect(chat.mail.sent).toHaveLength(1);
  expect(chat.mail.sent[0]).toMatchObject({ to: 'portailfamille@joinvillelepont.fr', replyTo: CAMILLE });
  expect(chat.mail.sent[0].text).toContain(`Message du parent : « ${WORD} »`);
});

test('"où en est ma demande ?" after a staff decision: the decision is told once, and the list shows it', async () => {
  const chat = await converse(db, CAMILLE, table, WEDNESDAY_11);
  const number = await lateRequest(chat);
  expect(await chat.say('mes demandes')).toEqual([expect.stringContaining(`• Demande ${number} (demande hors délai, réservation) pour Hugo : vendredi 13 mars — envoyée au service`)]);

  await chat.requests.requests.decideRequest({ number, decision: 'accept', staffId: 'agent', now: new Date('2026-03-11T10:00:00Z') });
  const replies = await chat.say('où en est ma demande ?');
  expect(replies[0]).toBe(`Votre demande hors délai n° ${number} a été acceptée : place réservée pour Hugo le vendredi 13 mars.`);
  expect(replies[1]).toContain(`• Demande ${number} (demande hors délai, réservation) pour Hugo : vendredi 13 mars — acceptée`);
  expect(replies[1]).toContain('acceptée — Acceptée par le service hors délai : changement appliqué.');
  expect(await bookingsOf(db, chat.family.children[1].id)).toMatchObject({ '2026-03-13': 'booked' });

  const again = await chat.say('what is the status of my request?');
  expect(again).toHaveLength(1);
  expect(again[0]).toMatch(/^Vos dernières demandes :/);
  expect(await db.prisma.notification.count({ where: { status: 'pending' } })).toBe(0);
});

test('a request number shows that request; another family\'s number is not found', async () => {
  const chat = await converse(db, CAMILLE, table, WEDNESDAY_11);
  const number = await lateRequest(chat);
  const [detail] = await chat.say(`la demande ${number.toLowerCase()}`);
  expect(detail).toContain(`Demande ${number} (demande hors délai, réservation) pour Hugo`);
  expect(detail).toContain('Historique :');
  expect(await chat.say('la demande D-2026-999999')).toEqual([
    'Je ne trouve pas de demande n° D-2026-999999 parmi les vôtres. Écrivez « mes demandes » pour les voir toutes.',
  ]);
});

test('proactively: the decision goes through the stored conversation reference, and is not told again at the next turn', async () => {
  const chat = await converse(db, CAMILLE, table, WEDNESDAY_11);
  const number = await lateRequest(chat);
  await chat.requests.requests.decideRequest({ number, decision: 'refuse', reason: 'Accueil complet ce soir-là.', staffId: 'agent', now: new Date('2026-03-11T10:00:00Z') });
  const notifier = new ProactiveNotifier({
    source: chat.requests.requests,
    references: new PrismaConversationReferences(db.prisma),
    messenger: chat.messenger,
    now: () => new Date('2026-03-11T10:05:00Z'),
  });
  expect(await notifier.runOnce()).toBe(1);
  expect(chat.messenger.sent).toEqual([
    { reference: expect.objectContaining({ channelId: 'test' }), text: `Votre demande hors délai n° ${number} a été refusée par le service. Motif : Accueil complet ce soir-là.` },
  ]);
  expect(await notifier.runOnce()).toBe(0);
  const replies = await chat.say('mes demandes');
  expect(replies).toHaveLength(1);
  expect(replies[0]).toContain('— refusée (motif : Accueil complet ce soir-là.)');
});

test('a request number copied from a reply (non-breaking hyphens) is found; times are written 10h00', async () => {
  const chat = await converse(db, CAMILLE, table, WEDNESDAY_11);
  const number = await lateRequest(chat);
  const [detail] = await chat.say(`la demande ${number.replace(/-/g, '\u2011')}`);
  expect(detail).toContain(`Demande ${number} (demande hors délai, réservation) pour Hugo`);
  expect(detail).toContain('– 11 mars à 10h00 : envoyée au service');
});
