/** The console's money section and attestation download, on the seeded database, behind the log-in. */
import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { DEFAULT_TOWN_CONFIG_PATH, loadTownConfig } from '../../src/config/townConfig';
import { PrismaMoneyStore } from '../../src/infrastructure/money/prismaMoneyStore';
import { createMoneyService } from '../../src/money/moneyService';
import { moneySection } from '../../src/staff/moneySection';
import { registerMoneyRoutes } from '../../src/staff/moneyRoutes';
import { StaffAuth } from '../../src/staff/staffAuth';
import type { TestDatabase } from '../infrastructure/support/testDatabase';
import { createTestDatabase } from '../infrastructure/support/testDatabase';
import { MemoryStaffStore } from './support/memoryStaffStore';

const town = loadTownConfig(DEFAULT_TOWN_CONFIG_PATH);
const now = new Date('2026-11-20T10:00:00Z');
let db: TestDatabase;
let server: restify.Server;
let base: string;
let token: string;
let martinId: number;

beforeAll(async () => {
  db = await createTestDatabase('seeded');
  const auth = new StaffAuth(new MemoryStaffStore());
  await auth.createAccount('agent@joinvillelepont.fr', 'Agent', 'un mot de passe assez long 2026', now);
  const login = await auth.login('agent@joinvillelepont.fr', 'un mot de passe assez long 2026', '127.0.0.1', now);
  if (!login.ok) throw new Error('login failed');
  token = login.token;
  server = restify.createServer();
  registerMoneyRoutes(server, { auth, money: createMoneyService(new PrismaMoneyStore(db.prisma), town)!, clock: () => now });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  martinId = (await db.prisma.family.findUniqueOrThrow({ where: { billingReference: 'FAM-000101' } })).id;
});

afterAll(async () => {
  server.close();
  await db.destroy();
});

describe('money in the console', () => {
  it('the family section shows the QF, the month’s statement, the year’s payments and the attestation link, escaped', async () => {
    await db.prisma.payment.create({ data: { familyId: martinId, day: '2026-11-02', amountCents: 100, reference: '<script>x</script>', source: 'console', createdAt: now } });
    const section = moneySection({ money: createMoneyService(new PrismaMoneyStore(db.prisma), town)!, clock: () => now, timeZone: town.timeZone });
    const html = await section.render(martinId);
    expect(section.id).toBe('money');
    expect(html).toContain('Quotient familial : 850 (tranche C)');
    expect(html).toMatch(/Relevé de novembre 2026 : 25,20\u00a0€/);
    expect(html).toContain('TP-2026-11-0458');
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain(`/staff/money/attestation?family=${martinId}&amp;year=2026`);
    expect(await section.render('nope')).toBe('<p>Famille introuvable.</p>');
  });

  it('downloads the attestation for a logged-in staff member only', async () => {
    const url = `${base}/staff/money/attestation?family=${martinId}&year=2026`;
    expect((await fetch(url)).status).toBe(401);
    const response = await fetch(url, { headers: { cookie: `staff_session=${token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await fetch(`${base}/staff/money/attestation?family=${martinId}&year=2023`, { headers: { cookie: `staff_session=${token}` } })).status).toBe(404);
    expect((await fetch(`${base}/staff/money/attestation?family=abc&year=2026`, { headers: { cookie: `staff_session=${token}` } })).status).toBe(400);
  });
});
