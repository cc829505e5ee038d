/**
 * Reads a body chunk by chunk under the size limit, and decides the type as soon as the
 * first bytes are in: a refused file is dropped without reading it to the end.
 */
import { refused, type DownloadOutcome } from './downloadOutcome';
import { sniffFileType, SNIFF_BYTES } from './fileTypeSniffer';

/** Collects `chunks` into one file, or refuses it (too_large, unsupported_type, empty_file). */
export async function readBounded(chunks: AsyncIterable<Buffer | Uint8Array | string>, maxBytes: number, originalName?: string): Promise<DownloadOutcome> {
  const parts: Buffer[] = [];
  let total = 0;
  let typeChecked = false;
  for await (const chunk of chunks) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    total += buffer.length;
    if (total > maxBytes) return refused('too_large', `more than ${maxBytes} bytes`);
    parts.push(buffer);
    if (!typeChecked && total >= SNIFF_BYTES) {
      typeChecked = true;
      const early = checkType(Buffer.concat(parts));
      if (early) return early;
    }
  }
  return finish(Buffer.concat(parts, total), maxBytes, originalName);
}

/** The same checks for a file already in memory (data: URL). */
export function finish(content: Buffer, maxBytes: number, originalName?: string): DownloadOutcome {
  if (content.length === 0) return refused('empty_file', 'no bytes');
  if (content.length > maxBytes) return refused('too_large', `${content.length} bytes > ${maxBytes}`);
  const sniffed = sniffFileType(content.subarray(0, SNIFF_BYTES));
  if (!sniffed.accepted) return refused('unsupported_type', `first bytes look like: ${sniffed.kind}`);
  return { ok: true, file: { content, mediaType: sniffed.mediaType, originalName } };
}

function checkType(head: Buffer): DownloadOutcome | undefined {
  const sniffed = sniffFileType(head.subarray(0, SNIFF_BYTES));
  return sniffed.accepted ? undefined : refused('unsupported_type', `first bytes look like: ${sniffed.kind}`);
}
