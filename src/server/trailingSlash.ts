/** "/staff/" as typed or bookmarked is "/staff": a GET or HEAD with a trailing slash is redirected once. */
import type { Next, Request, Response } from 'restify';

export function redirectTrailingSlash(req: Request, res: Response, next: Next): void {
  const url = req.url ?? '/';
  const [path, query] = url.split(/\?(.*)/s, 2);
  if ((req.method !== 'GET' && req.method !== 'HEAD') || path.length <= 1 || !path.endsWith('/')) {
    next();
    return;
  }
  // "//evil.example/" would be a protocol-relative address: keep one leading slash.
  const target = `/${path.replace(/^\/+/, '').replace(/\/+$/, '')}${query ? `?${query}` : ''}`;
  res.writeHead(301, { Location: target, 'Cache-Control': 'no-cache' });
  res.end();
  next(false);
}
