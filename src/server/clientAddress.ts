/**
 * The address of the client, for limits per client. Behind N trusted proxies (the
 * town's reverse proxy: TRUST_PROXY=1), each proxy appends the address it received the
 * request from to X-Forwarded-For: the client's is the N-th from the right, counting the
 * connection's own address as the first. Anything left of it was written by the client
 * and proves nothing. Without a trusted proxy the connection's address is the client's.
 */
import type { Request } from 'restify';

export function clientAddressOf(req: Pick<Request, 'headers' | 'socket'>, trustedProxies: number): string {
  const peer = req.socket?.remoteAddress ?? 'unknown';
  if (trustedProxies <= 0) return peer;
  const header = req.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : header ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  const hops = [...forwarded, peer];
  // hops[length - 1] is the last proxy; the client is trustedProxies hops further left.
  const index = hops.length - 1 - trustedProxies;
  // Fewer hops than proxies (a request that did not go through all of them): the leftmost we have.
  return (hops[Math.max(index, 0)] ?? peer).slice(0, 64);
}
