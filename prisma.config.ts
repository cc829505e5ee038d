/**
 * Prisma CLI configuration. The project uses the CLI for `prisma generate` only:
 * migrations are created and applied offline through the WASM schema engine
 * (`npm run db:migration:create`, `npm run db:migrate`, see src/infrastructure/migrations/).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'prisma/config';

/**
 * `prisma generate` insists on the native schema engine, which it downloads from
 * binaries.prisma.sh, unreachable here. Generation itself never runs that engine, so
 * pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file (the WASM engine we do use)
 * lets it proceed. Left alone when the variable is set or a native engine is installed.
 */
function allowGenerateWithoutNativeSchemaEngine(): void {
  if (process.env.PRISMA_SCHEMA_ENGINE_BINARY) return;
  const enginesDir = path.join(__dirname, 'node_modules', '@prisma', 'engines');
  const hasNativeEngine =
    existsSync(enginesDir) && readdirSync(enginesDir).some((name) => name.startsWith('schema-engine'));
  if (hasNativeEngine) return;
  const wasmEngine = path.join(__dirname, 'node_modules', '@prisma', 'schema-engine-wasm', 'schema_engine_bg.wasm');
  if (existsSync(wasmEngine)) process.env.PRISMA_SCHEMA_ENGINE_BINARY = wasmEngine;
}

allowGenerateWithoutNativeSchemaEngine();

export default defineConfig({
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  // Only for Prisma CLI tools (e.g. `npx prisma studio`); the application resolves
  // DATABASE_URL itself (src/infrastructure/database/databaseUrl.ts).
  datasource: { url: process.env.DATABASE_URL ?? 'file:./data/periscolaire.db' },
});
