/**
 * Reserving and cancelling as parents really talk: corrections at the confirmation,
 * several changes in one message, closed days told, nothing confirmed that cannot
 * happen, unknown names, ambiguous messages. Each story is a table of turns, on a
 * real SQLite file, checked against the database.
 */
import { play } from './support/stories';
import type { Story } from './support/stories';
import { KARIM } from './support/harness';
import { createTestDatabase } from './support/testDatabase';
import type { TestDatabase } from './support/testDatabase';

/** Friday 6 March 2026, 10:00 in Paris: Monday 9 March is past its deadline (Thursday 5), the rest of March is open. */
const FRIDAY_6 = '2026-03-06T09:00:00Z';
/** Wednesday 11 March 2026, 10:00 in Paris: Thursday 12 and Friday 13 are past their deadline, Tuesday 17 is open. */
const WEDNESDAY_11 = '2026-03-11T09:00:00Z';

const DONE = 'Autre chose ? Écrivez votre demande, ou « menu » pour voir ce que je peux faire.';
const NOTHING_TO_CHANGE = "Il n'y a rien à changer. Autre chose ?";

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await db.drop();
});

const corrections: Story[] = [
  {
    name: '"non pardon c\'était pour Inès pas Hugo" at the confirmation of a move for Hugo: the same move for Inès',
    now: FRIDAY_6,
    understanding: {
      "annuler Hugo jeudi 19 mars et l'inscrire vendredi 20 à la place": {
        intent: 'cancel',
        dates: ['2026-03-19'],
        children: ['Hugo'],
        actions: [
          { intent: 'cancel', dates: ['2026-03-19'], children: ['Hugo'] },
          { intent: 'reserve', dates: ['2026-03-20'], children: ['Hugo'] },
        ],
      },
      "c'était pour Inès pas Hugo": { intent: 'none', children: ['Inès'], edit: { removeChildren: ['Hugo'] }, followUp: true },
    },
    turns: [
      ["annuler Hugo jeudi 19 mars et l'inscrire vendredi 20 à la place", [/^Je réserve pour Hugo : vendredi 20 mars\./]],
      ["non pardon c'était pour Inès pas Hugo", [/^Je réserve pour Inès : vendredi 20 mars\.\nRien à annuler pour Inès : jeudi 19 mars/]],
    ],
  },
  {
    name: '"c\'est Léa qu\'il faut enlever, pas Inès" beside a booking for Hugo: Léa takes Inès\'s place in the cancellation only',
    now: FRIDAY_6,
    understanding: {
      'inscris Hugo mercredi 18 mars et enlève Inès vendredi 20': {
        intent: 'reserve',
        dates: ['2026-03-18'],
        children: ['Hugo'],
        actions: [
          { intent: 'reserve', dates: ['2026-03-18'], children: ['Hugo'] },
          { intent: 'cancel', dates: ['2026-03-20'], children: ['Inès'] },
        ],
      },
      "c'est Léa qu'il faut enlever, pas Inès": { intent: 'cancel', children: ['Léa'], edit: { removeChildren: ['Inès'] } },
    },
    turns: [
      ['inscris Hugo mercredi 18 mars et enlève Inès vendredi 20', [/^Je réserve pour Hugo : mercredi 18 mars\.\nRien à annuler pour Inès : vendredi 20 mars/]],
      ["non, c'est Léa qu'il faut enlever, pas Inès", [/^Je réserve pour Hugo : mercredi 18 mars\.\nRien à annuler pour Léa : vendredi 20 mars/]],
    ],
  },
  {
    name: '"sans Inès le 19" at the confirmation of Léa and Inès on the 18th and 19th: Inès loses the 19th only, Léa keeps both days',
    now: FRIDAY_6,
    understanding: {
      'réserver Léa et Inès mercredi 18 et jeudi 19 mars': { intent: 'reserve', dates: ['2026-03-18', '2026-03-19'], children: ['Léa', 'Inès'] },
      'sans Inès le 19': { intent: 'reserve', dates: [], children: [], edit: { removeChildren: ['Inès'], removeDates: ['2026-03-19'] } },
    },
    turns: [
      ['réserver Léa et Inès mercredi 18 et jeudi 19 mars', ["Je réserve pour Léa et Inès : mercredi 18 mars et jeudi 19 mars.\nC'est bien cela ?"]],
      ['sans Inès le 19', ["Je fais ces 2 changements :\n• réserver pour Léa : mercredi 18 mars et jeudi 19 mars ;\n• réserver pour Inès : mercredi 18 mars.\nC'est bien cela ?"]],
      ['oui', [/^✓ Réservé pour Léa : mercredi 18 mars et jeudi 19 mars\.\n✓ Réservé pour Inès : mercredi 18 mars\./, DONE]],
    ],
    bookings: { Léa: { '2026-03-18': 'booked', '2026-03-19': 'booked' }, Inès: { '2026-03-18': 'booked', '2026-03-19': 'none' } },
  },
  {
    name: '"non plutôt les jeudis" asked until when after "tous les mardis": the weekdays corrected, the end asked again',
    now: FRIDAY_6,
    understanding: {
      'inscris Léa tous les mardis': { intent: 'reserve', dates: [], children: ['Léa'], openEnded: { weekdays: [2], from: '2026-03-07' } },
    },
    turns: [
      ['inscris Léa tous les mardis', ["Jusqu'à quand ? Par exemple « jusqu'aux vacances » ou « jusqu'au 30 avril »."]],
      ['non plutôt les jeudis', ["Jusqu'à quand ? Par exemple « jusqu'aux vacances » ou « jusqu'au 30 avril »."]],
      ["jusqu'à fin mars", ["Je réserve pour Léa : jeudi 12 mars, jeudi 19 mars et jeudi 26 mars.\nC'est bien cela ?"]],
    ],
  },
  {
    name: 'two changes, one with a start and no end: « jusqu\'à quand ? » asked for that change, its days from the answer, the other change kept',
    now: FRIDAY_6,
    understanding: {
      'à partir du 16 mars Hugo viendra le jeudi, et annulez Inès mercredi 11 mars': {
        intent: 'reserve',
        dates: [],
        children: ['Hugo'],
        openEnded: { weekdays: [4], from: '2026-03-16' },
        actions: [
          { intent: 'reserve', dates: [], children: ['Hugo'], openEnded: { weekdays: [4], from: '2026-03-16' } },
          { intent: 'cancel', dates: ['2026-03-11'], children: ['Inès'] },
        ],
      },
    },
    turns: [
      ['à partir du 16 mars Hugo viendra le jeudi, et annulez Inès mercredi 11 mars', ["Pour réserver Hugo : jusqu'à quand ? Par exemple « jusqu'aux vacances » ou « jusqu'au 30 avril »."]],
      ['jusqu\'à fin mars', [/^Je réserve pour Hugo : jeudi 19 mars et jeudi 26 mars\.\n(?:J'annule|Rien à annuler) pour Inès : mercredi 11 mars/]],
      ['oui', [/^✓ Réservé pour Hugo : jeudi 19 mars et jeudi 26 mars\./, DONE]],
    ],
    bookings: { Hugo: { '2026-03-12': 'none', '2026-03-19': 'booked', '2026-03-26': 'booked', '2026-04-02': 'none' } },
  },
  {
    name: 'a weekday put « à la place » of a habit that stops: « jusqu\'à quand ? » asked once, both habits end there',
    now: FRIDAY_6,
    understanding: {
      "à partir du 16 mars Léa n'ira plus le lundi, mettez-la le jeudi à la place": {
        intent: 'cancel',
        dates: [],
        children: ['Léa'],
        openEnded: { weekdays: [1, 4], from: '2026-03-16' },
        actions: [
          { intent: 'cancel', dates: [], children: ['Léa'], openEnded: { weekdays: [1], from: '2026-03-16' } },
          { intent: 'reserve', dates: [], children: ['Léa'], openEnded: { weekdays: [4], from: '2026-03-16' } },
        ],
      },
    },
    turns: [
      ["à partir du 16 mars Léa n'ira plus le lundi, mettez-la le jeudi à la place", ["Pour annuler Léa : jusqu'à quand ? Par exemple « jusqu'aux vacances » ou « jusqu'au 30 avril »."]],
      ["jusqu'à fin mars", [/Je réserve pour Léa : jeudi 19 mars et jeudi 26 mars\./]],
      ['oui', [/✓ Réservé pour Léa : jeudi 19 mars et jeudi 26 mars\./, DONE]],
    ],
    bookings: { Léa: { '2026-03-12': 'none', '2026-03-19': 'booked', '2026-03-26': 'booked', '2026-04-02': 'none' } },
  },
  {
    name: '"et pour Léa le jeudi 19 par contre" after "Léa non" for Wednesday: Léa booked on the Thursday, her Wednesday still cancelled',
    now: FRIDAY_6,
    understanding: {
      'Hugo et Inès mercredi 18 mars, Léa non': {
        intent: 'reserve',
        dates: ['2026-03-18'],
        children: ['Hugo', 'Inès'],
        actions: [
          { intent: 'reserve', dates: ['2026-03-18'], children: ['Hugo', 'Inès'] },
          { intent: 'cancel', dates: ['2026-03-18'], children: ['Léa'] },
        ],
      },
      'ah et pour Léa le jeudi 19 par contre': { intent: 'reserve', dates: ['2026-03-19'], children: ['Léa'], followUp: true },
    },
    turns: [
      ['Hugo et Inès mercredi 18 mars, Léa non', [/^Je réserve pour Hugo et Inès : mercredi 18 mars\.\nRien à annuler pour Léa : mercredi 18 mars/]],
      ['ah et pour Léa le jeudi 19 par contre', [/^Je fais ces 2 changements :\n• réserver pour Hugo et Inès : mercredi 18 mars ;\n• réserver pour Léa : jeudi 19 mars\.\nRien à annuler pour Léa : mercredi 18 mars/]],
      ['oui', [/^✓ Réservé pour Hugo et Inès : mercredi 18 mars\.\n✓ Réservé pour Léa : jeudi 19 mars\./, DONE]],
    ],
    bookings: { Léa: { '2026-03-18': 'none', '2026-03-19': 'booked' }, Hugo: { '2026-03-18': 'booked', '2026-03-19': 'none' } },
  },
  {
    name: '"ah et Hugo aussi le jeudi" at the confirmation of Léa\'s Wednesday and Thursday: Hugo on the Thursday alone',
    now: FRIDAY_6,
    understanding: {
      'mettre Léa mercredi 18 et jeudi 19 mars': { intent: 'reserve', dates: ['2026-03-18', '2026-03-19'], children: ['Léa'] },
      'ah et Hugo aussi le jeudi': { intent: 'none', dates: ['2026-03-12'], children: ['Hugo'], edit: { add: true }, followUp: true },
    },
    turns: [
      ['mettre Léa mercredi 18 et jeudi 19 mars', ["Je réserve pour Léa : mercredi 18 mars et jeudi 19 mars.\nC'est bien cela ?"]],
      ['ah et Hugo aussi le jeudi', ["Je fais ces 2 changements :\n• réserver pour Léa : mercredi 18 mars et jeudi 19 mars ;\n• réserver pour Hugo : jeudi 19 mars.\nC'est bien cela ?"]],
      ['oui', ['✓ Réservé pour Léa : mercredi 18 mars et jeudi 19 mars.\n✓ Réservé pour Hugo : jeudi 19 mars.', DONE]],
    ],
    bookings: { Léa: { '2026-03-18': 'booked', '2026-03-19': 'booked' }, Hugo: { '2026-03-18': 'none', '2026-03-19': 'booked' } },
  },
  {
    name: '"et pour Hugo le jeudi 19 aussi" at the confirmation of Léa and Hugo on Wednesday: Thursday for Hugo alone, Léa not booked on it',
    now: FRIDAY_6,
    understanding: {
      'mettre Léa et Hugo mercredi 18 mars': { intent: 'reserve', dates: ['2026-03-18'], children: ['Léa', 'Hugo'] },
      'et pour Hugo le jeudi 19 aussi': { intent: 'reserve', dates: ['2026-03-19'], children: ['Hugo'], edit: { add: true }, followUp: true },
    },
    turns: [
      ['mettre Léa et Hugo mercredi 18 mars', ["Je réserve pour Léa et Hugo : mercredi 18 mars.\nC'est bien cela ?"]],
      ['et pour Hugo le jeudi 19 aussi', ["Je fais ces 2 changements :\n• réserver pour Léa et Hugo : mercredi 18 mars ;\n• réserver pour Hugo : jeudi 19 mars.\nC'est bien cela ?"]],
      ['oui', [/✓ Réservé pour Hugo : mercredi 18 mars et jeudi 19 mars\./, DONE]],
    ],
    bookings: { Léa: { '2026-03-18': 'booked', '2026-03-19': 'none' }, Hugo: { '2026-03-18': 'booked', '2026-03-19': 'booked' } },
  },
  {
    name: '"ah et Léa le ven aussi" after "Hugo et Inès jeudi 19 et vendredi 20, Léa non": Léa joins the booking on that Friday, not the next one, and leaves the cancellation of it',
    now: FRIDAY_6,
    understanding: {
      'hugo + ines garderie jeu 19 et ven 20, lea non': {
        intent: 'reserve',
        dates: ['2026-03-19', '2026-03-20'],
        children: ['Hugo', 'Inès'],
        actions: [
          { intent: 'reserve', dates: ['2026-03-19', '2026-03-20'], children: ['Hugo', 'Inès'] },
          { intent: 'cancel', dates: ['2026-03-19', '2026-03-20'], children: ['Léa'] },
        ],
      },
      'ah et lea le ven aussi': { intent: 'none', dates: ['2026-03-13'], children: ['Léa'], edit: { add: true }, followUp: true },
    },
    turns: [
      ['hugo + ines garderie jeu 19 et ven 20, lea non', [/^Je réserve pour Hugo et Inès : jeudi 19 mars et vendredi 20 mars\.\nRien à annuler pour Léa : jeudi 19 mars et vendredi 20 mars/]],
      ['ah et lea le ven aussi', [/^Je fais ces 2 changements :\n• réserver pour Hugo et Inès : jeudi 19 mars et vendredi 20 mars ;\n• réserver pour Léa : vendredi 20 mars\.\nRien à annuler pour Léa : jeudi 19 mars/]],
      ['oui', [/✓ Réservé pour Léa : vendredi 20 mars\./, DONE]],
    ],
    bookings: { Léa: { '2026-03-19': 'none', '2026-03-20': 'booked' }, Hugo: { '2026-03-13': 'none', '2026-03-20': 'booked' }, Inès: { '2026-03-19': 'booked', '2026-03-20': 'booked' } },
  },
  {
    name: '"non c\'est l\'inverse, Inès mercredi et Hugo jeudi" at the confirmation of Hugo\'s cancellation and Inès\'s booking: the children trade their changes',
    now: FRIDAY_6,
    understanding: {
      'annulez Hugo mercredi 18 et mettez Inès le jeudi 19 à la place': {
        intent: 'cancel',
        dates: ['2026-03-18'],
        children: ['Hugo'],
        actions: [
          { intent: 'cancel', dates: ['2026-03-18'], children: ['Hugo'] },
          { intent: 'reserve', dates: ['2026-03-19'], children: ['Inès'] },
        ],
      },
      "c'est l'inverse, Inès mercredi et Hugo jeudi": { intent: 'reserve', dates: ['2026-03-11', '2026-03-12'], children: ['Inès', 'Hugo'] },
    },
    turns: [
      ['annulez Hugo mercredi 18 et mettez Inès le jeudi 19 à la place', [/^Je réserve pour Inès : jeudi 19 mars\.\nRien à annuler pour Hugo : mercredi 18 mars/]],
      ["non c'est l'inverse, Inès mercredi et Hugo jeudi", [/^Je réserve pour Hugo : jeudi 19 mars\.\nRien à annuler pour Inès : mercredi 18 mars/]],
      ['oui', [/✓ Réservé pour Hugo : jeudi 19 mars\./, DONE]],
    ],
    bookings: { Hugo: { '2026-03-12': 'none', '2026-03-19': 'booked' }, Inès: { '2026-03-11': 'none', '2026-03-19': 'none' } },
  },
  {
    name: '"et pour Hugo ?" at the confirmation of Léa\'s days: Hugo too on those days, Léa kept',
    now: FRIDAY_6,
    understanding: {
      'mettre Léa mercredi 18 et jeudi 19 mars': { intent: 'reserve', dates: ['2026-03-18', '2026-03-19'], children: ['Léa'] },
      'et pour Hugo ?': { intent: 'none', dates: [], children: ['Hugo'], followUp: true },
    },
    turns: [
      ['mettre Léa mercredi 18 et jeudi 19 mars', ["Je réserve pour Léa : mercredi 18 mars et jeudi 19 mars.\nC'est bien cela ?"]],
      ['et pour Hugo ?', ["Je réserve pour Léa et Hugo : mercredi 18 mars et jeudi 19 mars.\nC'est bien cela ?"]],
      ['oui', [/^✓ Réservé pour Léa et Hugo : mercredi 18 mars et jeudi 19 mars\./, DONE]],
    ],
    bookings: { Léa: { '2026-03-18': 'booked', '2026-03-19': 'booked' }, Hugo: { '2026-03-18': 'booked', '2026-03-19': 'booked' } },
  },
  {
    name: '"non, tous les jeudis" at the confirmation of one Thursday: asked until when, then every Thursday booked',
    now: FRIDAY_6,
    understanding: {
      'réserver Hugo jeudi 19 mars': { intent: 'reserve', dates: ['2026-03-19'], children: ['Hugo'] },
      'tous les jeudis': { intent: 'none', dates: [] },
      "tous les jeudis jusqu'aux vacances": { intent: 'none', dates: ['2026-03-12', '2026-03-19', '2026-03-26', '2026-04-02', '2026-04-09', '2026-04-16'] },
    },
    turns: [
      ['réserver Hugo jeudi 19 mars', ["Je réserve pour Hugo : jeudi 19 mars.\nC'est bien cela ?"]],
      ['non, tous les jeudis', [/^Jusqu'à quand \?/]],
      ["jusqu'aux vacances", [/^Je réserve pour Hugo : .*jeudi.*\nC'est bien cela \?$/s]],
      ['oui', [/^✓ Réservé pour Hugo/, DONE]],
    ],
    bookings: { Hugo: { '2026-03-12': 'booked', '2026-03-13': 'none', '2026-03-19': 'booked', '2026-04-16': 'booked' } },
  },
  {
    name: '"non, plutôt les jeudis" after Tuesdays of two weeks: the Thursdays of those weeks; "et aussi les mercredis" adds Wednesdays',
    now: FRIDAY_6,
    understanding: {
      'inscrire Hugo mardi 17 et mardi 24 mars': { intent: 'reserve', dates: ['2026-03-17', '2026-03-24'], children: ['Hugo'] },
      'plutôt les jeudis': { intent: 'none', dates: [] },
      'et aussi les mercredis': { intent: 'none', dates: [], followUp: true },
    },
    turns: [
      ['inscrire Hugo mardi 17 et mardi 24 mars', ["Je réserve pour Hugo : mardi 17 mars et mardi 24 mars.\nC'est bien cela ?"]],
      ['non, plutôt les jeudis', ["Je réserve pour Hugo : jeudi 19 mars et jeudi 26 mars.\nC'est bien cela ?"]],
      ['et aussi les mercredis', ["Je réserve pour Hugo : mercredi 18 mars, jeudi 19 mars, mercredi 25 mars et jeudi 26 mars.\nC'est bien cela ?"]],
      ['oui', [/^✓ Réservé pour Hugo/, DONE]],
    ],
    bookings: { Hugo: { '2026-03-17': 'none', '2026-03-18': 'booked', '2026-03-19': 'booked', '2026-03-24': 'none', '2026-03-26': 'booked' } },
  },
  {
    name: 'another day after "non pardon": the new day is confirmed, and "oui" books it, not the first one',
    now: FRIDAY_6,
    understanding: {
      'je voudrais inscrire Hugo jeudi 19 mars': { intent: 'reserve', dates: ['2026-03-19'], children: ['Hugo'] },
      'vendredi 20 mars': { intent: 'none', dates: ['2026-03-20'] },
    },
    turns: [
      ['je voudrais inscrire Hugo jeudi 19 mars', ["Je réserve pour Hugo : jeudi 19 mars.\nC'est bien cela ?"]],
      ['non pardon, vendredi 20 mars', ["Je réserve pour Hugo : vendredi 20 mars.\nC'est bien cela ?"]],
      ['oui', ['✓ Réservé pour Hugo : vendredi 20 mars.', DONE]],
    ],
    bookings: { Hugo: { '2026-03-19': 'none', '2026-03-20': 'booked' } },
  },
  {
    name: '"non, plutôt jeudi 19 que vendredi": that one day changes, the other day stays',
    now: FRIDAY_6,
    understanding: {
      'inscrire Hugo mercredi 18 et vendredi 20 mars': { intent: 'reserve', dates: ['2026-03-18', '2026-03-20'], children: ['Hugo'] },
      'jeudi 19 que vendredi': { intent: 'ambiguous', alternatives: ['cancel', 'reserve'], dates: ['2026-03-13', '2026-03-19'], followUp: true },
      'mardi 17 à la place du mercredi': { intent: 'none', dates: ['2026-03-11', '2026-03-17'], followUp: true },
    },
    turns: [
      ['inscrire Hugo mercredi 18 et vendredi 20 mars', ["Je réserve pour Hugo : mercredi 18 mars et vendredi 20 mars.\nC'est bien cela ?"]],
      ['non, plutôt jeudi 19 que vendredi', ["Je réserve pour Hugo : mercredi 18 mars et jeudi 19 mars.\nC'est bien cela ?"]],
      ['mardi 17 à la place du mercredi', ["Je réserve pour Hugo : mardi 17 mars et jeudi 19 mars.\nC'est bien cela ?"]],
      ['oui', ['✓ Réservé pour Hugo : mardi 17 mars et jeudi 19 mars.', DONE]],
    ],
    bookings: { Hugo: { '2026-03-17': 'booked', '2026-03-18': 'none', '2026-03-19': 'booked', '2026-03-20': 'none' } },
  },
  {
    name: '"non plutôt mardi et jeudi" after the Mondays and Thursdays of two weeks: Tuesday and Thursday in each of those weeks',
    now: FRIDAY_6,
    understanding: {
      'inscrire Hugo le lundi et le jeudi les semaines du 16 et du 23 mars': { intent: 'reserve', dates: ['2026-03-16', '2026-03-19', '2026-03-23', '2026-03-26'], children: ['Hugo'] },
      'mardi et jeudi': { intent: 'none', dates: ['2026-03-10', '2026-03-12'], followUp: true },
    },
    turns: [
      ['inscrire Hugo le lundi et le jeudi les semaines du 16 et du 23 mars', ["Je réserve pour Hugo : lundi 16 mars, jeudi 19 mars, lundi 23 mars et jeudi 26 mars.\nC'est bien cela ?"]],
      ['non, plutôt mardi et jeudi', ["Je réserve pour Hugo : mardi 17 mars, jeudi 19 mars, mardi 24 mars et jeudi 26 mars.\nC'est bien cela ?"]],
      ['oui', ['✓ Réservé pour Hugo : mardi 17 mars, jeudi 19 mars, mardi 24 mars et jeudi 26 mars.', DONE]],
    ],
    bookings: { Hugo: { '2026-03-16': 'none', '2026-03-17': 'booked', '2026-03-24': 'booked', '2026-03-26': 'booked' } },
  },
  {
    name: '"non, pas lundi, mardi pour Hugo" among a cancellation for Léa and a booking for Hugo: only Hugo\'s change moves',
    now: FRIDAY_6,
    understanding: {
      'annuler Léa vendredi 20 mars et inscrire Hugo lundi 16 mars': {
        intent: 'cancel',
        dates: ['2026-03-20'],
        children: ['Léa'],
        actions: [
          { intent: 'cancel', dates: ['2026-03-20'], children: ['Léa'] },
          { intent: 'reserve', dates: ['2026-03-16'], children: ['Hugo'] },
        ],
      },
      'pas lundi, mardi pour Hugo': { intent: 'ambiguous', alternatives: ['cancel', 'reserve'], dates: ['2026-03-10'], children: ['Hugo'], edit: { removeWeekdays: [1], add: true } },
    },
    turns: [
      ['annuler Léa vendredi 20 mars et inscrire Hugo lundi 16 mars', [/Je réserve pour Hugo : lundi 16 mars\.\nRien à annuler pour Léa : vendredi 20 mars/]],
      ['non, pas lundi, mardi pour Hugo', [/^Je réserve pour Hugo : mardi 17 mars\.\nRien à annuler pour Léa : vendredi 20 mars \(pas de réservation\)\./]],
    ],
  },
  {
    name: 'another child: "ah non, plutôt Inès"',
    now: FRIDAY_6,
    understanding: {
      'je voudrais inscrire Hugo jeudi 19 mars': { intent: 'reserve', dates: ['2026-03-19'], children: ['Hugo'] },
      'Inès': { intent: 'none', children: ['Inès'] },
    },
    turns: [
      ['je voudrais inscrire Hugo jeudi 19 mars', ["Je réserve pour Hugo : jeudi 19 mars.\nC'est bien cela ?"]],
      ['ah non, plutôt Inès', ["Je réserve pour Inès : jeudi 19 mars.\nC'est bien cela ?"]],
      ['oui', ['✓ Réservé pour Inès : jeudi 19 mars.', DONE]],
    ],
    bookings: { Hugo: { '2026-03-19': 'none' }, Inès: { '2026-03-19': 'booked' } },
  },
  {
    name: '"pas le mercredi, le jeudi 19": the day taken out is replaced, the other day stays',
    now: FRIDAY_6,
    understanding: {
      'inscrire Léa mercredi 18 et vendredi 20 mars': { intent: 'reserve', dates: ['2026-03-18', '2026-03-20'], children: ['Léa'] },
      'pas le mercredi, le jeudi 19': { intent: 'ambiguous', alternatives: ['cancel', 'reserve'], dates: ['2026-03-19'], followUp: true, edit: { removeWeekdays: [3] } },
    },
    turns: [
      ['inscrire Léa mercredi 18 et vendredi 20 mars', ["Je réserve pour Léa : mercredi 18 mars et vendredi 20 mars.\nC'est bien cela ?"]],
      ['pas le mercredi, le jeudi 19', ["Je réserve pour Léa : jeudi 19 mars et vendredi 20 mars.\nC'est bien cela ?"]],
      ['oui', ['✓ Réservé pour Léa : jeudi 19 mars et vendredi 20 mars.', DONE]],
    ],
    bookings: { Léa: { '2026-03-18': 'none', '2026-03-19': 'booked', '2026-03-20': 'booked' } },
  },
  {
    name: '"non plutôt jeudi pour Inès aussi" among two bookings: Inès takes Hugo\'s Thursday instead of her Friday (« aussi » adds nothing)',
    now: FRIDAY_6,
    understanding: {
      'inscrire Hugo jeudi 19 et Inès vendredi 20 mars': {
        intent: 'reserve',
        dates: ['2026-03-19'],
        children: ['Hugo'],
        actions: [
          { intent: 'reserve', dates: ['2026-03-19'], children: ['Hugo'] },
          { intent: 'reserve', dates: ['2026-03-20'], children: ['Inès'] },
        ],
      },
      // (What the understanding makes of it once « non plutôt » is put aside: an addition, for its « aussi ».)
      'jeudi pour Inès aussi': { intent: 'reserve', dates: ['2026-03-12'], children: ['Inès'], edit: { add: true } },
    },
    turns: [
      [
        'inscrire Hugo jeudi 19 et Inès vendredi 20 mars',
        ["Je fais ces 2 changements :\n• réserver pour Hugo : jeudi 19 mars ;\n• réserver pour Inès : vendredi 20 mars.\nC'est bien cela ?"],
      ],
      ['non plutôt jeudi pour Inès aussi', ["Je fais ces 2 changements :\n• réserver pour Hugo : jeudi 19 mars ;\n• réserver pour Inès : jeudi 19 mars.\nC'est bien cela ?"]],
      ['oui', ['✓ Réservé pour Hugo et Inès : jeudi 19 mars.', DONE]],
    ],
    bookings: { Inès: { '2026-03-19': 'booked', '2026-03-20': 'none' }, Hugo: { '2026-03-19': 'booked' } },
  },
  {
    name: 'a correction without "non": "plutôt jeudi 19"',
    now: FRIDAY_6,
    understanding: {
      'inscrire Léa mercredi 18 mars': { intent: 'reserve', dates: ['2026-03-18'], children: ['Léa'] },
      'plutôt jeudi 19': { intent: 'none', dates: ['2026-03-19'] },
    },
    turns: [
      ['inscrire Léa mercredi 18 mars', ["Je réserve pour Léa : mercredi 18 mars.\nC'est bien cela ?"]],
      ['plutôt jeudi 19', ["Je réserve pour Léa : jeudi 19 mars.\nC'est bien cela ?"]],
      ['oui', ['✓ Réservé pour Léa : jeudi 19 mars.', DONE]],
    ],
    bookings: { Léa: { '2026-03-18': 'none', '2026-03-19': 'booked' } },
  },
  {
    name: '"et Hugo aussi" adds a child',
    now: FRIDAY_6,
    understanding: {
      'inscrire Inès mardi 17 mars': { intent: 'reserve', dates: ['2026-03-17'], children: ['Inès'] },
      'et Hugo aussi': { intent: 'reserve', children: ['Hugo'], edit: { add: true } },
    },
    turns: [
      ['inscrire Inès mardi 17 mars', ["Je réserve pour Inès : mardi 17 mars.\nC'est bien cela ?"]],
      ['et Hugo aussi', ["Je réserve pour Hugo et Inès : mardi 17 mars.\nC'est bien cela ?"]],
      ['oui', ['✓ Réservé pour Hugo et Inès : mardi 17 mars.', DONE]],
    ],
    bookings: { Hugo: { '2026-03-17': 'booked' }, Inès: { '2026-03-17': 'booked' } },
  },
  {
    name: '"sans Léa" takes a child out',
    now: FRIDAY_6,
    understanding: {
      'inscrire Léa et Hugo mardi 17 mars': { intent: 'reserve', dates: ['2026-03-17'], children: ['Léa', 'Hugo'] },
      'sans Léa': { intent: 'none', edit: { removeChildren: ['Léa'] } },
    },
    turns: [
      ['inscrire Léa et Hugo mardi 17 mars', ["Je réserve pour Léa et Hugo : mardi 17 mars.\nC'est bien cela ?"]],
      ['sans Léa', ["Je réserve pour Hugo : mardi 17 mars.\nC'est bien cela ?"]],
      ['oui', ['✓ Réservé pour Hugo : mardi 17 mars.', DONE]],
    ],
    bookings: { Léa: { '2026-03-17': 'none' }, Hugo: { '2026-03-17': 'booked' } },
  },
  {
    name: '"pas le 18" takes a day out',
    now: FRIDAY_6,
    understanding: {
      'inscrire Inès du 16 au 20 mars': { intent: 'reserve', dates: ['2026-03-16', '2026-03-17', '2026-03-18', '2026-03-19', '2026-03-20'], children: ['Inès'] },
      'pas le 18': { intent: 'cancel', dates: ['2026-03-18'], edit: { removeDates: ['2026-03-18'] } },
    },
    turns: [
      ['inscrire Inès du 16 au 20 mars', ["Je réserve pour Inès : du lundi 16 au vendredi 20 mars.\nC'est bien cela ?"]],
      ['pas le 18', ["Je réserve pour Inès : lundi 16 mars, mardi 17 mars, jeudi 19 mars et vendredi 20 mars.\nC'est bien cela ?"]],
      ['oui', [/^✓ Réservé pour Inès : /, DONE]],
    ],
    bookings: { Inès: { '2026-03-16': 'booked', '2026-03-18': 'none', '2026-03-20': 'booked' } },
  },
  {
    name: '"sauf le mercredi" takes a weekday out',
    now: FRIDAY_6,
    understanding: {
      'inscrire Inès du 16 au 20 mars': { intent: 'reserve', dates: ['2026-03-16', '2026-03-17', '2026-03-18', '2026-03-19', '2026-03-20'], children: ['Inès'] },
      'sauf le mercredi': { intent: 'none', edit: { removeWeekdays: [3] } },
    },
    turns: [
      ['inscrire Inès du 16 au 20 mars', ["Je réserve pour Inès : du lundi 16 au vendredi 20 mars.\nC'est bien cela ?"]],
      ['sauf le mercredi', ["Je réserve pour Inès : lundi 16 mars, mardi 17 mars, jeudi 19 mars et vendredi 20 mars.\nC'est bien cela ?"]],
    ],
  },
  {
    name: '"non" followed by a new request goes to that request',
    now: FRIDAY_6,
    understanding: {
      'inscrire Léa mardi 17 mars': { intent: 'reserve', dates: ['2026-03-17'], children: ['Léa'] },
      'annulez plutôt Léa mardi 10 mars': { intent: 'cancel', dates: ['2026-03-10'], children: ['Léa'] },
    },
    turns: [
      ['inscrire Léa mardi 17 mars', ["Je réserve pour Léa : mardi 17 mars.\nC'est bien cela ?"]],
      ['non, annulez plutôt Léa mardi 10 mars', ["D'accord, je laisse de côté la demande précédente : rien n'y a été changé.", "J'annule pour Léa : mardi 10 mars.\nC'est bien cela ?"]],
      ['oui', ['✓ Annulé pour Léa : mardi 10 mars.', DONE]],
    ],
    bookings: { Léa: { '2026-03-17': 'none', '2026-03-10': 'cancelled' } },
  },
  {
    name: 'a plain "non" changes nothing',
    now: FRIDAY_6,
    understanding: { 'réserver jeudi 12 mars pour Inès': { intent: 'reserve', dates: ['2026-03-12'], children: ['Inès'] } },
    turns: [
      ['réserver jeudi 12 mars pour Inès', ["Je réserve pour Inès : jeudi 12 mars.\nC'est bien cela ?"]],
      ['non merci', ["D'accord, je n'ai rien changé. Que puis-je faire d'autre ?"]],
    ],
    bookings: { Inès: { '2026-03-12': 'none' } },
  },
  {
    name: 'an unclear answer asks again, then offers a person; nothing is booked',
    now: FRIDAY_6,
    understanding: { 'réserver jeudi 12 mars pour Inès': { intent: 'reserve', dates: ['2026-03-12'], children: ['Inès'] } },
    turns: [
      ['réserver jeudi 12 mars pour Inès', ["Je réserve pour Inès : jeudi 12 mars.\nC'est bien cela ?"]],
      [
        'peut-être',
        [
          "Je n'ai pas compris ce qu'il faut changer : écrivez par exemple « plutôt jeudi » ou « sans Léa », « oui » pour confirmer ou « non » pour ne rien changer. Je rappelle la demande :\nJe réserve pour Inès : jeudi 12 mars.\nC'est bien cela ?",
        ],
      ],
      ['bof', [/^Je ne comprends toujours pas, désolé\. Voulez-vous parler à une personne du service \?/]],
    ],
    bookings: { Inès: { '2026-03-12': 'none' } },
  },
];

/** "annule Léa vendredi 13 mars et inscris-la jeudi 19 mars": two changes in one message, as understood and as confirmed. */
const CANCEL_13_BOOK_19 = {
  'annule Léa vendredi 13 mars et inscris-la jeudi 19 mars': {
    intent: 'cancel' as const,
    dates: ['2026-03-13'],
    children: ['Léa'],
    actions: [
      { intent: 'cancel' as const, dates: ['2026-03-13'], children: ['Léa'] },
      { intent: 'reserve' as const, dates: ['2026-03-19'], children: ['Léa'] },
    ],
  },
};
const CANCEL_13_BOOK_19_ASKED: [string, string[]] = [
  'annule Léa vendredi 13 mars et inscris-la jeudi 19 mars',
  ["Je fais ces 2 changements :\n• annuler pour Léa : vendredi 13 mars ;\n• réserver pour Léa : jeudi 19 mars.\nC'est bien cela ?"],
];

const several: Story[] = [
  {
    name: 'cancel one day and book another in one message: one confirmation, both applied, reported together',
    now: FRIDAY_6,
    understanding: {
      ...CANCEL_13_BOOK_19,
    },
    turns: [
      CANCEL_13_BOOK_19_ASKED,
      ['oui', ['✓ Réservé pour Léa : jeudi 19 mars.\n✓ Annulé pour Léa : vendredi 13 mars.', DONE]],
    ],
    bookings: { Léa: { '2026-03-13': 'cancelled', '2026-03-19': 'booked' } },
  },
  {
    name: '"non, juste annuler…" at the confirmation of two changes keeps that one only',
    now: FRIDAY_6,
    understanding: {
      ...CANCEL_13_BOOK_19,
      'juste annuler Léa': { intent: 'cancel', dates: [], children: ['Léa'] },
    },
    turns: [
      CANCEL_13_BOOK_19_ASKED,
      ['non, juste annuler Léa', ["J'annule pour Léa : vendredi 13 mars.\nC'est bien cela ?"]],
      ['oui', ['✓ Annulé pour Léa : vendredi 13 mars.', DONE]],
    ],
    bookings: { Léa: { '2026-03-13': 'cancelled', '2026-03-19': 'none' } },
  },
  {
    name: 'several children with different days are announced child by child',
    now: FRIDAY_6,
    understanding: { 'inscrire les enfants mardi 10 mars': { intent: 'reserve', dates: ['2026-03-10'], children: ['Léa', 'Hugo', 'Inès'] } },
    turns: [
      ['inscrire les enfants mardi 10 mars', ["Je réserve pour Hugo et Inès : mardi 10 mars.\nDéjà réservé pour Léa : mardi 10 mars.\nC'est bien cela ?"]],
      ['oui', ['✓ Réservé pour Hugo et Inès : mardi 10 mars.\n• Déjà réservé pour Léa : mardi 10 mars.', DONE]],
    ],
    bookings: { Hugo: { '2026-03-10': 'booked' }, Inès: { '2026-03-10': 'booked' } },
  },
];

const closedDays: Story[] = [
  {
    name: 'a public holiday is named and other days are asked for',
    now: FRIDAY_6,
    understanding: {
      'réserver Léa lundi 6 avril': { intent: 'reserve', dates: [], closedDates: ['2026-04-06'], children: ['Léa'] },
      'mardi 7 avril': { intent: 'none', dates: ['2026-04-07'] },
    },
    turns: [
      ['réserver Léa lundi 6 avril', ["Pas d'accueil lundi 6 avril : jour férié (Lundi de Pâques).\nQuels autres jours voulez-vous ? Par exemple « mardi » ou « la semaine prochaine »."]],
      ['mardi 7 avril', ["Je réserve pour Léa : mardi 7 avril.\nC'est bien cela ?"]],
      ['oui', ['✓ Réservé pour Léa : mardi 7 avril.', DONE]],
    ],
    bookings: { Léa: { '2026-04-07': 'booked' } },
  },
  {
    name: 'one day closed among two: the closed one is told in the confirmation',
    now: FRIDAY_6,
    understanding: {
      'réserver Léa jeudi 14 mai et vendredi 15 mai': { intent: 'reserve', dates: ['2026-05-15'], closedDates: ['2026-05-14'], children: ['Léa'] },
    },
    turns: [
      ['réserver Léa jeudi 14 mai et vendredi 15 mai', ["Je réserve pour Léa : vendredi 15 mai.\nPas d'accueil jeudi 14 mai : jour férié (Ascension).\nC'est bien cela ?"]],
      ['oui', ["✓ Réservé pour Léa : vendredi 15 mai.\n✗ Pas d'accueil jeudi 14 mai : jour férié (Ascension).", DONE]],
    ],
    bookings: { Léa: { '2026-05-15': 'booked' } },
  },
  {
    name: 'a Saturday',
    now: FRIDAY_6,
    understanding: { 'inscrire Hugo samedi': { intent: 'reserve', dates: [], closedDates: ['2026-03-07'], children: ['Hugo'] } },
    turns: [['inscrire Hugo samedi', ["Pas d'accueil samedi 7 mars : c'est le week-end.\nQuels autres jours voulez-vous ? Par exemple « mardi » ou « la semaine prochaine »."]]],
  },
  {
    name: 'a day closed by the service, with its reason',
    now: FRIDAY_6,
    setup: async (db) => {
      await db.prisma.bookableDay.updateMany({ where: { day: '2026-03-12' }, data: { closedReason: 'grève' } });
    },
    understanding: { 'réserver jeudi 12 mars pour Inès': { intent: 'reserve', dates: ['2026-03-12'], children: ['Inès'] } },
    turns: [['réserver jeudi 12 mars pour Inès', ["Pas d'accueil jeudi 12 mars : fermé par le service (grève).\nQuels autres jours voulez-vous ? Par exemple « mardi » ou « la semaine prochaine »."]]],
    bookings: { Inès: { '2026-03-12': 'none' } },
  },
];

const checkedFirst: Story[] = [
  {
    name: 'every day past its deadline: straight to the late request, with the parent\'s word',
    now: FRIDAY_6,
    understanding: { 'inscrire Inès lundi 9 mars': { intent: 'reserve', dates: ['2026-03-09'], children: ['Inès'] } },
    turns: [
      [
        'inscrire Inès lundi 9 mars',
        [
          "Hors délai pour Inès : lundi 9 mars (la date limite était le jeudi 5 mars 2026 à 23h59).\nJe ne peux plus changer ce jour moi-même. Voulez-vous que j'envoie une demande hors délai au service (portailfamille@joinvillelepont.fr) ? Il décidera et vous répondra.",
        ],
      ],
      ['oui', ['Voulez-vous ajouter un mot pour le service ? Par exemple la raison de votre demande. Sinon, répondez « non ».']],
      ['Je reprends le travail lundi, merci de faire une exception', [/^C'est envoyé au service \(portailfamille@joinvillelepont\.fr\) : demande n° D-2026-\d{6}\./]],
    ],
    bookings: { Inès: { '2026-03-09': 'none' } },
    after: async (chat, db) => {
      const request = await db.prisma.request.findFirstOrThrow({ where: { kind: 'late_request' } });
      expect(JSON.parse(request.payload)).toMatchObject({ action: 'reserve', days: ['2026-03-09'], parentWords: 'Je reprends le travail lundi, merci de faire une exception' });
      await chat.flushOutbox();
      expect(chat.mail.sent[0].text).toContain('Message du parent : « Je reprends le travail lundi, merci de faire une exception »');
    },
  },
  {
    name: 'a reason given in the request itself (« urgence boulot »): no word asked, the parent\'s message goes to the service',
    now: FRIDAY_6,
    understanding: {
      'je sais c trop tard mais Inès lundi 9 mars svp, urgence boulot': { intent: 'late_request', dates: ['2026-03-09'], children: ['Inès'], change: 'reserve' },
    },
    turns: [
      ['je sais c trop tard mais Inès lundi 9 mars svp, urgence boulot', [/^Hors délai pour Inès : lundi 9 mars/]],
      ['oui', [/^J'ai joint votre message, qui en donne la raison\.\nC'est envoyé au service \(portailfamille@joinvillelepont\.fr\) : demande n° D-2026-\d{6}\./]],
    ],
    bookings: { Inès: { '2026-03-09': 'none' } },
    after: async (chat, db) => {
      const request = await db.prisma.request.findFirstOrThrow({ where: { kind: 'late_request' } });
      expect(JSON.parse(request.payload)).toMatchObject({ action: 'reserve', days: ['2026-03-09'], parentWords: 'je sais c trop tard mais Inès lundi 9 mars svp, urgence boulot' });
      await chat.flushOutbox();
      expect(chat.mail.sent[0].text).toContain('urgence boulot');
    },
  },
  {
    name: '« bon tant pis, envoyez la demande » at the late request offer is a yes; « ne l’envoyez pas » is not',
    now: FRIDAY_6,
    understanding: { 'inscrire Inès lundi 9 mars': { intent: 'reserve', dates: ['2026-03-09'], children: ['Inès'] } },
    turns: [
      ['inscrire Inès lundi 9 mars', [/^Hors délai pour Inès/]],
      ["ne l'envoyez pas la demande", ['Répondez « oui » pour envoyer la demande au service, ou « non ».']],
      ["ah mince c'est trop tard ? bon tant pis envoyez la demande", [/^Voulez-vous ajouter un mot pour le service \?/]],
      ['non', [/^C'est envoyé au service/]],
    ],
    after: async (_chat, db) => {
      expect(await db.prisma.request.count({ where: { kind: 'late_request' } })).toBe(1);
    },
  },
  {
    name: '"ok merci" at the late request offer sends nothing: the question is asked again',
    now: FRIDAY_6,
    understanding: { 'inscrire Inès lundi 9 mars': { intent: 'reserve', dates: ['2026-03-09'], children: ['Inès'] } },
    turns: [
      ['inscrire Inès lundi 9 mars', [/^Hors délai pour Inès/]],
      ['ok merci', ['Répondez « oui » pour envoyer la demande au service, ou « non ».']],
      ['non', ["D'accord, je n'envoie rien. Autre chose ? Écrivez votre demande ou « menu »."]],
    ],
    bookings: { Inès: { '2026-03-09': 'none' } },
    after: async (_chat, db) => {
      expect(await db.prisma.request.count({ where: { kind: 'late_request' } })).toBe(0);
    },
  },
  {
    name: '"non, plutôt mardi 17" at the late request offer: that day instead',
    now: FRIDAY_6,
    understanding: {
      'inscrire Inès lundi 9 mars': { intent: 'reserve', dates: ['2026-03-09'], children: ['Inès'] },
      'mardi 17': { intent: 'none', dates: ['2026-03-17'] },
    },
    turns: [
      ['inscrire Inès lundi 9 mars', [/^Hors délai pour Inès/]],
      ['non, plutôt mardi 17', ["Je réserve pour Inès : mardi 17 mars.\nC'est bien cela ?"]],
    ],
  },
  {
    name: '"non, sans Hugo" at the late request offer: the offer again, for Inès alone (not a cancellation for Hugo)',
    now: FRIDAY_6,
    understanding: {
      'inscrire Hugo et Inès lundi 9 mars': { intent: 'reserve', dates: ['2026-03-09'], children: ['Hugo', 'Inès'] },
      'sans Hugo': { intent: 'reserve', dates: [], children: [], edit: { removeChildren: ['Hugo'] } },
    },
    turns: [
      ['inscrire Hugo et Inès lundi 9 mars', [/^Hors délai pour Hugo et Inès : lundi 9 mars/]],
      ['non, sans Hugo', [/^Hors délai pour Inès : lundi 9 mars/]],
      ['oui', [/^Voulez-vous ajouter un mot pour le service/]],
      ['non', [/^C'est envoyé au service/]],
    ],
  },
  {
    name: 'a new request typed instead of a word: the late request goes without one, then the new request is handled',
    now: FRIDAY_6,
    understanding: {
      'inscrire Inès lundi 9 mars': { intent: 'reserve', dates: ['2026-03-09'], children: ['Inès'] },
      'et Hugo mardi 17 mars ?': { intent: 'reserve', dates: ['2026-03-17'], children: ['Hugo'], followUp: true },
      'je travaille tard lundi, merci pour Inès': { intent: 'reserve', dates: ['2026-03-09'], children: ['Inès'] },
    },
    turns: [
      ['inscrire Inès lundi 9 mars', [/^Hors délai pour Inès/]],
      ['oui', [/^Voulez-vous ajouter un mot pour le service/]],
      ['et Hugo mardi 17 mars ?', [/^C'est envoyé au service/, "Je réserve pour Hugo : mardi 17 mars.\nC'est bien cela ?"]],
    ],
    after: async (_chat, db) => {
      const request = await db.prisma.request.findFirstOrThrow({ where: { kind: 'late_request' } });
      expect(JSON.parse(request.payload)).toMatchObject({ days: ['2026-03-09'], parentWords: '' });
    },
  },
  {
    name: 'a courtesy instead of a word (« c bon merci bne soirée »): the late request goes without a word, then the courtesy is answered',
    now: FRIDAY_6,
    understanding: {
      'inscrire Inès lundi 9 mars': { intent: 'reserve', dates: ['2026-03-09'], children: ['Inès'] },
      'c bon merci bne soirée': { intent: 'smalltalk', courtesy: 'good_evening' },
    },
    turns: [
      ['inscrire Inès lundi 9 mars', [/^Hors délai pour Inès/]],
      ['oui', [/^Voulez-vous ajouter un mot pour le service/]],
      ['c bon merci bne soirée', [/^C'est envoyé au service/, /^Au revoir et bonne soirée/]],
    ],
    after: async (_chat, db) => {
      const request = await db.prisma.request.findFirstOrThrow({ where: { kind: 'late_request' } });
      expect(JSON.parse(request.payload)).toMatchObject({ days: ['2026-03-09'], parentWords: '' });
    },
  },
  {
    name: 'a correction of the request instead of a word: « sans Léa en fait » offers it again without Léa; « finalement enlève Inès » sends nothing as it stood and asks to say it again; a reason with the same change is a word',
    now: FRIDAY_6,
    understanding: {
      'inscrire Inès et Léa lundi 9 mars': { intent: 'reserve', dates: ['2026-03-09'], children: ['Léa', 'Inès'] },
      'sans Léa en fait': { intent: 'none', edit: { removeChildren: ['Léa'] } },
      'finalement enlève Inès': { intent: 'cancel', children: ['Inès'] },
      "en fait je finis tard ce jour-là, merci d'accepter Inès": { intent: 'reserve', children: ['Inès'] },
    },
    turns: [
      ['inscrire Inès et Léa lundi 9 mars', [/^Hors délai pour Léa et Inès/]],
      ['oui', [/^Voulez-vous ajouter un mot pour le service/]],
      ['sans Léa en fait', [/^Hors délai pour Inès : lundi 9 mars/]],
      ['non', ["D'accord, je n'envoie rien. Autre chose ? Écrivez votre demande ou « menu »."]],
      ['inscrire Inès et Léa lundi 9 mars', [/^Hors délai pour Léa et Inès/]],
      ['oui', [/^Voulez-vous ajouter un mot pour le service/]],
      ['finalement enlève Inès', [/^Vous changez la demande/]],
      // The same change, said again with a reason: a word for the service.
      ['inscrire Inès et Léa lundi 9 mars', [/^Hors délai pour Léa et Inès/]],
      ['oui', [/^Voulez-vous ajouter un mot pour le service/]],
      ["en fait je finis tard ce jour-là, merci d'accepter Inès", [/^C'est envoyé au service/]],
    ],
    after: async (_chat, db) => {
      const requests = await db.prisma.request.findMany({ where: { kind: 'late_request' } });
      expect(requests.map((r) => JSON.parse(r.payload).parentWords)).toContain("en fait je finis tard ce jour-là, merci d'accepter Inès");
      expect(requests.every((r) => JSON.parse(r.payload).parentWords !== 'sans Léa en fait')).toBe(true);
    },
  },
  {
    name: '"et Hugo aussi" instead of a word: the request goes for Inès, then the same days are offered for Hugo',
    now: FRIDAY_6,
    understanding: {
      'inscrire Inès lundi 9 mars': { intent: 'reserve', dates: ['2026-03-09'], children: ['Inès'] },
      'et Hugo aussi': { intent: 'none', children: ['Hugo'], followUp: true },
    },
    turns: [
      ['inscrire Inès lundi 9 mars', [/^Hors délai pour Inès/]],
      ['oui', [/^Voulez-vous ajouter un mot pour le service/]],
      ['et Hugo aussi', [/^C'est envoyé au service/, /^Hors délai pour Hugo : lundi 9 mars/]],
      ['oui', [/^Voulez-vous ajouter un mot pour le service/]],
      ['non', [/^C'est envoyé au service/]],
    ],
    after: async (_chat, db) => {
      const requests = await db.prisma.request.findMany({ where: { kind: 'late_request' }, orderBy: { id: 'asc' } });
      expect(requests.map((r) => JSON.parse(r.payload))).toMatchObject([
        { days: ['2026-03-09'], parentWords: '' },
        { days: ['2026-03-09'], parentWords: '' },
      ]);
      // One for each child: Inès first, then Hugo.
      expect(new Set(requests.map((r) => r.childId)).size).toBe(2);
    },
  },
  {
    name: 'a question typed instead of a word: the late request goes without one, then the question is answered',
    now: FRIDAY_6,
    understanding: {
      'inscrire Inès lundi 9 mars': { intent: 'reserve', dates: ['2026-03-09'], children: ['Inès'] },
      "qu'est-ce qui est prévu lundi ?": { intent: 'check', dates: ['2026-03-09'] },
    },
    turns: [
      ['inscrire Inès lundi 9 mars', [/^Hors délai pour Inès/]],
      ['oui', [/^Voulez-vous ajouter un mot pour le service/]],
      ["qu'est-ce qui est prévu lundi ?", [/^C'est envoyé au service/, /lundi 9 mars/]],
    ],
    after: async (_chat, db) => {
      const request = await db.prisma.request.findFirstOrThrow({ where: { kind: 'late_request' } });
      expect(JSON.parse(request.payload)).toMatchObject({ days: ['2026-03-09'], parentWords: '' });
    },
  },
  {
    name: 'a question on the service typed instead of a word is answered too: « c\'est combien le mercredi ? »',
    now: FRIDAY_6,
    understanding: {
      'inscrire Inès lundi 9 mars': { intent: 'reserve', dates: ['2026-03-09'], children: ['Inès'] },
      "c'est combien le mercredi ?": { intent: 'faq', topic: 'tariffs' },
    },
    turns: [
      ['inscrire Inès lundi 9 mars', [/^Hors délai pour Inès/]],
      ['oui', [/^Voulez-vous ajouter un mot pour le service/]],
      ["c'est combien le mercredi ?", [/^C'est envoyé au service/, /mercredi/]],
    ],
    after: async (_chat, db) => {
      const request = await db.prisma.request.findFirstOrThrow({ where: { kind: 'late_request' } });
      expect(JSON.parse(request.payload)).toMatchObject({ parentWords: '' });
    },
  },
  {
    name: 'a word that names the same child and day is a word, however it reads',
    now: FRIDAY_6,
    understanding: {
      'inscrire Inès lundi 9 mars': { intent: 'reserve', dates: ['2026-03-09'], children: ['Inès'] },
      'je travaille tard lundi, merci pour Inès': { intent: 'reserve', dates: ['2026-03-09'], children: ['Inès'] },
    },
    turns: [
      ['inscrire Inès lundi 9 mars', [/^Hors délai pour Inès/]],
      ['oui', [/^Voulez-vous ajouter un mot pour le service/]],
      ['je travaille tard lundi, merci pour Inès', [/^C'est envoyé au service/]],
    ],
    after: async (_chat, db) => {
      const request = await db.prisma.request.findFirstOrThrow({ where: { kind: 'late_request' } });
      expect(JSON.parse(request.payload)).toMatchObject({ parentWords: 'je travaille tard lundi, merci pour Inès' });
    },
  },
  {
    name: 'the word is optional: "non" sends the request without one',
    now: FRIDAY_6,
    understanding: { 'inscrire Inès lundi 9 mars': { intent: 'reserve', dates: ['2026-03-09'], children: ['Inès'] } },
    turns: [
      ['inscrire Inès lundi 9 mars', [/^Hors délai pour Inès/]],
      ['oui', [/^Voulez-vous ajouter un mot pour le service/]],
      ['Non, envoyer sans mot', [/^C'est envoyé au service/]],
    ],
    after: async (chat, db) => {
      const request = await db.prisma.request.findFirstOrThrow({ where: { kind: 'late_request' } });
      expect(JSON.parse(request.payload)).toMatchObject({ parentWords: '' });
      await chat.flushOutbox();
      expect(chat.mail.sent[0].text).toContain('Message du parent : (aucun)');
    },
  },
  {
    name: 'a day already booked and past its deadline is "déjà réservé", with no late request',
    now: WEDNESDAY_11,
    understanding: { 'réserver Léa vendredi 13 mars': { intent: 'reserve', dates: ['2026-03-13'], children: ['Léa'] } },
    turns: [['réserver Léa vendredi 13 mars', [`Déjà réservé pour Léa : vendredi 13 mars.\n${NOTHING_TO_CHANGE}`]]],
    bookings: { Léa: { '2026-03-13': 'booked' } },
  },
  {
    name: 'no late cancellation is offered for a day that was never booked',
    now: WEDNESDAY_11,
    understanding: { 'annuler Inès vendredi 13 mars': { intent: 'cancel', dates: ['2026-03-13'], children: ['Inès'] } },
    turns: [['annuler Inès vendredi 13 mars', [`Rien à annuler pour Inès : vendredi 13 mars (pas de réservation).\n${NOTHING_TO_CHANGE}`]]],
  },
  {
    name: 'some days open, some past their deadline: the confirmation tells both, the late request is offered after',
    now: WEDNESDAY_11,
    understanding: { 'inscrire Hugo jeudi 12 et mardi 17 mars': { intent: 'reserve', dates: ['2026-03-12', '2026-03-17'], children: ['Hugo'] } },
    turns: [
      [
        'inscrire Hugo jeudi 12 et mardi 17 mars',
        ["Je réserve pour Hugo : mardi 17 mars.\nHors délai pour Hugo : jeudi 12 mars (la date limite était le lundi 9 mars 2026 à 23h59).\nC'est bien cela ?"],
      ],
      [
        'oui',
        [
          '✓ Réservé pour Hugo : mardi 17 mars.\n✗ Hors délai pour Hugo : jeudi 12 mars (la date limite était le lundi 9 mars 2026 à 23h59).',
          "Pour jeudi 12 mars, la date limite est passée. Voulez-vous que j'envoie une demande hors délai au service (portailfamille@joinvillelepont.fr) ? Il décidera et vous répondra.",
        ],
      ],
      ['non', ["D'accord, je n'envoie rien. Autre chose ? Écrivez votre demande ou « menu »."]],
    ],
    bookings: { Hugo: { '2026-03-12': 'none', '2026-03-17': 'booked' } },
  },
  {
    name: 'cancelling a recurrence: the days with nothing to cancel are counted, the detail on demand',
    now: FRIDAY_6,
    understanding: {
      "Hugo ne vient plus le mercredi jusqu'aux vacances": { intent: 'cancel', dates: ['2026-03-11', '2026-03-18', '2026-03-25', '2026-04-01'], children: ['Hugo'] },
    },
    turns: [
      [
        "Hugo ne vient plus le mercredi jusqu'aux vacances",
        ["J'annule pour Hugo : mercredi 11 mars.\nRien à annuler pour Hugo sur 3 jours demandés (pas de réservation).\nC'est bien cela ?"],
      ],
      ['oui', ["✓ Annulé pour Hugo : mercredi 11 mars.\n• Rien à annuler pour Hugo sur 3 jours demandés (pas de réservation).\nPour la liste jour par jour, écrivez « détail ».", DONE]],
      ['détail', [/^Jour par jour :\n• Hugo, mercredi 11 mars : annulé\n• Hugo, mercredi 18 mars : rien à annuler\n/]],
    ],
    bookings: { Hugo: { '2026-03-11': 'cancelled' } },
  },
  {
    name: 'a full day: straight to the waiting list offer',
    now: FRIDAY_6,
    setup: async (db) => {
      await db.prisma.bookableDay.updateMany({ where: { day: '2026-03-12' }, data: { capacity: 0 } });
    },
    understanding: { 'réserver jeudi 12 mars pour Inès': { intent: 'reserve', dates: ['2026-03-12'], children: ['Inès'] } },
    turns: [
      ['réserver jeudi 12 mars pour Inès', ["Complet pour Inès : jeudi 12 mars. Voulez-vous une place sur la liste d'attente ? Nous vous préviendrons par e-mail si une place se libère."]],
      ['oui', ["✓ Sur liste d'attente pour Inès : jeudi 12 mars. Nous vous préviendrons par e-mail si une place se libère.", DONE]],
    ],
    bookings: { Inès: { '2026-03-12': 'waiting' } },
  },
  {
    name: 'a half day asked ("juste le matin"): the whole day is booked, and the parent is told so before confirming',
    now: FRIDAY_6,
    understanding: { 'Hugo au centre mercredi 18 mars juste le matin svp': { intent: 'reserve', dates: ['2026-03-18'], children: ['Hugo'] } },
    turns: [
      [
        'Hugo au centre mercredi 18 mars juste le matin svp',
        ["Je réserve pour Hugo : mercredi 18 mars.\nJe ne peux réserver que la journée entière : pour une demi-journée, prévenez le service (portailfamille@joinvillelepont.fr).\nC'est bien cela ?"],
      ],
    ],
  },
];

const names: Story[] = [
  {
    name: 'another family\'s names beside one\'s own child are said, not dropped silently',
    as: KARIM,
    now: FRIDAY_6,
    understanding: { 'réserver Léa, Hugo et Nathan mercredi 18 mars': { intent: 'reserve', dates: ['2026-03-18'], children: ['Nathan'] } },
    turns: [
      [
        'réserver Léa, Hugo et Nathan mercredi 18 mars',
        ["Je réserve pour Nathan : mercredi 18 mars.\nJe ne trouve pas Léa et Hugo parmi vos enfants (Nathan) : rien ne change pour ces prénoms.\nC'est bien cela ?"],
      ],
      ['oui', ['✓ Réservé pour Nathan : mercredi 18 mars.', DONE]],
    ],
    bookings: { Nathan: { '2026-03-18': 'booked' } },
  },
  {
    name: 'only another family\'s child: asked which of one\'s own',
    as: KARIM,
    now: FRIDAY_6,
    understanding: { 'réserver pour Léa mercredi 18 mars': { intent: 'reserve', dates: ['2026-03-18'] } },
    turns: [['réserver pour Léa mercredi 18 mars', ['Je ne trouve pas Léa parmi vos enfants (Nathan). Pour quel enfant ?']]],
  },
  {
    name: '"non plutôt mercredi pour Hugo" asked which child of Tuesday 17 and Thursday 19: the Wednesday of that week, for Hugo',
    now: FRIDAY_6,
    understanding: {
      'la garderie pour les deux grands mardi 17 et jeudi 19 mars': { intent: 'reserve', dates: ['2026-03-17', '2026-03-19'] },
      'non plutôt mercredi pour Hugo': { intent: 'none', dates: ['2026-03-11'], children: ['Hugo'] },
    },
    turns: [
      ['la garderie pour les deux grands mardi 17 et jeudi 19 mars', [/Pour quel enfant \?/]],
      ['non plutôt mercredi pour Hugo', ["Je réserve pour Hugo : mercredi 18 mars.\nC'est bien cela ?"]],
      ['oui', ['✓ Réservé pour Hugo : mercredi 18 mars.', DONE]],
    ],
    bookings: { Hugo: { '2026-03-17': 'none', '2026-03-18': 'booked' } },
  },
];

const ambiguous: Story[] = [
  {
    name: 'reserve or cancel? asked with buttons, then done as chosen',
    now: FRIDAY_6,
    understanding: {
      'Léa vendredi 20 mars svp': { intent: 'ambiguous', alternatives: ['reserve', 'cancel'], dates: ['2026-03-20'], children: ['Léa'], confidence: 0.4 },
    },
    turns: [
      ['Léa vendredi 20 mars svp', ['Vous voulez réserver ou annuler ?']],
      ['Réserver', ["Je réserve pour Léa : vendredi 20 mars.\nC'est bien cela ?"]],
      ['oui', ['✓ Réservé pour Léa : vendredi 20 mars.', DONE]],
    ],
    bookings: { Léa: { '2026-03-20': 'booked' } },
  },
  {
    name: '"annuler" answers the question (it does not stop everything)',
    now: FRIDAY_6,
    understanding: {
      'Léa vendredi 13 mars svp': { intent: 'ambiguous', alternatives: ['reserve', 'cancel'], dates: ['2026-03-13'], children: ['Léa'], confidence: 0.4 },
    },
    turns: [
      ['Léa vendredi 13 mars svp', ['Vous voulez réserver ou annuler ?']],
      ['annuler', ["J'annule pour Léa : vendredi 13 mars.\nC'est bien cela ?"]],
      ['oui', ['✓ Annulé pour Léa : vendredi 13 mars.', DONE]],
    ],
    bookings: { Léa: { '2026-03-13': 'cancelled' } },
  },
];

describe.each([
  ['corrections at the confirmation', corrections],
  ['several changes in one message', several],
  ['closed days', closedDays],
  ['checked before confirming', checkedFirst],
  ['names', names],
  ['ambiguous messages', ambiguous],
])('%s', (_group, stories) => {
  test.each(stories.map((story) => [story.name, story] as const))('%s', async (_name, story) => {
    await play(db, story);
  });
});
