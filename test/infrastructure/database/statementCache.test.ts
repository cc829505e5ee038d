/**
 * Compiled statements reused by SQL text: the adapter's prepare → bind → run/all calls
 * still behave as with fresh statements (arguments, raw rows, errors), on the driver
 * alone and through Prisma.
 */
import Database from 'better-sqlite3';
import { cacheStatements } from '../../../src/infrastructure/database/statementCache';
import { createTestDatabase, type TestDatabase } from '../support/testDatabase';

describe('on better-sqlite3', () => {
  let db: Database.Database;
  let compiled: string[];

  beforeEach(() => {
    db = new Database(':memory:');
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT UNIQUE)');
    compiled = [];
    const prepare = db.prepare.bind(db);
    db.prepare = ((sql: string) => {
      compiled.push(sql);
      return prepare(sql);
    }) as typeof db.prepare;
    cacheStatements(db as never, 2);
  });

  afterEach(() => db.close());

  test('compiles a statement once, each bind keeping its own arguments', () => {
    const insert = 'INSERT INTO t (name) VALUES (?)';
    const first = db.prepare(insert).bind(['a']);
    const second = db.prepare(insert).bind(['b']);
    expect(first.run()).toMatchObject({ changes: 1 });
    expect(second.run()).toMatchObject({ changes: 1 });
    const select = db.prepare('SELECT id, name FROM t WHERE name = ?');
    expect(select.reader).toBe(true);
    expect(select.bind(['b']).raw().all()).toEqual([[2, 'b']]);
    expect(db.prepare('SELECT id, name FROM t WHERE name = ?').bind(['a']).raw().all()).toEqual([[1, 'a']]);
    expect(compiled).toEqual([insert, 'SELECT id, name FROM t WHERE name = ?']);
  });

  test('a statement that failed is used again afterwards', () => {
    const insert = 'INSERT INTO t (name) VALUES (?)';
    db.prepare(insert).bind(['a']).run();
    expect(() => db.prepare(insert).bind(['a']).run()).toThrow(/UNIQUE/);
    expect(db.prepare(insert).bind(['c']).run()).toMatchObject({ changes: 1 });
    expect(compiled).toHaveLength(1);
  });

  test('keeps the most recently used statements only', () => {
    db.prepare('SELECT 1').bind([]).raw().all();
    db.prepare('SELECT 2').bind([]).raw().all();
    db.prepare('SELECT 1').bind([]).raw().all();
    db.prepare('SELECT 3').bind([]).raw().all();
    db.prepare('SELECT 1').bind([]).raw().all();
    db.prepare('SELECT 2').bind([]).raw().all();
    expect(compiled).toEqual(['SELECT 1', 'SELECT 2', 'SELECT 3', 'SELECT 2']);
  });
});

describe('through Prisma', () => {
  let db: TestDatabase;

  beforeEach(async () => {
    db = await createTestDatabase();
  });

  afterEach(async () => {
    await db.destroy();
  });

  test('the same query with other arguments, a constraint error, and transactions still behave', async () => {
    await db.prisma.storageItem.create({ data: { key: 'a', document: '1', eTag: 'x' } });
    await db.prisma.storageItem.create({ data: { key: 'b', document: '2', eTag: 'y' } });
    await expect(db.prisma.storageItem.create({ data: { key: 'a', document: '3', eTag: 'z' } })).rejects.toMatchObject({ code: 'P2002' });
    expect((await db.prisma.storageItem.findUnique({ where: { key: 'a' } }))?.document).toBe('1');
    expect((await db.prisma.storageItem.findUnique({ where: { key: 'b' } }))?.document).toBe('2');
    await expect(
      db.prisma.$transaction(async (tx) => {
        await tx.storageItem.update({ where: { key: 'a' }, data: { document: 'changed' } });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    await db.prisma.$transaction(async (tx) => tx.storageItem.update({ where: { key: 'b' }, data: { document: 'kept' } }));
    const rows = await db.prisma.storageItem.findMany({ orderBy: { key: 'asc' } });
    expect(rows.map((row) => row.document)).toEqual(['1', 'kept']);
  });
});
