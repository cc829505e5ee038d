import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseCliArguments } from '../../../src/understanding/cli/understandCli';

const root = path.resolve(__dirname, '../../../src/understanding');
const tests = path.resolve(__dirname, '..');
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : full.endsWith('.ts') ? [full] : [];
  });

describe('the understanding layer', () => {
  it('imports nothing from botbuilder', () => {
    for (const file of sources(root)) expect(readFileSync(file, 'utf8')).not.toMatch(/from ['"]botbuilder/);
  });

  it('and its tests touch no database (the PostgreSQL pass of CI leaves them out, jest.config.js)', () => {
    const databaseWords = /prisma|infrastructure|testDatabase|DATABASE_URL/i;
    for (const file of [...sources(root), ...sources(tests)]) {
      const imports = readFileSync(file, 'utf8').split('\n').filter((line) => /^import|require\(/.test(line));
      expect({ file, imports: imports.filter((line) => databaseWords.test(line)) }).toEqual({ file, imports: [] });
    }
  });

  it('reads the command line of the contract', () => {
    expect(parseCliArguments(['--now', '2026-03-09T10:00', '--children', 'Léa,Hugo,Inès', 'inscrire Léa mardi'])).toEqual({
      now: '2026-03-09T10:00',
      children: ['Léa', 'Hugo', 'Inès'],
      text: 'inscrire Léa mardi',
    });
  });
});
