/**
 * Object mothers for the booking tests: the real town rules and opening days of
 * March 2026 in a migrated temporary database, and families built on demand.
 */
import { seedTownData } from '../../../prisma/seed/townData';
import type { ReserveCommand } from '../../../src/bookings/reserveBookings';
import { createTownRules } from '../../../src/domain/createTownRules';
import type { IsoDay } from '../../../src/domain/day';
import type { TownRules } from '../../../src/domain/townRules';
import { PrismaBookingQueries } from '../../../src/infrastructure/bookings/prismaBookingQueries';
import { SqlBookingStore } from '../../../src/infrastructure/bookings/sqlBookingStore';
import type { BookingTransport } from '../../../src/infrastructure/bookings/sqlBookingStore';
import type { TestDatabase } from '../../infrastructure/support/testDatabase';
import { createTestDatabase } from '../../infrastructure/support/testDatabase';

/** The school-period days the tests book (deadline rule: D − 3 days at 23:59). */
export const TUESDAY = '2026-03-10';
export const THURSDAY = '2026-03-12';
/** Friday 13 March 2026: closes Tuesday 10 March 23:59 (Paris). */
export const FRIDAY = '2026-03-13';
/** Before every deadline above: Thursday 5 March 2026, 10:00 in Paris. */
export const EARLY = new Date('2026-03-05T09:00:00Z');

export interface FamilyFixture {
  familyId: number;
  guardianIds: number[];
  childIds: number[];
}

export interface BookingWorld {
  db: TestDatabase;
  rules: TownRules;
  deps: { store: SqlBookingStore; rules: TownRules };
  queries: PrismaBookingQueries;
  /** A family whose children go to a school of `siteCode` (default polangis). */
  family(options?: { children?: number; guardians?: number; siteCode?: string; name?: string }): Promise<FamilyFixture>;
  setCapacity(siteCode: string, day: IsoDay, capacity: number, closedReason?: string): Promise<void>;
  command(family: FamilyFixture, overrides?: Partial<ReserveCommand>): ReserveCommand;
  destroy(): Promise<void>;
}

let sequence = 0;

/** Migrated database + March 2026 opening days of every site of the town configuration. */
/** Both ways the one booking transaction reaches the database: its own connection, or a Prisma transaction's. */
export const TRANSACTION_ENGINES: readonly BookingTransport[] = ['direct', 'prisma'];

export async function createBookingWorld(engine: BookingTransport = 'direct'): Promise<BookingWorld> {
  const db = await createTestDatabase();
  const rules = createTownRules();
  await seedTownData(db.prisma, rules, { from: '2026-03-01', to: '2026-03-31' });
  const { prisma } = db;

  return {
    db,
    rules,
    deps: { store: new SqlBookingStore(prisma, engine), rules },
    queries: new PrismaBookingQueries(prisma),
    async family({ children = 1, guardians = 1, siteCode = 'polangis', name = 'Test' } = {}) {
      const n = ++sequence;
      const school = await prisma.school.findFirstOrThrow({ where: { site: { code: siteCode } } });
      const family = await prisma.family.create({ data: { name: `Famille ${name} ${n}` } });
      const guardianIds: number[] = [];
      for (let g = 0; g < guardians; g += 1) {
        const guardian = await prisma.guardian.create({
          data: {
            familyId: family.id,
            civility: 'Mme',
            firstName: `Parent${g}`,
            lastName: `${name}${n}`,
            email: `parent${g}.${n}@example.fr`,
          },
        });
        guardianIds.push(guardian.id);
      }
      const childIds: number[] = [];
      for (let c = 0; c < children; c += 1) {
        const child = await prisma.child.create({
          data: {
            familyId: family.id,
            firstName: `Enfant${c}`,
            lastName: `${name}${n}`,
            birthDate: '2017-01-01',
            schoolId: school.id,
            className: 'CE2',
          },
        });
        childIds.push(child.id);
      }
      return { familyId: family.id, guardianIds, childIds };
    },
    async setCapacity(siteCode, day, capacity, closedReason) {
      await prisma.bookableDay.updateMany({
        where: { day, site: { code: siteCode } },
        data: { capacity, closedReason: closedReason ?? null },
      });
    },
    command(family, overrides = {}) {
      return {
        guardianId: family.guardianIds[0],
        channel: 'test',
        idempotencyKey: `key-${++sequence}`,
        now: EARLY,
        childIds: family.childIds,
        days: [FRIDAY],
        ...overrides,
      };
    },
    destroy: () => db.destroy(),
  };
}
