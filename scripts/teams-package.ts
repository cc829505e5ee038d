/**
 * Builds the Teams app package to upload in Teams (Apps → Manage your apps → Upload):
 *
 *   MicrosoftAppId=<bot app id> npm run teams:package   → dist/appPackage.zip
 */
import 'dotenv/config';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { appIcons, renderManifest, zipFiles } from '../src/teams/appPackage';

const root = path.resolve(__dirname, '..');
try {
  const manifest = renderManifest(readFileSync(path.join(root, 'appPackage/manifest.template.json'), 'utf8'), process.env);
  const icons = appIcons();
  const zip = zipFiles([
    { name: 'manifest.json', content: Buffer.from(manifest) },
    { name: 'color.png', content: icons.color },
    { name: 'outline.png', content: icons.outline },
  ]);
  mkdirSync(path.join(root, 'dist'), { recursive: true });
  const target = path.join(root, 'dist/appPackage.zip');
  writeFileSync(target, zip);
  process.stdout.write(`Paquet Teams écrit : ${target}\n`);
} catch (error) {
  process.stderr.write(`teams:package : ${(error as Error).message}\n`);
  process.exit(2);
}
