/**
 * `npm run db:migration:create -- NAME`: writes a migration from the changes to
 * prisma/schema.prisma, for SQLite and PostgreSQL under the same folder name. The
 * PostgreSQL one is computed on a temporary database (SHADOW_DATABASE_URL's server).
 */
import { UsageError, runCommand } from '../src/cli/runCommand';
import { DEFAULT_MIGRATIONS_DIR, DEFAULT_POSTGRESQL_MIGRATIONS_DIR, createMigration } from '../src/infrastructure/migrations/migrator';

runCommand(async (args) => {
  if (args.length !== 1 || args[0].startsWith('-')) {
    throw new UsageError('Usage: npm run db:migration:create -- <name>   (e.g. add_request_channel)');
  }
  const folder = await createMigration(args[0]);
  if (folder === null) {
    console.log('Nothing to do: the migrations already produce prisma/schema.prisma.');
    return;
  }
  console.log(
    `Wrote ${DEFAULT_MIGRATIONS_DIR}/${folder}/migration.sql (SQLite)\n` +
      `  and ${DEFAULT_POSTGRESQL_MIGRATIONS_DIR}/${folder}/migration.sql (PostgreSQL):\n` +
      'read them, then commit them with the schema.',
  );
});
