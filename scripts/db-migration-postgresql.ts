/**
 * `npm run db:migration:postgresql`: after merging SQLite migrations written without
 * their PostgreSQL counterpart, writes the missing counterparts (same folder names) from
 * prisma/schema.prisma as merged. See README, "Adding a migration".
 */
import { UsageError, runCommand } from '../src/cli/runCommand';
import { DEFAULT_POSTGRESQL_MIGRATIONS_DIR, writePostgresqlCounterparts } from '../src/infrastructure/migrations/migrator';

runCommand(async (args) => {
  if (args.length > 0) throw new UsageError('Usage: npm run db:migration:postgresql   (no argument)');
  const written = await writePostgresqlCounterparts();
  if (written.length === 0) {
    console.log('Nothing to do: every SQLite migration has its PostgreSQL counterpart.');
    return;
  }
  console.log(
    `Wrote the PostgreSQL counterpart of ${written.length} migration(s) in ${DEFAULT_POSTGRESQL_MIGRATIONS_DIR}:\n` +
      written.map((name) => `  - ${name}`).join('\n') +
      '\nRead them (a data change written by hand in a SQLite migration needs its PostgreSQL SQL too), then commit them.',
  );
});
