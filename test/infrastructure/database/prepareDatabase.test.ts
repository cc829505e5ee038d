import { rmSync } from 'node:fs';
import path from 'node:path';
import { createTownRules } from '../../../src/domain/createTownRules';
import { prepareDatabase } from '../../../src/infrastructure/database/prepareDatabase';
import { makeTempDir } from '../support/testDatabase';

const rules = createTownRules();
let dir: string;

beforeEach(() => {
  dir = makeTempDir('periscolaire-prepare-');
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('prepareDatabase (what npm start runs before serving)', () => {
  it('creates the folder and the file, migrates, seeds, and can run again on the same file', async () => {
    const url = `file:${path.join(dir, 'nested', 'data', 'periscolaire.db')}`;
    const first = await prepareDatabase({ url, rules });
    await first.$disconnect();
    const second = await prepareDatabase({ url, rules });
    try {
      expect(await second.guardian.count({ where: { email: 'camille.martin@example.fr' } })).toBe(1);
      expect(await second.bookableDay.count({ where: { day: '2026-03-13' } })).toBe(rules.config.sites.length);
      const [{ journal_mode }] = await second.$queryRawUnsafe<Array<{ journal_mode: string }>>('PRAGMA journal_mode');
      expect(journal_mode).toBe('wal');
    } finally {
      await second.$disconnect();
    }
  });

  it('leaves the demo families out when asked (production)', async () => {
    const prisma = await prepareDatabase({ url: `file:${path.join(dir, 'prod.db')}`, rules, demo: false });
    try {
      expect(await prisma.family.count()).toBe(0);
      expect(await prisma.site.count()).toBe(rules.config.sites.length);
    } finally {
      await prisma.$disconnect();
    }
  });
});
