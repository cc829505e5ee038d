/**
 * Amounts of money: integer cents everywhere, and the one place where cents are
 * rounded and written the French way. Every rounding rule of the money feature is here:
 *
 * - a percentage of a price (late-booking surcharge) is rounded to the nearest cent,
 *   half a cent up (`percentOf`);
 * - a payment shared between children (attestation) is split in proportion to what each
 *   child was billed, by largest remainder, so that the parts add up exactly to the
 *   payment (`splitProportionally`);
 * - totals are plain sums of integer cents: no rounding at all.
 */
import { NBSP, NNBSP } from '../domain/frenchTypography';

/** An amount in euro cents (integer). */
export type Cents = number;

/** Throws on a non-integer amount: money never goes through floats unnoticed. */
export function assertCents(value: number, what = 'montant'): Cents {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} : ${value} n'est pas un nombre entier de centimes`);
  return value;
}

/** `percent` % of `cents`, rounded to the nearest cent, half a cent up (0,5 → 1). */
export function percentOf(cents: Cents, percent: number): Cents {
  assertCents(cents);
  // Scaled to avoid 1.005-style float surprises: percent has at most 2 decimals in the configuration.
  const hundredths = Math.round(percent * 100);
  const numerator = cents * hundredths; // in 1/10 000 of a cent
  const sign = numerator < 0 ? -1 : 1;
  return sign * Math.floor((Math.abs(numerator) + 5000) / 10000);
}

/**
 * Splits `total` cents in proportion to `weights` (largest remainder): the parts are
 * integers and add up to `total`. Zero weights everywhere: equal parts, the first ones
 * taking the extra cents.
 */
export function splitProportionally(total: Cents, weights: readonly number[]): Cents[] {
  assertCents(total);
  if (weights.length === 0) return [];
  const sum = weights.reduce((a, b) => a + b, 0);
  const used = sum > 0 ? weights : weights.map(() => 1);
  const usedSum = sum > 0 ? sum : weights.length;
  const exact = used.map((w) => (total * w) / usedSum);
  const parts = exact.map((x) => Math.floor(x));
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i] += 1;
    left -= 1;
  }
  return parts;
}

/**
 * "12,40 €", "1 234,50 €", "0,95 €", "-3,10 €": comma for decimals, narrow no-break
 * spaces between thousands, a no-break space before the euro sign (as fr-FR writes it),
 * so that the amount never breaks across lines.
 */
export function formatEuros(cents: Cents): string {
  assertCents(cents);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const euros = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, NNBSP);
  const rest = (abs % 100).toString().padStart(2, '0');
  return `${sign}${euros},${rest}${NBSP}€`;
}

/** The same for a PDF whose standard fonts lack the narrow space: plain spaces. */
export function formatEurosPlain(cents: Cents): string {
  return formatEuros(cents).replace(/[\u202f\u00a0]/g, ' ');
}
