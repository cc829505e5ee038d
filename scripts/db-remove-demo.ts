/**
 * `npm run db:remove-demo`: deletes the demo families (with their bookings, requests,
 * documents, links and conversations) and the demo staff account from DATABASE_URL.
 * Nothing else is touched. Required before a production start on a database that was
 * seeded with demo data.
 */
import { removeDemoData } from '../prisma/seed/demoData';
import { documentsFromEnv } from '../src/compositionRoot';
import { runCommand } from '../src/cli/runCommand';
import { createPrismaClient } from '../src/infrastructure/database/createPrismaClient';
import { databaseUrlFromEnv, describeDatabase } from '../src/infrastructure/database/databaseUrl';

runCommand(async () => {
  const url = databaseUrlFromEnv();
  const prisma = await createPrismaClient(url);
  try {
    const removed = await removeDemoData(prisma);
    let files = 0;
    if (removed.documentIds.length > 0) {
      const { store } = documentsFromEnv(process.env);
      for (const id of removed.documentIds) if (await store.delete(id)) files += 1;
    }
    console.log(
      `${describeDatabase(url)}: demo data removed (${removed.families} families, ${removed.guardians} guardians, ${removed.children} children, ` +
        `${removed.bookings} bookings, ${removed.requests} requests, ${files} document files, ${removed.staff} staff account).`,
    );
  } finally {
    await prisma.$disconnect();
  }
});
