/**
 * What `npm start` needs before serving: the database file migrated, the town's
 * opening days loaded and, unless told otherwise, the demo families.
 */
import type { TownRules } from '../../domain/townRules';
import { seedDatabase } from '../../../prisma/seed/seedDatabase';
import { applyMigrations } from '../migrations/migrator';
import type { PrismaClient } from './createPrismaClient';
import { createPrismaClient } from './createPrismaClient';

export interface PrepareDatabaseOptions {
  url: string;
  rules: TownRules;
  /** Load the demo families (default true; SEED_DEMO=false in production). */
  demo?: boolean;
}

/** Migrates, seeds and returns a connected client (the caller disconnects it). */
export async function prepareDatabase(options: PrepareDatabaseOptions): Promise<PrismaClient> {
  await applyMigrations(options.url);
  const prisma = await createPrismaClient(options.url);
  try {
    await seedDatabase(prisma, options.rules, { demo: options.demo });
    return prisma;
  } catch (error) {
    await prisma.$disconnect();
    throw error;
  }
}
