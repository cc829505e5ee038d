/**
 * `npm run documents:purge [-- --dry-run]`: deletes the documents kept longer than
 * DOCUMENTS_RETENTION_DAYS (src/documents/purgeCommand.ts) and marks them purged.
 */
import { runCommand } from '../src/cli/runCommand';
import { purgeCommand } from '../src/documents/purgeCommand';

runCommand(async (args) => {
  if (args.some((arg) => arg !== '--dry-run')) return purgeCommand(args); // the usage error, before any database
  // Imported here: the purge function itself stays free of the database.
  const { createPrismaClient } = await import('../src/infrastructure/database/createPrismaClient');
  const { databaseUrlFromEnv } = await import('../src/infrastructure/database/databaseUrl');
  const { PrismaDocumentMetadataRepository } = await import('../src/infrastructure/documents/prismaDocumentMetadataRepository');
  const prisma = await createPrismaClient(databaseUrlFromEnv());
  try {
    const metadata = new PrismaDocumentMetadataRepository(prisma);
    await purgeCommand(args, process.env, undefined, (ids, at) => metadata.markPurged(ids, at));
  } finally {
    await prisma.$disconnect();
  }
});
