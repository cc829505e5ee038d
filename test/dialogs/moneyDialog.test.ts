/**
 * Money questions in the chat, for the demo families on a real database: the family's
 * own price, the grid when no QF is known, the simulator, a month's statement or
 * estimate (day by day on "détail"), the quotient familial and the payment attestation.
 */
import { play } from './support/stories';
import type { Story } from './support/stories';
import { KARIM } from './support/harness';
import { setFamilyQuotient } from '../../src/infrastructure/money/setQuotient';
import { createTestDatabase } from './support/testDatabase';
import type { TestDatabase } from './support/testDatabase';

/** Tuesday 1 December 2026, 10:00 in Paris. */
const DECEMBER_1 = '2026-12-01T09:00:00Z';
const PLACEHOLDER = '(Tarifs à confirmer par le service.)';
const MARCH_2027 = ['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05'];
const NOVEMBER_2027 = ['2027-11-02', '2027-11-03'];
/** Léa and Hugo on Wednesday 13 January, Léa alone on Thursday 14: two bookings in one message. */
const TWO_BOOKINGS = {
  intent: 'reserve' as const,
  dates: ['2027-01-13', '2027-01-14'],
  children: ['Léa', 'Hugo'],
  actions: [
    { intent: 'reserve' as const, dates: ['2027-01-13'], children: ['Léa', 'Hugo'] },
    { intent: 'reserve' as const, dates: ['2027-01-14'], children: ['Léa'] },
  ],
};

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await db.drop();
});

const stories: Story[] = [
  {
    name: "the family's own price when its QF is known",
    now: DECEMBER_1,
    understanding: { "combien coûte l'accueil du soir ?": { intent: 'faq', topic: 'tariffs' } },
    turns: [["combien coûte l'accueil du soir ?", [`Vos tarifs (quotient familial 850, tranche C) :\n• accueil du soir : 2,40 € le soir\n${PLACEHOLDER} Autre chose ?`]]],
  },
  {
    name: 'a follow-up after a price asks the price of another activity: « et le mercredi ? »',
    now: DECEMBER_1,
    understanding: {
      "combien coûte l'accueil du soir ?": { intent: 'faq', topic: 'tariffs' },
      'et le mercredi ?': { intent: 'none', dates: ['2026-12-02'] },
    },
    turns: [
      ["combien coûte l'accueil du soir ?", [`Vos tarifs (quotient familial 850, tranche C) :\n• accueil du soir : 2,40 € le soir\n${PLACEHOLDER} Autre chose ?`]],
      ['et le mercredi ?', [`Vos tarifs (quotient familial 850, tranche C) :\n• accueil du mercredi : 7,80 € la journée\n${PLACEHOLDER} Autre chose ?`]],
    ],
  },
  {
    name: '"combien ça va me coûter ?" just after a booking: the cost of the days just booked, at the family’s price',
    now: DECEMBER_1,
    understanding: {
      'réserver Léa et Hugo le mercredi 13 janvier et Léa le jeudi 14': TWO_BOOKINGS,
      'combien ça va me coûter ?': { intent: 'faq', topic: 'tariffs' },
    },
    turns: [
      ['réserver Léa et Hugo le mercredi 13 janvier et Léa le jeudi 14', [/^Je fais ces 2 changements/]],
      ['oui', [/^✓ Réservé pour Léa : mercredi 13 janvier et jeudi 14 janvier\.\n✓ Réservé pour Hugo : mercredi 13 janvier\./, /^Autre chose/]],
      [
        'combien ça va me coûter ?',
        [`Pour ce que vous venez de réserver, à votre tarif :\n• 1 mercredi (accueil du mercredi, pour 2 enfants) : 2 × 7,80 € = 15,60 €\n• 1 soir (accueil du soir) : 1 × 2,40 € = 2,40 €\nTotal : 18,00 €.\n${PLACEHOLDER} Autre chose ?`],
      ],
    ],
  },
  {
    // (One closing question only: the price answer ends the turn.)
    name: 'a price asked beside a booking is answered once the booking is done, for the days booked',
    now: DECEMBER_1,
    understanding: {
      "inscrivez Léa le mercredi 13 janvier ? et c'est combien ?": { intent: 'reserve', dates: ['2027-01-13'], children: ['Léa'], topic: 'tariffs' },
    },
    turns: [
      ["inscrivez Léa le mercredi 13 janvier ? et c'est combien ?", ["Je réserve pour Léa : mercredi 13 janvier.\nC'est bien cela ?"]],
      [
        'oui',
        [
          '✓ Réservé pour Léa : mercredi 13 janvier.',
          `Pour ce que vous venez de réserver, à votre tarif :\n• 1 mercredi (accueil du mercredi) : 1 × 7,80 € = 7,80 €\n${PLACEHOLDER} Autre chose ?`,
        ],
      ],
    ],
  },
  {
    name: 'a price asked in a clause of the booking sentence (« …, ça coûte combien ? ») is answered after the booking',
    now: DECEMBER_1,
    understanding: {
      'inscrivez Léa le mercredi 13 janvier, ça coûte combien ?': { intent: 'reserve', dates: ['2027-01-13'], children: ['Léa'], topic: 'tariffs' },
    },
    turns: [
      ['inscrivez Léa le mercredi 13 janvier, ça coûte combien ?', ["Je réserve pour Léa : mercredi 13 janvier.\nC'est bien cela ?"]],
      ['oui', ['✓ Réservé pour Léa : mercredi 13 janvier.', `Pour ce que vous venez de réserver, à votre tarif :\n• 1 mercredi (accueil du mercredi) : 1 × 7,80 € = 7,80 €\n${PLACEHOLDER} Autre chose ?`]],
    ],
  },
  {
    name: '« merci. et combien je paye pour ça ? » at the confirmation: the price of the days being confirmed, then the same question again',
    now: DECEMBER_1,
    understanding: {
      'inscrire Léa et Hugo le mercredi 13 janvier et Léa le jeudi 14': TWO_BOOKINGS,
      'merci. et combien je paye pour ça ?': { intent: 'faq', topic: 'tariffs' },
    },
    turns: [
      ['inscrire Léa et Hugo le mercredi 13 janvier et Léa le jeudi 14', [/^Je fais ces 2 changements/]],
      [
        'merci. et combien je paye pour ça ?',
        [
          `Pour ce que vous allez réserver, à votre tarif :\n• 1 mercredi (accueil du mercredi, pour 2 enfants) : 2 × 7,80 € = 15,60 €\n• 1 soir (accueil du soir) : 1 × 2,40 € = 2,40 €\nTotal : 18,00 €.\n${PLACEHOLDER}`,
          /^Je fais ces 2 changements[\s\S]*C'est bien cela \?$/,
        ],
      ],
      ['oui', [/^✓ Réservé pour Léa : mercredi 13 janvier et jeudi 14 janvier\.\n✓ Réservé pour Hugo : mercredi 13 janvier\./, /^Autre chose/]],
    ],
  },
  {
    name: 'after the cost of a booking, « et Hugo aussi » books Hugo the same days (no price question)',
    now: DECEMBER_1,
    understanding: {
      "inscrivez Léa le mercredi 13 janvier ? et c'est combien ?": { intent: 'reserve', dates: ['2027-01-13'], children: ['Léa'], topic: 'tariffs' },
      'et Hugo aussi': { intent: 'none', children: ['Hugo'], followUp: true },
    },
    turns: [
      ["inscrivez Léa le mercredi 13 janvier ? et c'est combien ?", ["Je réserve pour Léa : mercredi 13 janvier.\nC'est bien cela ?"]],
      ['oui', ['✓ Réservé pour Léa : mercredi 13 janvier.', /^Pour ce que vous venez de réserver/]],
      ['et Hugo aussi', ["Je réserve pour Hugo : mercredi 13 janvier.\nC'est bien cela ?"]],
    ],
  },
  {
    name: '"combien ça va me coûter ?" with nothing booked just before: the family’s prices',
    now: DECEMBER_1,
    understanding: { 'combien ça va me coûter ?': { intent: 'faq', topic: 'tariffs' } },
    turns: [['combien ça va me coûter ?', [/^Vos tarifs \(quotient familial 850, tranche C\) :\n• accueil du soir : 2,40 € le soir\n/]]],
  },
  {
    name: 'a follow-up after a statement asks another month: « et en avril ? »',
    now: DECEMBER_1,
    understanding: {
      'combien je vais payer en mars ?': { intent: 'faq', topic: 'statement', dates: MARCH_2027 },
      'et en avril ?': { intent: 'none', dates: ['2027-04-01', '2027-04-02'] },
    },
    turns: [
      ['combien je vais payer en mars ?', [/^Estimation pour mars 2027/]],
      ['et en avril ?', [/^(Estimation pour avril 2027|Aucune réservation en avril 2027)/]],
    ],
  },
  {
    name: 'the simulator at the family’s own price: "combien pour 3 soirs ?"',
    now: DECEMBER_1,
    understanding: { 'combien pour 3 soirs ?': { intent: 'faq', topic: 'tariffs' } },
    turns: [['combien pour 3 soirs ?', [`À votre tarif, 3 soirs (accueil du soir) : 3 × 2,40 € = 7,20 €.\n${PLACEHOLDER} Autre chose ?`]]],
  },
  {
    name: 'the simulator for several children: "une journée au centre le mercredi pour mes deux enfants" counts each child',
    now: DECEMBER_1,
    understanding: { 'combien une journée au centre le mercredi pour mes deux enfants ?': { intent: 'faq', topic: 'tariffs' } },
    turns: [
      [
        'combien une journée au centre le mercredi pour mes deux enfants ?',
        [`À votre tarif, 1 mercredi (accueil du mercredi, pour 2 enfants) : 2 × 7,80 € = 15,60 €.\n${PLACEHOLDER} Autre chose ?`],
      ],
    ],
  },
  {
    name: 'the simulator asked in SMS: "c\'est combien une journee au centre pr 2 enfants" is a holiday day for two children',
    now: DECEMBER_1,
    understanding: { "c'est combien une journee au centre pr 2 enfants": { intent: 'faq', topic: 'tariffs' } },
    turns: [
      [
        "c'est combien une journee au centre pr 2 enfants",
        [`À votre tarif, 1 jour (accueil de loisirs, pour 2 enfants) : 2 × 7,80 € = 15,60 €.\n${PLACEHOLDER} Autre chose ?`],
      ],
    ],
  },
  {
    name: 'the price of the days asked, for the children named: "combien on paye pour les mercredis de janvier pour Léa et Hugo ?"',
    now: DECEMBER_1,
    understanding: {
      'combien on paye pour les mercredis de janvier pour Léa et Hugo ?': { intent: 'faq', topic: 'tariffs', dates: ['2027-01-06', '2027-01-13', '2027-01-20', '2027-01-27'], children: ['Léa', 'Hugo'] },
      'et les soirs de la semaine du 11 janvier ?': { intent: 'faq', topic: 'tariffs', dates: ['2027-01-11', '2027-01-12', '2027-01-13', '2027-01-14', '2027-01-15'] },
    },
    turns: [
      ['combien on paye pour les mercredis de janvier pour Léa et Hugo ?', [`À votre tarif, 4 mercredis (accueil du mercredi, pour 2 enfants) : 8 × 7,80 € = 62,40 €.\n${PLACEHOLDER} Autre chose ?`]],
      // (The Wednesday of that week is no evening.)
      ['et les soirs de la semaine du 11 janvier ?', [`À votre tarif, 4 soirs (accueil du soir) : 4 × 2,40 € = 9,60 €.\n${PLACEHOLDER} Autre chose ?`]],
    ],
  },
  {
    name: 'price follow-ups: another count for all three, then the same question for two of them and for one child',
    now: DECEMBER_1,
    understanding: {
      'combien une journée au centre le mercredi pour mes deux enfants ?': { intent: 'faq', topic: 'tariffs' },
      // (What the understanding makes of them: a hesitation between a question and a look, nothing, a look followed up.)
      'et 4 soirs de garderie pour les 3 ?': { intent: 'ambiguous', alternatives: ['faq', 'check'], children: ['Léa', 'Hugo', 'Inès'] },
      'et pour les deux grands ?': { intent: 'none' },
      'et pour Hugo seulement ?': { intent: 'check', children: ['Hugo'], followUp: true },
    },
    turns: [
      ['combien une journée au centre le mercredi pour mes deux enfants ?', [`À votre tarif, 1 mercredi (accueil du mercredi, pour 2 enfants) : 2 × 7,80 € = 15,60 €.\n${PLACEHOLDER} Autre chose ?`]],
      ['et 4 soirs de garderie pour les 3 ?', [`À votre tarif, 4 soirs (accueil du soir, pour 3 enfants) : 12 × 2,40 € = 28,80 €.\n${PLACEHOLDER} Autre chose ?`]],
      ['et pour les deux grands ?', [`À votre tarif, 4 soirs (accueil du soir, pour 2 enfants) : 8 × 2,40 € = 19,20 €.\n${PLACEHOLDER} Autre chose ?`]],
      ['et pour Hugo seulement ?', [`À votre tarif, 4 soirs (accueil du soir) : 4 × 2,40 € = 9,60 €.\n${PLACEHOLDER} Autre chose ?`]],
    ],
  },
  {
    name: 'the grid and the no-QF rule when the family has given no QF',
    now: DECEMBER_1,
    as: KARIM,
    understanding: { "combien coûte l'accueil du soir ?": { intent: 'faq', topic: 'tariffs' } },
    turns: [
      [
        "combien coûte l'accueil du soir ?",
        [
          'Accueil du soir, le soir, selon le quotient familial (QF) :\n• QF jusqu\'à 449 : 0,95 €\n• QF de 450 à 749 : 1,60 €\n• QF de 750 à 1049 : 2,40 €\n• QF de 1050 à 1399 : 3,20 €\n• QF de 1400 à 1799 : 3,90 €\n• QF à partir de 1800 : 4,50 €\n• famille hors commune : 6,20 €\n' +
            "Nous n'avons pas votre quotient familial : c'est le tarif de la tranche la plus haute qui s'applique (4,50 € le soir pour l'accueil du soir).\nPour payer le tarif de votre tranche, écrivez « évaluer mes tarifs ».\n" +
            `${PLACEHOLDER} Autre chose ?`,
        ],
      ],
    ],
  },
  {
    name: 'the simulator: a QF and a number of Wednesdays',
    now: DECEMBER_1,
    as: KARIM,
    understanding: { 'avec un QF de 850, combien pour 4 mercredis ?': { intent: 'faq', topic: 'quotient' } },
    turns: [['avec un QF de 850, combien pour 4 mercredis ?', [`Avec un quotient familial de 850 (tranche C), 4 mercredis (accueil du mercredi) : 4 × 7,80 € = 31,20 €.\n${PLACEHOLDER} Autre chose ?`]]],
  },
  {
    name: 'the simulator, then « et le mercredi ? »: the same quotient and children for the other activity',
    now: DECEMBER_1,
    understanding: {
      'cb ca coute la garderie du soir pr 2 enfants avec un QF de 1300 ?': { intent: 'faq', topic: 'quotient' },
      'et le mercredi ?': { intent: 'faq', topic: 'tariffs' },
    },
    turns: [
      ['cb ca coute la garderie du soir pr 2 enfants avec un QF de 1300 ?', [`Avec un quotient familial de 1300 (tranche D), 1 soir (accueil du soir, pour 2 enfants) : 2 × 3,20 € = 6,40 €.\n${PLACEHOLDER} Autre chose ?`]],
      ['et le mercredi ?', [`Avec un quotient familial de 1300 (tranche D), 1 mercredi (accueil du mercredi, pour 2 enfants) : 2 × 10,40 € = 20,80 €.\n${PLACEHOLDER} Autre chose ?`]],
    ],
  },
  {
    name: 'the estimate of a month to come, then day by day on « détail »',
    now: DECEMBER_1,
    understanding: { 'combien je vais payer en mars ?': { intent: 'faq', topic: 'statement', dates: MARCH_2027 } },
    turns: [
      [
        'combien je vais payer en mars ?',
        [
          "Estimation pour mars 2027, d'après vos réservations d'aujourd'hui : 20,40 €. Chaque jour réservé est facturé, sauf absence justifiée.\n• Léa : 2 jours, 4,80 €\n• Inès : 2 jours, 15,60 €\nÉcrivez « détail » pour le voir jour par jour.",
        ],
      ],
      [
        'détail',
        [
          'Mars 2027, jour par jour :\n• mardi 9 mars, Léa, accueil du soir : 2,40 €\n• mercredi 10 mars, Inès, accueil du mercredi : 7,80 €\n• jeudi 11 mars, Léa, accueil du soir : 2,40 €\n• mercredi 17 mars, Inès, accueil du mercredi : 7,80 €\nAutre chose ?',
        ],
      ],
    ],
  },
  {
    name: 'last month’s statement with the payments received; "ma facture de novembre" in December is last November',
    now: DECEMBER_1,
    understanding: { 'ma facture de novembre': { intent: 'faq', topic: 'statement', dates: NOVEMBER_2027 } },
    turns: [
      [
        'ma facture de novembre',
        ['Relevé de novembre 2026 : 25,20 €.\n• Léa : 4 jours, 9,60 €\n• Inès : 2 jours, 15,60 €\nPaiements reçus en novembre 2026 : 25,20 €.\nÉcrivez « détail » pour le voir jour par jour.'],
      ],
    ],
  },
  {
    name: '"jour par jour" in the question: the detail at once (a justified day with no absence recorded is billed: the child came)',
    now: DECEMBER_1,
    setup: async (db) => {
      const guardian = await db.prisma.guardian.findUniqueOrThrow({ where: { email: 'camille.martin@example.fr' }, include: { family: { include: { children: true } } } });
      const lea = guardian.family.children.find((c) => c.firstName === 'Léa')!;
      await db.prisma.request.create({
        data: {
          number: 'D-2026-990002',
          kind: 'absence_justification',
          status: 'accepted',
          guardianId: guardian.id,
          childId: lea.id,
          payload: JSON.stringify({ type: 'absence_justification', children: [{ id: lea.id, firstName: 'Léa', lastName: 'Martin' }], days: ['2026-11-05'], leftOut: [], documentIds: ['doc'] }),
        },
      });
    },
    understanding: { 'ma facture de novembre jour par jour': { intent: 'faq', topic: 'statement', dates: NOVEMBER_2027 } },
    turns: [
      [
        'ma facture de novembre jour par jour',
        [
          // Attendance not recorded (no attendance store in this test): a justified day still counts as attended.
          /^Relevé de novembre 2026 : 25,20 €\.\n[\s\S]*\n\nNovembre 2026, jour par jour :\n• mardi 3 novembre, Léa, accueil du soir : 2,40 €\n[\s\S]*€\nAutre chose \?$/,
        ],
      ],
    ],
  },
  {
    name: 'the quotient familial on file and how to have the tariffs evaluated (the evaluation itself: quotientEvaluation.test.ts)',
    now: DECEMBER_1,
    understanding: { 'mon quotient familial ?': { intent: 'faq', topic: 'quotient' } },
    turns: [
      [
        'mon quotient familial ?',
        [
          'Votre quotient familial enregistré : 850 (tranche C).\nPour faire évaluer vos tarifs, écrivez « évaluer mes tarifs » : je vous dirai quels documents envoyer. Autre chose ?',
        ],
      ],
    ],
  },
  {
    name: 'the payment attestation of 2026 as a PDF attachment; none for a year without payment',
    now: DECEMBER_1,
    understanding: {
      'je voudrais mon attestation de paiement 2026': { intent: 'faq', topic: 'attestation' },
      'attestation de paiement 2024': { intent: 'faq', topic: 'attestation' },
      "l'attestation de paiement de l'année dernière": { intent: 'faq', topic: 'attestation' },
      "et celle de cette année ?": { intent: 'faq', topic: 'attestation' },
    },
    turns: [
      [
        'je voudrais mon attestation de paiement 2026',
        ["Voici votre attestation de paiement 2026 : 37,80 € payés en 2026. Elle peut servir pour le crédit d'impôt « frais de garde » des enfants de moins de 6 ans et pour la CAF. Autre chose ?"],
      ],
      [
        'attestation de paiement 2024',
        ["Je ne trouve aucun paiement en 2024 : il n'y a pas d'attestation pour cette année. Pour une autre année, écrivez par exemple « attestation de paiement 2023 ». Autre chose ?"],
      ],
      // In December, « l'année dernière » is the year before, not the one ending.
      [
        "l'attestation de paiement de l'année dernière",
        ["Je ne trouve aucun paiement en 2025 : il n'y a pas d'attestation pour cette année. Pour une autre année, écrivez par exemple « attestation de paiement 2024 ». Autre chose ?"],
      ],
      [
        'et celle de cette année ?',
        ["Voici votre attestation de paiement 2026 : 37,80 € payés en 2026. Elle peut servir pour le crédit d'impôt « frais de garde » des enfants de moins de 6 ans et pour la CAF. Autre chose ?"],
      ],
    ],
    after: async (chat) => {
      const [reply] = await chat.sayRaw('je voudrais mon attestation de paiement 2026');
      const attachment = reply.attachments?.[0];
      expect(attachment).toMatchObject({ contentType: 'application/pdf', name: 'attestation-paiement-2026.pdf' });
      const bytes = Buffer.from(String(attachment?.contentUrl).replace(/^data:application\/pdf;base64,/, ''), 'base64');
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    },
  },
  {
    name: 'staff set a new QF: the parent is told the new prices, and the next answer uses them',
    now: DECEMBER_1,
    setup: async (db) => {
      const family = await db.prisma.family.findUniqueOrThrow({ where: { billingReference: 'FAM-000101' } });
      const result = await setFamilyQuotient(db.prisma, db.rules.config, { familyId: family.id, quotient: 720, actor: { kind: 'staff', id: 'agent', channel: 'console' }, now: new Date(DECEMBER_1) });
      expect(result).toMatchObject({ ok: true, bracket: 'B', notified: 1 });
      const audit = await db.prisma.auditEntry.findFirstOrThrow({ where: { action: 'family.quotient', entityId: String(family.id) } });
      expect(JSON.parse(audit.details)).toEqual({ from: 850, to: 720, bracket: 'B' });
    },
    understanding: { "combien coûte l'accueil du soir ?": { intent: 'faq', topic: 'tariffs' } },
    turns: [
      [
        "combien coûte l'accueil du soir ?",
        [
          `Le service a enregistré votre quotient familial : 720 (tranche B). Vos tarifs désormais : accueil du soir 1,60 € le soir, accueil du mercredi 5,20 € la journée, accueil de loisirs 5,20 € la journée. ${PLACEHOLDER}`,
          `Vos tarifs (quotient familial 720, tranche B) :\n• accueil du soir : 1,60 € le soir\n${PLACEHOLDER} Autre chose ?`,
        ],
      ],
    ],
  },
  {
    name: 'a QF that is not a number of euros is refused with a clear message',
    now: DECEMBER_1,
    setup: async (db) => {
      expect(await setFamilyQuotient(db.prisma, db.rules.config, { familyId: 1, quotient: -5, actor: { kind: 'staff', id: 'agent', channel: 'console' }, now: new Date(DECEMBER_1) })).toEqual({
        ok: false,
        message: "Quotient familial invalide : -5 (un nombre entier d'euros, 0 ou plus).",
      });
    },
    understanding: {},
    turns: [],
  },
];

describe('money questions', () => {
  it.each(stories.map((story) => [story.name, story] as const))('%s', async (_, story) => {
    await play(db, story);
  });
});
