import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDocuments } from '../../src/documents/createDocuments';
import { DocumentsConfigError } from '../../src/documents/documentsConfigError';
import { FsDocumentStore } from '../../src/documents/fsDocumentStore';
import { purgeCommand } from '../../src/documents/purgeCommand';
import { aPdf } from './support/fileMother';

describe('npm run documents:purge', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'purge-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('purges what is past DOCUMENTS_RETENTION_DAYS, with a dry run first', async () => {
    const key = randomBytes(32);
    const env = { DATA_DIR: dataDir, DOCUMENTS_RETENTION_DAYS: '30' };
    const store = new FsDocumentStore({ directory: path.join(dataDir, 'documents'), key, now: () => new Date(Date.now() - 40 * 86_400_000) });
    const old = await store.put(aPdf());
    const lines: string[] = [];

    await purgeCommand(['--dry-run'], env, (line) => lines.push(line));
    expect((await store.get(old.id)).status).toBe('ok');
    await purgeCommand([], env, (line) => lines.push(line));
    expect(await store.get(old.id)).toEqual({ status: 'not_found' });
    expect(lines[0]).toMatch(/^Simulation : 1 document\(s\) seraient supprimés/);
    expect(lines[1]).toMatch(/^1 document\(s\) supprimé\(s\).*conservation 30 jours/);
  });

  it('refuses unknown arguments; needs no key (it never decrypts) and creates none', async () => {
    await expect(purgeCommand(['--all'], { DATA_DIR: dataDir })).rejects.toThrow(/Argument inconnu/);
    await purgeCommand([], { DATA_DIR: dataDir, NODE_ENV: 'production' }, () => undefined);
    expect(await readdir(dataDir)).toEqual([]);
  });
});

describe('createDocuments', () => {
  it('refuses to build without a key in production, and warns about a development key', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'setup-'));
    try {
      expect(() => createDocuments({ NODE_ENV: 'production', DATA_DIR: dataDir })).toThrow(DocumentsConfigError);
      const setup = createDocuments({ DATA_DIR: dataDir });
      expect(setup.warning).toMatch(/clé de DÉVELOPPEMENT/);
      expect(setup.settings.documentsDir).toBe(path.join(dataDir, 'documents'));
      expect(setup.policy.localDevelopment).toBe(false);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
