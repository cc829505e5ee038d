/**
 * Payments received, in the database: the treasury's payments export imported (each line
 * becomes a Payment of the family whose billingReference it names) and a payment staff
 * record in the console. Idempotent on (family, payment reference) both ways: the same
 * payment again (same day and amount) is skipped; one that differs from what was stored
 * is reported as a conflict and left as it was. Each import and each recording is
 * audited (AuditEntry "payment.import": file digest, counts, problems; "payment.record").
 */
import { createHash } from 'node:crypto';
import type { PrismaClient } from '../../generated/prisma/client';
import { frenchDay } from '../../domain/frenchDates';
import { formatEuros } from '../../money/money';
import type { Cents } from '../../money/money';
import type { TreasuryLineError } from '../../money/treasuryCsv';
import { parseEurosToCents, parseTreasuryCsv, paymentDayOf } from '../../money/treasuryCsv';
import type { PrismaTx } from '../mail/prismaOutboxRepository';

type Actor = { kind: 'staff' | 'system'; id: string; channel: string };

/** A payment to store for a family. */
interface NewPayment {
  familyId: number;
  day: string;
  amountCents: Cents;
  reference: string;
  source: 'treasury_csv' | 'console';
  createdAt: Date;
}

type StoreOutcome = { status: 'stored'; id: number } | { status: 'already_stored'; id: number } | { status: 'conflict'; known: { day: string; amountCents: number } };

/** Stores the payment unless the family has one of that reference already (the same: already_stored; another: conflict, left as it was). */
async function storePayment(tx: PrismaTx, payment: NewPayment): Promise<StoreOutcome> {
  const known = await tx.payment.findUnique({ where: { familyId_reference: { familyId: payment.familyId, reference: payment.reference } } });
  if (known) {
    return known.day === payment.day && known.amountCents === payment.amountCents
      ? { status: 'already_stored', id: known.id }
      : { status: 'conflict', known: { day: known.day, amountCents: known.amountCents } };
  }
  const created = await tx.payment.create({ data: payment });
  return { status: 'stored', id: created.id };
}

export interface PaymentImportReport {
  imported: number;
  alreadyImported: number;
  conflicts: TreasuryLineError[];
  errors: TreasuryLineError[];
  auditId: number;
}

export async function importTreasuryPayments(
  prisma: PrismaClient,
  input: { text: string; fileName: string; actor: Actor; now: Date },
): Promise<PaymentImportReport> {
  const { lines, errors } = parseTreasuryCsv(input.text);
  const conflicts: TreasuryLineError[] = [];
  let imported = 0;
  let alreadyImported = 0;
  const auditId = await prisma.$transaction(async (tx) => {
    const references = [...new Set(lines.map((l) => l.familyReference))];
    const families = await tx.family.findMany({ where: { billingReference: { in: references } }, select: { id: true, billingReference: true } });
    const familyOf = new Map(families.map((f) => [f.billingReference as string, f.id]));
    for (const line of lines) {
      const familyId = familyOf.get(line.familyReference);
      if (familyId === undefined) {
        errors.push({ line: line.line, message: `aucune famille de référence « ${line.familyReference} »` });
        continue;
      }
      const outcome = await storePayment(tx, { familyId, day: line.day, amountCents: line.amountCents, reference: line.reference, source: 'treasury_csv', createdAt: input.now });
      if (outcome.status === 'stored') imported += 1;
      else if (outcome.status === 'already_stored') alreadyImported += 1;
      else conflicts.push({ line: line.line, message: `paiement ${line.reference} déjà importé avec ${outcome.known.day} et ${outcome.known.amountCents} centimes : laissé tel quel` });
    }
    const audit = await tx.auditEntry.create({
      data: {
        at: input.now,
        actorKind: input.actor.kind,
        actorId: input.actor.id,
        channel: input.actor.channel,
        action: 'payment.import',
        entityType: 'PaymentImport',
        entityId: createHash('sha256').update(input.text).digest('hex'),
        details: JSON.stringify({ fileName: input.fileName, imported, alreadyImported, conflicts, errors: [...errors].sort((a, b) => a.line - b.line) }),
      },
    });
    return audit.id;
  });
  errors.sort((a, b) => a.line - b.line);
  return { imported, alreadyImported, conflicts, errors, auditId };
}

/** The report in French for the operator. */
export function paymentImportSummary(report: PaymentImportReport): string {
  const lines = [`${report.imported} paiement(s) importé(s), ${report.alreadyImported} déjà importé(s), ${report.conflicts.length} en conflit, ${report.errors.length} ligne(s) refusée(s) (journal n° ${report.auditId}).`];
  for (const problem of [...report.conflicts, ...report.errors].sort((a, b) => a.line - b.line)) lines.push(`  ligne ${problem.line} : ${problem.message}`);
  return lines.join('\n');
}

/** Largest payment staff may record at once (100 000 €): a typo's extra zeros, not a payment. */
const MAX_PAYMENT_CENTS = 10_000_000;
const MAX_REFERENCE_LENGTH = 100;

export type RecordPaymentResult = { ok: true; status: 'stored' | 'already_stored'; message: string } | { ok: false; message: string };

/**
 * A payment staff record in the console for a family: date (AAAA-MM-JJ or JJ/MM/AAAA),
 * amount in euros as typed ("12,40", "12.40", "1 234,50"), the payment's reference.
 * Bad input is refused with a French message and nothing is written; the same reference
 * again changes nothing (as a re-import); every recording is audited (payment.record).
 */
export async function recordPayment(
  prisma: PrismaClient,
  input: { familyId: number; day: string; amount: string; reference: string; actor: Actor; now: Date },
): Promise<RecordPaymentResult> {
  const day = paymentDayOf(input.day.trim());
  const amountCents = parseEurosToCents(input.amount.trim());
  const reference = input.reference.trim();
  if (!day) return { ok: false, message: `Date invalide « ${input.day.trim()} » : écrivez-la AAAA-MM-JJ ou JJ/MM/AAAA, par exemple 15/12/2026.` };
  if (amountCents === undefined || amountCents === 0 || amountCents > MAX_PAYMENT_CENTS) {
    return { ok: false, message: `Montant invalide « ${input.amount.trim()} » : écrivez un montant en euros avec au plus deux décimales, par exemple 12,40.` };
  }
  if (!reference || reference.length > MAX_REFERENCE_LENGTH) return { ok: false, message: `Indiquez la référence du paiement (${MAX_REFERENCE_LENGTH} caractères au plus), par exemple le numéro du chèque ou du reçu.` };
  return prisma.$transaction(async (tx): Promise<RecordPaymentResult> => {
    const family = await tx.family.findUnique({ where: { id: input.familyId }, select: { id: true } });
    if (!family) return { ok: false, message: 'Famille introuvable.' };
    const outcome = await storePayment(tx, { familyId: family.id, day, amountCents, reference, source: 'console', createdAt: input.now });
    await tx.auditEntry.create({
      data: {
        at: input.now,
        actorKind: input.actor.kind,
        actorId: input.actor.id,
        channel: input.actor.channel,
        action: 'payment.record',
        entityType: 'Family',
        entityId: String(family.id),
        details: JSON.stringify({ day, amountCents, reference, outcome: outcome.status, ...(outcome.status === 'conflict' ? { known: outcome.known } : { paymentId: outcome.id }) }),
      },
    });
    const what = `${formatEuros(amountCents)} du ${frenchDay(day, { withYear: true })}`;
    if (outcome.status === 'stored') return { ok: true, status: 'stored', message: `Paiement de ${what} enregistré (référence ${reference}).` };
    if (outcome.status === 'already_stored') return { ok: true, status: 'already_stored', message: `Ce paiement de ${what} (référence ${reference}) est déjà enregistré : rien n'a changé.` };
    return {
      ok: false,
      message: `Un paiement de référence ${reference} existe déjà pour cette famille, de ${formatEuros(outcome.known.amountCents)} du ${frenchDay(outcome.known.day, { withYear: true })} : rien n'a été changé. Vérifiez la référence.`,
    };
  });
}
