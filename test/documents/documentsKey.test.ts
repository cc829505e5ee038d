import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DocumentsConfigError } from '../../src/documents/documentsConfigError';
import { DEV_KEY_FILE, parseDocumentsKey, resolveDocumentsKey } from '../../src/documents/documentsKey';

const raw = randomBytes(32);

describe('parseDocumentsKey', () => {
  it.each([
    ['base64', raw.toString('base64')],
    ['base64 without padding', raw.toString('base64').replace(/=$/, '')],
    ['base64url', raw.toString('base64url')],
    ['hex', raw.toString('hex')],
    ['hex with spaces around', `  ${raw.toString('hex').toUpperCase()}\n`],
  ])('accepts %s', (_label, text) => {
    expect(parseDocumentsKey(text).equals(raw)).toBe(true);
  });

  it.each([
    ['too short', randomBytes(16).toString('base64')],
    ['too long', randomBytes(48).toString('hex')],
    ['a passphrase', 'mot de passe de la mairie'],
    ['hex of 63 digits', raw.toString('hex').slice(1)],
  ])('refuses %s with an operator message that does not echo the value', (_label, text) => {
    expect(() => parseDocumentsKey(text)).toThrow(DocumentsConfigError);
    expect(() => parseDocumentsKey(text)).toThrow(/32 octets attendus, en base64 \(44 caractères\) ou en hexadécimal \(64 chiffres\)/);
    try {
      parseDocumentsKey(text);
    } catch (error) {
      expect((error as Error).message).not.toContain(text);
    }
  });
});

describe('resolveDocumentsKey', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'data-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('uses DOCUMENTS_KEY when set', () => {
    const result = resolveDocumentsKey({ env: { NODE_ENV: 'production', DOCUMENTS_KEY: raw.toString('base64') }, dataDir });
    expect(result).toMatchObject({ status: 'ready', source: 'environment' });
  });

  it('tells the composition root to refuse to start in production without a key', () => {
    expect(resolveDocumentsKey({ env: { NODE_ENV: 'production' }, dataDir })).toEqual({
      status: 'refuse-start',
      message: expect.stringContaining('DOCUMENTS_KEY est obligatoire en production'),
    });
  });

  it('refuses to start on a bad key, in any mode', () => {
    expect(resolveDocumentsKey({ env: { DOCUMENTS_KEY: 'abc' }, dataDir })).toMatchObject({ status: 'refuse-start', message: expect.stringContaining('DOCUMENTS_KEY invalide') });
  });

  it('in development, creates a private key file under the data folder once, then reuses it, with a warning', async () => {
    const first = resolveDocumentsKey({ env: {}, dataDir: path.join(dataDir, 'nested') });
    expect(first).toMatchObject({ status: 'ready', source: 'development-key-file', created: true, warning: expect.stringContaining('clé de DÉVELOPPEMENT créée') });
    const file = path.join(dataDir, 'nested', DEV_KEY_FILE);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const second = resolveDocumentsKey({ env: { NODE_ENV: 'development' }, dataDir: path.join(dataDir, 'nested') });
    expect(second).toMatchObject({ status: 'ready', created: false });
    if (first.status === 'ready' && second.status === 'ready') expect(second.key.equals(first.key)).toBe(true);
    expect(parseDocumentsKey(await readFile(file, 'utf8')).length).toBe(32);
  });

  it('refuses to start when the development key file is damaged', async () => {
    await writeFile(path.join(dataDir, DEV_KEY_FILE), 'oops');
    expect(resolveDocumentsKey({ env: {}, dataDir })).toMatchObject({ status: 'refuse-start', message: expect.stringContaining(DEV_KEY_FILE) });
  });
});
