/** `npm run db:seed`: loads the town's opening days and the demo families (idempotent). */
import { seedDatabase } from '../prisma/seed/seedDatabase';
import { createTownRules } from '../src/domain/createTownRules';
import { runCommand } from '../src/infrastructure/cli/runCommand';
import { createPrismaClient } from '../src/infrastructure/database/createPrismaClient';
import { databaseUrlFromEnv, describeDatabase } from '../src/infrastructure/database/databaseUrl';

runCommand(async () => {
  const url = databaseUrlFromEnv();
  const prisma = await createPrismaClient(url);
  try {
    const counts = await seedDatabase(prisma, createTownRules(), { demo: process.env.SEED_DEMO !== 'false' });
    const { bookableDaysCreated, bookableDaysUpdated } = counts;
    console.log(`${describeDatabase(url)}: seeded (${bookableDaysCreated} bookable days created, ${bookableDaysUpdated} updated).`);
  } finally {
    await prisma.$disconnect();
  }
});
