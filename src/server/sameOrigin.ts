/**
 * Whether a POST comes from the assistant's own pages: a browser names the page's
 * origin in Origin on every cross-origin POST (and in Sec-Fetch-Site), so a request that
 * names another origin is a cross-site one. A request naming none is not a browser's
 * cross-site form or fetch (curl, a channel's server).
 */
import type { Request } from 'restify';

export function isSameOrigin(req: Request, publicOrigin?: string): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return req.headers['sec-fetch-site'] !== 'cross-site';
  try {
    const given = new URL(origin);
    return publicOrigin ? given.origin === publicOrigin : given.host === req.headers.host;
  } catch {
    return false;
  }
}
