/** Absence justifications in French, on a real SQLite file and a real encrypted document store. */
import { existsSync, readdirSync } from 'node:fs';
import { aPdf, aZip } from '../documents/support/fileMother';
import { CAMILLE, converse, fileMessage } from './support/harness';
import { createTestDatabase } from './support/testDatabase';
import type { TestDatabase } from './support/testDatabase';

/** Wednesday 11 March 2026, 10:00 in Paris: Léa's Tuesday 10 March is within the 7 days. */
const WEDNESDAY_11 = '2026-03-11T09:00:00Z';
/** Friday 20 March: Tuesday 10 March is 10 days ago, past the window. */
const FRIDAY_20 = '2026-03-20T09:00:00Z';

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await db.drop();
});

const sick = { 'Léa était malade mardi': { intent: 'absence' as const, dates: ['2026-03-10'], children: ['Léa'] } };

test('happy path: child and day understood, the PDF asked for, then a receipt with the request number', async () => {
  const chat = await converse(db, CAMILLE, sick, WEDNESDAY_11);
  expect(await chat.say('Léa était malade mardi')).toEqual([
    'Envoyez maintenant le justificatif de Léa pour mardi 10 mars : une photo (JPEG, PNG, HEIC) ou un PDF, avec le trombone ou en glissant le fichier ici.',
  ]);
  const replies = await chat.say(fileMessage(aPdf(), 'certificat.pdf'));
  expect(replies[0]).toBe('Bien reçu : certificat.pdf.');
  expect(replies[1]).toContain('Justificatif de Léa, jour par jour :\n• mardi 10 mars : transmis au service pour vérification');
  const number = /demande n° (D-2026-\d{6})/.exec(replies[1])![1];
  const request = await db.prisma.request.findUniqueOrThrow({ where: { number }, include: { documents: true } });
  expect(request).toMatchObject({ kind: 'absence_justification', status: 'submitted', channel: 'test' });
  expect(request.documents).toHaveLength(1);
  expect(request.documents[0]).toMatchObject({ mediaType: 'application/pdf', originalName: 'certificat.pdf', days: '["2026-03-10"]' });
  // Encrypted at rest: no PDF header on disk.
  const stored = await chat.documents.store.get(request.documents[0].id);
  expect(stored.status).toBe('ok');
  expect(chat.client.dialogTurnResult.status).toBe('complete');
});

test('"je dois envoyer un certificat": which child, then the eligible booked days are listed', async () => {
  const chat = await converse(db, CAMILLE, { 'je dois envoyer un certificat': { intent: 'absence' }, 'Léa': { children: ['Léa'] } }, WEDNESDAY_11);
  expect(await chat.say('je dois envoyer un certificat')).toEqual(["Pour quel enfant est ce justificatif d'absence ? Léa, Hugo ou Inès"]);
  expect(await chat.say('Léa')).toEqual(["Quels jours d'absence de Léa voulez-vous justifier ? Jours réservés qui peuvent encore l'être : mardi 10 mars."]);
  expect((await chat.say('mardi 10 mars'))[0]).toMatch(/^Envoyez maintenant le justificatif de Léa pour mardi 10 mars/);
  const replies = await chat.say(fileMessage(aPdf(), 'certificat.pdf'));
  expect(replies[1]).toMatch(/Justificatif reçu : demande n° D-2026-\d{6}/);
});

test('"comment je vous l\'envoie ?" while the days are asked: the days first, then the document is asked for', async () => {
  const chat = await converse(db, CAMILLE, { 'je dois envoyer un certificat': { intent: 'absence' }, 'Léa': { children: ['Léa'] }, "comment je vous l'envoie ?": { intent: 'help' } }, WEDNESDAY_11);
  await chat.say('je dois envoyer un certificat');
  await chat.say('Léa');
  expect(await chat.say("comment je vous l'envoie ?")).toEqual([
    "Choisissez d'abord parmi ces jours : mardi 10 mars (ou « tous ces jours »). Je vous demanderai ensuite le justificatif, une photo ou un PDF à joindre ici.",
  ]);
  expect((await chat.say('mardi 10 mars'))[0]).toMatch(/^Envoyez maintenant le justificatif de Léa pour mardi 10 mars/);
});

test('"jpeux le mettre ici ?" while the document is awaited: told how and where; any other words: told no file came yet', async () => {
  const chat = await converse(db, CAMILLE, sick, WEDNESDAY_11);
  expect((await chat.say('Léa était malade mardi'))[0]).toMatch(/^Envoyez maintenant le justificatif de Léa pour mardi 10 mars/);
  expect(await chat.say('jpeux le mettre ici ?')).toEqual(['Ici même : joignez la photo ou le PDF du justificatif avec le trombone, ou glissez le fichier dans la conversation. Pour arrêter, écrivez « annuler ».']);
  expect(await chat.say('ok comment je vous l’envoie')).toEqual([expect.stringMatching(/^Ici même : /)]);
  expect(await chat.say('c’est pour la garderie du soir')).toEqual(["Je n'ai pas reçu de fichier. Joignez le justificatif (photo ou PDF) avec le trombone, ou écrivez « annuler »."]);
  const replies = await chat.say(fileMessage(aPdf(), 'certificat.pdf'));
  expect(replies.join('\n')).toMatch(/Justificatif reçu : demande n° D-2026-\d{6}/);
});

test('"je vous envoie le certificat quand ?": the window is told, then the child asked; "merci, bonne journée" leaves politely', async () => {
  const chat = await converse(db, CAMILLE, { 'je vous envoie le certificat quand ?': { intent: 'absence' } }, WEDNESDAY_11);
  expect(await chat.say('je vous envoie le certificat quand ?')).toEqual([
    "Un justificatif d'absence s'envoie ici, dans les 7 jours qui suivent l'absence : une photo ou un PDF.",
    "Pour quel enfant est ce justificatif d'absence ? Léa, Hugo ou Inès",
  ]);
  expect(await chat.say('merci, bonne journée')).toEqual(['Au revoir et bonne journée ! Je reste disponible ici quand vous en avez besoin.']);
});

test('file first: a file on any message starts the flow, then child and days are asked', async () => {
  const chat = await converse(db, CAMILLE, { 'Léa': { children: ['Léa'] } }, WEDNESDAY_11);
  const first = await chat.say(fileMessage(aPdf(), 'ordonnance.pdf'));
  expect(first).toEqual(['Bien reçu : ordonnance.pdf.', "Pour quel enfant est ce justificatif d'absence ? Léa, Hugo ou Inès"]);
  expect((await chat.say('Léa'))[0]).toMatch(/^Quels jours d'absence de Léa/);
  const replies = await chat.say('tous ces jours');
  expect(replies[0]).toContain('• mardi 10 mars : transmis au service pour vérification');
  expect(replies[0]).toMatch(/Justificatif reçu : demande n° D-2026-\d{6}/);
  expect(await db.prisma.document.count({ where: { requestId: { not: null } } })).toBe(1);
});

test('outside the window: explained, a late request offered and sent with its number (request and outbox rows)', async () => {
  const chat = await converse(db, CAMILLE, sick, FRIDAY_20);
  const [offer] = await chat.say('Léa était malade mardi');
  expect(offer).toBe(
    "Le délai de 7 jours pour justifier une absence est passé pour mardi 10 mars (au plus tard le mardi 17 mars). Voulez-vous que j'envoie une demande hors délai au service (portailfamille@joinvillelepont.fr) pour ces jours ? Il décidera et vous répondra.",
  );
  expect(await chat.say('oui')).toEqual(['Voulez-vous ajouter un mot pour le service ? Par exemple la raison de votre demande. Sinon, répondez « non ».']);
  const [receipt] = await chat.say("Je n'ai retrouvé le certificat qu'hier");
  const number = /demande n° (D-2026-\d{6})/.exec(receipt)![1];
  const request = await db.prisma.request.findUniqueOrThrow({ where: { number } });
  expect(request.kind).toBe('late_request');
  expect(JSON.parse(request.payload)).toMatchObject({
    action: 'cancel',
    days: ['2026-03-10'],
    parentWords: "Justificatif d'absence envoyé après le délai de 7 jours. Mot du parent : Je n'ai retrouvé le certificat qu'hier",
  });
  expect(await db.prisma.outboxMail.count({ where: { reference: `request:${number}` } })).toBe(1);
  expect(await db.prisma.document.count()).toBe(0);
});

test('a file of the wrong type is refused with its French message, and nothing is stored', async () => {
  const chat = await converse(db, CAMILLE, sick, WEDNESDAY_11);
  await chat.say('Léa était malade mardi');
  const replies = await chat.say(fileMessage(aZip(), 'certificat.pdf'));
  expect(replies).toEqual(["Ce fichier n'est pas accepté. Envoyez une photo (JPEG, PNG, HEIC) ou un PDF, de 10 Mo au plus."]);
  expect(await db.prisma.document.count()).toBe(0);
  const dir = chat.documents.settings.documentsDir;
  expect(existsSync(dir) ? readdirSync(dir, { recursive: true }) : []).toEqual([]);
  expect(await db.prisma.request.count({ where: { kind: 'absence_justification' } })).toBe(0);
  // The dialog still waits for a good file.
  const next = await chat.say(fileMessage(aPdf(), 'certificat.pdf'));
  expect(next[1]).toMatch(/Justificatif reçu : demande n° D-2026-\d{6}/);
});

test('at most five documents are read from one message; the others are refused politely', async () => {
  const chat = await converse(db, CAMILLE, sick, WEDNESDAY_11);
  await chat.say('Léa était malade mardi');
  const message = fileMessage(aPdf(), 'page-1.pdf');
  const attachment = message.attachments![0];
  message.attachments = Array.from({ length: 7 }, (_, i) => ({ ...attachment, name: `page-${i + 1}.pdf` }));
  const replies = await chat.say(message);
  expect(replies.filter((reply) => reply.startsWith('Je ne lis que 5 fichiers par message'))).toHaveLength(2);
  expect(await db.prisma.document.count()).toBe(5);
});

test('a day that was not booked has nothing to justify: said before any document is asked for', async () => {
  const chat = await converse(db, CAMILLE, { 'Inès était malade mardi': { intent: 'absence', dates: ['2026-03-10'], children: ['Inès'] } }, WEDNESDAY_11);
  expect(await chat.say('Inès était malade mardi')).toEqual([
    "Pas de réservation pour Inès : mardi 10 mars. Il n'y a rien à justifier pour ce jour.",
    'Autre chose ? Écrivez votre demande, ou « menu » pour voir ce que je peux faire.',
  ]);
  expect(await db.prisma.request.count()).toBe(0);
});

test('"non" when the document is asked for stops there, and says how long is left', async () => {
  const chat = await converse(db, CAMILLE, sick, WEDNESDAY_11);
  await chat.say('Léa était malade mardi');
  expect(await chat.say('non')).toEqual([
    "D'accord, je n'envoie rien. Vous avez 7 jours après l'absence pour envoyer le justificatif : écrivez par exemple « justificatif pour Léa » quand vous l'aurez.",
  ]);
  expect(await db.prisma.request.count()).toBe(0);
});

test('a document promised for later (« dès que je l’ai », « je l’ai pas encore ») is not asked for now; the parent is told how long is left', async () => {
  const later = { 'Léa était malade mardi, je vous envoie le certificat dès que je l’ai': { intent: 'absence' as const, dates: ['2026-03-10'], children: ['Léa'] } };
  const first = await converse(db, CAMILLE, later, WEDNESDAY_11);
  expect(await first.say('Léa était malade mardi, je vous envoie le certificat dès que je l’ai')).toEqual([
    "D'accord. Vous avez 7 jours après l'absence pour envoyer le justificatif : quand vous l'aurez, écrivez « justificatif pour Léa » et joignez la photo ou le PDF.",
  ]);
  const second = await converse(db, CAMILLE, sick, WEDNESDAY_11);
  await second.say('Léa était malade mardi');
  expect(await second.say('je l’ai pas encore, le médecin ne l’a pas fait')).toEqual([
    "D'accord. Vous avez 7 jours après l'absence pour envoyer le justificatif : quand vous l'aurez, écrivez « justificatif pour Léa » et joignez la photo ou le PDF.",
  ]);
  expect(await db.prisma.request.count()).toBe(0);
});
