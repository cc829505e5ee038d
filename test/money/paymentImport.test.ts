import { importTreasuryPayments, paymentImportSummary } from '../../src/infrastructure/money/paymentImport';
import { parseEurosToCents, parseTreasuryCsv } from '../../src/money/treasuryCsv';
import type { TestDatabase } from '../infrastructure/support/testDatabase';
import { createTestDatabase } from '../infrastructure/support/testDatabase';

const EXPORT = ['reference_famille;date;montant;reference', 'FAM-000101;2026-12-15;25,20;TP-2026-12-0031', 'FAM-000101;16/12/2026;1 234,5;TP-2026-12-0032', ''].join('\r\n');
const actor = { kind: 'staff' as const, id: 'agent@joinvillelepont.fr', channel: 'cli' };
const now = new Date('2026-12-20T10:00:00Z');

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase('seeded');
});
afterAll(async () => {
  await db.destroy();
});

async function martinPayments() {
  const family = await db.prisma.family.findUniqueOrThrow({ where: { billingReference: 'FAM-000101' } });
  return db.prisma.payment.findMany({ where: { familyId: family.id, source: 'treasury_csv' }, orderBy: { reference: 'asc' } });
}

describe('treasury CSV', () => {
  it.each([
    ['25,20', 2520],
    ['25.2', 2520],
    ['1 234,50', 123450],
    ['0,05', 5],
    ['12 €', 1200],
    ['-3,00', undefined],
    ['12,345', undefined],
    ['douze', undefined],
  ])('amount %s → %s cents', (text, cents) => {
    expect(parseEurosToCents(text)).toBe(cents);
  });

  it('reports bad lines by number and reads the others', () => {
    const { lines, errors } = parseTreasuryCsv(
      ['reference_famille;date;montant;reference', 'FAM-1;2026-02-30;10,00;R1', 'FAM-1;2026-02-10;dix;R2', 'FAM-1;2026-02-10;10,00', 'FAM-1;2026-02-10;10,00;R4'].join('\n'),
    );
    expect(lines).toEqual([{ line: 5, familyReference: 'FAM-1', day: '2026-02-10', amountCents: 1000, reference: 'R4' }]);
    expect(errors.map((e) => e.line)).toEqual([2, 3, 4]);
    expect(errors[0].message).toMatch(/date invalide « 2026-02-30 »/);
  });

  it('refuses a file without the documented header', () => {
    expect(parseTreasuryCsv('famille;jour;euros\nFAM-1;2026-02-10;10').errors[0].message).toMatch(/en-tête attendu « reference_famille;date;montant;reference »/);
  });
});

describe('payments import', () => {
  it('imports the lines once: a second import of the same file changes nothing, and both are audited', async () => {
    const first = await importTreasuryPayments(db.prisma, { text: EXPORT, fileName: 'export.csv', actor, now });
    expect(first).toMatchObject({ imported: 2, alreadyImported: 0, conflicts: [], errors: [] });
    const again = await importTreasuryPayments(db.prisma, { text: EXPORT, fileName: 'export.csv', actor, now });
    expect(again).toMatchObject({ imported: 0, alreadyImported: 2, conflicts: [], errors: [] });
    expect((await martinPayments()).map((p) => [p.reference, p.day, p.amountCents])).toEqual([
      ['TP-2026-12-0031', '2026-12-15', 2520],
      ['TP-2026-12-0032', '2026-12-16', 123450],
    ]);
    const audits = await db.prisma.auditEntry.findMany({ where: { action: 'payment.import' }, orderBy: { id: 'asc' } });
    expect(audits).toHaveLength(2);
    expect(audits[1]).toMatchObject({ actorKind: 'staff', actorId: 'agent@joinvillelepont.fr', entityType: 'PaymentImport' });
    expect(JSON.parse(audits[1].details)).toMatchObject({ fileName: 'export.csv', imported: 0, alreadyImported: 2 });
  });

  it('leaves a payment as imported when a later file says otherwise, and names unknown families', async () => {
    const text = ['reference_famille;date;montant;reference', 'FAM-000101;2026-12-15;30,00;TP-2026-12-0031', 'FAM-999999;2026-12-15;30,00;TP-X'].join('\n');
    const report = await importTreasuryPayments(db.prisma, { text, fileName: 'corrige.csv', actor, now });
    expect(report.imported).toBe(0);
    expect(report.conflicts[0].message).toMatch(/TP-2026-12-0031 déjà importé avec 2026-12-15 et 2520 centimes : laissé tel quel/);
    expect(report.errors[0].message).toMatch(/aucune famille de référence « FAM-999999 »/);
    expect(paymentImportSummary(report)).toMatch(/^0 paiement\(s\) importé\(s\), 0 déjà importé\(s\), 1 en conflit, 1 ligne\(s\) refusée\(s\)/);
    expect((await martinPayments()).find((p) => p.reference === 'TP-2026-12-0031')?.amountCents).toBe(2520);
  });
});
