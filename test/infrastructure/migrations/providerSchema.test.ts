/** The PostgreSQL schema is derived from prisma/schema.prisma: only the provider and the client's folder differ. */
import { readFileSync } from 'node:fs';
import { DEFAULT_SCHEMA_PATH } from '../../../src/infrastructure/migrations/migrator';
import { schemaForProvider } from '../../../src/infrastructure/migrations/providerSchema';

const source = readFileSync(DEFAULT_SCHEMA_PATH, 'utf8');

describe('schemaForProvider', () => {
  it('gives SQLite the schema as written, and PostgreSQL the same models with its provider and client folder', () => {
    expect(schemaForProvider(source, 'sqlite')).toBe(source);
    const postgresql = schemaForProvider(source, 'postgresql');
    expect(postgresql).toMatch(/datasource db \{\s*provider = "postgresql"/);
    expect(postgresql).toContain('output       = "./prisma-postgresql"');
    expect(postgresql).toMatch(/^\/\/ GENERATED from prisma\/schema\.prisma/);
    const models = (text: string) => text.slice(text.indexOf('enum '));
    expect(models(postgresql)).toBe(models(source));
  });

  it('refuses a native type, which would differ between the databases, but not the words in a comment', () => {
    expect(() => schemaForProvider(source.replace('  name      String\n', '  name      String @db.VarChar(80)\n'), 'postgresql')).toThrow(/native types/);
    expect(() => schemaForProvider(`// no @db.Text here\n${source}`, 'postgresql')).not.toThrow();
  });

  it('refuses a schema whose datasource is not SQLite (the one to derive from)', () => {
    expect(() => schemaForProvider(source.replace('provider = "sqlite"', 'provider = "mysql"'), 'postgresql')).toThrow(/provider = "sqlite"/);
  });
});
