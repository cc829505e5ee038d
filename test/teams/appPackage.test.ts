import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { appIcons, renderManifest, zipFiles } from '../../src/teams/appPackage';

const template = readFileSync(path.resolve(__dirname, '../../appPackage/manifest.template.json'), 'utf8');
const appId = '2f1c3a4b-5d6e-4f70-8a9b-0c1d2e3f4a5b';

describe('Teams app package', () => {
  it('declares a personal bot that accepts files, with the bot id filled in', () => {
    const manifest = JSON.parse(renderManifest(template, { MicrosoftAppId: appId }));
    expect(manifest.id).toBe(appId);
    expect(manifest.bots[0]).toMatchObject({ botId: appId, scopes: ['personal'], supportsFiles: true });
  });

  it('refuses to build without a real app id', () => {
    expect(() => renderManifest(template, {})).toThrow(/MicrosoftAppId/);
    expect(() => renderManifest(template, { MicrosoftAppId: 'mon-bot' })).toThrow(/GUID/);
  });

  it('zips files that a standard unzip reads back', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'teams-'));
    const icons = appIcons();
    const zipPath = path.join(dir, 'app.zip');
    writeFileSync(zipPath, zipFiles([
      { name: 'manifest.json', content: Buffer.from('{"a":1}') },
      { name: 'color.png', content: icons.color },
    ]));
    // Python's zipfile checks every CRC: an independent reader of the format.
    const listing = execFileSync('python3', ['-c', `import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print(",".join(z.namelist())); print(z.read("manifest.json").decode())`, zipPath]).toString();
    expect(listing).toBe('manifest.json,color.png\n{"a":1}\n');
  });

  it('makes PNG icons of the sizes Teams requires', () => {
    const { color, outline } = appIcons();
    expect(color.subarray(1, 4).toString()).toBe('PNG');
    expect(color.readUInt32BE(16)).toBe(192);
    expect(outline.readUInt32BE(16)).toBe(32);
  });
});
