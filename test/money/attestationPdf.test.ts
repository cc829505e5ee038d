import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_TOWN_CONFIG_PATH, loadTownConfig } from '../../src/config/townConfig';
import { PrismaMoneyStore } from '../../src/infrastructure/money/prismaMoneyStore';
import { createMoneyService } from '../../src/money/moneyService';
import type { TestDatabase } from '../infrastructure/support/testDatabase';
import { createTestDatabase, makeTempDir } from '../infrastructure/support/testDatabase';
import { runScript } from '../infrastructure/support/runScript';
import { findFamilyId } from '../../src/cli/attestationCommand';
import { pdfText } from './support/pdfText';

const town = loadTownConfig(DEFAULT_TOWN_CONFIG_PATH);
let db: TestDatabase;
let dir: string;

beforeAll(async () => {
  db = await createTestDatabase('seeded');
  dir = makeTempDir('attestation-');
});

afterAll(async () => {
  await db.destroy();
});

describe('payment attestation PDF', () => {
  it('shows the town, the family, each child with birth date and the amount paid for it, the tax-credit and CAF statement, the signature', async () => {
    const run = runScript('attestation.ts', ['--family', 'Martin', '--year', '2026', '--out', path.join(dir, 'martin.pdf')], { DATABASE_URL: db.url });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Attestation 2026 de Famille Martin \(démo\) écrite dans .*martin\.pdf .* 37,80 € payés \(Léa 17,04 €, Hugo 6,92 €, Inès 13,84 €\)/);
    const bytes = readFileSync(path.join(dir, 'martin.pdf'));
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');

    const text = pdfText(path.join(dir, 'martin.pdf'));
    expect(text).toContain('Ville de Joinville-le-Pont');
    expect(text).toContain('Attestation de paiement - année 2026');
    expect(text.replace(/\s+/g, ' ')).toMatch(/famille Martin \(démo\) \(référence FAM-000101\), représentée par Mme Camille Martin, a payé, du 1er janvier au 31 décembre 2026/);
    // One line per child: the amounts add up to the payments of the year (12,60 € + 25,20 €).
    expect(text).toContain('Léa Martin 12/05/2016 17,04 €');
    expect(text).toContain('Hugo Martin 03/02/2019 6,92 €');
    expect(text).toContain('Inès Martin * 20/09/2021 13,84 €');
    expect(text).toContain('Total 37,80 €');
    expect(text).toMatch(/crédit d'impôt pour frais de garde des enfants de moins de 6 ans/);
    expect(text).toMatch(/CAF/);
    expect(text).toContain('La responsable du service périscolaire');
    const poppler = spawnSync('pdftoppm', ['-v']);
    if (poppler.status === 0) {
      const render = spawnSync('pdftoppm', ['-png', '-r', '30', path.join(dir, 'martin.pdf'), path.join(dir, 'page')]);
      expect(render.status).toBe(0);
    }
  }, 60_000);

  it('refuses a year without payment, an unknown family and bad arguments, with a clear message', async () => {
    const none = runScript('attestation.ts', ['--family', 'Martin', '--year', '2024', '--out', path.join(dir, 'none.pdf')], { DATABASE_URL: db.url });
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/Aucun paiement de la famille Famille Martin \(démo\) en 2024/);
    await expect(findFamilyId(db.prisma, 'Durand')).rejects.toThrow(/Aucune famille ne correspond à « Durand »/);
    await expect(findFamilyId(db.prisma, 'démo')).rejects.toThrow(/Plusieurs familles correspondent à « démo » : Famille Martin \(démo\) \(FAM-000101\), Famille Benali/);
    expect(await findFamilyId(db.prisma, 'fam-000101')).toBe(await findFamilyId(db.prisma, 'martin'));
    const usage = runScript('attestation.ts', ['--family', 'Martin'], { DATABASE_URL: db.url });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/--year 2026/);
  }, 60_000);

  it('is the same document in the chat (money desk) as from the command line', async () => {
    const money = createMoneyService(new PrismaMoneyStore(db.prisma), town)!;
    const guardian = await db.prisma.guardian.findUniqueOrThrow({ where: { email: 'camille.martin@example.fr' } });
    const family = (await money.familyOfGuardian(guardian.id))!;
    const pdf = await money.attestationPdf(family, 2026, new Date('2026-12-01T09:00:00Z'));
    expect(Buffer.from(pdf!).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
