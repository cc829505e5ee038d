/** What goes wrong in a conversation, in French, with the database checked after each story. */
import { bookingsOf, CAMILLE, converse, idOf, KARIM } from './support/harness';
import { createTestDatabase } from './support/testDatabase';
import type { TestDatabase } from './support/testDatabase';

const MONDAY_MORNING = '2026-03-02T09:00:00Z';
/** Monday 9 March 2026: Tuesday 10 March closed on Saturday 7 March at 23:59. */
const TOO_LATE_FOR_TUESDAY = '2026-03-09T09:00:00Z';

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await db.drop();
});

test('"annuler" in the middle of a form stops it and changes nothing', async () => {
  const chat = await converse(db, CAMILLE, { 'je voudrais réserver': { intent: 'reserve' } }, MONDAY_MORNING);
  const before = await db.prisma.booking.findMany();
  await chat.say('je voudrais réserver');
  expect(await chat.say('annuler')).toEqual(["C'est annulé, rien n'a été modifié. Que puis-je faire pour vous ?"]);
  expect(await db.prisma.booking.findMany()).toEqual(before);
});

test('"aide" mid-form explains, then asks the same question again', async () => {
  const chat = await converse(db, CAMILLE, { 'je voudrais réserver': { intent: 'reserve' } }, MONDAY_MORNING);
  await chat.say('je voudrais réserver');
  const replies = await chat.say('aide');
  expect(replies[0]).toMatch(/^Je peux réserver ou annuler/);
  expect(replies[1]).toBe('Pour quel enfant ? Léa, Hugo ou Inès');
});

test('"parler à quelqu\'un" gives the phone and the mailbox', async () => {
  const chat = await converse(db, CAMILLE, { 'je voudrais réserver': { intent: 'reserve' } }, MONDAY_MORNING);
  await chat.say('je voudrais réserver');
  const [reply] = await chat.say("je veux parler à quelqu'un");
  expect(reply).toMatch(/^Je transmets votre demande à une personne du service/);
  const [ticket] = await chat.handoff.list(['waiting']);
  expect(ticket).toMatchObject({ reason: 'asked', guardianId: chat.family.guardianId });
  expect(ticket.context).toMatchObject({ guardianName: 'Mme Camille Martin', guardianEmail: 'camille.martin@example.fr' });
});

test('a child of another family is not found, and the parent is asked which of theirs', async () => {
  const chat = await converse(db, KARIM, { 'réserver pour Léa mercredi': { intent: 'reserve', dates: ['2026-03-11'] } }, MONDAY_MORNING);
  expect(await chat.say('réserver pour Léa mercredi')).toEqual(['Je ne trouve pas Léa parmi vos enfants (Nathan). Pour quel enfant ?']);
  const lea = await db.prisma.child.findFirstOrThrow({ where: { firstName: 'Léa' } });
  expect(await bookingsOf(db, lea.id)).not.toHaveProperty('2026-03-11');
});

test('a day closed by the service is reported as such', async () => {
  const chat = await converse(db, CAMILLE, { 'réserver jeudi 12 mars pour Inès': { intent: 'reserve', dates: ['2026-03-12'], children: ['Inès'] } }, MONDAY_MORNING);
  await db.prisma.bookableDay.updateMany({ where: { day: '2026-03-12' }, data: { closedReason: 'grève' } });
  await chat.say('réserver jeudi 12 mars pour Inès');
  const [outcome] = await chat.say('oui');
  expect(outcome).toContain("• Inès, jeudi 12 mars : pas d'accueil ce jour-là");
  expect(await bookingsOf(db, idOf(chat.family.children, 'Inès'))).toEqual({});
});

test('a full day offers the waiting list, and "oui" puts the child on it', async () => {
  const chat = await converse(db, CAMILLE, { 'réserver jeudi 12 mars pour Inès': { intent: 'reserve', dates: ['2026-03-12'], children: ['Inès'] } }, MONDAY_MORNING);
  await db.prisma.bookableDay.updateMany({ where: { day: '2026-03-12' }, data: { capacity: 0 } });
  await chat.say('réserver jeudi 12 mars pour Inès');
  const replies = await chat.say('oui');
  expect(replies[0]).toContain('• Inès, jeudi 12 mars : complet');
  expect(replies[1]).toMatch(/^Certains jours sont complets\. Voulez-vous inscrire Inès sur la liste d'attente pour jeudi 12 mars/);
  const [waiting] = await chat.say('oui');
  expect(waiting).toContain("• Inès, jeudi 12 mars : sur liste d'attente");
  expect(await bookingsOf(db, idOf(chat.family.children, 'Inès'))).toEqual({ '2026-03-12': 'waiting' });
});

test('past the deadline: the deadline is told and a late request is offered, then mailed', async () => {
  const chat = await converse(db, CAMILLE, { 'réserver mardi 10 mars pour Hugo': { intent: 'reserve', dates: ['2026-03-10'], children: ['Hugo'] } }, TOO_LATE_FOR_TUESDAY);
  await chat.say('réserver mardi 10 mars pour Hugo');
  const replies = await chat.say('oui');
  expect(replies[0]).toContain('• Hugo, mardi 10 mars : hors délai (la date limite était le samedi 7 mars à 23h59)');
  expect(replies[1]).toContain('Voulez-vous que j\'envoie une demande hors délai au service');
  const [receipt] = await chat.say('oui');
  expect(receipt).toMatch(/^C'est envoyé au service \(portailfamille@joinvillelepont\.fr\) : demande n° D-2026-\d{6}\. Il vous répondra par e-mail/);
  await chat.flushOutbox();
  expect(chat.mail.sent).toHaveLength(1);
  expect(chat.mail.sent[0]).toMatchObject({ to: 'portailfamille@joinvillelepont.fr', replyTo: CAMILLE });
  expect(chat.mail.sent[0].text).toContain('mardi 10 mars');
  expect(await bookingsOf(db, idOf(chat.family.children, 'Hugo'))).not.toHaveProperty('2026-03-10');
});

test('nonsense twice in a row offers a person', async () => {
  const chat = await converse(db, CAMILLE, {}, MONDAY_MORNING);
  const [first] = await chat.say('blorg flup');
  expect(first).toMatch(/^Je n'ai pas compris/);
  const [second] = await chat.say('zzz qqq');
  expect(second).toMatch(/Voulez-vous parler à une personne du service \?.*01 49 76 60 00/);
});

test('a 10,000-character message is cut and answered politely', async () => {
  const chat = await converse(db, CAMILLE, {}, MONDAY_MORNING);
  const replies = await chat.say('a'.repeat(10_000));
  expect(replies[0]).toMatch(/^Votre message est très long/);
  expect(replies).toHaveLength(2);
});

test('emoji only gets a hint of what to write', async () => {
  const chat = await converse(db, CAMILLE, {}, MONDAY_MORNING);
  expect(await chat.say('😀👍')).toEqual(["Je n'ai reçu que des émojis ou un message vide. Écrivez votre demande en quelques mots, par exemple « réserver jeudi »."]);
});

test('a new request at a prompt is routed anew', async () => {
  const chat = await converse(db, CAMILLE, {
    'je voudrais réserver': { intent: 'reserve' },
    'en fait annulez mardi 10 mars pour Léa': { intent: 'cancel', dates: ['2026-03-10'], children: ['Léa'] },
  }, MONDAY_MORNING);
  await chat.say('je voudrais réserver');
  expect(await chat.say('en fait annulez mardi 10 mars pour Léa')).toEqual(["J'annule pour Léa : mardi 10 mars. C'est bien cela ?"]);
  await chat.say('oui');
  expect(await bookingsOf(db, idOf(chat.family.children, 'Léa'))).toMatchObject({ '2026-03-10': 'cancelled' });
});

test('an unbounded recurrence asks until when', async () => {
  const chat = await converse(db, CAMILLE, {
    'inscrire Hugo tous les mardis': { intent: 'reserve', children: ['Hugo'] },
    "inscrire Hugo tous les mardis jusqu'au 17 mars": { intent: 'reserve', dates: ['2026-03-03', '2026-03-10', '2026-03-17'], children: ['Hugo'] },
  }, MONDAY_MORNING);
  expect(await chat.say('inscrire Hugo tous les mardis')).toEqual(["Jusqu'à quand ? Par exemple « jusqu'aux vacances » ou « jusqu'au 30 avril »."]);
  expect(await chat.say("jusqu'au 17 mars")).toEqual(['Je réserve pour Hugo : mardi 3 mars, mardi 10 mars, mardi 17 mars. C\'est bien cela ?']);
});

test('an unclear answer to the confirmation asks for oui or non, then offers a person', async () => {
  const chat = await converse(db, CAMILLE, { 'réserver jeudi pour Inès': { intent: 'reserve', dates: ['2026-03-05'], children: ['Inès'] } }, MONDAY_MORNING);
  await chat.say('réserver jeudi pour Inès');
  expect(await chat.say('peut-être')).toEqual(['Répondez « oui » pour confirmer ou « non » pour ne rien changer.']);
  const replies = await chat.say('bof');
  expect(replies[0]).toMatch(/Voulez-vous parler à une personne/);
  expect(await bookingsOf(db, idOf(chat.family.children, 'Inès'))).toEqual({});
});
