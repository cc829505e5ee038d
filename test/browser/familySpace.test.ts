/**
 * The month at a glance on a phone (390 CSS pixels), in a real browser through the web
 * chat: the card's grid fits the screen and tells days apart by symbols and words, not
 * colour alone. Over HTTP: the calendar feed's address serves the family's bookings, and
 * the privacy notice is linked from the page.
 */
import type { Browser, Page } from 'playwright-core';
import { createTestDatabase } from '../dialogs/support/testDatabase';
import type { TestDatabase } from '../dialogs/support/testDatabase';
import { startAssistant } from '../server/support/runningAssistant';
import type { RunningAssistant } from '../server/support/runningAssistant';
import { launchBrowser, screenshotPath } from './support/browser';

jest.setTimeout(90_000);

const NOW = new Date('2026-03-06T10:00:00+01:00');

let db: TestDatabase;
let running: RunningAssistant;
let browser: Browser;

beforeAll(async () => {
  db = await createTestDatabase();
  running = await startAssistant(db, () => NOW);
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

async function waitForBotText(page: Page, pattern: RegExp): Promise<void> {
  const loose = new RegExp(pattern.source.replace(/ /g, '\\s'), pattern.flags);
  await page.getByText(loose).last().waitFor({ timeout: 20_000 });
}

test('"le planning de Léa en mars" shows a month grid that fits a phone, with symbols and a legend', async () => {
  const page = await browser.newPage({ locale: 'fr-FR', viewport: { width: 390, height: 844 } });
  await page.goto(`${running.base}/`);
  await page.getByRole('textbox').last().waitFor({ timeout: 30_000 });
  // The privacy notice is one link away from the page.
  expect(await page.getByRole('link', { name: 'Confidentialité' }).getAttribute('href')).toBe('/confidentialite');

  await send(page, 'bonjour');
  await waitForBotText(page, /adresse e-mail/);
  const mailsBefore = running.mail.sent.length;
  await send(page, 'camille.martin@example.fr');
  await waitForBotText(page, /code à 6 chiffres/);
  const code = /(\d{6})/.exec((await running.mail.sentAt(mailsBefore)).text)![1];
  await send(page, code);
  await waitForBotText(page, /Merci Camille/);

  await send(page, 'le planning de Léa en mars');
  const card = page.locator('.ac-adaptiveCard').last();
  await card.waitFor({ timeout: 20_000 });
  const text = (await card.textContent()) ?? '';
  expect(text).toMatch(/Planning de Léa\s*—\s*mars 2026/);
  expect(text).toMatch(/10\s*✓\s*réservé/);
  expect(text).toMatch(/Légende\s*:\s*✓ réservé/);
  // The grid reads on a phone: nothing wider than the screen.
  expect(await card.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);
  await card.scrollIntoViewIfNeeded();
  await page.waitForTimeout(500);
  await card.screenshot({ path: screenshotPath('family-month-planning-phone') });
});

test('the calendar feed is served at its secret address, an unknown one is a 404; the privacy notice is a page', async () => {
  const guardian = await db.prisma.guardian.findUniqueOrThrow({ where: { email: 'camille.martin@example.fr' } });
  const feeds = running.assistant.familyFeeds;
  const link = await feeds.renew(guardian.id, NOW);
  const path = new URL(link).pathname;
  const feed = await fetch(`${running.base}${path}`);
  expect(feed.status).toBe(200);
  expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  const body = await feed.text();
  expect(body).toContain('BEGIN:VCALENDAR');
  expect(body).toContain('Léa — Accueil du soir');
  expect((await fetch(`${running.base}/agenda/${'x'.repeat(43)}.ics`)).status).toBe(404);
  expect((await fetch(`${running.base}/agenda/nothing`)).status).toBe(404);
  const privacy = await fetch(`${running.base}/confidentialite`);
  expect(privacy.status).toBe(200);
  expect(await privacy.text()).toMatch(/Confidentialité de l’assistant périscolaire[\s\S]*30&nbsp;jours/);
});

test('the data export is served through its signed link, JSON parsed back and HTML; an altered or expired link is refused', async () => {
  const guardian = await db.prisma.guardian.findUniqueOrThrow({ where: { email: 'camille.martin@example.fr' } });
  const links = running.assistant.familyLinks;
  const local = (url: string) => `${running.base}${new URL(url).pathname}${new URL(url).search}`;
  const json = await fetch(local(links.sign('donnees', 'json', guardian.id, NOW)));
  expect(json.status).toBe(200);
  const data = (await json.json()) as { guardians: Array<{ email: string }>; children: Array<{ firstName: string; bookings: Array<{ day: string; status: string }> }>; authorisedPeople: unknown[] };
  expect(data.guardians.map((g) => g.email)).toEqual(['camille.martin@example.fr']);
  expect(data.children.map((c) => c.firstName)).toEqual(['Léa', 'Hugo', 'Inès']);
  expect(data.children[0].bookings).toContainEqual(expect.objectContaining({ day: '2026-03-10', status: 'booked' }));
  expect(JSON.stringify(data)).not.toContain('Benali');
  const html = await fetch(local(links.sign('donnees', 'html', guardian.id, NOW)));
  expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(await html.text()).toContain('<h1>Vos données au service périscolaire</h1>');
  const altered = local(links.sign('donnees', 'json', guardian.id, NOW)).replace(`g=${guardian.id}`, `g=${guardian.id + 1}`);
  expect((await fetch(altered)).status).toBe(404);
  const old = local(links.sign('donnees', 'json', guardian.id, new Date(NOW.getTime() - 3_600_000)));
  expect((await fetch(old)).status).toBe(404);
});
