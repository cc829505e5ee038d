/**
 * In a real browser: a parent links their account and reserves a day through the web
 * chat widget, then asks for a person; a staff member logs in to the console, takes the
 * conversation and replies; the parent's page shows the reply. A bad staff login is
 * refused, and a parent's page cannot reach the staff console's data.
 */
import type { Browser, Page } from 'playwright-core';
import type { RecordingMail } from '../dialogs/support/harness';
import { createTestDatabase } from '../dialogs/support/testDatabase';
import type { TestDatabase } from '../dialogs/support/testDatabase';
import { startAssistant } from '../server/support/runningAssistant';
import type { RunningAssistant } from '../server/support/runningAssistant';
import { launchBrowser, screenshotPath } from './support/browser';

jest.setTimeout(120_000);

// A Friday morning of the school period, during the service's opening hours.
const NOW = new Date('2026-03-06T10:00:00+01:00');

let db: TestDatabase;
let running: RunningAssistant;
let base: string;
let mail: RecordingMail;
let browser: Browser;
/** Karim's page, left open after he sent a certificate: where a later decision is told. */
let karimPage: Page | undefined;

beforeAll(async () => {
  db = await createTestDatabase();
  running = await startAssistant(db, () => NOW);
  ({ base, mail } = running);
  await running.assistant.staffAuth.createAccount('agent@joinvillelepont.fr', 'Sophie Durand', 'mot de passe du service', NOW);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await running?.stop();
  await db?.drop();
});

/** Types a message in Web Chat's send box and sends it with Enter, as a parent would. */
async function send(page: Page, text: string): Promise<void> {
  const box = page.getByRole('textbox').last();
  await box.click();
  await box.fill(text);
  await box.press('Enter');
}

/** Lets Web Chat finish scrolling to the last message before a screenshot (for review only). */
async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(1_000);
}

/** Waits for a reply; a space in `pattern` also matches the no-break spaces of French typography. */
async function waitForBotText(page: Page, pattern: RegExp): Promise<void> {
  const loose = new RegExp(pattern.source.replace(/ /g, '\\s').replace(/(?<=\d)-|-(?=\d)/g, '[-\u2011]'), pattern.flags);
  await page.getByText(loose).last().waitFor({ timeout: 20_000 });
}

test('a parent links, reserves, reaches a person; staff reply in the console; the page shows it', async () => {
  // A phone's width (iPhone 12–15: 390 CSS pixels).
  const parentPage = await browser.newPage({ locale: 'fr-FR', viewport: { width: 390, height: 844 } });
  await parentPage.goto(`${base}/`);
  await parentPage.getByRole('textbox').last().waitFor({ timeout: 30_000 });

  await send(parentPage, 'bonjour');
  await waitForBotText(parentPage, /adresse e-mail/);
  const mailsBefore = mail.sent.length;
  await send(parentPage, 'camille.martin@example.fr');
  await waitForBotText(parentPage, /code à 6 chiffres/);
  const code = /(\d{6})/.exec((await mail.sentAt(mailsBefore)).text)![1];
  await send(parentPage, code);
  await waitForBotText(parentPage, /Merci Camille/);

  await send(parentPage, 'inscrire Inès mercredi 11 mars');
  await waitForBotText(parentPage, /Je réserve pour Inès\s*:\s*mercredi 11\s*mars/);
  // A correction at the confirmation: the corrected request is confirmed again.
  await send(parentPage, 'non pardon, jeudi 12 mars');
  await waitForBotText(parentPage, /Je réserve pour Inès\s*:\s*jeudi 12\s*mars/);
  await settle(parentPage);
  await parentPage.screenshot({ path: screenshotPath('web-chat-corrected-confirmation'), fullPage: true });
  await send(parentPage, 'oui');
  // One rendering of the result: the card, and no text repeating it.
  const card = parentPage.locator('.ac-adaptiveCard').last();
  await card.waitFor({ timeout: 10_000 });
  await expect(card.textContent()).resolves.toMatch(/Réservé\s*pour Inès[\s\S]*jeudi 12\s*mars/);
  const textReplies = await parentPage.locator('.webchat__text-content').allTextContents();
  expect(textReplies.filter((text) => /Réservé\s*pour Inès/.test(text))).toEqual([]);
  expect(await parentPage.locator('.ac-adaptiveCard').count()).toBe(1);
  // The card reads on a phone: nothing wider than the screen.
  const overflow = await card.evaluate((element) => element.scrollWidth - element.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await settle(parentPage);
  await parentPage.screenshot({ path: screenshotPath('web-chat-reservation'), fullPage: true });
  const ines = await db.prisma.child.findFirstOrThrow({ where: { firstName: 'Inès' }, include: { bookings: { include: { bookableDay: true } } } });
  expect(ines.bookings.map((b) => [b.bookableDay.day, b.status])).toContainEqual(['2026-03-12', 'booked']);
  expect(ines.bookings.map((b) => b.bookableDay.day)).not.toContain('2026-03-11');

  await send(parentPage, "je voudrais parler à quelqu'un");
  await waitForBotText(parentPage, /Je transmets votre demande/);

  // A parent's page has no way into the staff console's data.
  const fromParentPage = await parentPage.evaluate(async () => {
    const list = await fetch('/staff', { redirect: 'manual' });
    const transcript = await fetch('/staff/conversations/1/transcript');
    return { list: list.type === 'opaqueredirect' ? 'redirect' : String(list.status), transcript: transcript.status };
  });
  expect(fromParentPage).toEqual({ list: 'redirect', transcript: 401 });

  const staffPage = await browser.newPage({ locale: 'fr-FR', viewport: { width: 1100, height: 800 } });
  await staffPage.goto(`${base}/staff`);
  await staffPage.getByLabel('Adresse e-mail').fill('agent@joinvillelepont.fr');
  await staffPage.getByLabel('Mot de passe').fill('mauvais mot de passe');
  await staffPage.getByRole('button', { name: 'Se connecter' }).click();
  await staffPage.getByText('Adresse e-mail ou mot de passe incorrect.').waitFor();

  await staffPage.getByLabel('Adresse e-mail').fill('agent@joinvillelepont.fr');
  await staffPage.getByLabel('Mot de passe').fill('mot de passe du service');
  await staffPage.getByRole('button', { name: 'Se connecter' }).click();
  await staffPage.getByRole('heading', { name: 'Tableau du jour' }).waitFor();
  await staffPage.getByRole('link', { name: /Mme Camille Martin/ }).click();
  await staffPage.getByRole('button', { name: 'Prendre la conversation' }).click();
  await staffPage.getByLabel('Votre réponse au parent').fill('Bonjour Madame Martin, je suis là : que puis-je faire pour vous ?');
  await staffPage.getByRole('button', { name: 'Envoyer' }).click();
  await staffPage.getByText('Message envoyé.').waitFor();
  await staffPage.screenshot({ path: screenshotPath('staff-console-conversation'), fullPage: true });

  await waitForBotText(parentPage, /je suis là : que puis-je faire pour vous/);
  await settle(parentPage);
  await parentPage.screenshot({ path: screenshotPath('web-chat-staff-reply'), fullPage: true });
});

test('a linked parent sends a certificate with the paperclip; it is stored encrypted with its request', async () => {
  const guardian = await db.prisma.guardian.findUniqueOrThrow({ where: { email: 'karim.benali@example.fr' } });
  const page = await browser.newPage({ locale: 'fr-FR', viewport: { width: 390, height: 844 } });
  karimPage = page;
  await page.goto(`${base}/`);
  await page.getByRole('textbox').last().waitFor({ timeout: 30_000 });
  const userId = await page.evaluate<string | null>("window.localStorage.getItem('periscolaire.userId')");
  await db.prisma.channelAccount.create({ data: { channelId: 'webchat', channelUserId: String(userId), guardianId: guardian.id, linkedAt: NOW } });
  // Nathan was booked on Wednesday 4 March, the day he was ill.
  const nathan = await db.prisma.child.findFirstOrThrow({ where: { firstName: 'Nathan' }, include: { school: true } });
  const wednesday = await db.prisma.bookableDay.findFirstOrThrow({ where: { day: '2026-03-04', siteId: nathan.school.siteId } });
  await db.prisma.booking.create({ data: { childId: nathan.id, bookableDayId: wednesday.id, status: 'booked' } });

  await send(page, 'Nathan était malade mercredi, je dois envoyer un certificat');
  await waitForBotText(page, /Envoyez maintenant le justificatif/);
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
  await page.locator('input[type="file"]').setInputFiles({ name: 'certificat-nathan.pdf', mimeType: 'application/pdf', buffer: pdf });
  // Web Chat keeps the chosen file in the send box until the parent sends it.
  await page.getByRole('button', { name: 'Envoyer' }).click();
  await waitForBotText(page, /Justificatif reçu : demande n° D-2026-/);
  await settle(page);
  await page.screenshot({ path: screenshotPath('web-chat-justification'), fullPage: true });

  const document = await db.prisma.document.findFirstOrThrow({ where: { guardianId: guardian.id } });
  expect(document).toMatchObject({ mediaType: 'application/pdf', sizeBytes: pdf.length, channel: 'webchat' });
  expect(document.requestId).not.toBeNull();
});

test('staff accept a late request in the console: the booking is applied and the parent will be told', async () => {
  const guardian = await db.prisma.guardian.findUniqueOrThrow({ where: { email: 'karim.benali@example.fr' } });
  const nathan = await db.prisma.child.findFirstOrThrow({ where: { firstName: 'Nathan' } });
  const submitted = await running.assistant.requests.submitLateRequest({
    guardianId: guardian.id,
    childIds: [nathan.id],
    days: ['2026-03-09'],
    action: 'reserve',
    parentWords: 'Je travaille tard lundi, pouvez-vous accepter Nathan ?',
    channel: 'webchat',
    idempotencyKey: 'browser-late-request',
    now: NOW,
  });
  if (submitted.status !== 'submitted') throw new Error('late request not submitted');

  const staffPage = await browser.newPage({ locale: 'fr-FR', viewport: { width: 1200, height: 800 } });
  await staffPage.goto(`${base}/staff/login`);
  await staffPage.getByLabel('Adresse e-mail').fill('agent@joinvillelepont.fr');
  await staffPage.getByLabel('Mot de passe').fill('mot de passe du service');
  await staffPage.getByRole('button', { name: 'Se connecter' }).click();
  await staffPage.getByRole('link', { name: `Examiner la demande ${submitted.number}` }).click();
  // The parent's word for the service is there to decide on.
  await staffPage.getByText('Je travaille tard lundi, pouvez-vous accepter Nathan ?').waitFor();
  await settle(staffPage);
  await staffPage.screenshot({ path: screenshotPath('staff-console-requests'), fullPage: true });
  await staffPage.getByRole('button', { name: 'Accepter' }).click();
  await staffPage.getByRole('button', { name: 'Confirmer : accepter' }).click();
  await staffPage.locator('p.notice').waitFor();

  const request = await db.prisma.request.findUniqueOrThrow({ where: { number: submitted.number } });
  expect(request.status).toBe('accepted');
  const monday = await db.prisma.booking.findFirst({ where: { childId: nathan.id, bookableDay: { day: '2026-03-09' } } });
  expect(monday?.status).toBe('booked');
  // The parent is told on the page they have open, and by e-mail.
  const notice = `Votre demande hors délai n° ${submitted.number} a été acceptée`;
  await waitForBotText(karimPage!, new RegExp(`${notice} : place réservée pour Nathan le lundi 9 mars`));
  await settle(karimPage!);
  await karimPage!.screenshot({ path: screenshotPath('web-chat-decision-told'), fullPage: true });
  for (let i = 0; i < 100 && !mail.sent.some((m) => m.to === guardian.email); i += 1) {
    await running.assistant.outbox.runOnce();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const told = mail.sent.find((m) => m.to === guardian.email);
  expect(told?.text.replace(/[\u00a0\u202f]/g, ' ')).toContain(notice);
  expect(await db.prisma.notification.findFirst({ where: { guardianId: guardian.id, requestId: request.id } })).toMatchObject({ status: 'sent' });
});
