/**
 * `npm run db:migrate`: applies the pending migrations to DATABASE_URL (offline), SQLite
 * or PostgreSQL. Waits while another process migrates the same database.
 */
import { describeDatabase, databaseUrlFromEnv } from '../src/infrastructure/database/databaseUrl';
import { runCommand } from '../src/cli/runCommand';
import { applyMigrations } from '../src/infrastructure/migrations/migrator';

runCommand(async () => {
  const url = databaseUrlFromEnv();
  const target = describeDatabase(url);
  const applied = await applyMigrations(url, {}, { onWait: () => console.log(`${target}: another process is migrating it; waiting for it to finish…`) });
  if (applied.length === 0) console.log(`${target}: already up to date.`);
  else console.log(`${target}: applied ${applied.length} migration(s):\n${applied.map((n) => `  - ${n}`).join('\n')}`);
}, { exitWhenDone: true });
