/**
 * The whole seed: the town's reference data (sites, activities, opening days), then
 * the demo families. Idempotent.
 */
import type { TownRules } from '../../src/domain/townRules';
import type { PrismaClient } from '../../src/generated/prisma/client';
import { seedDemoFamilies } from './seedDemoFamilies';
import { seedDemoStaff } from './seedDemoStaff';
import type { TownDataCounts } from './townData';
import { seedTownData } from './townData';

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
  const counts = await seedTownData(prisma, rules);
  if (options.demo ?? true) {
    await seedDemoFamilies(prisma);
    await seedDemoStaff(prisma);
  }
  return counts;
}
