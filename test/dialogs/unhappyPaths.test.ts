/** What goes wrong in a conversation, in French, with the database checked after each story. */
import { play } from './support/stories';
import type { Story } from './support/stories';
import { createTestDatabase } from './support/testDatabase';
import type { TestDatabase } from './support/testDatabase';

/** Friday 6 March 2026, 10:00 in Paris (school period; the rest of March is open). */
const FRIDAY_6 = '2026-03-06T09:00:00Z';
const NOT_UNDERSTOOD = "Je n'ai pas compris. Vous pouvez écrire par exemple « réserver mercredi pour Léa », « annuler vendredi » ou « aide ».";
const PERSON_OFFERED = /^Je ne comprends toujours pas, désolé\. Voulez-vous parler à une personne du service \? Cliquez sur « Parler à quelqu'un », ou appelez le 01 49 76 60 00\.$/;
const ASK_CHILD = 'Pour quel enfant ? Léa, Hugo ou Inès';

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await db.drop();
});

const stories: Story[] = [
  {
    name: '"annuler" in the middle of a form stops it and changes nothing',
    now: FRIDAY_6,
    understanding: { 'je voudrais réserver': { intent: 'reserve' } },
    turns: [
      ['je voudrais réserver', [ASK_CHILD]],
      ['annuler', ["C'est annulé, rien n'a été modifié. Que puis-je faire pour vous ?"]],
    ],
  },
  {
    name: '"aide" mid-form explains, then asks the same question again',
    now: FRIDAY_6,
    understanding: { 'je voudrais réserver': { intent: 'reserve' } },
    turns: [
      ['je voudrais réserver', [ASK_CHILD]],
      ['aide', [/^Je peux réserver ou annuler/, ASK_CHILD]],
    ],
  },
  {
    name: 'asks which child, then which days, one at a time',
    now: FRIDAY_6,
    understanding: {
      'je voudrais réserver': { intent: 'reserve' },
      Hugo: { intent: 'none', children: ['Hugo'] },
      'jeudi 12 mars': { intent: 'none', dates: ['2026-03-12'] },
    },
    turns: [
      ['je voudrais réserver', [ASK_CHILD]],
      ['Hugo', [/^Pour quels jours \?/]],
      ['jeudi 12 mars', ["Je réserve pour Hugo : jeudi 12 mars.\nC'est bien cela ?"]],
      ['oui', ['✓ Réservé pour Hugo : jeudi 12 mars.', /^Autre chose \?/]],
    ],
    bookings: { Hugo: { '2026-03-12': 'booked' } },
  },
  {
    name: 'a new request at a prompt is routed anew',
    now: FRIDAY_6,
    understanding: {
      'je voudrais réserver': { intent: 'reserve' },
      'en fait annulez mardi 10 mars pour Léa': { intent: 'cancel', dates: ['2026-03-10'], children: ['Léa'] },
    },
    turns: [
      ['je voudrais réserver', [ASK_CHILD]],
      ['en fait annulez mardi 10 mars pour Léa', ["J'annule pour Léa : mardi 10 mars.\nC'est bien cela ?"]],
      ['oui', ['✓ Annulé pour Léa : mardi 10 mars.', /^Autre chose \?/]],
    ],
    bookings: { Léa: { '2026-03-10': 'cancelled' } },
  },
  {
    name: 'an unbounded recurrence asks until when',
    now: FRIDAY_6,
    understanding: {
      'inscrire Hugo tous les mardis': { intent: 'reserve', children: ['Hugo'] },
      "inscrire Hugo tous les mardis jusqu'au 24 mars": { intent: 'reserve', dates: ['2026-03-10', '2026-03-17', '2026-03-24'], children: ['Hugo'] },
    },
    turns: [
      ['inscrire Hugo tous les mardis', ["Jusqu'à quand ? Par exemple « jusqu'aux vacances » ou « jusqu'au 30 avril »."]],
      ["jusqu'au 24 mars", ["Je réserve pour Hugo : mardi 10 mars, mardi 17 mars et mardi 24 mars.\nC'est bien cela ?"]],
    ],
  },
  {
    name: 'nonsense twice in a row offers a person',
    now: FRIDAY_6,
    understanding: {},
    turns: [
      ['blorg flup', [NOT_UNDERSTOOD]],
      ['zzz qqq', [PERSON_OFFERED]],
    ],
  },
  {
    name: 'emoji only: a hint, then the offer of a person the second time',
    now: FRIDAY_6,
    understanding: {},
    turns: [
      ['😀👍', ["Je n'ai reçu que des émojis ou un message vide. Écrivez votre demande en quelques mots, par exemple « réserver jeudi »."]],
      ['🙄', [/^Je ne vois toujours que des émojis ou un message vide\. Voulez-vous parler à une personne du service \?/]],
    ],
  },
  {
    name: 'emoji, then something not understood: a person is offered',
    now: FRIDAY_6,
    understanding: {},
    turns: [
      ['🤔', [/^Je n'ai reçu que des émojis/]],
      ['gné', [PERSON_OFFERED]],
    ],
  },
  {
    name: 'a 10,000-character message is cut and answered politely',
    now: FRIDAY_6,
    understanding: {},
    turns: [['a'.repeat(10_000), [/^Votre message est très long/, NOT_UNDERSTOOD]]],
  },
  {
    name: 'a lone "oui" with no question pending (after « Autre chose ? ») waits for the request',
    now: FRIDAY_6,
    understanding: {},
    turns: [['oui', ['Je vous écoute : écrivez votre demande, ou « menu » pour voir ce que je peux faire.']]],
  },
  {
    name: 'a lone "non" with no question pending is acknowledged',
    now: FRIDAY_6,
    understanding: {},
    turns: [['non', ["D'accord. Si besoin, écrivez votre demande ou « menu »."]]],
  },
];

test.each(stories.map((story) => [story.name, story] as const))('%s', async (_name, story) => {
  await play(db, story);
});

test('"parler à quelqu\'un" mid-form opens a ticket with the family\'s context', async () => {
  const chat = await play(db, {
    name: 'hand-over',
    now: FRIDAY_6,
    understanding: { 'je voudrais réserver': { intent: 'reserve' } },
    turns: [
      ['je voudrais réserver', [ASK_CHILD]],
      ["je veux parler à quelqu'un", [/^Je transmets votre demande à une personne du service/]],
    ],
  });
  const [ticket] = await chat.handoff.list(['waiting']);
  expect(ticket).toMatchObject({ reason: 'asked', guardianId: chat.family.guardianId });
  expect(ticket.context).toMatchObject({ guardianName: 'Mme Camille Martin', guardianEmail: 'camille.martin@example.fr' });
});
