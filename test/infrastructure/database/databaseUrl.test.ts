import path from 'node:path';
import { DEFAULT_DATABASE_URL, databaseUrlFromEnv, sqliteFilePath } from '../../../src/infrastructure/database/databaseUrl';

describe('database URL', () => {
  it('defaults to the embedded file under data/', () => {
    expect(databaseUrlFromEnv({})).toBe(DEFAULT_DATABASE_URL);
    expect(databaseUrlFromEnv({ DATABASE_URL: '  ' })).toBe(DEFAULT_DATABASE_URL);
    expect(sqliteFilePath(DEFAULT_DATABASE_URL, '/srv/app')).toBe(path.resolve('/srv/app/data/periscolaire.db'));
  });

  it('takes relative paths from the project root and keeps absolute ones', () => {
    expect(sqliteFilePath('file:../db/p.db', '/srv/app')).toBe(path.resolve('/srv/db/p.db'));
    expect(sqliteFilePath('file:/var/lib/p.db?connection_limit=1', '/srv/app')).toBe('/var/lib/p.db');
  });

  it('refuses a URL that is not a SQLite file, naming it', () => {
    expect(() => sqliteFilePath('postgresql://localhost/periscolaire')).toThrow(/postgresql:\/\/localhost/);
    expect(() => sqliteFilePath('file:')).toThrow(/names no file/);
  });
});
