/** No demo data in production: not seeded, not started with, removable on its own. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { DemoDataError, assertNoDemoDataInProduction, demoDataWanted, findDemoData, removeDemoData } from '../../prisma/seed/demoData';
import { DEMO_STAFF } from '../../prisma/seed/seedDemoStaff';
import { createTestDatabase as createDemoDatabase } from '../dialogs/support/testDatabase';
import type { TestDatabase as DemoDatabase } from '../dialogs/support/testDatabase';
import { createTestDatabase as createEmptyDatabase } from '../infrastructure/support/testDatabase';
import { runScript } from '../infrastructure/support/runScript';

const ROOT = path.resolve(__dirname, '../..');
const APP_ID = { MicrosoftAppId: '2f1c3a4b-5d6e-4f70-8a9b-0c1d2e3f4a5b' };

test.each([
  ['development', true, {}],
  ['development, SEED_DEMO=false', false, { SEED_DEMO: 'false' }],
  ['NODE_ENV=production', false, { NODE_ENV: 'production' }],
  ['an app id set', false, APP_ID],
])('in %s, the seed loads the demo data: %p', (_name, wanted, env) => {
  expect(demoDataWanted({ NODE_ENV: 'development', ...env })).toBe(wanted);
});

test('SEED_DEMO=true is refused in production, with a message saying why', () => {
  for (const env of [{ NODE_ENV: 'production', SEED_DEMO: 'true' }, { ...APP_ID, SEED_DEMO: 'true' }]) {
    expect(() => demoDataWanted(env)).toThrow(DemoDataError);
    expect(() => demoDataWanted(env)).toThrow(/SEED_DEMO=true refusé en production/);
  }
});

describe('npm run db:seed in production', () => {
  let db: Awaited<ReturnType<typeof createEmptyDatabase>>;
  beforeEach(async () => {
    db = await createEmptyDatabase();
  });
  afterEach(async () => {
    await db.destroy();
  });

  test('loads the town data without any demo family or demo staff account', async () => {
    const run = runScript('db-seed.ts', [], { DATABASE_URL: db.url, NODE_ENV: 'production', SEED_DEMO: '' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('no demo data');
    expect(await db.prisma.bookableDay.count()).toBeGreaterThan(100);
    expect(await findDemoData(db.prisma)).toEqual({ families: [], staff: [] });
  });

  test('refuses SEED_DEMO=true (exit 1) and writes nothing', async () => {
    const run = runScript('db-seed.ts', [], { DATABASE_URL: db.url, ...APP_ID, SEED_DEMO: 'true' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/SEED_DEMO=true refusé en production/);
    expect(await db.prisma.family.count()).toBe(0);
  });
});

describe('a database with the demo data', () => {
  let db: DemoDatabase;
  beforeEach(async () => {
    db = await createDemoDatabase();
  });
  afterEach(async () => {
    await db.drop();
  });

  test.each([
    ['NODE_ENV=production', { NODE_ENV: 'production' }],
    ['an app id set', { ...APP_ID, NODE_ENV: '' }],
  ])('stops the assistant at start-up with %s, saying how to remove it', async (_name, env) => {
    const tsx = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const run = spawnSync(process.execPath, [tsx, path.join(ROOT, 'src', 'main.ts')], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: db.url, PORT: '0', ...env },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Démarrage impossible : La base contient 3 famille(s) de démonstration');
    expect(run.stderr).toContain(`le compte agent de démonstration ${DEMO_STAFF.email}`);
    expect(run.stderr).toContain('npm run db:remove-demo');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  test('npm run db:remove-demo removes the demo families with what is attached to them, and the demo account; nothing else', async () => {
    const { prisma } = db;
    const camille = await prisma.guardian.findUniqueOrThrow({ where: { email: 'camille.martin@example.fr' }, include: { family: { include: { children: true } } } });
    const agent = await prisma.staffAccount.findUniqueOrThrow({ where: { email: DEMO_STAFF.email } });
    await prisma.channelAccount.create({ data: { channelId: 'webchat', channelUserId: 'web-1', guardianId: camille.id, linkedAt: new Date() } });
    await prisma.handoff.create({
      data: { channelId: 'webchat', conversationId: 'c1', guardianId: camille.id, status: 'closed', reason: 'asked', context: '{}', reference: '{}', staffId: agent.id, createdAt: new Date() },
    });
    const real = await prisma.family.create({ data: { name: 'Famille Réelle' } });
    await prisma.guardian.create({ data: { familyId: real.id, civility: 'Mme', firstName: 'Anne', lastName: 'Réelle', email: 'anne@joinvillelepont.fr' } });
    const bookableDays = await prisma.bookableDay.count();

    const run = runScript('db-remove-demo.ts', [], { DATABASE_URL: db.url });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/demo data removed \(3 families, \d+ guardians, 6 children, \d+ bookings, 0 requests, 0 document files, 1 staff account\)/);

    expect(await findDemoData(prisma)).toEqual({ families: [], staff: [] });
    expect(await prisma.guardian.findMany({ select: { email: true } })).toEqual([{ email: 'anne@joinvillelepont.fr' }]);
    expect(await prisma.bookableDay.count()).toBe(bookableDays);
    expect(await prisma.channelAccount.count()).toBe(0);
    await expect(assertNoDemoDataInProduction(prisma, { NODE_ENV: 'production' })).resolves.toBeUndefined();
  });
});
