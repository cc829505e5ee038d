/** The cookies of a request; a malformed one (set by another site of the domain, say) is skipped, not a 500. */
import type { Request } from 'restify';

export function cookiesOf(req: Request): Record<string, string> {
  const header = req.headers.cookie ?? '';
  const cookies: Record<string, string> = {};
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index <= 0) continue;
    try {
      cookies[part.slice(0, index).trim()] = decodeURIComponent(part.slice(index + 1).trim());
    } catch {
      // skipped
    }
  }
  return cookies;
}
