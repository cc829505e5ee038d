/** The console's dossier section: the family's record and its changes to apply, escaped, never another family's. */
import { dossierStaffSection } from '../../src/family/dossierStaffSection';
import { createTestDatabase } from '../dialogs/support/testDatabase';
import type { TestDatabase } from '../dialogs/support/testDatabase';
import { createRequestServices } from '../../src/infrastructure/requests/createRequestServices';
import { requestSettingsFrom } from '../../src/requests/requestUseCases';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.drop();
});

test('shows the record and a pending change with its button; the parent\'s words are escaped', async () => {
  const camille = await db.prisma.guardian.findUniqueOrThrow({ where: { email: 'camille.martin@example.fr' } });
  const { requests } = createRequestServices(db.prisma, { rules: db.rules, settings: requestSettingsFrom(db.rules.config), messageIdDomain: 'joinvillelepont.fr' });
  const sent = await requests.submitDossierChange({
    guardianId: camille.id, text: 'nouveau numéro <script>alert(1)</script> 06 39 98 00 42', childIds: [], documentIds: [], channel: 'test', idempotencyKey: 'k1', now: new Date('2026-03-06T09:00:00Z'),
  });
  if (sent.status !== 'submitted') throw new Error('not sent');
  const html = await dossierStaffSection(db.prisma).render(String(camille.familyId));
  expect(html).toContain('Camille Martin — camille.martin@example.fr');
  expect(html).toContain('Monique Martin (grand-mère)');
  expect(html).toContain(`action="/staff/requests/${sent.number}/decision"`);
  expect(html).toContain('&lt;script&gt;');
  expect(html).not.toContain('<script>');
  expect(html).not.toContain('Benali');

  const karim = await db.prisma.guardian.findUniqueOrThrow({ where: { email: 'karim.benali@example.fr' } });
  const other = await dossierStaffSection(db.prisma).render(String(karim.familyId));
  expect(other).not.toContain(sent.number);
  expect(other).toContain('Aucune modification en attente.');
  expect(await dossierStaffSection(db.prisma).render('abc')).toBe('<p>Famille inconnue.</p>');
});
