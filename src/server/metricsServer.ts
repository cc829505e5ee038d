/**
 * GET /metrics on a listener of its own, never on the port the reverse proxy publishes:
 * METRICS_PORT (unset: no metrics), on METRICS_HOST (default 127.0.0.1, the machine's
 * own Prometheus agent). Bound to another address (a monitoring network), it requires
 * METRICS_TOKEN, sent by Prometheus as `Authorization: Bearer <token>`
 * (`authorization: { credentials: … }` in its scrape config).
 *
 * Why not public: the figures tell how many families talk to the service and how many
 * wait for a person, and scraping costs database queries.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AssistantMetrics } from './metrics';

export class MetricsSettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MetricsSettingsError';
  }
}

export interface MetricsSettings {
  port: number;
  host: string;
  token?: string;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/** METRICS_PORT, METRICS_HOST, METRICS_TOKEN; undefined when METRICS_PORT is not set. */
export function readMetricsSettings(env: NodeJS.ProcessEnv): MetricsSettings | undefined {
  const portText = env.METRICS_PORT?.trim();
  if (!portText) return undefined;
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new MetricsSettingsError(`METRICS_PORT « ${portText} » : entier de 0 à 65535 attendu.`);
  }
  const host = env.METRICS_HOST?.trim() || '127.0.0.1';
  const token = env.METRICS_TOKEN?.trim() || undefined;
  if (!LOOPBACK.has(host) && !token) {
    throw new MetricsSettingsError(
      `METRICS_HOST=${host} publie les métriques hors de cette machine : définissez METRICS_TOKEN (au moins 20 caractères), que Prometheus enverra en « Authorization: Bearer … ».`,
    );
  }
  if (token !== undefined && token.length < 20) throw new MetricsSettingsError('METRICS_TOKEN : au moins 20 caractères attendus.');
  return { port, host, token };
}

function allowed(header: string | undefined, token: string | undefined): boolean {
  if (token === undefined) return true;
  // Compared as digests: same length whatever was sent, in constant time.
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(header?.replace(/^Bearer\s+/i, '') ?? ''), digest(token));
}

export interface MetricsServer {
  port: number;
  close(): Promise<void>;
}

export async function startMetricsServer(metrics: AssistantMetrics, settings: MetricsSettings): Promise<MetricsServer> {
  // writeHead and end called apart: restify patches ServerResponse.writeHead, which then returns nothing.
  const answer = (res: http.ServerResponse, status: number, headers: http.OutgoingHttpHeaders, body = '') => {
    res.writeHead(status, headers);
    res.end(body);
  };
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') return answer(res, 404, {});
    if (!allowed(req.headers.authorization, settings.token)) return answer(res, 401, { 'WWW-Authenticate': 'Bearer' });
    metrics.render().then(
      (text) => answer(res, 200, { 'Content-Type': metrics.contentType, 'Cache-Control': 'no-store' }, text),
      () => answer(res, 503, {}, 'metrics unavailable (database?)\n'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, settings.host, resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
