/**
 * The town treasury's payments export (CSV), read line by line. Format (README):
 *
 *     reference_famille;date;montant;reference
 *     FAM-000101;2026-12-15;25,20;TP-2026-12-0031
 *
 * - separator ";" (or "," when the header uses it), UTF-8, header line required;
 * - date as AAAA-MM-JJ or JJ/MM/AAAA; amount in euros with a comma or a dot and at most
 *   two decimals ("25,20", "25.2", "1 234,50"), read exactly into cents (no float);
 * - reference: the treasury's own reference of the payment, unique for the family.
 * A bad line is reported with its number and does not stop the others.
 */
import { isIsoDay } from '../domain/day';
import type { Cents } from './money';

export interface TreasuryLine {
  line: number;
  familyReference: string;
  day: string;
  amountCents: Cents;
  reference: string;
}

export interface TreasuryLineError {
  line: number;
  message: string;
}

export const TREASURY_HEADER = ['reference_famille', 'date', 'montant', 'reference'] as const;

/** "25,20" → 2520; "1 234,5" → 123450; undefined when not an amount. */
export function parseEurosToCents(text: string): Cents | undefined {
  const compact = text.replace(/[\s\u00a0\u202f€]/g, '');
  const match = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
}

/** "2026-12-15" or "15/12/2026" → '2026-12-15'; undefined when not a calendar day. */
export function paymentDayOf(text: string): string | undefined {
  const french = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  const day = french ? `${french[3]}-${french[2]}-${french[1]}` : text;
  return isIsoDay(day) ? day : undefined;
}

export function parseTreasuryCsv(text: string): { lines: TreasuryLine[]; errors: TreasuryLineError[] } {
  const rows = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = rows[0]?.trim() ?? '';
  const separator = header.includes(';') ? ';' : ',';
  const names = header.split(separator).map((cell) => cell.trim().toLowerCase());
  if (TREASURY_HEADER.some((name, index) => names[index] !== name)) {
    return { lines: [], errors: [{ line: 1, message: `en-tête attendu « ${TREASURY_HEADER.join(';')} », trouvé « ${header} »` }] };
  }
  const lines: TreasuryLine[] = [];
  const errors: TreasuryLineError[] = [];
  rows.slice(1).forEach((row, index) => {
    const line = index + 2;
    if (!row.trim()) return;
    const cells = row.split(separator).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
    if (cells.length !== TREASURY_HEADER.length) {
      errors.push({ line, message: `${cells.length} colonnes au lieu de ${TREASURY_HEADER.length}` });
      return;
    }
    const [familyReference, date, amount, reference] = cells;
    const day = paymentDayOf(date);
    const amountCents = parseEurosToCents(amount);
    if (!familyReference) errors.push({ line, message: 'référence de famille vide' });
    else if (!day) errors.push({ line, message: `date invalide « ${date} » (AAAA-MM-JJ ou JJ/MM/AAAA)` });
    else if (amountCents === undefined || amountCents === 0) errors.push({ line, message: `montant invalide « ${amount} » (euros, par exemple 25,20)` });
    else if (!reference) errors.push({ line, message: 'référence du paiement vide' });
    else lines.push({ line, familyReference, day, amountCents, reference });
  });
  return { lines, errors };
}
