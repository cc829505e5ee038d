/** Byte-level fixtures: the first bytes that make (or fake) each kind of file. */

export function aPdf(size = 2_000): Buffer {
  return pad(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n', 'latin1'), size);
}

export function aJpeg(size = 2_000): Buffer {
  return pad(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]), size);
}

export function aPng(size = 2_000): Buffer {
  return pad(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), size);
}

/** An iPhone photo: ftyp box with major brand "heic". */
export function aHeic(size = 2_000): Buffer {
  return pad(Buffer.concat([uint32(24), Buffer.from('ftypheic', 'latin1'), uint32(0), Buffer.from('mif1heic', 'latin1')]), size);
}

export function aHeifMif1(size = 2_000): Buffer {
  return pad(Buffer.concat([uint32(20), Buffer.from('ftypmif1', 'latin1'), uint32(0), Buffer.from('mif1', 'latin1')]), size);
}

export function anAvif(size = 2_000): Buffer {
  return pad(Buffer.concat([uint32(28), Buffer.from('ftypavif', 'latin1'), uint32(0), Buffer.from('avifmif1miaf', 'latin1')]), size);
}

export function aWindowsExecutable(size = 2_000): Buffer {
  return pad(Buffer.from('MZ\x90\x00\x03\x00\x00\x00This program cannot be run in DOS mode', 'latin1'), size);
}

export function anElfExecutable(size = 2_000): Buffer {
  return pad(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01]), size);
}

export function aZip(size = 2_000): Buffer {
  return pad(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), size);
}

/** Text that claims to be a PDF by its name only. */
export function aTextFile(size = 2_000): Buffer {
  return pad(Buffer.from('Certificat médical : Léa était malade lundi.\n'), size);
}

function pad(head: Buffer, size: number): Buffer {
  const body = Buffer.alloc(Math.max(size, head.length), 0x20);
  head.copy(body);
  return body;
}

function uint32(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32BE(value);
  return buffer;
}
