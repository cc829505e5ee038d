/**
 * A staff member's day in the console, in Chromium: log in, read tonight's numbers,
 * open the attendance list and export it (the CSV parsed back), find the Martin family,
 * cancel for the parent past the deadline with a reason (the parent's page is told),
 * accept a late request with a message, be alerted live of a new waiting conversation,
 * take it and reply (the parent's page shows the agent's name), give it back. Pages are
 * checked with axe-core and captured at desktop and phone sizes.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { RecordingMail } from '../dialogs/support/harness';
import { createTestDatabase } from '../dialogs/support/testDatabase';
import type { TestDatabase } from '../dialogs/support/testDatabase';
import { startAssistant } from '../server/support/runningAssistant';
import type { RunningAssistant } from '../server/support/runningAssistant';
import { launchBrowser, screenshotPath } from './support/browser';

jest.setTimeout(120_000);

// Tuesday 1 December 2026, 17:00 in Paris: the service is at work, tonight's deadline is past.
const NOW = new Date('2026-12-01T17:00:00+01:00');
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let db: TestDatabase;
let running: RunningAssistant;
let base: string;
let mail: RecordingMail;
let browser: Browser;

beforeAll(async () => {
  db = await createTestDatabase();
  running = await startAssistant(db, () => NOW, { env: { MicrosoftAppId: '', NOTIFY_INTERVAL_SECONDS: '5' } });
  ({ base, mail } = running);
  await running.assistant.staffAuth.createAccount('sophie@joinvillelepont.fr', 'Sophie Durand', 'mot de passe du service', NOW);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await running?.stop();
  await db?.drop();
});

async function send(page: Page, text: string): Promise<void> {
  const box = page.getByRole('textbox').last();
  await box.click();
  await box.fill(text);
  await box.press('Enter');
}

async function waitForText(page: Page, pattern: RegExp, timeout = 20_000): Promise<void> {
  const loose = new RegExp(pattern.source.replace(/ /g, '\\s'), pattern.flags);
  await page.getByText(loose).last().waitFor({ timeout });
}

/** axe-core's violations on the page, as "rule: target" lines (empty when none). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  // A string: run in the page, where `window` is (the tests compile without the DOM's types).
  return page.evaluate(`axe.run().then((result) => result.violations.map((v) => v.id + ': ' + JSON.stringify(v.nodes.map((n) => n.target))))`);
}

test('a day in the console, from tonight’s numbers to a live hand-over', async () => {
  // The parent, on a phone, linked to the Martin family.
  const parent = await browser.newPage({ locale: 'fr-FR', viewport: { width: 390, height: 844 } });
  await parent.goto(`${base}/`);
  await parent.getByRole('textbox').last().waitFor({ timeout: 30_000 });
  await send(parent, 'bonjour');
  await waitForText(parent, /adresse e-mail/);
  const mailsBefore = mail.sent.length;
  await send(parent, 'camille.martin@example.fr');
  await waitForText(parent, /code à 6 chiffres/);
  await send(parent, /(\d{6})/.exec((await mail.sentAt(mailsBefore)).text)![1]);
  await waitForText(parent, /Merci Camille/);
  // A first turn as a linked parent: this conversation is where the service reaches her.
  await send(parent, 'quand puis-je annuler pour vendredi 4 décembre ?');
  await parent.locator('.webchat__text-content').nth(8).waitFor();

  // Log in; the day board shows tonight per site.
  // CSP bypassed only so that the test can inject axe-core into the page.
  const staff = await browser.newPage({ locale: 'fr-FR', viewport: { width: 1280, height: 900 }, bypassCSP: true });
  await staff.goto(`${base}/staff`);
  await staff.getByLabel('Adresse e-mail').fill('sophie@joinvillelepont.fr');
  await staff.getByLabel('Mot de passe').fill('mot de passe du service');
  await staff.getByRole('button', { name: 'Se connecter' }).click();
  await staff.getByRole('heading', { name: /Mardi 1er décembre 2026/ }).waitFor();
  const polangis = await db.prisma.bookableDay.findFirstOrThrow({ where: { day: '2026-12-01', site: { code: 'polangis' } } });
  const booked = await db.prisma.booking.count({ where: { bookableDayId: polangis.id, status: 'booked' } });
  await expect(staff.locator('svg.chart').textContent()).resolves.toContain(`${booked} / ${polangis.capacity}`);
  expect(await axeViolations(staff)).toEqual([]);
  await staff.screenshot({ path: screenshotPath('staff-day-board-desktop'), fullPage: true });

  // The attendance list, then its CSV, read back.
  await staff.getByRole('link', { name: "Liste d'appel du jour" }).click();
  await staff.getByRole('row', { name: /MARTIN Léa/ }).waitFor();
  expect(await axeViolations(staff)).toEqual([]);
  await staff.screenshot({ path: screenshotPath('staff-attendance-desktop'), fullPage: true });
  const csv = await staff.request.get(`${base}/staff/days/2026-12-01/attendance.csv`);
  const body = await csv.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = body.toString('utf8').slice(1).trim().split('\r\n').map((line) => line.split(';'));
  expect(rows.find((row) => row[4] === 'Léa')?.slice(3, 6)).toEqual(['Martin', 'Léa', 'CM1']);

  // Find the Martin family; cancel tonight for the parent: past the deadline, a reason is required.
  await staff.getByRole('link', { name: 'Familles' }).click();
  await staff.getByLabel('Enfant, parent, e-mail ou téléphone').fill('Martin');
  await staff.getByRole('button', { name: 'Rechercher' }).click();
  await staff.getByRole('link', { name: 'Famille Martin (démo)' }).click();
  await staff.getByLabel('Enfant', { exact: true }).selectOption({ label: 'Léa' });
  await staff.getByLabel('Jour', { exact: true }).fill('2026-12-01');
  await staff.getByLabel('Action', { exact: true }).selectOption('cancel');
  await staff.getByRole('button', { name: 'Valider pour le parent' }).click();
  await staff.getByText(/La date limite est passée/).waitFor();
  await staff.getByLabel('Enfant', { exact: true }).selectOption({ label: 'Léa' });
  await staff.getByLabel('Jour', { exact: true }).fill('2026-12-01');
  await staff.getByLabel('Action', { exact: true }).selectOption('cancel');
  await staff.getByLabel(/Motif/).fill('Léa est malade, sa mère a appelé');
  await staff.getByRole('button', { name: 'Valider pour le parent' }).click();
  await staff.getByText(/annulée ; la famille est prévenue/).waitFor();
  expect(await axeViolations(staff)).toEqual([]);
  await staff.screenshot({ path: screenshotPath('staff-family-desktop'), fullPage: true });
  await waitForText(parent, /Le service périscolaire \(Sophie\) a annulé la réservation de Léa/);

  // A late request accepted with a message.
  const camille = await db.prisma.guardian.findUniqueOrThrow({ where: { email: 'camille.martin@example.fr' } });
  const hugo = await db.prisma.child.findFirstOrThrow({ where: { firstName: 'Hugo' } });
  const late = await running.assistant.requests.submitLateRequest({
    guardianId: camille.id, childIds: [hugo.id], days: ['2026-12-02'], action: 'reserve',
    parentWords: 'Je finis tard demain, pouvez-vous prendre Hugo ?', channel: 'webchat', idempotencyKey: 'console-browser-late', now: NOW,
  });
  if (late.status !== 'submitted') throw new Error('late request not submitted');
  await staff.getByRole('link', { name: 'Demandes', exact: true }).click();
  await staff.getByRole('link', { name: `Examiner la demande ${late.number}` }).click();
  await staff.getByText('Je finis tard demain, pouvez-vous prendre Hugo ?').waitFor();
  await staff.getByLabel(/Message au parent/).fill('Pas de souci, à demain.');
  await staff.getByRole('button', { name: 'Accepter' }).click();
  await staff.getByRole('button', { name: 'Confirmer : accepter' }).click();
  await staff.getByText(/acceptée ; la famille en sera informée/).waitFor();
  await waitForText(parent, /Message du service : « Pas de souci, à demain\. »/);

  // The parent asks for a person: the console announces it live.
  await staff.getByRole('link', { name: 'Tableau du jour' }).click();
  await staff.getByRole('heading', { name: /Mardi 1er décembre 2026/ }).waitFor();
  await send(parent, "je voudrais parler à quelqu'un");
  await waitForText(parent, /Je transmets votre demande/);
  await send(parent, 'Léa a oublié son manteau hier soir, est-il chez vous ?');
  const alert = staff.getByRole('link', { name: /Nouvelle conversation en attente : Mme Camille Martin/ });
  await alert.waitFor({ timeout: 20_000 });
  expect(await staff.title()).toMatch(/^\(1\) Conversation en attente/);
  await alert.click();
  await staff.getByRole('button', { name: 'Prendre la conversation' }).click();
  await staff.getByText('06 39 98 00 01 (Camille)').waitFor();
  await staff.getByLabel('Votre réponse au parent').fill('Bonjour Madame Martin, oui : le manteau est à l’accueil de Polangis.');
  await staff.getByRole('button', { name: 'Envoyer' }).click();
  await staff.getByText('Message envoyé.').waitFor();
  expect(await axeViolations(staff)).toEqual([]);
  await staff.screenshot({ path: screenshotPath('staff-conversation-desktop'), fullPage: true });
  await waitForText(parent, /Sophie \(service périscolaire\)/);
  await waitForText(parent, /le manteau est à l’accueil de Polangis/);
  await parent.screenshot({ path: screenshotPath('web-chat-agent-named-phone'), fullPage: true });
  await staff.getByRole('button', { name: "Rendre la conversation à l'assistant" }).click();
  await staff.getByText('Conversation rendue à l’assistant.').waitFor();
  await waitForText(parent, /La personne du service a terminé/);

  // The same console on a phone.
  await staff.setViewportSize({ width: 390, height: 844 });
  await staff.goto(`${base}/staff`);
  const overflow = await staff.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
  expect(overflow).toBeLessThanOrEqual(0);
  expect(await axeViolations(staff)).toEqual([]);
  await staff.screenshot({ path: screenshotPath('staff-day-board-phone'), fullPage: true });
  await staff.goto(`${base}/staff/days/2026-12-01/attendance`);
  await staff.screenshot({ path: screenshotPath('staff-attendance-phone'), fullPage: true });
});
