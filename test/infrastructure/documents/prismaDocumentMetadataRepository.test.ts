/** The retention purge marks the metadata rows (kept as a trace) before deleting the files. */
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { FsDocumentStore } from '../../../src/documents/fsDocumentStore';
import { purgeExpiredDocuments } from '../../../src/documents/retentionPurge';
import { aPdf } from '../../documents/support/fileMother';
import { aReceivedPdf, createRequestWorld, type RequestWorld } from '../../requests/support/requestWorld';
import { makeTempDir } from '../support/testDatabase';

let world: RequestWorld;
let dir: string;

beforeEach(async () => {
  world = await createRequestWorld();
  dir = makeTempDir('purge-metadata-');
});

afterEach(async () => {
  await world.destroy();
  await rm(dir, { recursive: true, force: true });
});

it('sets purgedAt on the expired documents only, and keeps the first date when run again', async () => {
  const family = await world.family();
  const now = new Date('2026-06-01T02:00:00Z');
  const oldStore = new FsDocumentStore({ directory: path.join(dir, 'documents'), key: randomBytes(32), now: () => new Date('2026-01-01T00:00:00Z') });
  const store = new FsDocumentStore({ directory: path.join(dir, 'documents'), key: randomBytes(32), now: () => new Date('2026-05-30T00:00:00Z') });
  const old = await oldStore.put(aPdf());
  const recent = await store.put(aPdf());
  for (const { id } of [old, recent]) {
    await world.services.requests.registerDocument({ guardianId: family.guardianIds[0], document: aReceivedPdf({ id }), channel: 'webchat', now });
  }
  const markPurged = (ids: string[], at: Date) => world.services.documentMetadata.markPurged(ids, at);

  const report = await purgeExpiredDocuments({ store, now, retentionDays: 30, markPurged });
  expect(report.purged).toEqual([old.id]);
  await world.services.documentMetadata.markPurged([old.id], new Date('2026-07-01T00:00:00Z'));

  const rows = await world.db.prisma.document.findMany({ orderBy: { id: 'asc' } });
  expect(Object.fromEntries(rows.map((row) => [row.id, row.purgedAt]))).toEqual({ [old.id]: now, [recent.id]: null });
  expect((await store.get(old.id)).status).toBe('not_found');
});
