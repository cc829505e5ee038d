import path from 'node:path';
import { DEFAULT_DATABASE_URL, DatabaseUrlError, databaseUrlFromEnv, describeDatabase, providerOf, sqliteFilePath } from '../../../src/infrastructure/database/databaseUrl';
import { poolConfig } from '../../../src/infrastructure/database/postgresClient';

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

  it('tells SQLite from PostgreSQL, and refuses anything else with a French message naming the variable', () => {
    expect(providerOf('file:./data/periscolaire.db')).toBe('sqlite');
    expect(providerOf(':memory:')).toBe('sqlite');
    expect(providerOf('postgresql://app:secret@db:5432/periscolaire')).toBe('postgresql');
    expect(providerOf('postgres://db/periscolaire')).toBe('postgresql');
    expect(() => providerOf('mysql://app:secret@db/periscolaire')).toThrow(DatabaseUrlError);
    expect(() => providerOf('mysql://app:secret@db/periscolaire')).toThrow(/DATABASE_URL « mysql:\/\/app:\*\*\*@db\/periscolaire » : attendu/);
  });

  it('names a PostgreSQL database without its password in messages and logs', () => {
    expect(describeDatabase('postgresql://app:s3cr%40t@db.example.fr:5432/periscolaire')).toBe('postgresql://app:***@db.example.fr:5432/periscolaire');
    expect(describeDatabase('file:/var/lib/p.db')).toBe('/var/lib/p.db');
  });

  it('takes the pool size of a PostgreSQL URL from connection_limit (default 10), refusing nonsense', () => {
    expect(poolConfig('postgresql://db/p')).toMatchObject({ max: 10, connectionString: 'postgresql://db/p' });
    expect(poolConfig('postgresql://db/p?connection_limit=4&sslmode=require')).toMatchObject({ max: 4, connectionString: 'postgresql://db/p?sslmode=require' });
    expect(() => poolConfig('postgresql://db/p?connection_limit=lots')).toThrow(/connection_limit=lots/);
  });
});
