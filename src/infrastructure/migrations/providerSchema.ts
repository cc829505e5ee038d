/**
 * One data model, two databases. `prisma/schema.prisma` is the only schema anyone edits;
 * it names SQLite (the embedded default). Prisma needs a schema naming PostgreSQL too —
 * for its PostgreSQL client and for the schema engine's PostgreSQL migrations — and that
 * one is derived here, never written by hand: only the datasource's provider and the
 * generated client's folder differ.
 *
 * The model therefore keeps to what both databases take: no native types (`@db.…`),
 * days as 'YYYY-MM-DD' text, JSON as text (see the header of prisma/schema.prisma).
 */
import type { DatabaseProvider } from '../database/databaseUrl';

const DATASOURCE = /(datasource\s+db\s*\{[^}]*?provider\s*=\s*)"sqlite"/;
const CLIENT_OUTPUT = /(generator\s+client\s*\{[^}]*?output\s*=\s*)"[^"]*"/;

/** Where each provider's generated client lives, as seen from its schema file. */
export const GENERATED_CLIENT_FOLDER: Record<DatabaseProvider, string> = {
  sqlite: '../src/generated/prisma',
  postgresql: './prisma-postgresql',
};

/**
 * The schema text for `provider`, from the text of prisma/schema.prisma. The PostgreSQL
 * text is meant to be written beside its client (src/generated/schema.postgresql.prisma).
 */
export function schemaForProvider(source: string, provider: DatabaseProvider): string {
  if (!DATASOURCE.test(source)) {
    throw new Error('prisma/schema.prisma: the datasource "db" must say provider = "sqlite" (the PostgreSQL schema is derived from it).');
  }
  const withoutComments = source.replace(/\/\/.*$/gm, '');
  if (/@db\./.test(withoutComments)) {
    throw new Error('prisma/schema.prisma: native types (@db.…) would differ between SQLite and PostgreSQL; keep to Prisma\'s own types.');
  }
  if (provider === 'sqlite') return source;
  if (!CLIENT_OUTPUT.test(source)) throw new Error('prisma/schema.prisma: the generator "client" must name its output folder.');
  return (
    '// GENERATED from prisma/schema.prisma by `npm run db:generate`: do not edit.\n' +
    source
      .replace(DATASOURCE, '$1"postgresql"')
      .replace(CLIENT_OUTPUT, `$1"${GENERATED_CLIENT_FOLDER.postgresql}"`)
  );
}
