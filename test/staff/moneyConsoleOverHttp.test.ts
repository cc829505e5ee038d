/**
 * The console's money forms over HTTP, on the real server and database: staff set the
 * quotient familial from a quotient_familial request's page (the request accepted and
 * audited, the parent told the new prices once), correct it on the family page, and
 * record a payment (twice the same reference: one payment; bad amounts refused in French).
 */
import { aPdf } from '../documents/support/fileMother';
import { createTestDatabase } from '../dialogs/support/testDatabase';
import type { TestDatabase } from '../dialogs/support/testDatabase';
import { startAssistant } from '../server/support/runningAssistant';
import type { RunningAssistant } from '../server/support/runningAssistant';
import { StaffBrowser } from '../server/support/staffBrowser';

// Tuesday 1 December 2026, 17:00 in Paris.
const NOW = new Date('2026-12-01T17:00:00+01:00');
const PASSWORD = 'mot de passe du service';
let db: TestDatabase;
let running: RunningAssistant;
let staff: StaffBrowser;

beforeAll(async () => {
  db = await createTestDatabase();
  running = await startAssistant(db, () => NOW);
  await running.assistant.staffAuth.createAccount('sophie@joinvillelepont.fr', 'Sophie Durand', PASSWORD, NOW, 'agent');
  staff = new StaffBrowser(running.base);
  expect(await staff.login('sophie@joinvillelepont.fr', PASSWORD)).toBe(303);
});
afterAll(async () => {
  await running.stop();
  await db.drop();
});

/** The French message a post redirected with (notice or error). */
const told = () => {
  const query = new URL(staff.lastLocation, running.base).searchParams;
  return (query.get('notice') ?? query.get('erreur') ?? '').replace(/[\u00a0\u202f]/g, ' ');
};
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

async function karim() {
  return db.prisma.guardian.findUniqueOrThrow({ where: { email: 'karim.benali@example.fr' } });
}

/** Karim sends his CAF attestation from the chat: a quotient_familial request. */
async function quotientRequest(): Promise<string> {
  const guardian = await karim();
  const stored = await running.assistant.documents.store.put(aPdf());
  const { documentId } = await running.assistant.requests.registerDocument({
    guardianId: guardian.id,
    document: { ...stored, mediaType: 'application/pdf', originalName: 'attestation-caf.pdf' },
    channel: 'webchat',
    now: NOW,
  });
  const result = await running.assistant.requests.submitQuotientRequest({
    guardianId: guardian.id, text: 'voici mon attestation CAF', documentIds: [documentId], channel: 'webchat', idempotencyKey: 'qf-karim', now: NOW,
  });
  if (result.status !== 'submitted') throw new Error(`not submitted: ${result.code}`);
  return result.number;
}

test('staff set the QF from a quotient_familial request: bracket stored, request accepted and audited, the parent told the new prices once', async () => {
  const number = await quotientRequest();
  const guardian = await karim();
  expect(plain(await staff.get('/staff/requests?etat=open'))).toContain(number);
  const page = plain(await staff.get(`/staff/requests/${number}`));
  expect(page).toContain('quotient familial');
  expect(page).toContain('non fourni (tranche la plus haute)');
  expect(page).toContain('attestation-caf.pdf');
  expect(page).toContain('voici mon attestation CAF');
  expect(page).toContain(`action="/staff/requests/${number}/quotient"`);

  // Not a number: refused in French, nothing changes.
  expect(await staff.post(`/staff/requests/${number}/quotient`, { quotient: 'sept cents' })).toBe(303);
  expect(told()).toBe("Quotient familial invalide « sept cents » : écrivez un nombre entier d'euros, par exemple 720.");
  expect((await db.prisma.family.findUniqueOrThrow({ where: { id: guardian.familyId } })).quotient).toBeNull();
  // Without the form's token: refused.
  expect(await staff.post(`/staff/requests/${number}/quotient`, { quotient: '720' }, { withoutCsrf: true })).toBe(403);

  expect(await staff.post(`/staff/requests/${number}/quotient`, { quotient: '720' })).toBe(303);
  expect(told()).toBe(`Quotient familial 720 enregistré (tranche B) ; demande ${number} acceptée ; 1 parent(s) prévenu(s) de leurs nouveaux tarifs.`);
  expect(await db.prisma.family.findUniqueOrThrow({ where: { id: guardian.familyId } })).toMatchObject({ quotient: 720, quotientBracket: 'B' });
  const request = await db.prisma.request.findUniqueOrThrow({ where: { number }, include: { history: { orderBy: { id: 'asc' } } } });
  expect(request.status).toBe('accepted');
  expect(request.history.at(-1)).toMatchObject({ toStatus: 'accepted', actorKind: 'staff', comment: 'Quotient familial enregistré par le service ; nouveaux tarifs envoyés au parent.' });
  const audits = await db.prisma.auditEntry.findMany({ where: { OR: [{ action: 'family.quotient', entityId: String(guardian.familyId) }, { action: 'request.accept', entityId: number }] } });
  expect(audits.map((a) => a.action).sort()).toEqual(['family.quotient', 'request.accept']);
  expect(audits.every((a) => a.actorKind === 'staff' && a.channel === 'console')).toBe(true);

  // The parent hears it once, with the new prices.
  const notices = await running.assistant.requests.pendingNotifications(guardian.id);
  expect(notices).toHaveLength(1);
  expect(plain(notices[0].text)).toMatch(
    new RegExp(`^Votre demande n° ${number} est traitée\\. Le service a enregistré votre quotient familial : 720 \\(tranche B\\)\\. Vos tarifs désormais : accueil du soir 1,60 € le soir, .*accueil du mercredi`),
  );
  // Twice: already handled, nothing more.
  expect(await staff.post(`/staff/requests/${number}/quotient`, { quotient: '720' })).toBe(303);
  expect(told()).toBe(`La demande ${number} est déjà traitée : corrigez le quotient depuis la fiche famille.`);
  expect(await running.assistant.requests.pendingNotifications(guardian.id)).toHaveLength(1);
});

test('the family page: the QF corrected directly; a payment recorded once whatever the retries; bad amounts refused in French', async () => {
  const guardian = await karim();
  const familyId = guardian.familyId;
  const page = await staff.get(`/staff/families/${familyId}`);
  expect(page).toContain(`action="/staff/families/${familyId}/money/payments"`);
  expect(page).toContain(`action="/staff/families/${familyId}/money/quotient"`);
  expect(page).not.toContain('{{csrf}}');

  expect(await staff.post(`/staff/families/${familyId}/money/quotient`, { quotient: '1 200' })).toBe(303);
  expect(told()).toBe('Quotient familial 1200 enregistré (tranche D) ; 1 parent(s) prévenu(s) de leurs nouveaux tarifs.');
  expect(await db.prisma.family.findUniqueOrThrow({ where: { id: familyId } })).toMatchObject({ quotient: 1200, quotientBracket: 'D' });
  expect(await staff.post(`/staff/families/${familyId}/money/quotient`, { quotient: '-5' })).toBe(303);
  expect(told()).toMatch(/^Quotient familial invalide « -5 »/);

  const payment = { day: '2026-11-30', amount: '12,40', reference: 'CHQ-004512' };
  expect(await staff.post(`/staff/families/${familyId}/money/payments`, payment)).toBe(303);
  expect(told()).toBe('Paiement de 12,40 € du lundi 30 novembre 2026 enregistré (référence CHQ-004512).');
  // The same again (a double click, "12.40"): nothing more.
  expect(await staff.post(`/staff/families/${familyId}/money/payments`, { ...payment, amount: '12.40' })).toBe(303);
  expect(told()).toBe("Ce paiement de 12,40 € du lundi 30 novembre 2026 (référence CHQ-004512) est déjà enregistré : rien n'a changé.");
  const payments = await db.prisma.payment.findMany({ where: { familyId, reference: 'CHQ-004512' } });
  expect(payments).toHaveLength(1);
  expect(payments[0]).toMatchObject({ day: '2026-11-30', amountCents: 1240, source: 'console' });
  // The same reference with another amount: a conflict, left as it was.
  expect(await staff.post(`/staff/families/${familyId}/money/payments`, { ...payment, amount: '21,40' })).toBe(303);
  expect(told()).toBe('Un paiement de référence CHQ-004512 existe déjà pour cette famille, de 12,40 € du lundi 30 novembre 2026 : rien n\'a été changé. Vérifiez la référence.');

  for (const amount of ['12,4x', '12,405', '0', '-3', '']) {
    expect(await staff.post(`/staff/families/${familyId}/money/payments`, { ...payment, reference: 'CHQ-9', amount })).toBe(303);
    expect(told()).toBe(`Montant invalide « ${amount} » : écrivez un montant en euros avec au plus deux décimales, par exemple 12,40.`);
  }
  expect(await staff.post(`/staff/families/${familyId}/money/payments`, { ...payment, reference: 'CHQ-9', day: '31/02/2026' })).toBe(303);
  expect(told()).toMatch(/^Date invalide « 31\/02\/2026 »/);
  expect(await staff.post(`/staff/families/${familyId}/money/payments`, { ...payment, reference: '  ' })).toBe(303);
  expect(told()).toMatch(/^Indiquez la référence du paiement/);
  expect(await db.prisma.payment.count({ where: { familyId } })).toBe(1);
  const audits = await db.prisma.auditEntry.findMany({ where: { action: 'payment.record', entityId: String(familyId) }, orderBy: { id: 'asc' } });
  expect(audits.map((a) => JSON.parse(a.details).outcome)).toEqual(['stored', 'already_stored', 'conflict']);
  // The family page lists it.
  expect(plain(await staff.get(`/staff/families/${familyId}`))).toContain('CHQ-004512');
});
