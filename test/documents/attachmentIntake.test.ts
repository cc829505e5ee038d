/**
 * Parents' attachments end to end: download under the policy, type by first bytes,
 * encrypted storage. Bad attachments are refused with their French message and nothing
 * stored; the network is guarded — no name reaches the real DNS, and any connection to
 * an address other than 127.0.0.1 fails the test.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AttachmentDownloader } from '../../src/documents/attachmentDownloader';
import { AttachmentIntake } from '../../src/documents/attachmentIntake';
import type { DownloadFailureCode } from '../../src/documents/downloadOutcome';
import type { DownloadPolicy } from '../../src/documents/downloadPolicy';
import { FsDocumentStore } from '../../src/documents/fsDocumentStore';
import { TEAMS_FILE_DOWNLOAD_INFO, type IncomingAttachment } from '../../src/documents/incomingAttachment';
import { attachmentMessageFr } from '../../src/documents/messages.fr';
import { aHeic, aJpeg, anAvif, anElfExecutable, aPdf, aPng, aTextFile, aWindowsExecutable, aZip } from './support/fileMother';
import { GuardedNetwork, v4 } from './support/guardedNetwork';
import { LocalFileServer } from './support/localFileServer';

const MB = 1024 * 1024;
const production: DownloadPolicy = {
  allowedHosts: ['*.botframework.com', '*.sharepoint.com', '127.0.0.1', '169.254.169.254', '10.0.0.1', '::1', 'fe80::1', '::ffff:7f00:1'],
  // (IP literals are listed so that the address check, not the host list, is what refuses them.)
  maxBytes: 10 * MB,
  timeoutMs: 2_000,
  maxRedirects: 3,
  localDevelopment: false,
};
const localDevelopment: DownloadPolicy = {
  ...production,
  allowedHosts: ['127.0.0.1', 'localhost', 'files.localtest', 'metadata.localtest', 'gone.localtest'],
  // Long enough that a loaded machine never turns a local answer into a timeout: only the row
  // that tests the timeout sets a short one.
  timeoutMs: 10_000,
  localDevelopment: true,
};

/** Names the tests may resolve; anything else is ENOTFOUND. */
const names = {
  localhost: [v4('127.0.0.1')],
  'files.localtest': [v4('127.0.0.1'), v4('10.0.0.1')], // rebinding: second answer is private
  'metadata.localtest': [v4('169.254.169.254')],
  'directline.botframework.com': [v4('10.0.0.1')],
  'europe.directline.botframework.com': [[{ address: '52.112.0.10', family: 4 as const }, { address: '169.254.169.254', family: 4 as const }]],
  'contoso-my.sharepoint.com': [[{ address: 'fe80::1', family: 6 as const }]],
};

const server = new LocalFileServer();
let root: string;
let documentsDir: string;
let network: GuardedNetwork;

function intake(policy: DownloadPolicy) {
  const store = new FsDocumentStore({ directory: documentsDir, key: randomBytes(32) });
  const downloader = new AttachmentDownloader({ policy, resolveHost: network.resolveHost, httpGet: network.httpGet });
  return { store, intake: new AttachmentIntake(downloader, store, { maxMegabytes: policy.maxBytes / MB }) };
}

const webChat = (contentUrl: string, name = 'certificat.pdf'): IncomingAttachment => ({ contentType: 'application/pdf', contentUrl, name });
const teams = (downloadUrl: string): IncomingAttachment => ({ contentType: TEAMS_FILE_DOWNLOAD_INFO, name: 'certificat.pdf', content: { downloadUrl, uniqueId: 'x', fileType: 'pdf' } });
const dataUrl = (bytes: Buffer) => `data:application/pdf;base64,${bytes.toString('base64')}`;

beforeAll(async () => {
  server
    .route('/big.pdf', { body: aPdf(11 * MB) })
    .route('/big-chunked.pdf', { body: aPdf(11 * MB), chunked: true })
    .route('/text-named.pdf', { body: aTextFile() })
    .route('/setup.pdf', { body: aWindowsExecutable() })
    .route('/elf.pdf', { body: anElfExecutable() })
    .route('/justificatif.zip', { body: aZip() })
    .route('/photo.avif', { body: anAvif() })
    .route('/empty.pdf', { body: Buffer.alloc(0) })
    .route('/missing.pdf', { status: 404 })
    .route('/slow.pdf', { hang: true })
    .route('/to-metadata', { status: 302, location: 'http://metadata.localtest/latest/meta-data/' })
    .route('/to-elsewhere', { status: 302, location: 'https://evil.example.com/certificat.pdf' })
    .route('/loop', { status: 302, location: '/loop' })
    .route('/certificat.pdf', { body: aPdf(300_000) })
    .route('/chunked.pdf', { body: aPdf(3 * MB), chunked: true })
    .route('/v3/attachments/abc/views/original', { body: aJpeg() })
    .route('/teams/photo.png', { body: aPng() })
    .route('/moved', { status: 301, location: '/certificat.pdf' });
  await server.start();
  root = await mkdtemp(path.join(tmpdir(), 'intake-'));
});
afterAll(async () => {
  await server.stop();
  await rm(root, { recursive: true, force: true });
});
beforeEach(async () => {
  documentsDir = path.join(root, randomBytes(4).toString('hex'));
  network = new GuardedNetwork(names);
});
afterEach(() => {
  expect(network.violations).toEqual([]);
});

describe('bad attachments are refused with their French message, and nothing is stored', () => {
  const rows: Array<[string, DownloadPolicy, () => IncomingAttachment, DownloadFailureCode]> = [
    ['too large (Content-Length)', localDevelopment, () => webChat(server.url('/big.pdf')), 'too_large'],
    // 11 MB streamed: the size must decide, not the clock.
    ['too large (streamed, no length)', { ...localDevelopment, timeoutMs: 15_000 }, () => webChat(server.url('/big-chunked.pdf')), 'too_large'],
    ['wrong first bytes with a .pdf name', localDevelopment, () => webChat(server.url('/text-named.pdf')), 'unsupported_type'],
    ['a Windows executable (MZ) named .pdf', localDevelopment, () => webChat(server.url('/setup.pdf')), 'unsupported_type'],
    ['an ELF executable', localDevelopment, () => webChat(server.url('/elf.pdf')), 'unsupported_type'],
    ['a zip', localDevelopment, () => webChat(server.url('/justificatif.zip'), 'justificatif.zip'), 'unsupported_type'],
    ['an AVIF image (not HEIC)', localDevelopment, () => webChat(server.url('/photo.avif'), 'photo.heic'), 'unsupported_type'],
    ['an empty file', localDevelopment, () => webChat(server.url('/empty.pdf')), 'empty_file'],
    ['a data: URL over the limit', production, () => webChat(dataUrl(aPdf(10 * MB + 1))), 'too_large'],
    ['a data: URL with an executable', production, () => webChat(`data:application/pdf;base64,${aWindowsExecutable().toString('base64')}`), 'unsupported_type'],
    ['https://127.0.0.1', production, () => webChat('https://127.0.0.1/certificat.pdf'), 'forbidden_address'],
    ['https://169.254.169.254 (cloud metadata)', production, () => webChat('https://169.254.169.254/latest/meta-data/'), 'forbidden_address'],
    ['https://10.0.0.1', production, () => webChat('https://10.0.0.1/certificat.pdf'), 'forbidden_address'],
    ['https://[::1]', production, () => webChat('https://[::1]/certificat.pdf'), 'forbidden_address'],
    ['https://[::ffff:127.0.0.1]', production, () => webChat('https://[::ffff:127.0.0.1]/certificat.pdf'), 'forbidden_address'],
    ['an allowed name resolving to 10.0.0.1', production, () => webChat('https://directline.botframework.com/attachments/1'), 'forbidden_address'],
    ['an allowed name with one of its addresses link-local', production, () => webChat('https://europe.directline.botframework.com/a/1'), 'forbidden_address'],
    ['Teams downloadUrl resolving to fe80::1', production, () => teams('https://contoso-my.sharepoint.com/personal/x/download.aspx'), 'forbidden_address'],
    ['Teams downloadUrl to 10.0.0.1', production, () => teams('https://10.0.0.1/download.aspx'), 'forbidden_address'],
    ['file:///etc/passwd', production, () => webChat('file:///etc/passwd'), 'scheme_not_allowed'],
    ['plain http outside local development', production, () => webChat('http://directline.botframework.com/attachments/1'), 'scheme_not_allowed'],
    ['ftp:', production, () => webChat('ftp://files.botframework.com/x.pdf'), 'scheme_not_allowed'],
    ['a host outside the allowed list', production, () => webChat('https://evil.example.com/certificat.pdf'), 'host_not_allowed'],
    ['a look-alike host', production, () => webChat('https://botframework.com.evil.example/certificat.pdf'), 'host_not_allowed'],
    ['credentials in the URL', production, () => webChat('https://user:pw@directline.botframework.com/a'), 'invalid_url'],
    ['not a URL', production, () => webChat('certificat.pdf'), 'invalid_url'],
    ['a redirect to cloud metadata, even in local development', localDevelopment, () => webChat(server.url('/to-metadata')), 'forbidden_address'],
    ['a redirect outside the allowed list', localDevelopment, () => webChat(server.url('/to-elsewhere')), 'host_not_allowed'],
    ['a redirect loop', localDevelopment, () => webChat(server.url('/loop')), 'too_many_redirects'],
    ['a server that never answers', { ...localDevelopment, timeoutMs: 500 }, () => webChat(server.url('/slow.pdf')), 'timeout'],
    ['a 404', localDevelopment, () => webChat(server.url('/missing.pdf')), 'unreachable'],
    ['an allowed host that does not resolve', localDevelopment, () => webChat('http://gone.localtest/x.pdf'), 'unreachable'],
    ['an adaptive card', production, () => ({ contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard' } }), 'no_file'],
    ['Teams download info without a downloadUrl', production, () => ({ contentType: TEAMS_FILE_DOWNLOAD_INFO, content: { fileType: 'pdf' } }), 'no_file'],
  ];

  it.each(rows)('%s', async (_label, policy, attachment, code) => {
    const { intake: subject } = intake(policy);
    const outcome = await subject.receive(attachment());
    expect(outcome).toMatchObject({ ok: false, code, message: attachmentMessageFr(code, { maxMegabytes: 10 }) });
    expect(await readdir(documentsDir).catch(() => [])).toEqual([]);
  });

  it('says what is accepted, in French, for a refused type', async () => {
    const outcome = await intake(localDevelopment).intake.receive(webChat(server.url('/setup.pdf')));
    expect(outcome).toMatchObject({ message: "Ce fichier n'est pas accepté. Envoyez une photo (JPEG, PNG, HEIC) ou un PDF, de 10 Mo au plus." });
  });

  it('never resolves a host outside the list, nor connects for a forbidden address', async () => {
    await intake(production).intake.receive(webChat('https://evil.example.com/certificat.pdf'));
    await intake(production).intake.receive(webChat('https://directline.botframework.com/attachments/1'));
    expect(network.lookups).toEqual(['directline.botframework.com']);
    expect(network.connections).toEqual([]);
  });
});

describe('good files are stored encrypted (local HTTP server, local development allowed)', () => {
  const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

  it.each([
    ['Web Chat contentUrl (PDF)', () => webChat(server.url('/certificat.pdf')), aPdf(300_000), 'application/pdf'],
    ['Emulator attachment on localhost (JPEG)', () => webChat(server.url('/v3/attachments/abc/views/original', 'localhost'), 'photo.jpg'), aJpeg(), 'image/jpeg'],
    ['Teams 1:1 downloadUrl (PNG)', () => teams(server.url('/teams/photo.png', 'files.localtest')), aPng(), 'image/png'],
    ['a streamed PDF without Content-Length', () => webChat(server.url('/chunked.pdf')), aPdf(3 * MB), 'application/pdf'],
    ['after a redirect', () => webChat(server.url('/moved')), aPdf(300_000), 'application/pdf'],
    ['a data: URL (HEIC)', () => webChat(`data:image/heic;base64,${aHeic().toString('base64')}`, 'IMG_0001.HEIC'), aHeic(), 'image/heic'],
  ])('%s', async (_label, attachment, expected, mediaType) => {
    const { intake: subject, store } = intake(localDevelopment);
    const outcome = await subject.receive(attachment());
    if (!outcome.ok) throw new Error(`refused: ${outcome.code} ${outcome.detail}`);
    expect(outcome.document).toMatchObject({ mediaType, size: expected.length, sha256: sha(expected) });
    const readBack = await store.get(outcome.document.id);
    expect(readBack).toMatchObject({ status: 'ok', sha256: sha(expected) });
  });

  it('connects to the address it checked, once resolved (no second lookup: no DNS rebinding)', async () => {
    const { intake: subject } = intake(localDevelopment);
    const outcome = await subject.receive(teams(server.url('/teams/photo.png', 'files.localtest')));
    expect(outcome.ok).toBe(true);
    expect(network.lookups).toEqual(['files.localtest']);
    expect(network.connections.map((c) => c.address)).toEqual(['127.0.0.1']);
    expect(server.requests.at(-1)?.host).toBe(`files.localtest:${server.port}`);
  });

  it('reads a file: URL in local development (terminal chat)', async () => {
    const file = path.join(root, 'certificat.pdf');
    await writeFile(file, aPdf(5_000));
    const outcome = await intake(localDevelopment).intake.receiveUrl(pathToFileURL(file).href);
    expect(outcome).toMatchObject({ ok: true, document: { mediaType: 'application/pdf', originalName: 'certificat.pdf', size: 5_000 } });
  });
});
