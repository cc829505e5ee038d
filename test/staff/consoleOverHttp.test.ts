/**
 * The staff console's day-to-day work over HTTP, on the real server and database: the
 * day board's numbers, the attendance list (marks, CSV), a family found and acted for
 * (past the deadline only with a reason; the parent is told), a decision with a message,
 * waiting lists, staff accounts, the family page's extension sections, escaping.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestDatabase } from '../dialogs/support/testDatabase';
import type { TestDatabase } from '../dialogs/support/testDatabase';
import { startAssistant } from '../server/support/runningAssistant';
import type { RunningAssistant } from '../server/support/runningAssistant';
import { StaffBrowser } from '../server/support/staffBrowser';
import { registerFamilySection, familySections } from '../../src/staff/familySections';
import { PrismaAttendanceStore } from '../../src/attendance/prismaAttendanceStore';
import { countsAsAttended } from '../../src/attendance/attendance';

// Tuesday 1 December 2026, 17:00 in Paris: tonight's accueil du soir, past its deadline.
const NOW = new Date('2026-12-01T17:00:00+01:00');
const PASSWORD = 'mot de passe du service';
let db: TestDatabase;
let running: RunningAssistant;
let staff: StaffBrowser;

beforeAll(async () => {
  db = await createTestDatabase();
  running = await startAssistant(db, () => NOW);
  await running.assistant.staffAuth.createAccount('sophie@joinvillelepont.fr', 'Sophie Durand', PASSWORD, NOW, 'admin');
  staff = new StaffBrowser(running.base);
  expect(await staff.login('sophie@joinvillelepont.fr', PASSWORD)).toBe(303);
});
afterAll(async () => {
  await running.stop();
  await db.drop();
});

/** Text of a page with entities decoded and typographic spaces made plain. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ');

async function lea() {
  return db.prisma.child.findFirstOrThrow({ where: { firstName: 'Léa', lastName: 'Martin' } });
}

test('the day board shows tonight per site: booked / capacity / waiting, in French, with the week', async () => {
  const page = text(await staff.get('/staff'));
  expect(page).toContain('Mardi 1er décembre 2026 (aujourd\'hui)');
  const polangis = await db.prisma.bookableDay.findFirstOrThrow({ where: { day: '2026-12-01', site: { code: 'polangis' } } });
  const booked = await db.prisma.booking.count({ where: { bookableDayId: polangis.id, status: 'booked' } });
  expect(page).toContain(`${booked} / ${polangis.capacity}`);
  expect(page).toContain('lundi 30 novembre');
  expect(page).toContain('dimanche 6 décembre');
  // Another day, chosen.
  expect(text(await staff.get('/staff?jour=2026-12-04'))).toContain('Vendredi 4 décembre 2026');
  // Not a date: today, no error.
  expect(text(await staff.get('/staff?jour=%3Cscript%3E'))).toContain('Mardi 1er décembre 2026');
});

test('attendance: the list of the day, marks by staff, and the CSV (BOM, semicolons) read back', async () => {
  const page = text(await staff.get('/staff/days/2026-12-01/attendance'));
  expect(page).toContain('MARTIN Léa');
  expect(page).toContain('CM1');
  expect(page).toContain('06 39 98 00 01');
  const booking = await db.prisma.booking.findFirstOrThrow({ where: { childId: (await lea()).id, bookableDay: { day: '2026-12-01' } } });
  const store = new PrismaAttendanceStore(db.prisma);
  expect(countsAsAttended((await store.ofBookings([booking.id])).get(booking.id))).toBe(true); // not marked yet
  expect(await staff.post(`/staff/days/2026-12-01/attendance/${booking.id}`, { present: 'non' })).toBe(303);
  const mark = (await store.ofBookings([booking.id])).get(booking.id);
  expect(mark).toMatchObject({ present: false, markedByName: 'Sophie Durand' });
  expect(countsAsAttended(mark)).toBe(false);

  const response = await staff.fetch('/staff/days/2026-12-01/attendance.csv');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  const bytes = Buffer.from(await response.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = bytes.toString('utf8').slice(1).trim().split('\r\n').map((line) => line.split(';'));
  expect(rows[0]).toEqual(['Jour', 'Site', 'Accueil', 'Nom', 'Prénom', 'Classe', 'École', 'Responsables', 'Téléphones', 'Notes', 'Présence']);
  const leaRow = rows.find((row) => row[4] === 'Léa')!;
  expect(leaRow).toMatchObject({ 0: '2026-12-01', 3: 'Martin', 5: 'CM1', 8: '06 39 98 00 01', 10: 'absent' });
  // Without a session: no data.
  expect((await fetch(`${running.base}/staff/days/2026-12-01/attendance.csv`, { redirect: 'manual' })).status).toBe(303);
  expect((await staff.fetch('/staff/days/2026-13-45/attendance.csv')).status).toBe(404);
});

test('find the Martin family by child, e-mail or phone; cancel for the parent past the deadline only with a reason; the parent is told', async () => {
  for (const query of ['léa', 'CAMILLE.MARTIN@example', '06 39 98 00 01', 'martin camille']) {
    expect(text(await staff.get(`/staff/families?q=${encodeURIComponent(query)}`))).toContain('Famille Martin (démo)');
  }
  expect(text(await staff.get('/staff/families?q=zzzz'))).toContain('Aucune famille trouvée');
  const family = await db.prisma.family.findFirstOrThrow({ where: { name: 'Famille Martin (démo)' } });
  const file = text(await staff.get(`/staff/families/${family.id}`));
  expect(file).toContain('Léa Martin · CM1');
  expect(file).toContain('décembre 2026');

  const child = await lea();
  expect(await staff.post(`/staff/families/${family.id}/act`, { childId: String(child.id), day: '2026-12-04', action: 'cancel', reason: '' })).toBe(303);
  const refused = await staff.fetch(`/staff/families/${family.id}?mois=2026-12`);
  expect(refused.status).toBe(200);
  const booking = () => db.prisma.booking.findFirstOrThrow({ where: { childId: child.id, bookableDay: { day: '2026-12-04' } } });
  // Friday's deadline is not passed yet on Tuesday evening: no reason needed; tonight's is.
  expect((await booking()).status).toBe('cancelled');
  expect(await staff.post(`/staff/families/${family.id}/act`, { childId: String(child.id), day: '2026-12-01', action: 'cancel', reason: '' })).toBe(303);
  expect((await db.prisma.booking.findFirstOrThrow({ where: { childId: child.id, bookableDay: { day: '2026-12-01' } } })).status).toBe('booked');
  expect(await staff.post(`/staff/families/${family.id}/act`, { childId: String(child.id), day: '2026-12-01', action: 'cancel', reason: 'Léa est malade, appel de sa mère' })).toBe(303);
  const tonight = await db.prisma.booking.findFirstOrThrow({ where: { childId: child.id, bookableDay: { day: '2026-12-01' } } });
  expect(tonight.status).toBe('cancelled');
  const audit = await db.prisma.auditEntry.findFirstOrThrow({ where: { entityType: 'Booking', entityId: String(tonight.id), action: 'booking.cancel' }, orderBy: { id: 'desc' } });
  expect(audit.actorKind).toBe('staff');
  expect(JSON.parse(audit.details)).toMatchObject({ staffName: 'Sophie Durand', reason: 'Léa est malade, appel de sa mère', pastDeadline: true });
  const notice = await db.prisma.notification.findFirstOrThrow({ where: { bookingId: tonight.id, kind: 'service_notice' } });
  expect(JSON.parse(notice.payload).text.replace(/[\u00a0\u202f]/g, ' ')).toBe(
    "Le service périscolaire (Sophie) a annulé la réservation de Léa pour l'accueil du soir du mardi 1er décembre. Motif : Léa est malade, appel de sa mère.",
  );
  // And booked again for the parent (past the deadline: with a reason).
  expect(await staff.post(`/staff/families/${family.id}/act`, { childId: String(child.id), day: '2026-12-01', action: 'reserve', reason: 'finalement guérie' })).toBe(303);
  expect((await db.prisma.booking.findFirstOrThrow({ where: { id: tonight.id } })).status).toBe('booked');
});

test('a late request: its file shows the parent’s words; accepting asks for confirmation and carries a message to the parent', async () => {
  const guardian = await db.prisma.guardian.findUniqueOrThrow({ where: { email: 'karim.benali@example.fr' } });
  const nathan = await db.prisma.child.findFirstOrThrow({ where: { firstName: 'Nathan' } });
  const submitted = await running.assistant.requests.submitLateRequest({
    guardianId: guardian.id, childIds: [nathan.id], days: ['2026-12-02'], action: 'reserve',
    parentWords: 'Je travaille tard <mercredi>, pouvez-vous accepter Nathan ?', channel: 'webchat', idempotencyKey: 'console-late', now: NOW,
  });
  if (submitted.status !== 'submitted') throw new Error('late request not submitted');
  const page = await staff.get(`/staff/requests/${submitted.number}`);
  expect(page).toContain('Je travaille tard &lt;mercredi&gt;'); // escaped
  expect(text(await staff.get('/staff/requests?type=late_request&etat=open'))).toContain(submitted.number);
  expect(text(await staff.get('/staff/requests?etat=handled'))).not.toContain(submitted.number);
  // First post: the confirmation page, nothing decided yet.
  expect(await staff.post(`/staff/requests/${submitted.number}/decision`, { decision: 'accept', message: 'À mercredi !' })).toBe(200);
  expect((await db.prisma.request.findUniqueOrThrow({ where: { number: submitted.number } })).status).toBe('submitted');
  expect(await staff.post(`/staff/requests/${submitted.number}/decision`, { decision: 'accept', message: 'À mercredi !', confirmed: 'oui' })).toBe(303);
  const request = await db.prisma.request.findUniqueOrThrow({ where: { number: submitted.number } });
  expect(request.status).toBe('accepted');
  const views = await running.assistant.requests.pendingNotifications(guardian.id);
  expect(views.map((v) => v.text.replace(/[\u00a0\u202f]/g, ' ')).join('\n')).toContain('Message du service : « À mercredi ! »');
  expect(text(await staff.get('/staff/requests?etat=handled'))).toContain(submitted.number);
});

test('waiting list of a day: in order, a child promoted (the family told) or removed', async () => {
  const day = await db.prisma.bookableDay.findFirstOrThrow({ where: { day: '2026-12-03', site: { code: 'polangis' } } });
  const [hugo, ines] = await Promise.all(['Hugo', 'Inès'].map((firstName) => db.prisma.child.findFirstOrThrow({ where: { firstName } })));
  const first = await db.prisma.booking.create({ data: { childId: hugo.id, bookableDayId: day.id, status: 'waiting', waitingSince: new Date('2026-11-20T10:00:00Z') } });
  const second = await db.prisma.booking.create({ data: { childId: ines.id, bookableDayId: day.id, status: 'waiting', waitingSince: new Date('2026-11-21T10:00:00Z') } });
  const page = text(await staff.get('/staff/days/2026-12-03/waiting'));
  expect(page.indexOf('MARTIN Hugo')).toBeLessThan(page.indexOf('MARTIN Inès'));
  expect(await staff.post(`/staff/waiting/${first.id}/promote`, { day: '2026-12-03' })).toBe(303);
  expect((await db.prisma.booking.findUniqueOrThrow({ where: { id: first.id } })).status).toBe('booked');
  expect(await db.prisma.notification.count({ where: { bookingId: first.id, kind: 'service_notice' } })).toBe(1);
  expect(await staff.post(`/staff/waiting/${second.id}/remove`, { day: '2026-12-03' })).toBe(303);
  expect((await db.prisma.booking.findUniqueOrThrow({ where: { id: second.id } })).status).toBe('cancelled');
  expect(await staff.post(`/staff/waiting/${second.id}/remove`, { day: '2026-12-03' })).toBe(303); // twice: nothing more
});

test('an administrator manages staff accounts; an agent cannot', async () => {
  expect(await staff.post('/staff/accounts', { name: 'Karine Petit', email: 'karine@joinvillelepont.fr', password: 'un mot de passe long', role: 'agent' })).toBe(303);
  expect(text(await staff.get('/staff/accounts'))).toContain('Karine Petit');
  const karine = new StaffBrowser(running.base);
  expect(await karine.login('karine@joinvillelepont.fr', 'un mot de passe long')).toBe(303);
  expect((await karine.fetch('/staff/accounts')).status).toBe(403);
  expect(await karine.post('/staff/accounts', { name: 'Intrus', email: 'x@joinvillelepont.fr', password: 'un mot de passe long' })).toBe(403);
  const account = await db.prisma.staffAccount.findUniqueOrThrow({ where: { email: 'karine@joinvillelepont.fr' } });
  expect(await staff.post(`/staff/accounts/${account.id}/reset`, { password: 'nouveau mot de passe' })).toBe(303);
  expect((await karine.fetch('/staff')).status).toBe(303); // her session was closed
  expect(await staff.post(`/staff/accounts/${account.id}/disable`)).toBe(303);
  expect(await new StaffBrowser(running.base).login('karine@joinvillelepont.fr', 'nouveau mot de passe')).toBe(401);
  // Too short a password: a clear French error, no account.
  await staff.post('/staff/accounts', { name: 'Bref', email: 'bref@joinvillelepont.fr', password: 'court' });
  expect(await db.prisma.staffAccount.count({ where: { email: 'bref@joinvillelepont.fr' } })).toBe(0);
});

test('the family page renders registered sections in order; a failing one does not break the page', async () => {
  const family = await db.prisma.family.findFirstOrThrow({ where: { name: 'Famille Martin (démo)' } });
  registerFamilySection({ id: 'invoices-test', title: 'Factures', render: async (id) => `<p>Famille ${id} : 12,40 €</p>` });
  registerFamilySection({ id: 'broken', title: 'Dossier', render: async () => { throw new Error('down'); } });
  try {
    const page = text(await staff.get(`/staff/families/${family.id}`));
    expect(page).toContain(`Factures Famille ${family.id} : 12,40 €`);
    expect(page).toContain('Dossier Cette partie est momentanément indisponible.');
    // The assistant's own sections come first: money (issue 13) and the family's record (issue 14).
    expect(page.indexOf('Tarifs, relevés et paiements Quotient familial : 850')).toBeGreaterThan(-1);
    expect(page.indexOf('Dossier de la famille Responsables')).toBeGreaterThan(page.indexOf('Tarifs, relevés et paiements'));
    expect(page.indexOf('Dossier de la famille')).toBeLessThan(page.indexOf('Factures Famille'));
  } finally {
    (familySections as unknown as { sections: unknown[] }).sections.length = 0;
  }
});

test('a new waiting conversation is announced on the live events stream', async () => {
  const response = await staff.fetch('/staff/events');
  expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
  const reader = response.body!.getReader();
  await reader.read(); // retry line
  const guardian = await db.prisma.guardian.findUniqueOrThrow({ where: { email: 'camille.martin@example.fr' } });
  await running.assistant.handoff.open({
    channelId: 'webchat', conversationId: 'c-live', guardianId: guardian.id, reason: 'asked',
    context: { guardianName: 'Mme Camille Martin' }, reference: {}, transcript: [], now: NOW,
  });
  const chunk = new TextDecoder().decode((await reader.read()).value);
  expect(chunk).toContain('event: waiting');
  expect(chunk).toContain('Mme Camille Martin');
  await reader.cancel();
  // Given back, it is found in the closed conversations' history.
  const ticket = (await running.assistant.handoff.list(['waiting'])).find((t) => t.conversationId === 'c-live')!;
  expect((await running.assistant.handoff.release(ticket.id, { id: 0 }, NOW)).ok).toBe(true);
  expect(text(await staff.get('/staff/conversations?q=camille'))).toContain('Mme Camille Martin');
  expect(text(await staff.get('/staff/conversations?q=personne%20inconnue'))).toContain('Aucune conversation close trouvée.');
});

test('the README’s curl commands get a day’s CSV with a staff session', async () => {
  const readme = readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
  const snippet = /A day's CSV with `curl`[\s\S]*?```bash\n([\s\S]*?)```/.exec(readme)![1];
  const dir = mkdtempSync(path.join(tmpdir(), 'console-curl-'));
  try {
    const script = snippet.replace(/^BASE=.*$/m, `BASE=${running.base}`);
    // Asynchronously: the server answering curl runs in this very process.
    const result = await promisify(execFile)('bash', ['-e', '-c', script], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
    expect(result.stdout.trim()).toBe('303');
    const csv = readFileSync(path.join(dir, 'appel-2026-12-01.csv'), 'utf8');
    expect(csv.startsWith('\ufeffJour;Site;Accueil;Nom;Prénom')).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
