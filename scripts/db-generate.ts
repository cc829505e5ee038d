/**
 * `npm run db:generate` (also run by `npm ci`): the Prisma clients of both databases from
 * the one schema, prisma/schema.prisma. The PostgreSQL schema is derived from it
 * (src/infrastructure/migrations/providerSchema.ts) into src/generated/, never edited.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/infrastructure/database/databaseUrl';
import { schemaForProvider } from '../src/infrastructure/migrations/providerSchema';

const SCHEMA = path.join(PROJECT_ROOT, 'prisma', 'schema.prisma');
const POSTGRESQL_SCHEMA = path.join(PROJECT_ROOT, 'src', 'generated', 'schema.postgresql.prisma');

function generate(schema: string): void {
  const prisma = require.resolve('prisma/build/index.js', { paths: [PROJECT_ROOT] });
  const run = spawnSync(process.execPath, [prisma, 'generate', '--schema', schema], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

mkdirSync(path.dirname(POSTGRESQL_SCHEMA), { recursive: true });
writeFileSync(POSTGRESQL_SCHEMA, schemaForProvider(readFileSync(SCHEMA, 'utf8'), 'postgresql'));
generate(SCHEMA);
generate(POSTGRESQL_SCHEMA);
