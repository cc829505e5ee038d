/**
 * A real HTTP server on 127.0.0.1 (port 0) serving fixture files by path, recording the
 * Host header of each request; a few routes misbehave on purpose.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ServedRoute {
  body?: Buffer;
  /** Send without Content-Length (chunked), to test the streaming limit. */
  chunked?: boolean;
  /** Lie about the length. */
  contentLength?: number;
  status?: number;
  location?: string;
  /** Never answer. */
  hang?: boolean;
}

export class LocalFileServer {
  readonly requests: Array<{ path: string; host: string | undefined }> = [];
  private readonly routes = new Map<string, ServedRoute>();
  private readonly server = http.createServer((req, res) => this.answer(req, res));
  port = 0;

  route(path: string, route: ServedRoute): this {
    this.routes.set(path, route);
    return this;
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  url(path: string, host = '127.0.0.1'): string {
    return `http://${host}:${this.port}${path}`;
  }

  private answer(req: http.IncomingMessage, res: http.ServerResponse): void {
    const path = req.url ?? '/';
    this.requests.push({ path, host: req.headers.host });
    const route = this.routes.get(path);
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    if (route.hang) return;
    const headers: http.OutgoingHttpHeaders = { 'content-type': 'application/octet-stream' };
    if (route.location) headers.location = route.location;
    if (route.contentLength !== undefined) headers['content-length'] = route.contentLength;
    else if (!route.chunked && route.body) headers['content-length'] = route.body.length;
    res.writeHead(route.status ?? 200, headers);
    if (!route.body) {
      res.end();
      return;
    }
    if (route.chunked) {
      for (let offset = 0; offset < route.body.length; offset += 64 * 1024) res.write(route.body.subarray(offset, offset + 64 * 1024));
      res.end();
    } else {
      res.end(route.body);
    }
  }
}
