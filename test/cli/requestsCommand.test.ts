import { randomBytes } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { FsDocumentStore } from '../../src/documents/fsDocumentStore';
import { auditRecorder } from '../../src/infrastructure/bookings/sqlBookingStore';
import { NotFoundError } from '../../src/cli/bookingsCommand';
import { parseRequestsArgs, runRequestsCommand, type RequestsCommandContext } from '../../src/cli/requestsCommand';
import { UsageError } from '../../src/cli/runCommand';
import { aPdf } from '../documents/support/fileMother';
import { aReceivedPdf, createRequestWorld, type RequestWorld } from '../requests/support/requestWorld';
import { runScript } from '../infrastructure/support/runScript';
import { makeTempDir } from '../infrastructure/support/testDatabase';

describe('npm run requests: arguments', () => {
  it.each([
    [[], /Commande manquante/],
    [['delete', 'D-2026-000001'], /Commande inconnue : « delete »/],
    [['show'], /un numéro de demande, et un seul/],
    [['show', '123'], /n'est pas un numéro de demande/],
    [['refuse', 'D-2026-000001'], /Un refus demande un motif/],
    [['accept', 'D-2026-000001', '--reason', 'x'], /Option non prévue pour « accept » : --reason/],
    [['list', '--status', 'perdu'], /Statut inconnu/],
    [['list', '--limit', '0'], /--limit attend un nombre entier positif/],
    [['open-document', 'not-an-id', '--out', 'x.pdf'], /identifiant du document/],
    [['open-document', '0b5f9f9e-59a1-4c1a-9d2a-1a2b3c4d5e6f'], /--out FICHIER/],
    [['list', '--nope'], /Unknown option '--nope'/],
  ])('%j is refused with a clear message and the usage', (args, message) => {
    expect(() => parseRequestsArgs(args)).toThrow(UsageError);
    expect(() => parseRequestsArgs(args)).toThrow(message);
    expect(() => parseRequestsArgs(args)).toThrow(/Usage : npm run requests -- list/);
  });

  it('normalises a number typed in lower case', () => {
    expect(parseRequestsArgs(['accept', ' d-2026-000007 ', '--by', 'agent'])).toEqual({ name: 'accept', number: 'D-2026-000007', by: 'agent' });
  });

  it('exits with code 2 on bad arguments, before opening any database', () => {
    const run = runScript('requests.ts', ['refuse', 'D-2026-000001'], { DATABASE_URL: 'file:/nonexistent/dir/x.db' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Un refus demande un motif');
  });
});

describe('npm run requests: staff work', () => {
  let world: RequestWorld;
  let dir: string;
  let ctx: RequestsCommandContext;
  let store: FsDocumentStore;
  const now = new Date('2026-03-11T14:00:00Z');

  beforeEach(async () => {
    world = await createRequestWorld();
    dir = makeTempDir('requests-cli-');
    store = new FsDocumentStore({ directory: path.join(dir, 'documents'), key: randomBytes(32) });
    const prisma = world.db.prisma;
    ctx = {
      queries: world.services.queries,
      decide: (command) => world.services.requests.decideRequest(command),
      readDocument: (id) => store.get(id),
      documentMeta: (id) => prisma.document.findUnique({ where: { id }, select: { mediaType: true, originalName: true, purgedAt: true } }),
      recordAudit: auditRecorder(prisma),
      staffId: 'agent.dupont',
      now: () => now,
    };
  });

  afterEach(async () => {
    await world.destroy();
    await rm(dir, { recursive: true, force: true });
  });

  it('lists, shows, accepts and refuses, then opens the decrypted document', async () => {
    const family = await world.family({ name: 'Martin' });
    const guardianId = family.guardianIds[0];
    const late = await world.services.requests.submitLateRequest(world.lateRequest(family));
    if (late.status !== 'submitted') throw new Error('expected a request');
    await world.book(family, ['2026-03-09']);
    const pdf = aPdf();
    const stored = await store.put(pdf);
    await world.services.requests.registerDocument({ guardianId, document: aReceivedPdf({ id: stored.id, sha256: stored.sha256, size: stored.size }), channel: 'webchat', now });
    const justification = await world.services.requests.submitJustification({ guardianId, childId: family.childIds[0], days: ['2026-03-09'], documentIds: [stored.id], channel: 'webchat', idempotencyKey: 'k', now });
    if (justification.status !== 'received') throw new Error('expected a receipt');

    const list = await runRequestsCommand(parseRequestsArgs(['list', '--status', 'submitted']), ctx);
    expect(list.split('\n')[0]).toBe('Demandes « envoyée au service » (2, les plus récentes d\'abord) :');
    const shown = await runRequestsCommand(parseRequestsArgs(['show', justification.number]), ctx);
    expect(shown).toContain(`${stored.id} — certificat.pdf — application/pdf, 2000 octets`);

    expect(await runRequestsCommand(parseRequestsArgs(['accept', late.number]), ctx)).toContain(`Demande ${late.number} acceptée`);
    expect(await runRequestsCommand(parseRequestsArgs(['accept', justification.number]), ctx)).toBe(`Demande ${justification.number} acceptée ; la famille en sera informée.`);
    await expect(runRequestsCommand(parseRequestsArgs(['refuse', late.number, '--reason', 'non']), ctx)).rejects.toThrow(/déjà acceptée/);
    await expect(runRequestsCommand(parseRequestsArgs(['show', 'D-2026-000099']), ctx)).rejects.toThrow(NotFoundError);

    const out = path.join(dir, 'certificat.pdf');
    expect(await runRequestsCommand(parseRequestsArgs(['open-document', stored.id, '--out', out]), ctx)).toContain(`écrit dans ${out}`);
    expect((await readFile(out)).equals(pdf)).toBe(true);
    await expect(runRequestsCommand(parseRequestsArgs(['open-document', stored.id, '--out', out]), ctx)).rejects.toThrow(/existe déjà/);
    expect(await world.db.prisma.auditEntry.count({ where: { action: 'document.open', entityId: stored.id, actorId: 'agent.dupont' } })).toBe(1);
    expect(await world.db.prisma.request.findUniqueOrThrow({ where: { number: justification.number } })).toMatchObject({ status: 'accepted' });
  });

  it('says when a document was purged instead of writing anything', async () => {
    const family = await world.family();
    const stored = await store.put(aPdf());
    await world.services.requests.registerDocument({ guardianId: family.guardianIds[0], document: aReceivedPdf({ id: stored.id }), channel: 'webchat', now });
    await world.services.documentMetadata.markPurged([stored.id], now);
    const out = path.join(dir, 'x.pdf');
    await expect(runRequestsCommand(parseRequestsArgs(['open-document', stored.id, '--out', out]), ctx)).rejects.toThrow(/a été supprimé le 2026-03-11/);
    await expect(writeFile(out, 'probe', { flag: 'wx' })).resolves.toBeUndefined();
  });
});
