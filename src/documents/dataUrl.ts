/**
 * data: URLs (RFC 2397) as some Web Chat set-ups deliver uploads: the size is checked
 * from the text's length before anything is decoded.
 */
import { refused, type DownloadOutcome } from './downloadOutcome';
import { finish } from './boundedRead';

/** Decodes a data: URL into a checked file, or a refusal. */
export function readDataUrl(dataUrl: string, maxBytes: number, originalName?: string): DownloadOutcome {
  const comma = dataUrl.indexOf(',');
  if (!/^data:/i.test(dataUrl) || comma < 0) return refused('invalid_url', 'malformed data: URL');
  const meta = dataUrl.slice(5, comma);
  const data = dataUrl.slice(comma + 1);
  const base64 = /;base64$/i.test(meta);
  // Base64 gives 3 bytes per 4 characters; percent-encoding at least 1 per 3 characters.
  const smallestSize = base64 ? Math.floor((data.replace(/[\s=]/g, '').length * 3) / 4) : Math.ceil(data.length / 3);
  if (smallestSize > maxBytes) return refused('too_large', `data: URL of about ${smallestSize} bytes`);
  let content: Buffer;
  if (base64) {
    if (!/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(data)) return refused('invalid_url', 'data: URL is not valid base64');
    content = Buffer.from(data, 'base64');
  } else {
    const decoded = percentDecode(data);
    if (!decoded) return refused('invalid_url', 'data: URL is not valid percent-encoding');
    content = decoded;
  }
  return finish(content, maxBytes, originalName);
}

/** Percent-decoding to bytes (decodeURIComponent would insist on UTF-8). */
function percentDecode(text: string): Buffer | undefined {
  const bytes: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    if (text[index] === '%') {
      const hex = text.slice(index + 1, index + 3);
      if (!/^[0-9a-f]{2}$/i.test(hex)) return undefined;
      bytes.push(parseInt(hex, 16));
      index += 2;
    } else {
      bytes.push(...Buffer.from(text[index], 'utf8'));
    }
  }
  return Buffer.from(bytes);
}
