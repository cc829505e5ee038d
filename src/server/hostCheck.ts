/**
 * Unauthenticated mode listens on 127.0.0.1 only, but a web page elsewhere can still
 * reach it through the browser with a name of its own that resolves to 127.0.0.1 (DNS
 * rebinding), and then read the answers as same-origin. Such a request names that other
 * host in Host: only the loopback names (and PUBLIC_ORIGIN's host) are served.
 */
import type { Next, Request, Response } from 'restify';
import { noteRequest } from './requestLog';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function hostnameOf(host: string): string {
  return host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0];
}

export function loopbackHostsOnly(publicOrigin?: string) {
  const allowed = new Set(LOOPBACK);
  if (publicOrigin) allowed.add(new URL(publicOrigin).hostname);
  return (req: Request, res: Response, next: Next): void => {
    const host = req.headers.host;
    if (host && allowed.has(hostnameOf(host).toLowerCase())) {
      next();
      return;
    }
    noteRequest(req, { problem: 'unexpected Host header' });
    res.send(421, { error: 'misdirected request' });
    next(false);
  };
}

/** Strict-Transport-Security when the assistant is reached over HTTPS (PUBLIC_ORIGIN https, or the trusted proxy says so). */
export function strictTransportSecurity(options: { publicOrigin?: string; trustedProxies: number }) {
  const httpsOrigin = options.publicOrigin?.startsWith('https:') ?? false;
  return (req: Request, res: Response, next: Next): void => {
    const proto = req.headers['x-forwarded-proto'];
    if (httpsOrigin || (options.trustedProxies > 0 && typeof proto === 'string' && proto.split(',').pop()?.trim() === 'https')) {
      res.setHeader('Strict-Transport-Security', 'max-age=31536000');
    }
    next();
  };
}
