/**
 * The family space's own HTTP routes: the iCalendar feed (GET /agenda/<token>.ics) and
 * the privacy notice (GET /confidentialite), reachable from the chat page's footer.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Request, Response, Server } from 'restify';
import type { PrismaCalendarFeeds } from './calendarFeed';
import { registerCalendarFeedRoute } from './calendarFeedRoute';
import type { DocumentStore } from '../documents/documentStore';
import { exportHtml } from './exportHtml';
import type { FamilyData } from './familyData';
import type { SignedLinks } from './signedLinks';

export const PRIVACY_PATH = '/confidentialite';
const PRIVACY_FILE = path.resolve(__dirname, '../../web/privacy.html');

export interface FamilyRoutesOptions {
  feeds: Pick<PrismaCalendarFeeds, 'feed'>;
  clock: () => Date;
  /** Filled into the notice. */
  retention: { transcriptDays: number; stateDays: number };
  /** Documents and data export through signed links (absent: those routes answer 404). */
  data?: { links: SignedLinks; family: FamilyData; store: Pick<DocumentStore, 'get'> };
}

function gone(res: Response): void {
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end('Ce lien n’est plus valable (il dure quelques minutes). Demandez-en un nouveau à l’assistant.\n');
}

export function registerFamilyRoutes(server: Server, options: FamilyRoutesOptions): void {
  registerCalendarFeedRoute(server, options);
  const page = readFileSync(PRIVACY_FILE, 'utf8')
    .replaceAll('{transcriptDays}', String(options.retention.transcriptDays))
    .replaceAll('{stateDays}', String(options.retention.stateDays));
  const data = options.data;
  server.get('/famille/document/:id', async (req: Request, res: Response) => {
    const id = String(req.params.id ?? '');
    const guardianId = data?.links.verify('document', id, req.query ?? {}, options.clock());
    const meta = guardianId === undefined ? undefined : await data!.family.readable(guardianId, id);
    const read = meta ? await data!.store.get(id) : undefined;
    if (!meta || read?.status !== 'ok') return gone(res);
    const ascii = meta.name.replace(/[^\x20-\x7e]|["\\]/g, '_');
    res.writeHead(200, {
      'Content-Type': meta.mediaType,
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(meta.name)}`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
    });
    res.end(read.content);
  });
  server.get('/famille/donnees/:format', async (req: Request, res: Response) => {
    const format = String(req.params.format ?? '');
    const guardianId = format === 'json' || format === 'html' ? data?.links.verify('donnees', format, req.query ?? {}, options.clock()) : undefined;
    if (guardianId === undefined) return gone(res);
    const exported = await data!.family.export(guardianId, options.clock());
    const headers = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };
    if (format === 'json') {
      res.writeHead(200, { ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Content-Disposition': 'attachment; filename="mes-donnees-periscolaire.json"' });
      res.end(JSON.stringify(exported, null, 2));
    } else {
      res.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': "default-src 'none'" });
      res.end(exportHtml(exported));
    }
  });
  server.get(PRIVACY_PATH, async (_req: Request, res: Response) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'public, max-age=3600' });
    res.end(page);
  });
}
