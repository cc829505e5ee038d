/**
 * `npm run db:seed`: loads the town's opening days and, outside production, the demo
 * families and staff account (idempotent). In production (NODE_ENV=production or an app
 * id set) the demo data is left out, and SEED_DEMO=true is refused.
 */
import { demoDataWanted } from '../prisma/seed/demoData';
import { seedDatabase } from '../prisma/seed/seedDatabase';
import { createTownRules } from '../src/domain/createTownRules';
import { runCommand } from '../src/cli/runCommand';
import { createPrismaClient } from '../src/infrastructure/database/createPrismaClient';
import { databaseUrlFromEnv, describeDatabase } from '../src/infrastructure/database/databaseUrl';

runCommand(async () => {
  const demo = demoDataWanted(process.env);
  const url = databaseUrlFromEnv();
  const prisma = await createPrismaClient(url);
  try {
    const counts = await seedDatabase(prisma, createTownRules(), { demo });
    const { bookableDaysCreated, bookableDaysUpdated } = counts;
    const demoNote = demo ? '' : ', no demo data';
    console.log(`${describeDatabase(url)}: seeded (${bookableDaysCreated} bookable days created, ${bookableDaysUpdated} updated${demoNote}).`);
  } finally {
    await prisma.$disconnect();
  }
});
