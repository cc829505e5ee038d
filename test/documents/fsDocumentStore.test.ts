/** The encrypted filesystem store: nothing readable on disk, integrity, keys, retention. */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FsDocumentStore } from '../../src/documents/fsDocumentStore';
import { purgeExpiredDocuments } from '../../src/documents/retentionPurge';
import { aPdf } from './support/fileMother';

const DAY = 24 * 60 * 60 * 1000;
let directory: string;
const key = randomBytes(32);

beforeEach(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'documents-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('FsDocumentStore', () => {
  it('stores the file encrypted: no %PDF on disk, and it decrypts to the same checksum', async () => {
    const store = new FsDocumentStore({ directory, key });
    const pdf = aPdf(50_000);
    const stored = await store.put(pdf);

    const onDisk = await readFile(store.fileOf(stored.id));
    expect(onDisk.includes(Buffer.from('%PDF'))).toBe(false);
    expect(onDisk.includes(pdf.subarray(0, 64))).toBe(false);
    expect(stored).toMatchObject({ size: 50_000, sha256: createHash('sha256').update(pdf).digest('hex') });

    const readBack = await store.get(stored.id);
    expect(readBack).toMatchObject({ status: 'ok', sha256: stored.sha256, createdAt: stored.createdAt });
    if (readBack.status === 'ok') expect(readBack.content.equals(pdf)).toBe(true);
  });

  it('uses a fresh nonce per file: the same content twice gives two different files', async () => {
    const store = new FsDocumentStore({ directory, key });
    const a = await store.put(aPdf());
    const b = await store.put(aPdf());
    const [fileA, fileB] = await Promise.all([readFile(store.fileOf(a.id)), readFile(store.fileOf(b.id))]);
    expect(fileA.equals(fileB)).toBe(false);
    expect(a.sha256).toBe(b.sha256);
  });

  it('keeps files private (0600 in a 0700 folder) and leaves no temporary file', async () => {
    const inner = path.join(directory, 'documents');
    const store = new FsDocumentStore({ directory: inner, key });
    const { id } = await store.put(aPdf());
    expect((await stat(inner)).mode & 0o777).toBe(0o700);
    expect((await stat(store.fileOf(id))).mode & 0o777).toBe(0o600);
    expect(await readdir(inner)).toEqual([`${id}.doc`]);
  });

  it.each([
    ['a flipped byte in the ciphertext', (file: Buffer) => (file[file.length - 10] ^= 0x01)],
    ['a flipped byte in the tag', (file: Buffer) => (file[40] ^= 0x01)],
    ['a changed creation date in the header', (file: Buffer) => (file[20] ^= 0x01)],
  ])('detects tampering: %s', async (_label, tamper) => {
    const store = new FsDocumentStore({ directory, key });
    const { id } = await store.put(aPdf());
    const file = await readFile(store.fileOf(id));
    tamper(file);
    await writeFile(store.fileOf(id), file);
    expect(await store.get(id)).toEqual({ status: 'unreadable', reason: 'tampered' });
  });

  it('detects a file moved under another document’s id', async () => {
    const store = new FsDocumentStore({ directory, key });
    const first = await store.put(aPdf());
    const second = await store.put(Buffer.from('%PDF-1.7 autre'));
    await writeFile(store.fileOf(second.id), await readFile(store.fileOf(first.id)));
    expect(await store.get(second.id)).toEqual({ status: 'unreadable', reason: 'tampered' });
  });

  it('fails cleanly with the wrong key', async () => {
    const { id } = await new FsDocumentStore({ directory, key }).put(aPdf());
    const other = new FsDocumentStore({ directory, key: randomBytes(32) });
    expect(await other.get(id)).toEqual({ status: 'unreadable', reason: 'wrong_key' });
  });

  it('answers not_found for unknown or malformed ids, without touching other paths', async () => {
    const store = new FsDocumentStore({ directory, key });
    expect(await store.get('2f1d6a8e-0000-4000-8000-000000000000')).toEqual({ status: 'not_found' });
    expect(await store.get('../../etc/passwd')).toEqual({ status: 'not_found' });
    expect(await store.delete('../../etc/passwd')).toBe(false);
  });

  it('deletes, and lists the documents older than a date from their headers', async () => {
    let now = new Date('2025-01-10T10:00:00Z');
    const store = new FsDocumentStore({ directory, key, now: () => now });
    const old = await store.put(aPdf());
    now = new Date('2026-03-01T10:00:00Z');
    const recent = await store.put(aPdf());
    await writeFile(path.join(directory, 'notes.txt'), 'not a document');

    expect(await store.listOlderThan(new Date('2026-01-01T00:00:00Z'))).toEqual([old.id]);
    expect(await store.delete(old.id)).toBe(true);
    expect(await store.delete(old.id)).toBe(false);
    expect(await store.listOlderThan(new Date('2027-01-01T00:00:00Z'))).toEqual([recent.id]);
  });
});

describe('purgeExpiredDocuments', () => {
  it('marks the metadata first, then deletes the files past the retention period', async () => {
    let now = new Date('2025-01-10T10:00:00Z');
    const store = new FsDocumentStore({ directory, key, now: () => now });
    const expired = await store.put(aPdf());
    now = new Date('2026-01-05T10:00:00Z');
    const kept = await store.put(aPdf());
    const calls: string[] = [];

    const purgeAt = new Date('2026-03-01T10:00:00Z');
    const dryRun = await purgeExpiredDocuments({ store, now: purgeAt, retentionDays: 365, dryRun: true });
    expect(dryRun.purged).toEqual([expired.id]);
    expect((await store.get(expired.id)).status).toBe('ok');

    const report = await purgeExpiredDocuments({
      store,
      now: purgeAt,
      retentionDays: 365,
      markPurged: async (ids, at) => {
        calls.push(`mark ${ids.join(',')} ${at.toISOString()}`);
        expect((await store.get(ids[0])).status).toBe('ok'); // still there when marked
      },
    });
    expect(report).toEqual({ cutoff: new Date(purgeAt.getTime() - 365 * DAY), purged: [expired.id] });
    expect(calls).toEqual([`mark ${expired.id} 2026-03-01T10:00:00.000Z`]);
    expect(await store.get(expired.id)).toEqual({ status: 'not_found' });
    expect((await store.get(kept.id)).status).toBe('ok');
  });
});
