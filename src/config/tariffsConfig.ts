/**
 * The tariffs part of the town configuration: brackets of quotient familial (QF), a
 * price grid per activity in integer cents, the rule for families without a QF, the
 * non-resident price and the billing rules. Validated at start-up like the rest: a
 * grid with a gap or an overlap between brackets is refused with the brackets named.
 */
import { z } from 'zod';

/** Euros of QF, whole: the CAF gives the QF in whole euros. */
const quotientValue = z.number().int().min(0);
/** Price in integer cents (no float money anywhere). */
const cents = z.number().int('doit être un nombre entier de centimes').min(0, 'ne peut pas être négatif');

const bracketSchema = z.object({
  /** Short name shown to staff and parents ("A", "B"…). */
  code: z.string().regex(/^[A-Z0-9]{1,3}$/, 'code de tranche court en majuscules (A, B, C…)'),
  /** Lowest QF of the bracket, included. */
  from: quotientValue,
  /** First QF of the next bracket (excluded); null for the last bracket (no upper limit). */
  to: quotientValue.nullable(),
});

export type QuotientBracket = z.infer<typeof bracketSchema>;

const activityTariffSchema = z.object({
  /** What one price pays for ("soir", "journée"). */
  unit: z.string().min(1),
  /** Price per bracket code. */
  prices: z.record(z.string(), cents),
  /** Wednesday half-day, when the service offers it (told with the grid). */
  halfDayPrices: z.record(z.string(), cents).optional(),
  /** Price for a family living outside the town, whatever its QF. */
  nonResident: cents,
});

export type ActivityTariff = z.infer<typeof activityTariffSchema>;

const billingSchema = z.object({
  /** A booking kept (not cancelled in time) with the child absent and no justification accepted. */
  absentWithoutJustification: z.enum(['billed', 'notBilled']),
  /** An absence whose justification the service accepted. */
  justifiedAbsence: z.enum(['billed', 'notBilled']),
  /** Added to the day's price of a booking made late (accepted by the service); 0 = none. */
  lateBookingSurchargePercent: z.number().min(0).max(100),
});

export type BillingRules = z.infer<typeof billingSchema>;

/**
 * Problems of a bracket list, in French for the operator: it must start at 0, each bracket
 * must start where the previous one stops, and only the last one has no upper limit.
 */
export function bracketProblems(brackets: readonly QuotientBracket[]): string[] {
  const problems: string[] = [];
  if (brackets.length === 0) return ['aucune tranche : il en faut au moins une, de 0 à sans limite'];
  const codes = brackets.map((b) => b.code);
  const doubled = codes.filter((code, index) => codes.indexOf(code) !== index);
  if (doubled.length > 0) problems.push(`tranche(s) en double : ${[...new Set(doubled)].join(', ')}`);
  const sorted = [...brackets].sort((a, b) => a.from - b.from);
  if (sorted[0].from !== 0) problems.push(`aucune tranche ne commence à 0 (la première commence à ${sorted[0].from})`);
  sorted.forEach((bracket, index) => {
    if (bracket.to !== null && bracket.to <= bracket.from) problems.push(`tranche ${bracket.code} : « to » (${bracket.to}) doit être plus grand que « from » (${bracket.from})`);
    const next = sorted[index + 1];
    if (!next) {
      if (bracket.to !== null) problems.push(`la dernière tranche (${bracket.code}) doit être sans limite (« to »: null) : rien ne couvre les QF à partir de ${bracket.to}`);
      return;
    }
    if (bracket.to === null) {
      problems.push(`tranche ${bracket.code} sans limite alors que la tranche ${next.code} la suit : chevauchement`);
    } else if (next.from > bracket.to) {
      problems.push(`trou entre les tranches ${bracket.code} et ${next.code} : les QF de ${bracket.to} à ${next.from - 1} n'ont pas de tarif`);
    } else if (next.from < bracket.to) {
      problems.push(`chevauchement des tranches ${bracket.code} et ${next.code} : les QF de ${next.from} à ${bracket.to - 1} sont dans les deux`);
    }
  });
  return problems;
}

export const tariffsSchema = z
  .object({
    /** "à confirmer" while the values are placeholders; anything else once the service has checked them. */
    status: z.string().min(1),
    brackets: z.array(bracketSchema),
    /** Families who have not given their QF pay the highest bracket's price. */
    withoutQuotient: z.literal('highestBracket'),
    activities: z.partialRecord(z.enum(['soir', 'mercredi', 'vacances']), activityTariffSchema),
    billing: billingSchema,
    attestation: z.object({
      signatory: z.string().min(1),
      /** The tax credit for childcare counts children under this age on 1 January of the year. */
      taxCreditAgeLimit: z.number().int().positive(),
    }),
  })
  .superRefine((tariffs, ctx) => {
    for (const problem of bracketProblems(tariffs.brackets)) ctx.addIssue({ code: 'custom', path: ['brackets'], message: problem });
    const codes = tariffs.brackets.map((b) => b.code);
    for (const [activity, tariff] of Object.entries(tariffs.activities)) {
      if (!tariff) continue;
      for (const [grid, prices] of [['prices', tariff.prices], ['halfDayPrices', tariff.halfDayPrices]] as const) {
        if (!prices) continue;
        const missing = codes.filter((code) => prices[code] === undefined);
        const unknown = Object.keys(prices).filter((code) => !codes.includes(code));
        if (missing.length > 0) ctx.addIssue({ code: 'custom', path: ['activities', activity, grid], message: `pas de prix pour la ou les tranches ${missing.join(', ')}` });
        if (unknown.length > 0) ctx.addIssue({ code: 'custom', path: ['activities', activity, grid], message: `tranche(s) inconnue(s) : ${unknown.join(', ')}` });
      }
    }
  });

export type TariffsConfig = z.infer<typeof tariffsSchema>;
