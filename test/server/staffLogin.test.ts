/** Log-in throttling on the console: per real client address behind the proxy, kept across a restart. */
import { createTestDatabase } from '../dialogs/support/testDatabase';
import type { TestDatabase } from '../dialogs/support/testDatabase';
import { startAssistant } from './support/runningAssistant';
import type { RunningAssistant } from './support/runningAssistant';

const NOW = new Date('2026-03-02T09:00:00Z');
const PASSWORD = 'mot de passe du service';
let db: TestDatabase;
let running: RunningAssistant | undefined;

beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await running?.stop();
  running = undefined;
  await db.drop();
});

/** One log-in through the proxy: the page for its CSRF cookie, then the form. */
async function login(base: string, email: string, password: string, forwardedFor?: string): Promise<number> {
  const headers: Record<string, string> = forwardedFor ? { 'x-forwarded-for': forwardedFor } : {};
  const page = await fetch(`${base}/staff/login`, { headers });
  const cookie = page.headers.getSetCookie()[0].split(';')[0];
  const csrf = /name="csrf" value="([^"]+)"/.exec(await page.text())![1];
  const response = await fetch(`${base}/staff/login`, {
    method: 'POST',
    headers: { ...headers, cookie, origin: base, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email, password, csrf }),
    redirect: 'manual',
  });
  await response.text();
  return response.status;
}

test('behind the proxy, a client is throttled by the address the proxy saw, whatever it writes in X-Forwarded-For; others are not', async () => {
  running = await startAssistant(db, () => NOW, { env: { MicrosoftAppId: '', TRUST_PROXY: '1' } });
  await running.assistant.staffAuth.createAccount('agent@joinvillelepont.fr', 'Sophie', PASSWORD, NOW);
  for (let i = 0; i < 5; i++) {
    // The guesser writes a new address each time; the proxy appends the real one.
    expect(await login(running.base, `guess${i}@joinvillelepont.fr`, 'mauvais mot de passe', `198.18.0.${i}, 203.0.113.9`)).toBe(401);
  }
  expect(await login(running.base, 'agent@joinvillelepont.fr', PASSWORD, '198.18.0.77, 203.0.113.9')).toBe(429);
  // A colleague behind the same proxy, from another workstation, is not locked out.
  expect(await login(running.base, 'agent@joinvillelepont.fr', PASSWORD, '192.0.2.10')).toBe(303);
});

test('failed log-ins are remembered across a restart', async () => {
  running = await startAssistant(db, () => NOW);
  await running.assistant.staffAuth.createAccount('agent@joinvillelepont.fr', 'Sophie', PASSWORD, NOW);
  for (let i = 0; i < 5; i++) expect(await login(running.base, 'agent@joinvillelepont.fr', `essai ${i} essai essai`)).toBe(401);
  await running.stop();
  running = await startAssistant(db, () => NOW);
  expect(await login(running.base, 'agent@joinvillelepont.fr', PASSWORD)).toBe(429);
});
