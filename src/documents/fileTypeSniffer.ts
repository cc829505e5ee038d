/**
 * The type of a file decided by its first bytes ("magic numbers"), never by its name or
 * the Content-Type a server claims: PDF, JPEG, PNG and HEIC/HEIF are accepted.
 */

export type AcceptedMediaType = 'application/pdf' | 'image/jpeg' | 'image/png' | 'image/heic' | 'image/heif';

/** How many leading bytes sniffFileType() needs to decide (a HEIF ftyp box with a few brands). */
export const SNIFF_BYTES = 64;

/** Names for what is recognised but refused, for the log only. */
export type RefusedKind = 'executable' | 'archive' | 'avif' | 'unknown';

export type SniffResult = { accepted: true; mediaType: AcceptedMediaType } | { accepted: false; kind: RefusedKind };

const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx']);
const HEIF_BRANDS = new Set(['mif1', 'msf1']);

/** Decides from the first bytes (give at least SNIFF_BYTES when the file is that long). */
export function sniffFileType(head: Buffer): SniffResult {
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { accepted: true, mediaType: 'application/pdf' }; // "%PDF-"
  if (startsWith(head, [0xff, 0xd8, 0xff])) return { accepted: true, mediaType: 'image/jpeg' };
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { accepted: true, mediaType: 'image/png' };
  const heif = sniffHeif(head);
  if (heif) return heif;
  return { accepted: false, kind: refusedKind(head) };
}

/** ISO base media file: [size:4]["ftyp"][major brand:4][minor:4][compatible brands…]. */
function sniffHeif(head: Buffer): SniffResult | undefined {
  if (head.length < 16 || head.toString('latin1', 4, 8) !== 'ftyp') return undefined;
  const boxSize = head.readUInt32BE(0);
  const end = Math.min(head.length, boxSize >= 16 ? boxSize : 16);
  const major = head.toString('latin1', 8, 12);
  // AVIF files also list "mif1"; they are not HEIC and many viewers of the service cannot open them.
  if (major === 'avif' || major === 'avis') return { accepted: false, kind: 'avif' };
  const brands = [major];
  for (let offset = 16; offset + 4 <= end; offset += 4) brands.push(head.toString('latin1', offset, offset + 4));
  if (brands.some((brand) => HEIC_BRANDS.has(brand))) return { accepted: true, mediaType: 'image/heic' };
  if (brands.some((brand) => HEIF_BRANDS.has(brand))) return { accepted: true, mediaType: 'image/heif' };
  return undefined;
}

function refusedKind(head: Buffer): RefusedKind {
  if (startsWith(head, [0x4d, 0x5a]) || startsWith(head, [0x7f, 0x45, 0x4c, 0x46]) || startsWith(head, [0xcf, 0xfa, 0xed, 0xfe]) || startsWith(head, [0x23, 0x21])) {
    return 'executable'; // MZ (Windows), ELF, Mach-O, #! script
  }
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x1f, 0x8b]) || startsWith(head, [0x52, 0x61, 0x72, 0x21]) || startsWith(head, [0x37, 0x7a, 0xbc, 0xaf])) {
    return 'archive'; // zip (and docx/odt), gzip, rar, 7z
  }
  return 'unknown';
}

function startsWith(buffer: Buffer, bytes: number[]): boolean {
  return buffer.length >= bytes.length && bytes.every((byte, index) => buffer[index] === byte);
}
