/**
 * Before linking, in French on a real SQLite file: what needs no account is answered,
 * bookings wait for it; after a wrong code, a new code or another address in one click;
 * the same answers whether or not the address is known; the code's mail through the outbox.
 */
import { ConversationState, MemoryStorage } from 'botbuilder';
import type { Activity } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { LinkAccountDialog } from '../../dialogs/linkAccountDialog';
import { createDialogServices, createLinking } from '../../src/compositionRoot';
import type { Interpretation } from '../../dialogs/services';
import { OutboxCodeMail } from '../../src/linking/outboxCodeMail';
import { decodeOutboxPayload } from '../../src/mail/outboxMessage';
import { createRequestServices } from '../../src/infrastructure/requests/createRequestServices';
import { requestSettingsFrom } from '../../src/requests/requestUseCases';
import { CAMILLE, KARIM, RecordingMessenger, ScriptedUnderstanding, testDocuments } from './support/harness';
import { createTestDatabase } from './support/testDatabase';
import type { TestDatabase } from './support/testDatabase';

const MONDAY_MORNING = new Date('2026-03-09T09:00:00Z');
const NEW_CODE = 'Recevoir un nouveau code';
const CHANGE_ADDRESS = "Changer d'adresse";
const ASK_EMAIL = "Quelle est l'adresse e-mail que vous avez donnée au service périscolaire ?";

const UNDERSTOOD: Record<string, Partial<Interpretation>> = {
  'vous ouvrez à quelle heure ?': { intent: 'faq', topic: 'hours' },
  "jusqu'à quand pour annuler vendredi 13 mars ?": { intent: 'deadline', dates: ['2026-03-13'] },
  'inscrire Léa mercredi': { intent: 'reserve', dates: ['2026-03-11'] },
  "qu'est-ce que j'ai réservé ?": { intent: 'check' },
  bonjour: { intent: 'smalltalk' },
};

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await db.drop();
});

/** The linking dialog alone, as an unlinked channel user meets it. */
function unlinkedUser(userId = 'user') {
  const clock = { now: () => MONDAY_MORNING };
  const storage = new MemoryStorage();
  const conversationState = new ConversationState(storage);
  const requests = createRequestServices(db.prisma, { rules: db.rules, settings: requestSettingsFrom(db.rules.config), messageIdDomain: 'joinvillelepont.fr' });
  const documents = testDocuments(db);
  const services = createDialogServices(db.prisma, db.rules, new ScriptedUnderstanding(UNDERSTOOD), clock, {
    handoff: { request: async () => 'out_of_hours' },
    requests: requests.requests,
    intake: documents.intake,
  });
  const linking = createLinking(db.prisma, storage, new OutboxCodeMail(db.prisma, { messageIdDomain: 'joinvillelepont.fr' }), clock);
  const client = new DialogTestClient('test', new LinkAccountDialog(linking, services), undefined, [], conversationState);
  const say = async (text: string) => {
    const replies: { text: string; buttons: string[] }[] = [];
    for (let reply: Partial<Activity> | undefined = await client.sendActivity({ type: 'message', text, locale: 'fr-FR', from: { id: userId, name: 'parent' } }); reply; reply = client.getNextReply()) {
      if (reply.type !== 'message') continue;
      replies.push({ text: reply.text ?? '', buttons: (reply.suggestedActions?.actions ?? []).map((action) => String(action.title)) });
    }
    return replies;
  };
  return { say, client, messenger: new RecordingMessenger() };
}

/** The codes the outbox holds for `to`, oldest first. */
async function codesSentTo(to: string): Promise<string[]> {
  const rows = await db.prisma.outboxMail.findMany({ where: { reference: 'linking-code' }, orderBy: { id: 'asc' } });
  return rows.map((row) => decodeOutboxPayload(row.payload)).filter((mail) => mail.to === to).map((mail) => /(\d{6})/.exec(mail.text)![1]);
}

const texts = (replies: { text: string }[]) => replies.map((reply) => reply.text);

test('before linking, help, questions on the service and deadlines are answered; bookings wait for the account', async () => {
  const parent = unlinkedUser();
  expect(texts(await parent.say('bonjour'))).toEqual([
    `Bonjour ! Pour accéder à vos réservations, je dois d'abord vérifier votre identité. En attendant, je peux déjà répondre à vos questions sur le service : horaires, dates limites, tarifs. ${ASK_EMAIL}`,
  ]);
  const help = texts(await parent.say('aide'));
  expect(help[0]).toMatch(/^Sans compte relié, je peux vous donner les horaires, les dates limites/);
  expect(help.at(-1)).toBe(ASK_EMAIL);

  expect(texts(await parent.say('vous ouvrez à quelle heure ?'))).toEqual([
    'Horaires : accueil du soir 16h30–19h00, accueil du mercredi 8h00–19h00, accueil de loisirs 8h00–19h00. Le service répond du lundi au vendredi, 8h30–17h30.',
    `Pour accéder à vos réservations, donnez-moi l'adresse e-mail connue du service. ${ASK_EMAIL}`,
  ]);

  const deadline = texts(await parent.say("jusqu'à quand pour annuler vendredi 13 mars ?"));
  expect(deadline[0]).toContain('Dates limites pour réserver, modifier ou annuler :');
  expect(deadline[0]).toContain('vendredi 13 mars');
  expect(deadline[0]).toContain('mardi 10 mars à 23h59');

  for (const request of ['inscrire Léa mercredi', "qu'est-ce que j'ai réservé ?"]) {
    expect(texts(await parent.say(request))).toEqual([`Pour cela, je dois d'abord vérifier votre identité. ${ASK_EMAIL}`]);
  }
  expect(await db.prisma.channelAccount.count()).toBe(0);
  expect(await db.prisma.booking.count({ where: { bookableDay: { day: '2026-03-11' }, child: { firstName: 'Léa' } } })).toBe(0);
});

test('after a wrong code: a new code, or another address, in one click; the right code links', async () => {
  const parent = unlinkedUser();
  await parent.say('bonjour');
  const [sent] = await parent.say(CAMILLE);
  expect(sent).toEqual({
    text: "Si cette adresse est connue du service, un code à 6 chiffres vient d'y être envoyé (valable 10 minutes). Écrivez ce code ici.",
    buttons: [NEW_CODE, CHANGE_ADDRESS],
  });
  const [wrong] = await parent.say('000000');
  expect(wrong.text).toMatch(/^Ce code n'est pas le bon\. Il vous reste 4 essai/);
  expect(wrong.buttons).toEqual([NEW_CODE, CHANGE_ADDRESS]);

  expect((await parent.say(NEW_CODE))[0]).toEqual(sent);
  expect(await codesSentTo(CAMILLE)).toHaveLength(2);

  expect(texts(await parent.say(CHANGE_ADDRESS))).toEqual([ASK_EMAIL]);
  await parent.say(KARIM);
  const [karimCode] = await codesSentTo(KARIM);
  expect(texts(await parent.say(karimCode))[0]).toMatch(/^Merci Karim, c'est fait : votre compte est relié\./);
  const karim = await db.prisma.guardian.findUniqueOrThrow({ where: { email: KARIM } });
  expect(await db.prisma.channelAccount.findMany({ select: { channelId: true, guardianId: true } })).toEqual([{ channelId: 'test', guardianId: karim.id }]);
});

test('a parent reads the same answers whether or not the service knows the address', async () => {
  const script = async (address: string) => {
    const parent = unlinkedUser(`user-${address}`);
    const seen = [];
    for (const text of ['bonjour', address, '123456', NEW_CODE, '654321', CHANGE_ADDRESS]) seen.push(...(await parent.say(text)));
    return seen;
  };
  const known = await script(CAMILLE);
  const unknown = await script('personne.inconnue@example.fr');
  expect(unknown).toEqual(known);
  expect(await codesSentTo('personne.inconnue@example.fr')).toEqual([]);
});

test('while mails leave late, the parent is told the code may take a few minutes', async () => {
  // A mail that already failed once: the relay is refusing or down.
  await db.prisma.outboxMail.create({
    data: { messageId: '<late@joinvillelepont.fr>', payload: '{}', status: 'pending', attempts: 1, nextAttemptAt: MONDAY_MORNING, createdAt: MONDAY_MORNING },
  });
  const parent = unlinkedUser();
  await parent.say('bonjour');
  const [answer] = texts(await parent.say('personne.inconnue@example.fr'));
  expect(answer).toBe(
    "Si cette adresse est connue du service, un code à 6 chiffres va y être envoyé, mais nos e-mails partent avec du retard en ce moment : il peut mettre quelques minutes à arriver, et restera valable 10 minutes à partir de son envoi. Écrivez ce code ici dès que vous l'aurez.",
  );
});
