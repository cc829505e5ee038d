/** Reaching a person from the dialogs: why, with what context, and the event for agent desks. */
import type { Activity } from 'botbuilder';
import { CAMILLE, converse } from './support/harness';
import { createTestDatabase } from './support/testDatabase';
import type { TestDatabase } from './support/testDatabase';

/** Monday 9 March 2026, 10:00 Paris: the service is open; Tuesday 10 March closed on Saturday. */
const MONDAY_OPEN = '2026-03-09T09:00:00Z';

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await db.drop();
});

test('asking for a person sends the handoff.initiate event with the context, on channels that use it', async () => {
  const chat = await converse(db, CAMILLE, {}, MONDAY_OPEN);
  const first: Partial<Activity> | undefined = await chat.client.sendActivity({ type: 'message', text: "je veux parler à quelqu'un", locale: 'fr-FR' });
  const replies: Partial<Activity>[] = [];
  for (let reply = first; reply; reply = chat.client.getNextReply()) replies.push(reply);
  const event = replies.find((reply) => reply.type === 'event');
  expect(event).toMatchObject({ name: 'handoff.initiate', value: { reason: 'asked', guardianEmail: CAMILLE } });
  expect(replies.find((reply) => reply.type === 'message')?.text).toMatch(/^Je transmets votre demande/);
});

test('after two misunderstandings, the offered button hands over with that reason', async () => {
  const chat = await converse(db, CAMILLE, {}, MONDAY_OPEN);
  await chat.say('blorg flup');
  const [offer] = await chat.say('zzz qqq');
  expect(offer).toMatch(/Voulez-vous parler à une personne du service/);
  expect((await chat.say("Parler à quelqu'un"))[0]).toMatch(/^Je transmets votre demande/);
  const [ticket] = await chat.handoff.list(['waiting']);
  expect(ticket.reason).toBe('not_understood');
  const transcript = await chat.handoff.transcript(ticket.id);
  expect(transcript.map((line) => line.text)).toEqual(expect.arrayContaining(['blorg flup', 'zzz qqq']));
});

test('a refused late change can be discussed with a person, who sees the days and the child', async () => {
  const chat = await converse(db, CAMILLE, {
    'annuler mardi 10 mars pour Léa': { intent: 'cancel', dates: ['2026-03-10'], children: ['Léa'] },
  }, MONDAY_OPEN);
  const refusal = await chat.say('annuler mardi 10 mars pour Léa');
  expect(refusal.join('\n')).toMatch(/^Hors délai pour Léa : mardi 10 mars/);
  expect((await chat.say("Parler à quelqu'un"))[0]).toMatch(/^Je transmets votre demande/);
  const [ticket] = await chat.handoff.list(['waiting']);
  expect(ticket).toMatchObject({ reason: 'late_request', context: { days: ['2026-03-10'], children: ['Léa'], intent: 'cancel' } });
});

test('a second request while a person is already asked for says so, without a second ticket', async () => {
  const chat = await converse(db, CAMILLE, {}, MONDAY_OPEN);
  await chat.say("je veux parler à quelqu'un");
  expect((await chat.say('un agent svp'))[0]).toMatch(/^Votre demande est déjà transmise/);
  expect(await chat.handoff.list(['waiting'])).toHaveLength(1);
});
