/**
 * The Microsoft Teams app package: manifest (from appPackage/manifest.template.json,
 * with the bot's app id filled in), two icons, zipped as Teams expects. Built with
 * Node's own zlib so that packaging needs nothing else installed.
 */
import { crc32, deflateRawSync, deflateSync } from 'node:zlib';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Fills `${NAME}` placeholders; refuses a missing or non-GUID MicrosoftAppId. */
export function renderManifest(template: string, env: Record<string, string | undefined>): string {
  const appId = env.MicrosoftAppId;
  if (!appId || !GUID.test(appId)) {
    throw new Error('MicrosoftAppId doit être l’identifiant (GUID) de l’application du bot dans Azure Bot Service.');
  }
  const text = template.replace(/\$\{(\w+)\}/g, (_, name: string) => {
    const value = env[name];
    if (value === undefined) throw new Error(`Variable manquante pour le manifeste Teams : ${name}`);
    return value;
  });
  JSON.parse(text); // the template must stay valid JSON once filled
  return text;
}

type Rgba = [number, number, number, number];

/** A square RGBA PNG whose pixels come from `paint(x, y)`. */
export function squarePng(size: number, paint: (x: number, y: number) => Rgba): Buffer {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const offset = y * (size * 4 + 1) + 1 + x * 4;
      const [r, g, b, a] = paint(x, y);
      raw.writeUInt8(r, offset), raw.writeUInt8(g, offset + 1), raw.writeUInt8(b, offset + 2), raw.writeUInt8(a, offset + 3);
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The app's icons: a white speech bubble on the town's blue (192 px), and its outline (32 px). */
export function appIcons(): { color: Buffer; outline: Buffer } {
  const bubble = (x: number, y: number, size: number) => {
    const cx = size / 2, cy = size * 0.45, rx = size * 0.32, ry = size * 0.24;
    const inEllipse = ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1;
    const inTail = y >= cy && y <= cy + size * 0.3 && x >= size * 0.3 && x <= size * 0.3 + (cy + size * 0.3 - y) * 0.6;
    return inEllipse || inTail;
  };
  return {
    color: squarePng(192, (x, y) => (bubble(x, y, 192) ? [255, 255, 255, 255] : [0x1b, 0x5e, 0x9e, 255])),
    outline: squarePng(32, (x, y) => (bubble(x, y, 32) ? [255, 255, 255, 255] : [0, 0, 0, 0])),
  };
}

/** A zip archive (deflate) of named files, as Teams' app upload reads it. */
export function zipFiles(files: { name: string; content: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name, 'utf8');
    const data = deflateRawSync(file.content);
    const crc = crc32(file.content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(file.content.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(file.content.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}
