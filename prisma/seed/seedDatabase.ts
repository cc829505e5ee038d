/**
 * The whole seed: the town's reference data (sites, activities, opening days), then
 * the demo families. Idempotent, and run under the database's setup lock: two processes
 * seeding at once (two `npm start`, a `npm run chat` beside a starting server) take
 * turns instead of both creating the same rows.
 */
import type { TownRules } from '../../src/domain/townRules';
import type { PrismaClient } from '../../src/generated/prisma/client';
import { withDatabaseLock } from '../../src/infrastructure/database/databaseLock';
import { databaseUrlOf } from '../../src/infrastructure/database/directSql';
import { bracketOf } from '../../src/money/tariffs';
import { seedDemoFamilies } from './seedDemoFamilies';
import { seedDemoStaff } from './seedDemoStaff';
import type { TownDataCounts } from './townData';
import { seedTownData } from './townData';

/** How long a seed waits for another process migrating or seeding the same database. */
const SETUP_WAIT_MS = 5 * 60_000;

export interface SeedOptions {
  /** Load the demo families too (default true). */
  demo?: boolean;
}

/** Seeds the database; returns how many bookable days were created or updated. */
export async function seedDatabase(
  prisma: PrismaClient,
  rules: TownRules,
  options: SeedOptions = {},
): Promise<TownDataCounts> {
  return withDatabaseLock(
    databaseUrlOf(prisma),
    'setup',
    async () => {
      const counts = await seedTownData(prisma, rules);
      if (options.demo ?? true) {
        const tariffs = rules.config.tariffs;
        await seedDemoFamilies(prisma, undefined, undefined, tariffs && ((quotient) => bracketOf(quotient, tariffs.brackets).code));
        await seedDemoStaff(prisma);
      }
      return counts;
    },
    { waitMs: SETUP_WAIT_MS },
  );
}
