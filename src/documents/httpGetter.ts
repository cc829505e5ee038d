/**
 * HTTP GET to an address already checked, as a port. The default implementation connects
 * to that IP itself — the host name only travels in the Host header and in TLS (SNI and
 * certificate check) — and refuses any attempt at a second lookup.
 */
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';

/** One GET, pinned to `address`. */
export interface PinnedRequest {
  url: URL;
  address: string;
  family: 4 | 6;
  signal: AbortSignal;
}

/** What the downloader reads of a response. */
export interface HttpResponse {
  status: number;
  /** Lower-case header names. */
  headers: Record<string, string | undefined>;
  body: AsyncIterable<Buffer>;
  /** Drops the connection (refusal before the end of the body). */
  destroy(): void;
}

export type HttpGetter = (request: PinnedRequest) => Promise<HttpResponse>;

/** node:http / node:https, connecting to `request.address` only. */
export const pinnedHttpGetter: HttpGetter = (request) =>
  new Promise<HttpResponse>((resolve, reject) => {
    const { url, address, family, signal } = request;
    const secure = url.protocol === 'https:';
    const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
    const options: https.RequestOptions = {
      host: address,
      family,
      port: url.port ? Number(url.port) : secure ? 443 : 80,
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      headers: { host: url.host, accept: '*/*', 'user-agent': 'assistant-periscolaire' },
      signal,
      agent: false,
      // `host` is an IP literal, so no lookup happens; if one ever did, it must fail.
      lookup: () => {
        throw new Error('second DNS lookup refused');
      },
    };
    if (secure && isIP(hostname) === 0) options.servername = hostname;
    const req = (secure ? https : http).request(options, (res) => {
      // A body dropped on purpose (refusal, timeout) may still report its abort: not a crash.
      res.on('error', () => undefined);
      const headers: Record<string, string | undefined> = {};
      for (const [name, value] of Object.entries(res.headers)) headers[name] = Array.isArray(value) ? value.join(', ') : value;
      resolve({ status: res.statusCode ?? 0, headers, body: res, destroy: () => res.destroy() });
    });
    req.on('error', reject);
    req.end();
  });
