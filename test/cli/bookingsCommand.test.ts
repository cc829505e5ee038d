import { seedDatabase } from '../../prisma/seed/seedDatabase';
import { BOOKINGS_USAGE, NotFoundError, bookingsReport, parseBookingSearch } from '../../src/cli/bookingsCommand';
import { UsageError } from '../../src/cli/runCommand';
import { createTownRules } from '../../src/domain/createTownRules';
import { PrismaBookingQueries } from '../../src/infrastructure/bookings/prismaBookingQueries';
import type { TestDatabase } from '../infrastructure/support/testDatabase';
import { createTestDatabase } from '../infrastructure/support/testDatabase';
import { runScript } from '../infrastructure/support/runScript';

const rules = createTownRules();
let db: TestDatabase;
let queries: PrismaBookingQueries;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDatabase(db.prisma, rules);
  queries = new PrismaBookingQueries(db.prisma);
});

afterAll(async () => {
  await db.destroy();
});

describe('bookings command', () => {
  it('lists the bookings of a child found by name', async () => {
    const report = await bookingsReport(['--child', 'Léa Martin'], queries, rules);
    expect(report.split('\n')).toEqual([
      expect.stringMatching(/^Léa Martin \(enfant n° \d+\), 10 réservation\(s\) :$/),
      '  mardi 10 mars 2026 — accueil du soir — Groupe scolaire Polangis — réservé',
      '  vendredi 13 mars 2026 — accueil du soir — Groupe scolaire Polangis — réservé',
      // November 2026 and March 2027: the money demo (a statement to read, a month to estimate).
      '  mardi 3 novembre 2026 — accueil du soir — Groupe scolaire Polangis — réservé',
      '  jeudi 5 novembre 2026 — accueil du soir — Groupe scolaire Polangis — réservé',
      '  mardi 10 novembre 2026 — accueil du soir — Groupe scolaire Polangis — réservé',
      '  mardi 17 novembre 2026 — accueil du soir — Groupe scolaire Polangis — réservé',
      '  mardi 1er décembre 2026 — accueil du soir — Groupe scolaire Polangis — réservé',
      '  vendredi 4 décembre 2026 — accueil du soir — Groupe scolaire Polangis — réservé',
      '  mardi 9 mars 2027 — accueil du soir — Groupe scolaire Polangis — réservé',
      '  jeudi 11 mars 2027 — accueil du soir — Groupe scolaire Polangis — réservé',
    ]);
  });

  it('lists the bookings of a day, and says when there are none', async () => {
    expect(await bookingsReport(['--day', '2026-03-13'], queries, rules)).toBe(
      'Réservations du vendredi 13 mars 2026 (1) :\n  Léa Martin — accueil du soir — Groupe scolaire Polangis — réservé',
    );
    expect(await bookingsReport(['--day', '2026-03-20'], queries, rules)).toBe('Réservations du vendredi 20 mars 2026 : aucune.');
  });

  it('says so when no child has that name', async () => {
    await expect(bookingsReport(['--child', 'Zoé Inconnue'], queries, rules)).rejects.toBeInstanceOf(NotFoundError);
  });

  it.each([[[]], [['--child']], [['--day', '13/03']], [['--child', 'Léa', '--day', '2026-03-13']], [['--foo']], [['Léa']]])(
    'rejects %j as bad arguments with the usage',
    (args) => {
      expect(() => parseBookingSearch(args)).toThrow(UsageError);
      expect(() => parseBookingSearch(args)).toThrow(BOOKINGS_USAGE);
    },
  );

  it('runs as `npm run bookings` against DATABASE_URL: 0 when found, 1 unknown child, 2 bad arguments', () => {
    const env = { DATABASE_URL: db.url };
    const ok = runScript('bookings.ts', ['--child', 'Nathan Benali'], env);
    expect(ok.stdout).toContain('mercredi 2 décembre 2026 — accueil du mercredi — Groupe scolaire Palissy — réservé');
    expect(ok.status).toBe(0);
    expect(runScript('bookings.ts', ['--child', 'Zoé Inconnue'], env).status).toBe(1);
    expect(runScript('bookings.ts', ['--day', 'hier'], env).status).toBe(2);
  });
});
