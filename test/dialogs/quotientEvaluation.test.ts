/**
 * "Évaluer ses tarifs" in the chat, on a real database and a real encrypted document
 * store: the documents the service asks for, the file attached, a quotient_familial
 * request with its document and its mail to the service; no document at hand; the file
 * sent with the words.
 */
import { aPdf, aZip } from '../documents/support/fileMother';
import { CAMILLE, KARIM, converse, fileMessage } from './support/harness';
import { createTestDatabase } from './support/testDatabase';
import type { TestDatabase } from './support/testDatabase';

/** Tuesday 1 December 2026, 10:00 in Paris. */
const DECEMBER_1 = '2026-12-01T09:00:00Z';
const ASK =
  "Pour évaluer vos tarifs, le service a besoin de votre attestation de quotient familial de la CAF ou, à défaut, de votre dernier avis d'imposition. Envoyez-la ici : une photo (JPEG, PNG, HEIC) ou un PDF, avec le trombone ou en glissant le fichier. Vous ne l'avez pas sous la main ? Écrivez « plus tard ».";
const EVALUATE = 'je voudrais faire évaluer mon quotient familial';
const table = {
  [EVALUATE]: { intent: 'faq' as const, topic: 'quotient' as const },
  "voici mon avis d'imposition pour le QF": { intent: 'faq' as const, topic: 'quotient' as const },
  'quel est mon quotient familial ?': { intent: 'faq' as const, topic: 'quotient' as const },
};

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await db.drop();
});

test('the documents asked, a PDF attached: a quotient_familial request with its document, its mail to the service, and the number told', async () => {
  const chat = await converse(db, KARIM, table, DECEMBER_1);
  expect(await chat.say(EVALUATE)).toEqual([`Nous n'avons pas votre quotient familial : vous payez le tarif de la tranche la plus haute.\n${ASK}`]);
  // Words without a file: a reminder, still waiting.
  expect(await chat.say('euh')).toEqual([
    "Je n'ai pas reçu de fichier. Joignez votre attestation CAF ou votre avis d'imposition (photo ou PDF) avec le trombone, ou écrivez « plus tard ».",
  ]);
  // A file of the wrong type: refused with its reason, nothing sent, still waiting.
  const refused = await chat.say(fileMessage(aZip(), 'avis.pdf'));
  expect(refused).toHaveLength(1);
  expect(await db.prisma.request.count({ where: { kind: 'quotient_familial' } })).toBe(0);

  const replies = await chat.say(fileMessage(aPdf(), 'attestation-caf.pdf'));
  expect(replies[0]).toBe('Bien reçu : attestation-caf.pdf.');
  expect(replies[1]).toMatch(
    /^C'est envoyé : demande n° D-2026-\d{6}\. Le service vérifie vos documents et enregistre votre quotient familial ; je vous donnerai ici vos nouveaux tarifs \(vous les recevrez aussi par e-mail\)\. Pour suivre votre demande, écrivez « où en est ma demande \? »\. Autre chose \?$/,
  );
  const number = /demande n° (D-2026-\d{6})/.exec(replies[1])![1];
  const request = await db.prisma.request.findUniqueOrThrow({ where: { number }, include: { documents: true, guardian: true } });
  expect(request).toMatchObject({ kind: 'quotient_familial', status: 'submitted', channel: 'test' });
  expect(request.guardian.email).toBe(KARIM);
  expect(request.documents).toHaveLength(1);
  expect(request.documents[0]).toMatchObject({ mediaType: 'application/pdf', originalName: 'attestation-caf.pdf' });
  expect(chat.client.dialogTurnResult.status).toBe('complete');

  // The service's mailbox hears of it, and the parent can follow it.
  await chat.flushOutbox();
  const mail = await chat.mail.sentAt(0);
  expect(mail.subject).toContain(`Quotient familial ${number}`);
  expect(mail.text).toContain('Documents joints : 1');
  const followed = await chat.requests.requests.listRequests({ guardianId: chat.family.guardianId });
  expect(followed[0].summary).toContain(`Demande ${number} (quotient familial) avec 1 document — envoyée au service`);
});

test('no document at hand: told they can send it later by writing again; nothing is sent', async () => {
  const chat = await converse(db, CAMILLE, table, DECEMBER_1);
  expect(await chat.say(EVALUATE)).toEqual([`Votre quotient familial enregistré : 850 (tranche C).\n${ASK}`]);
  expect(await chat.say('plus tard')).toEqual([
    "D'accord, je n'envoie rien pour l'instant. Quand vous aurez le document, écrivez « évaluer mes tarifs » et joignez-le. Autre chose ?",
  ]);
  expect(await db.prisma.request.count({ where: { kind: 'quotient_familial' } })).toBe(0);
  expect(chat.client.dialogTurnResult.status).toBe('complete');
});

test('the file sent with the words goes straight to the service; a mere question about the QF asks for nothing', async () => {
  const chat = await converse(db, CAMILLE, table, DECEMBER_1);
  expect(await chat.say('quel est mon quotient familial ?')).toEqual([
    'Votre quotient familial enregistré : 850 (tranche C).\nPour faire évaluer vos tarifs, écrivez « évaluer mes tarifs » : je vous dirai quels documents envoyer. Autre chose ?',
  ]);
  const replies = await chat.say(fileMessage(aPdf(), 'avis-2026.pdf', 'application/pdf', "voici mon avis d'imposition pour le QF"));
  expect(replies[0]).toBe('Bien reçu : avis-2026.pdf.');
  expect(replies[1]).toMatch(/^C'est envoyé : demande n° D-2026-\d{6}\./);
  const request = await db.prisma.request.findFirstOrThrow({ where: { kind: 'quotient_familial' }, include: { documents: true } });
  expect(request.documents.map((d) => d.originalName)).toEqual(['avis-2026.pdf']);
  expect(JSON.parse(request.payload)).toMatchObject({ type: 'quotient_familial', text: "voici mon avis d'imposition pour le QF" });
  // Not an absence justification.
  expect(await db.prisma.request.count({ where: { kind: 'absence_justification' } })).toBe(0);
});
