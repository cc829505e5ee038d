import { seedDatabase } from '../../prisma/seed/seedDatabase';
import { DEMO_STAFF } from '../../prisma/seed/seedDemoStaff';
import { verifyPassword } from '../../src/staff/staffPasswords';
import { createTownRules } from '../../src/domain/createTownRules';
import type { TownRules } from '../../src/domain/townRules';
import type { TestDatabase } from '../infrastructure/support/testDatabase';
import { createTestDatabase } from '../infrastructure/support/testDatabase';
import { createPrismaClient } from '../../src/infrastructure/database/createPrismaClient';

let db: TestDatabase;
let rules: TownRules;

beforeAll(async () => {
  db = await createTestDatabase();
  rules = createTownRules();
  await seedDatabase(db.prisma, rules);
});

afterAll(async () => {
  await db.destroy();
});

/** Every row the seed writes, in a stable order. */
async function snapshot() {
  const { prisma } = db;
  return {
    families: await prisma.family.findMany({ orderBy: { id: 'asc' } }),
    guardians: await prisma.guardian.findMany({ orderBy: { id: 'asc' } }),
    children: await prisma.child.findMany({ orderBy: { id: 'asc' } }),
    sites: await prisma.site.findMany({ orderBy: { id: 'asc' } }),
    schools: await prisma.school.findMany({ orderBy: { id: 'asc' } }),
    activities: await prisma.activity.findMany({ orderBy: { code: 'asc' } }),
    bookableDays: await prisma.bookableDay.findMany({ orderBy: { id: 'asc' } }),
    bookings: await prisma.booking.findMany({ orderBy: { id: 'asc' } }),
    history: await prisma.bookingStatusChange.findMany({ orderBy: { id: 'asc' } }),
    staff: await prisma.staffAccount.findMany({ orderBy: { id: 'asc' } }),
  };
}

async function capacityOn(siteCode: string, day: string) {
  return db.prisma.bookableDay.findFirst({ where: { day, site: { code: siteCode } }, select: { activityCode: true, capacity: true } });
}

describe('the seed', () => {
  it('creates the demo staff account of the README, whose password works', async () => {
    const account = await db.prisma.staffAccount.findUniqueOrThrow({ where: { email: DEMO_STAFF.email } });
    expect(await verifyPassword(account.passwordHash, DEMO_STAFF.password)).toBe(true);
  });

  it('changes nothing when run a second time', async () => {
    const before = await snapshot();
    const counts = await seedDatabase(db.prisma, rules);

    expect(counts).toEqual({ bookableDaysCreated: 0, bookableDaysUpdated: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it('opens every opening day of 2025-2026 and 2026-2027 at every site, with the configured activity and places', async () => {
    expect(await capacityOn('polangis', '2026-03-13')).toEqual({ activityCode: 'soir', capacity: 60 });
    expect(await capacityOn('palissy', '2026-03-13')).toEqual({ activityCode: 'soir', capacity: 50 });
    expect(await capacityOn('parangon', '2026-03-11')).toEqual({ activityCode: 'mercredi', capacity: 50 });
    expect(await capacityOn('polangis', '2027-02-22')).toEqual({ activityCode: 'vacances', capacity: 80 });
    expect(await capacityOn('polangis', '2025-09-01')).toEqual({ activityCode: 'soir', capacity: 60 });
    expect(await capacityOn('polangis', '2026-03-14')).toBeNull(); // Saturday
    expect(await capacityOn('polangis', '2026-05-14')).toBeNull(); // Ascension
    expect(await capacityOn('polangis', '2026-07-14')).toBeNull(); // Fête nationale

    const openings = rules.openingDays('2025-09-01', '2027-08-31').length;
    expect(await db.prisma.bookableDay.count()).toBe(openings * rules.config.sites.length);
  });

  it('knows which schools each site serves', async () => {
    const palissy = await db.prisma.site.findUniqueOrThrow({ where: { code: 'palissy' }, include: { schools: true } });
    const names = palissy.schools.map((school) => school.name);
    expect(names).toHaveLength(2);
    expect(names).toEqual(expect.arrayContaining(['École élémentaire Palissy', 'École maternelle Palissy']));
  });

  it('loads the demo families of the specs, clearly marked as demo data', async () => {
    const families = await db.prisma.family.findMany({
      include: { guardians: true, children: { orderBy: { birthDate: 'asc' } } },
      orderBy: { id: 'asc' },
    });
    const byGuardian = (email: string) => families.find((f) => f.guardians.some((g) => g.email === email));

    expect(byGuardian('camille.martin@example.fr')?.children.map((c) => c.firstName)).toEqual(['Léa', 'Hugo', 'Inès']);
    expect(byGuardian('karim.benali@example.fr')?.children.map((c) => c.firstName)).toEqual(['Nathan']);
    expect(families.some((f) => f.children.map((c) => c.firstName).sort().join() === 'Adam,Chloé')).toBe(true);
    expect(families.every((f) => f.isDemo)).toBe(true);
    expect(families.flatMap((f) => f.guardians).every((g) => g.email.endsWith('@example.fr'))).toBe(true);
  });

  it('books a few days for the demo children, each with its history row', async () => {
    const lea = await db.prisma.child.findFirstOrThrow({
      where: { firstName: 'Léa', lastName: 'Martin' },
      include: { bookings: { include: { bookableDay: { include: { site: true } }, history: true } } },
    });
    expect(lea.bookings.map((b) => b.bookableDay.day)).toContain('2026-03-13');
    expect(lea.bookings.every((b) => b.status === 'booked' && b.bookableDay.site.code === 'polangis')).toBe(true);
    expect(lea.bookings.every((b) => b.history.length === 1 && b.history[0].actorId === 'seed')).toBe(true);
  });

  it('leaves alone a demo booking cancelled since', async () => {
    const booking = await db.prisma.booking.findFirstOrThrow({ where: { child: { firstName: 'Nathan' } } });
    await db.prisma.booking.update({ where: { id: booking.id }, data: { status: 'cancelled' } });
    await seedDatabase(db.prisma, rules);
    expect((await db.prisma.booking.findUniqueOrThrow({ where: { id: booking.id } })).status).toBe('cancelled');
  });
});

describe('the seed beside another process', () => {
  it('two processes seeding a new database at once (two npm start): both succeed, every row once', async () => {
    const fresh = await createTestDatabase();
    const otherProcess = await createPrismaClient(fresh.url);
    try {
      await Promise.all([seedDatabase(fresh.prisma, rules), seedDatabase(otherProcess, rules)]);

      expect(await fresh.prisma.guardian.count({ where: { email: 'camille.martin@example.fr' } })).toBe(1);
      expect(await fresh.prisma.staffAccount.count({ where: { email: DEMO_STAFF.email } })).toBe(1);
      expect(await fresh.prisma.child.count({ where: { firstName: 'Léa', lastName: 'Martin' } })).toBe(1);
      const openings = rules.openingDays('2025-09-01', '2027-08-31').length;
      expect(await fresh.prisma.bookableDay.count()).toBe(openings * rules.config.sites.length);
    } finally {
      await otherProcess.$disconnect();
      await fresh.destroy();
    }
  });
});
