/**
 * Imports the treasury's payments export: each line becomes a Payment of the family
 * whose billingReference it names. Idempotent: a line already imported (same family and
 * payment reference, same day and amount) is skipped; one that differs from what was
 * imported is reported as a conflict and left as it was. Each import is audited
 * (AuditEntry "payment.import": file digest, counts, problems).
 */
import { createHash } from 'node:crypto';
import type { PrismaClient } from '../../generated/prisma/client';
import type { TreasuryLineError } from '../../money/treasuryCsv';
import { parseTreasuryCsv } from '../../money/treasuryCsv';

export interface PaymentImportReport {
  imported: number;
  alreadyImported: number;
  conflicts: TreasuryLineError[];
  errors: TreasuryLineError[];
  auditId: number;
}

export async function importTreasuryPayments(
  prisma: PrismaClient,
  input: { text: string; fileName: string; actor: { kind: 'staff' | 'system'; id: string; channel: string }; now: Date },
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
      const known = await tx.payment.findUnique({ where: { familyId_reference: { familyId, reference: line.reference } } });
      if (known) {
        if (known.day === line.day && known.amountCents === line.amountCents) alreadyImported += 1;
        else conflicts.push({ line: line.line, message: `paiement ${line.reference} déjà importé avec ${known.day} et ${known.amountCents} centimes : laissé tel quel` });
        continue;
      }
      await tx.payment.create({ data: { familyId, day: line.day, amountCents: line.amountCents, reference: line.reference, source: 'treasury_csv', createdAt: input.now } });
      imported += 1;
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
