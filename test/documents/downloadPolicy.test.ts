import { DocumentsConfigError } from '../../src/documents/documentsConfigError';
import { isHostAllowed, maxMegabytes, readDownloadPolicy } from '../../src/documents/downloadPolicy';

describe('readDownloadPolicy', () => {
  it('defaults: channel hosts, 10 MB, 20 s, no local development', () => {
    expect(readDownloadPolicy({})).toEqual({
      allowedHosts: ['*.botframework.com', '*.sharepoint.com'],
      maxBytes: 10 * 1024 * 1024,
      timeoutMs: 20_000,
      maxRedirects: 3,
      localDevelopment: false,
    });
  });

  it('local development adds the local hosts; explicit values are read', () => {
    expect(readDownloadPolicy({ ATTACHMENTS_LOCAL_DEVELOPMENT: 'true' }).allowedHosts).toEqual(['*.botframework.com', '*.sharepoint.com', 'localhost', '127.0.0.1', '::1']);
    const policy = readDownloadPolicy({ ATTACHMENTS_ALLOWED_HOSTS: 'Files.Example.fr, *.blob.core.windows.net', ATTACHMENTS_MAX_MB: '4', ATTACHMENTS_TIMEOUT_SECONDS: '5' });
    expect(policy).toMatchObject({ allowedHosts: ['files.example.fr', '*.blob.core.windows.net'], maxBytes: 4 * 1024 * 1024, timeoutMs: 5_000 });
    expect(maxMegabytes(readDownloadPolicy({ ATTACHMENTS_MAX_MB: '2,5' }))).toBe(2.5);
  });

  it.each([
    [{ NODE_ENV: 'production', ATTACHMENTS_LOCAL_DEVELOPMENT: 'true' }, /interdit en production/],
    [{ ATTACHMENTS_LOCAL_DEVELOPMENT: 'oui' }, /true ou false attendu/],
    [{ ATTACHMENTS_ALLOWED_HOSTS: '*' }, /« \* » n'est pas un nom d'hôte/],
    [{ ATTACHMENTS_ALLOWED_HOSTS: 'https://files.example.fr/' }, /n'est pas un nom d'hôte/],
    [{ ATTACHMENTS_MAX_MB: 'dix' }, /ATTACHMENTS_MAX_MB « dix »/],
    [{ ATTACHMENTS_MAX_MB: '500' }, /entre 0.1 et 100/],
    [{ ATTACHMENTS_TIMEOUT_SECONDS: '0' }, /ATTACHMENTS_TIMEOUT_SECONDS/],
  ])('refuses %o', (env, message) => {
    expect(() => readDownloadPolicy(env)).toThrow(DocumentsConfigError);
    expect(() => readDownloadPolicy(env)).toThrow(message);
  });
});

describe('isHostAllowed', () => {
  const list = ['*.botframework.com', 'files.example.fr', '::1'];
  it.each([
    ['directline.botframework.com', true],
    ['europe.directline.botframework.com', true],
    ['DIRECTLINE.BOTFRAMEWORK.COM.', true],
    ['botframework.com', false],
    ['evilbotframework.com', false],
    ['botframework.com.evil.example', false],
    ['files.example.fr', true],
    ['sub.files.example.fr', false],
    ['[::1]', true],
  ])('%s → %s', (host, expected) => {
    expect(isHostAllowed(host, list)).toBe(expected);
  });
});
