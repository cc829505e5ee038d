/**
 * Checking, deadlines, the service's answers and follow-ups ("et pour Hugo ?", "et
 * mercredi ?", "même chose pour Inès"), in French, on a real SQLite file.
 */
import { play } from './support/stories';
import type { Story } from './support/stories';
import { createTestDatabase } from './support/testDatabase';
import type { TestDatabase } from './support/testDatabase';

/** Friday 6 March 2026, 10:00 in Paris (school period; the rest of March is open). */
const FRIDAY_6 = '2026-03-06T09:00:00Z';
const NEXT_WEEK = ['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13'];
const NOT_UNDERSTOOD = "Je n'ai pas compris. Vous pouvez écrire par exemple « réserver mercredi pour Léa », « annuler vendredi » ou « aide ».";

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await db.drop();
});

const checks: Story[] = [
  {
    name: 'the bookings of the family for the days asked, child by child',
    now: FRIDAY_6,
    understanding: { "qu'est-ce que j'ai réservé la semaine prochaine ?": { intent: 'check', dates: NEXT_WEEK } },
    turns: [
      [
        "qu'est-ce que j'ai réservé la semaine prochaine ?",
        [
          'Réservations de Léa, Hugo et Inès du lundi 9 au vendredi 13 mars :\n• Léa : mardi 10 mars et vendredi 13 mars\n• Hugo : mercredi 11 mars\n• Inès : aucune\n\nPour changer un jour, écrivez « réserver … » ou « annuler … ».',
        ],
      ],
    ],
  },
  {
    name: 'one child, one day: yes or no; then "et pour Hugo ?" and "et mercredi ?" complete the question',
    now: FRIDAY_6,
    understanding: {
      'est-ce que Léa est inscrite mardi 10 mars ?': { intent: 'check', dates: ['2026-03-10'], children: ['Léa'] },
      'et pour Hugo ?': { intent: 'none', children: ['Hugo'] },
      'et mercredi ?': { intent: 'none', dates: ['2026-03-11'] },
    },
    turns: [
      ['est-ce que Léa est inscrite mardi 10 mars ?', ['Oui : Léa a une place le mardi 10 mars.']],
      ['et pour Hugo ?', ["Non : Hugo n'a pas de réservation le mardi 10 mars. Pour en faire une, écrivez « réserver mardi 10 mars pour Hugo »."]],
      ['et mercredi ?', ['Oui : Hugo a une place le mercredi 11 mars.']],
    ],
  },
  {
    name: 'a day without a place past its deadline: the answer says a booking now goes to the service as a late request; a day gone is only told',
    now: FRIDAY_6,
    understanding: {
      'Inès a bien sa place lundi 9 mars ?': { intent: 'check', dates: ['2026-03-09'], children: ['Inès'] },
      'et Inès, elle était inscrite jeudi 5 ?': { intent: 'check', dates: ['2026-03-05'], children: ['Inès'] },
    },
    turns: [
      [
        'Inès a bien sa place lundi 9 mars ?',
        [
          "Non : Inès n'a pas de réservation le lundi 9 mars, et le délai pour réserver ce jour est passé. Si vous en avez besoin, écrivez « réserver lundi 9 mars pour Inès » : je vous proposerai d'envoyer une demande hors délai au service.",
        ],
      ],
      ['et Inès, elle était inscrite jeudi 5 ?', ["Non : Inès n'avait pas de réservation le jeudi 5 mars."]],
    ],
  },
  {
    name: 'elision: "Réservations d\'Inès"',
    now: FRIDAY_6,
    understanding: { "qu'a réservé Inès cette semaine et la suivante ?": { intent: 'check', dates: [...NEXT_WEEK, '2026-03-16'], children: ['Inès'] } },
    turns: [["qu'a réservé Inès cette semaine et la suivante ?", ['Aucune réservation pour Inès du lundi 9 au lundi 16 mars. Pour réserver, écrivez par exemple « réserver mercredi ».']]],
  },
  {
    name: 'weekly days asked are told as those days, not as the span around them',
    now: FRIDAY_6,
    understanding: { 'Hugo est inscrit les 2 prochains mercredis ?': { intent: 'check', dates: ['2026-03-11', '2026-03-18'], children: ['Hugo'] } },
    turns: [
      [
        'Hugo est inscrit les 2 prochains mercredis ?',
        ['Réservations d\'Hugo aux jours demandés (mercredi 11 mars et mercredi 18 mars) :\n• Hugo : mercredi 11 mars\n\nPour changer un jour, écrivez « réserver … » ou « annuler … ».'],
      ],
    ],
  },
  {
    name: 'a closed day asked about is said closed',
    now: FRIDAY_6,
    understanding: { 'Léa est inscrite samedi ?': { intent: 'check', closedDates: ['2026-03-07'], children: ['Léa'] } },
    turns: [['Léa est inscrite samedi ?', ["Pas d'accueil samedi 7 mars : c'est le week-end."]]],
  },
];

const followUps: Story[] = [
  {
    name: '"ok et vous pouvez la rajouter le 25 aussi" after a look at Inès\'s Wednesday: Inès, on the 25th',
    now: FRIDAY_6,
    understanding: {
      'est-ce que Inès a sa place mercredi 18 mars ?': { intent: 'check', dates: ['2026-03-18'], children: ['Inès'] },
      'ok et vous pouvez la rajouter le 25 aussi': { intent: 'reserve', dates: ['2026-03-25'], edit: { add: true } },
    },
    turns: [
      ['est-ce que Inès a sa place mercredi 18 mars ?', [/^Non : Inès n'a pas de réservation le mercredi 18 mars\./]],
      ['ok et vous pouvez la rajouter le 25 aussi', ["Je réserve pour Inès : mercredi 25 mars.\nC'est bien cela ?"]],
    ],
  },
  {
    name: '"ok alors mets les deux" after a look at Léa\'s Wednesday, then "et Hugo ?" (three children): Léa and Hugo, on that Wednesday',
    now: FRIDAY_6,
    understanding: {
      'Léa est inscrite mercredi 18 mars ?': { intent: 'check', dates: ['2026-03-18'], children: ['Léa'] },
      'et Hugo ?': { intent: 'none', children: ['Hugo'] },
      'ok alors mets les deux': { intent: 'reserve' },
    },
    turns: [
      ['Léa est inscrite mercredi 18 mars ?', [/^Non : Léa n'a pas de réservation le mercredi 18 mars\./]],
      ['et Hugo ?', [/^Non : Hugo n'a pas de réservation le mercredi 18 mars\./]],
      ['ok alors mets les deux', ["Je réserve pour Léa et Hugo : mercredi 18 mars.\nC'est bien cela ?"]],
      ['oui', ['✓ Réservé pour Léa et Hugo : mercredi 18 mars.', /^Autre chose \?/]],
    ],
    bookings: { Léa: { '2026-03-18': 'booked' }, Hugo: { '2026-03-18': 'booked' }, Inès: { '2026-03-18': 'none' } },
  },
  {
    name: '"et pour Inès ?" after a booking books the same days for Inès, after a confirmation',
    now: FRIDAY_6,
    understanding: {
      'inscrire Hugo mardi 17 et jeudi 19 mars': { intent: 'reserve', dates: ['2026-03-17', '2026-03-19'], children: ['Hugo'] },
      'et pour Inès ?': { intent: 'none', children: ['Inès'] },
    },
    turns: [
      ['inscrire Hugo mardi 17 et jeudi 19 mars', ["Je réserve pour Hugo : mardi 17 mars et jeudi 19 mars.\nC'est bien cela ?"]],
      ['oui', ['✓ Réservé pour Hugo : mardi 17 mars et jeudi 19 mars.', /^Autre chose \?/]],
      ['et pour Inès ?', ["Je réserve pour Inès : mardi 17 mars et jeudi 19 mars.\nC'est bien cela ?"]],
      ['oui', ['✓ Réservé pour Inès : mardi 17 mars et jeudi 19 mars.', /^Autre chose \?/]],
    ],
    bookings: { Hugo: { '2026-03-17': 'booked', '2026-03-19': 'booked' }, Inès: { '2026-03-17': 'booked', '2026-03-19': 'booked' } },
  },
  {
    name: '"même chose pour Léa" (marked a follow-up by the understanding)',
    now: FRIDAY_6,
    understanding: {
      'annuler Hugo mercredi 11 mars': { intent: 'cancel', dates: ['2026-03-11'], children: ['Hugo'] },
      'même chose pour Léa': { intent: 'reserve', children: ['Léa'], followUp: true },
    },
    turns: [
      ['annuler Hugo mercredi 11 mars', ["J'annule pour Hugo : mercredi 11 mars.\nC'est bien cela ?"]],
      ['oui', ['✓ Annulé pour Hugo : mercredi 11 mars.', /^Autre chose \?/]],
      ['même chose pour Léa', [`Rien à annuler pour Léa : mercredi 11 mars (pas de réservation).\nIl n'y a rien à changer. Autre chose ?`]],
    ],
  },
  {
    name: '"et jeudi ?" after a deadline question',
    now: FRIDAY_6,
    understanding: {
      "jusqu'à quand pour lundi 16 mars ?": { intent: 'deadline', dates: ['2026-03-16'] },
      'et jeudi 19 ?': { intent: 'none', dates: ['2026-03-19'] },
    },
    turns: [
      ["jusqu'à quand pour lundi 16 mars ?", [/^Dates limites pour réserver, modifier ou annuler :\n• lundi 16 mars, accueil du soir : jusqu'au jeudi 12 mars à 23h59.*\n\nPour réserver ou annuler, écrivez par exemple « réserver lundi 16 mars » ou « annuler lundi 16 mars »\.$/]],
      ['et jeudi 19 ?', [/^Dates limites pour réserver, modifier ou annuler :\n• jeudi 19 mars, accueil du soir : jusqu'au lundi 16 mars à 23h59/]],
    ],
  },
  {
    name: '« jusqu’à quand je peux l’annuler, au cas où ? » just after a booking: the deadline of that day',
    now: FRIDAY_6,
    understanding: {
      'réserver Léa jeudi 19 mars': { intent: 'reserve', dates: ['2026-03-19'], children: ['Léa'] },
      "merci. jusqu'à quand je peux l'annuler au cas où ?": { intent: 'deadline' },
    },
    turns: [
      ['réserver Léa jeudi 19 mars', [/^Je réserve pour Léa : jeudi 19 mars\./]],
      ['oui', [/^✓ Réservé pour Léa : jeudi 19 mars\./, /^Autre chose/]],
      ["merci. jusqu'à quand je peux l'annuler au cas où ?", [/^Dates limites pour réserver, modifier ou annuler :\n• jeudi 19 mars, accueil du soir : jusqu'au lundi 16 mars à 23h59/]],
    ],
  },
  {
    name: '« en fait Inès sera chez sa grand-mère, vous pouvez l’enlever ? » just after Hugo’s and Inès’s booking: Inès, on those days',
    now: FRIDAY_6,
    understanding: {
      'Hugo et Inès au centre mercredi 18 mars': { intent: 'reserve', dates: ['2026-03-18'], children: ['Hugo', 'Inès'] },
      "en fait Inès sera chez sa grand-mère, vous pouvez l'enlever ?": { intent: 'cancel', children: ['Inès'] },
    },
    turns: [
      ['Hugo et Inès au centre mercredi 18 mars', [/^Je réserve pour Hugo et Inès : mercredi 18 mars\./]],
      ['oui', [/^✓ Réservé pour Hugo et Inès : mercredi 18 mars\./, /^Autre chose/]],
      ["en fait Inès sera chez sa grand-mère, vous pouvez l'enlever ?", ["J'annule pour Inès : mercredi 18 mars.\nC'est bien cela ?"]],
      ['oui', [/^✓ Annulé pour Inès : mercredi 18 mars\./, /^Autre chose/]],
    ],
    bookings: { Hugo: { '2026-03-18': 'booked' }, Inès: { '2026-03-18': 'cancelled' } },
  },
  {
    name: 'a change and a deadline asked in one message: the change is made (confirmed first), then the deadline is told',
    now: FRIDAY_6,
    understanding: {
      "pouvez-vous inscrire Hugo mercredi 18 mars ? Et jusqu'à quand je peux annuler pour jeudi 19 ?": { intent: 'deadline', dates: ['2026-03-18', '2026-03-19'], children: ['Hugo'] },
      'pouvez-vous inscrire Hugo mercredi 18 mars ?': { intent: 'reserve', dates: ['2026-03-18'], children: ['Hugo'] },
      "Et jusqu'à quand je peux annuler pour jeudi 19 ?": { intent: 'deadline', dates: ['2026-03-19'] },
    },
    turns: [
      ["pouvez-vous inscrire Hugo mercredi 18 mars ? Et jusqu'à quand je peux annuler pour jeudi 19 ?", ["Je réserve pour Hugo : mercredi 18 mars.\nC'est bien cela ?"]],
      ['oui', [/^✓ Réservé pour Hugo : mercredi 18 mars\.$/, /^Dates limites pour réserver, modifier ou annuler :\n• jeudi 19 mars, accueil du soir : jusqu'au lundi 16 mars à 23h59/]],
    ],
    bookings: { Hugo: { '2026-03-18': 'booked' } },
  },
  {
    name: '"finalement plus besoin du jeudi" just after a booking: that child and that Thursday; "la semaine d\'après, le mardi": that Tuesday',
    now: FRIDAY_6,
    understanding: {
      'réserver Hugo mardi 17 et jeudi 19 mars': { intent: 'reserve', dates: ['2026-03-17', '2026-03-19'], children: ['Hugo'] },
      'finalement plus besoin du jeudi': { intent: 'cancel', dates: ['2026-03-12'] },
      "et la semaine d'après, le mardi aussi": { intent: 'none', dates: ['2026-03-10'], followUp: true },
    },
    turns: [
      ['réserver Hugo mardi 17 et jeudi 19 mars', ["Je réserve pour Hugo : mardi 17 mars et jeudi 19 mars.\nC'est bien cela ?"]],
      ['oui', ['✓ Réservé pour Hugo : mardi 17 mars et jeudi 19 mars.', /^Autre chose/]],
      ['finalement plus besoin du jeudi', ["J'annule pour Hugo : jeudi 19 mars.\nC'est bien cela ?"]],
      ['oui', ['✓ Annulé pour Hugo : jeudi 19 mars.', /^Autre chose/]],
      ["et la semaine d'après, le mardi aussi", [/^Rien à annuler pour Hugo : mardi 24 mars \(pas de réservation\)\./]],
    ],
  },
  {
    name: '"en fait Hugo sera chez sa tante vendredi" just after his Thursday and Friday: that Friday, not the coming one; another child\'s Friday stays the coming one',
    now: FRIDAY_6,
    understanding: {
      'réserver Hugo jeudi 19 et vendredi 20 mars': { intent: 'reserve', dates: ['2026-03-19', '2026-03-20'], children: ['Hugo'] },
      "en fait Hugo sera chez sa tante vendredi, vous l'enlevez ?": { intent: 'cancel', dates: ['2026-03-13'], children: ['Hugo'] },
      'et Inès pas vendredi': { intent: 'cancel', dates: ['2026-03-13'], children: ['Inès'] },
    },
    turns: [
      ['réserver Hugo jeudi 19 et vendredi 20 mars', ["Je réserve pour Hugo : jeudi 19 mars et vendredi 20 mars.\nC'est bien cela ?"]],
      ['oui', ['✓ Réservé pour Hugo : jeudi 19 mars et vendredi 20 mars.', /^Autre chose/]],
      ["en fait Hugo sera chez sa tante vendredi, vous l'enlevez ?", ["J'annule pour Hugo : vendredi 20 mars.\nC'est bien cela ?"]],
      ['oui', ['✓ Annulé pour Hugo : vendredi 20 mars.', /^Autre chose/]],
      ['et Inès pas vendredi', [/^Rien à annuler pour Inès : vendredi 13 mars \(pas de réservation\)\./]],
    ],
  },
  {
    name: 'a message sent here by mistake is acknowledged, not counted as misunderstood',
    now: FRIDAY_6,
    understanding: {
      'blabla': { intent: 'none' },
      'oups, ce message était pour ma sœur': { intent: 'none', courtesy: 'misdirected' },
      'hmm': { intent: 'none' },
    },
    turns: [
      ['blabla', [NOT_UNDERSTOOD]],
      ['oups, ce message était pour ma sœur', ["Pas de souci, ce message ne m'était pas destiné. Si vous avez besoin de l'accueil périscolaire, écrivez-moi votre demande."]],
      // The count started again: a person is not offered yet.
      ['hmm', [NOT_UNDERSTOOD]],
    ],
  },
  {
    name: 'a follow-up with nothing before it is not understood',
    now: FRIDAY_6,
    understanding: { 'et pour Hugo ?': { intent: 'none', children: ['Hugo'] } },
    turns: [['et pour Hugo ?', [NOT_UNDERSTOOD]]],
  },
];

const answers: Story[] = [
  {
    name: 'a holiday period\'s deadline is told once',
    now: FRIDAY_6,
    understanding: {
      'date limite vacances de printemps': {
        intent: 'deadline',
        dates: ['2026-04-20', '2026-04-21', '2026-04-22', '2026-04-23', '2026-04-24', '2026-04-27', '2026-04-28', '2026-04-29', '2026-04-30'],
      },
    },
    turns: [
      [
        'date limite vacances de printemps',
        [/• Du lundi 20 avril au jeudi 30 avril, accueil de loisirs : jusqu'au dimanche 5 avril à 23h59, le dimanche 2 semaines avant le début des vacances de printemps\./],
      ],
    ],
  },
  {
    name: '"est-ce que le centre est ouvert samedi 25 avril ?" is answered from the calendar',
    now: FRIDAY_6,
    understanding: {
      'est-ce que le centre est ouvert samedi 25 avril ?': { intent: 'faq', closedDates: ['2026-04-25'] },
      'vous êtes ouverts mercredi 22 avril ?': { intent: 'faq', dates: ['2026-04-22'] },
      'ouvert le lundi de Pâques ?': { intent: 'faq', topic: 'hours', closedDates: ['2026-04-06'] },
      'vous ouvrez à quelle heure mercredi 22 avril ?': { intent: 'none', topic: 'hours', dates: ['2026-04-22'] },
      'le centre est ouvert pendant les vacances de printemps ?': {
        intent: 'faq',
        topic: 'hours',
        dates: ['2026-04-20', '2026-04-21', '2026-04-22', '2026-04-23', '2026-04-24', '2026-04-27', '2026-04-28', '2026-04-29', '2026-04-30'],
      },
    },
    turns: [
      ['est-ce que le centre est ouvert samedi 25 avril ?', ["Samedi 25 avril : pas d'accueil, c'est le week-end. Autre chose ? Écrivez votre demande ou « menu »."]],
      ['vous êtes ouverts mercredi 22 avril ?', ['Mercredi 22 avril : ouvert, accueil de loisirs de 8h00 à 19h00. Autre chose ? Écrivez votre demande ou « menu ».']],
      ['ouvert le lundi de Pâques ?', [/^Lundi 6 avril : pas d'accueil, jour férié \(Lundi de Pâques\)\./]],
      // The classifier could not place it, but it is about opening hours: answered all the same.
      ['vous ouvrez à quelle heure mercredi 22 avril ?', [/^Mercredi 22 avril : ouvert, accueil de loisirs de 8h00 à 19h00\./]],
      // Days with the same answer are told together, in one line.
      ['le centre est ouvert pendant les vacances de printemps ?', [/^Du lundi 20 au [^\n]+ avril : ouvert, accueil de loisirs de 8h00 à 19h00\. Autre chose/]],
    ],
  },
  {
    name: 'after opening hours, « et le soir ? » asks that activity’s hours, and after a price « … c’est ouvert ? » asks the opening',
    now: FRIDAY_6,
    understanding: {
      "c'est ouvert jusqu'à quelle heure ?": { intent: 'faq', topic: 'hours' },
      'et le soir ?': { intent: 'none' },
      'combien coûte une journée de centre ?': { intent: 'faq', topic: 'tariffs' },
      'et pour les vacances de printemps c’est ouvert ?': {
        intent: 'faq',
        topic: 'hours',
        dates: ['2026-04-20', '2026-04-21', '2026-04-22', '2026-04-23', '2026-04-24', '2026-04-27', '2026-04-28', '2026-04-29', '2026-04-30'],
      },
    },
    turns: [
      ["c'est ouvert jusqu'à quelle heure ?", [/^Horaires : accueil du soir 16h30–19h00/]],
      ['et le soir ?', ["Accueil du soir : de 16h30 à 19h00, les jours d'ouverture. Autre chose ? Écrivez votre demande ou « menu »."]],
      ['combien coûte une journée de centre ?', [/^Vos tarifs/]],
      ['et pour les vacances de printemps c’est ouvert ?', [/^Du lundi 20 au [^\n]+ avril : ouvert, accueil de loisirs de 8h00 à 19h00\./]],
    ],
  },
  {
    name: 'account creation and payment attestation, from the flyer',
    now: FRIDAY_6,
    understanding: {
      'comment créer mon compte citoyen ?': { intent: 'faq' },
      "où trouver l'attestation de paiement ?": { intent: 'faq' },
    },
    turns: [
      ['comment créer mon compte citoyen ?', [/civilité, nom, prénom et une adresse e-mail valide/]],
      ["où trouver l'attestation de paiement ?", [/^L'attestation de paiement se télécharge en fin d'année/]],
    ],
  },
  {
    name: 'greetings, thanks and goodbyes each get their own answer',
    now: FRIDAY_6,
    understanding: { bonjour: { intent: 'smalltalk' }, 'merci beaucoup': { intent: 'smalltalk', courtesy: 'thanks' }, 'merci, au revoir': { intent: 'smalltalk', courtesy: 'goodbye' } },
    turns: [
      ['bonjour', [/^Bonjour Camille !/]],
      ['merci beaucoup', [/^Avec plaisir !/]],
      ['merci, au revoir', [/^Au revoir et bonne journée !/]],
    ],
  },
  {
    name: 'a goodbye in the evening wishes a good evening',
    now: '2026-03-06T18:30:00Z',
    understanding: { 'merci, ciao': { intent: 'smalltalk', courtesy: 'goodbye' } },
    turns: [['merci, ciao', [/^Au revoir et bonne soirée !/]]],
  },
];

describe.each([
  ['checking', checks],
  ['follow-ups', followUps],
  ["the service's answers", answers],
])('%s', (_group, list) => {
  test.each(list.map((story) => [story.name, story] as const))('%s', async (_name, story) => {
    await play(db, story);
  });
});

test('a follow-up is forgotten after half an hour', async () => {
  const chat = await play(db, {
    name: 'memory',
    now: FRIDAY_6,
    understanding: {
      'est-ce que Léa est inscrite mardi 10 mars ?': { intent: 'check', dates: ['2026-03-10'], children: ['Léa'] },
      'et pour Hugo ?': { intent: 'none', children: ['Hugo'] },
    },
    turns: [['est-ce que Léa est inscrite mardi 10 mars ?', ['Oui : Léa a une place le mardi 10 mars.']]],
  });
  chat.setNow('2026-03-06T09:31:00Z');
  expect(await chat.say('et pour Hugo ?')).toEqual([NOT_UNDERSTOOD]);
});

test('"menu" offers the usual requests as buttons', async () => {
  const chat = await play(db, { name: 'menu', now: FRIDAY_6, understanding: {}, turns: [] });
  const [reply] = await chat.sayRaw('menu');
  expect(reply.suggestedActions?.actions.map((a) => a.title)).toEqual(['Réserver', 'Annuler une réservation', 'Mes réservations', 'Dates limites', 'Aide']);
});

test('"non, plutôt jeudi" just after an answer corrects the last request', async () => {
  await play(db, {
    name: 'non after an answer',
    now: FRIDAY_6,
    understanding: {
      'inscrire Hugo mercredi prochain': { intent: 'reserve', dates: ['2026-03-11'], children: ['Hugo'] },
      jeudi: { intent: 'none', dates: ['2026-03-12'] },
    },
    turns: [
      ['inscrire Hugo mercredi prochain', ["Déjà réservé pour Hugo : mercredi 11 mars.\nIl n'y a rien à changer. Autre chose ?"]],
      ['non, plutôt jeudi', ["Je réserve pour Hugo : jeudi 12 mars.\nC'est bien cela ?"]],
    ],
  });
});
