import { rmSync } from 'node:fs';
import path from 'node:path';
import { createTownRules } from '../../../src/domain/createTownRules';
import { prepareDatabase } from '../../../src/infrastructure/database/prepareDatabase';
import { createEmptyDatabase, makeTempDir, testProvider } from '../support/testDatabase';

const rules = createTownRules();
let dir: string;
const drops: Array<() => Promise<void>> = [];

beforeEach(() => {
  dir = makeTempDir('periscolaire-prepare-');
});

afterEach(async () => {
  for (const drop of drops.splice(0)) await drop();
  rmSync(dir, { recursive: true, force: true });
});

/** An empty database: on SQLite a file in a folder that does not exist yet. */
async function emptyDatabase(name: string): Promise<string> {
  if (testProvider() === 'sqlite') return `file:${path.join(dir, 'nested', 'data', `${name}.db`)}`;
  const { url, drop } = await createEmptyDatabase(dir, name);
  drops.push(drop);
  return url;
}

describe(`prepareDatabase (what npm start runs before serving) (${testProvider()})`, () => {
  it('creates what is missing, migrates, seeds, and can run again on the same database', async () => {
    const url = await emptyDatabase('periscolaire');
    const first = await prepareDatabase({ url, rules });
    await first.$disconnect();
    const second = await prepareDatabase({ url, rules });
    try {
      expect(await second.guardian.count({ where: { email: 'camille.martin@example.fr' } })).toBe(1);
      expect(await second.bookableDay.count({ where: { day: '2026-03-13' } })).toBe(rules.config.sites.length);
      if (testProvider() === 'sqlite') {
        const [{ journal_mode }] = await second.$queryRawUnsafe<Array<{ journal_mode: string }>>('PRAGMA journal_mode');
        expect(journal_mode).toBe('wal');
      }
    } finally {
      await second.$disconnect();
    }
  });

  it('leaves the demo families out when asked (production)', async () => {
    const prisma = await prepareDatabase({ url: await emptyDatabase('prod'), rules, demo: false });
    try {
      expect(await prisma.family.count()).toBe(0);
      expect(await prisma.site.count()).toBe(rules.config.sites.length);
    } finally {
      await prisma.$disconnect();
    }
  });
});
