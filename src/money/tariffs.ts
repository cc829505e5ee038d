/**
 * Which price a family pays for a day: its quotient familial's bracket, the highest
 * bracket when it has given no QF (the town's rule), the non-resident price when it lives
 * outside the town. Pure: the configuration and the family's facts come in.
 */
import type { ActivityCode } from '../config/townConfig';
import type { ActivityTariff, QuotientBracket, TariffsConfig } from '../config/tariffsConfig';
import type { Cents } from './money';

/** What the price of a family depends on. */
export interface PricingProfile {
  /** Quotient familial in whole euros; undefined when the family has not given it. */
  quotient?: number | null;
  /** False for a family living outside the town. */
  resident: boolean;
}

/** Why this price: the family's bracket, the no-QF rule, or the non-resident rate. */
export type PriceBasis = 'quotient' | 'without_quotient' | 'non_resident';

export interface DayPrice {
  activity: ActivityCode;
  cents: Cents;
  basis: PriceBasis;
  /** The bracket used (also for the no-QF rule); undefined for a non-resident. */
  bracket?: QuotientBracket;
}

/** The bracket of a QF: from ≤ QF < to (the last has no upper limit). */
export function bracketOf(quotient: number, brackets: readonly QuotientBracket[]): QuotientBracket {
  if (!Number.isFinite(quotient) || quotient < 0) throw new RangeError(`quotient familial invalide : ${quotient}`);
  const found = brackets.find((b) => quotient >= b.from && (b.to === null || quotient < b.to));
  // The configuration's validation guarantees coverage of 0..∞; a miss is a bug.
  if (!found) throw new Error(`no bracket for QF ${quotient}: the configuration was not validated`);
  return found;
}

/** The bracket with no upper limit: the price of families without a QF. */
export function highestBracket(brackets: readonly QuotientBracket[]): QuotientBracket {
  return [...brackets].sort((a, b) => b.from - a.from)[0];
}

export function tariffOf(tariffs: TariffsConfig, activity: ActivityCode): ActivityTariff {
  const tariff = tariffs.activities[activity];
  if (!tariff) throw new Error(`no tariff for activity ${activity} in the configuration`);
  return tariff;
}

/** The price of one day of `activity` for a family. */
export function dayPriceFor(tariffs: TariffsConfig, activity: ActivityCode, profile: PricingProfile): DayPrice {
  const tariff = tariffOf(tariffs, activity);
  if (!profile.resident) return { activity, cents: tariff.nonResident, basis: 'non_resident' };
  const known = profile.quotient !== undefined && profile.quotient !== null;
  const bracket = known ? bracketOf(profile.quotient as number, tariffs.brackets) : highestBracket(tariffs.brackets);
  return { activity, cents: tariff.prices[bracket.code], basis: known ? 'quotient' : 'without_quotient', bracket };
}

/** Brackets in order of QF, for showing the grid. */
export function sortedBrackets(tariffs: TariffsConfig): QuotientBracket[] {
  return [...tariffs.brackets].sort((a, b) => a.from - b.from);
}
