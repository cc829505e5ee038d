/** Cancel, check, deadlines and the service's answers, in French, on a real SQLite file. */
import { bookingsOf, CAMILLE, converse, idOf } from './support/harness';
import { createTestDatabase } from './support/testDatabase';
import type { TestDatabase } from './support/testDatabase';

const MONDAY_MORNING = '2026-03-02T09:00:00Z';

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await db.drop();
});

test('cancels a booked day and reports a day that was not booked', async () => {
  const chat = await converse(db, CAMILLE, {
    'Léa ne viendra pas mardi 10 et jeudi 12 mars': { intent: 'cancel', dates: ['2026-03-10', '2026-03-12'], children: ['Léa'] },
  }, MONDAY_MORNING);
  expect(await chat.say('Léa ne viendra pas mardi 10 et jeudi 12 mars')).toEqual([
    "J'annule pour Léa : mardi 10 mars, jeudi 12 mars. C'est bien cela ?",
  ]);
  const [outcome] = await chat.say('oui');
  expect(outcome).toContain('• Léa, mardi 10 mars : annulé');
  expect(outcome).toContain("• Léa, jeudi 12 mars : n'était pas réservé");
  expect(await bookingsOf(db, idOf(chat.family.children, 'Léa'))).toMatchObject({ '2026-03-10': 'cancelled', '2026-03-13': 'booked' });
});

test('lists the bookings of the family for the days asked', async () => {
  const chat = await converse(db, CAMILLE, {
    "qu'est-ce que j'ai réservé la semaine prochaine ?": { intent: 'check', dates: ['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13'] },
  }, MONDAY_MORNING);
  const [reply] = await chat.say("qu'est-ce que j'ai réservé la semaine prochaine ?");
  expect(reply).toContain('Réservations de Léa, Hugo et Inès du lundi 9 mars au vendredi 13 mars :');
  expect(reply).toContain('• Léa, mardi 10 mars : réservé');
  expect(reply).toContain('• Hugo, mercredi 11 mars : réservé');
  expect(reply).toContain('• Léa, vendredi 13 mars : réservé');
});

test('names a single day once when the parent asks about one day', async () => {
  const chat = await converse(db, CAMILLE, {
    'est-ce que Léa est inscrite mardi ?': { intent: 'check', dates: ['2026-03-10'], children: ['Léa'] },
    'et Inès mardi ?': { intent: 'check', dates: ['2026-03-10'], children: ['Inès'] },
  }, MONDAY_MORNING);
  expect((await chat.say('est-ce que Léa est inscrite mardi ?'))[0]).toContain('Réservations de Léa le mardi 10 mars :\n• Léa, mardi 10 mars : réservé');
  expect((await chat.say('et Inès mardi ?'))[0]).toMatch(/^Aucune réservation pour Inès le mardi 10 mars\./);
});

test('tells when a day closes, and why', async () => {
  const chat = await converse(db, CAMILLE, {
    "jusqu'à quand pour lundi 16 mars ?": { intent: 'deadline', dates: ['2026-03-16'] },
  }, MONDAY_MORNING);
  const [reply] = await chat.say("jusqu'à quand pour lundi 16 mars ?");
  expect(reply).toContain(
    '• lundi 16 mars, accueil du soir : jusqu\'au jeudi 12 mars à 23h59, 2 jours avant en période scolaire (3 jours pour un lundi). C\'est encore possible.',
  );
});

test('gives one deadline for a whole holiday period', async () => {
  const spring = ['2026-04-20', '2026-04-21', '2026-04-22', '2026-04-23', '2026-04-24', '2026-04-27', '2026-04-28', '2026-04-29', '2026-04-30'];
  const chat = await converse(db, CAMILLE, { 'date limite vacances de printemps': { intent: 'deadline', dates: spring } }, MONDAY_MORNING);
  const [reply] = await chat.say('date limite vacances de printemps');
  expect(reply).toContain("• Du lundi 20 avril au jeudi 30 avril, accueil de loisirs : jusqu'au dimanche 5 avril à 23h59, le dimanche 2 semaines avant le début des vacances de printemps.");
});

test('answers from the flyer: account creation and payment attestation', async () => {
  const chat = await converse(db, CAMILLE, {
    'comment créer mon compte citoyen ?': { intent: 'faq' },
    "où trouver l'attestation de paiement ?": { intent: 'faq' },
  }, MONDAY_MORNING);
  const [account] = await chat.say('comment créer mon compte citoyen ?');
  expect(account).toContain('civilité, nom, prénom et une adresse e-mail valide');
  const [attestation] = await chat.say("où trouver l'attestation de paiement ?");
  expect(attestation).toContain("L'attestation de paiement se télécharge en fin d'année");
});

test('"menu" offers the usual requests as buttons', async () => {
  const chat = await converse(db, CAMILLE, {}, MONDAY_MORNING);
  const reply = await chat.client.sendActivity({ type: 'message', text: 'menu', locale: 'fr-FR' });
  expect(reply.suggestedActions.actions.map((a: { title: string }) => a.title)).toEqual([
    'Réserver',
    'Annuler une réservation',
    'Mes réservations',
    'Dates limites',
    'Aide',
  ]);
});

test('greetings, thanks and goodbyes each get their own answer', async () => {
  const chat = await converse(db, CAMILLE, {
    bonjour: { intent: 'smalltalk' },
    'merci beaucoup': { intent: 'smalltalk' },
    'merci, au revoir': { intent: 'smalltalk' },
  }, MONDAY_MORNING);
  expect((await chat.say('bonjour'))[0]).toMatch(/^Bonjour Camille !/);
  expect((await chat.say('merci beaucoup'))[0]).toMatch(/^Avec plaisir !/);
  expect((await chat.say('merci, au revoir'))[0]).toMatch(/^Au revoir et bonne journée !/);
});
