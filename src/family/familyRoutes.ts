/**
 * The family space's own HTTP routes: the iCalendar feed (GET /agenda/<token>.ics) and
 * the privacy notice (GET /confidentialite), reachable from the chat page's footer.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Request, Response, Server } from 'restify';
import type { PrismaCalendarFeeds } from './calendarFeed';
import { registerCalendarFeedRoute } from './calendarFeedRoute';

export const PRIVACY_PATH = '/confidentialite';
const PRIVACY_FILE = path.resolve(__dirname, '../../web/privacy.html');

export interface FamilyRoutesOptions {
  feeds: Pick<PrismaCalendarFeeds, 'feed'>;
  clock: () => Date;
  /** Filled into the notice. */
  retention: { transcriptDays: number; stateDays: number };
}

export function registerFamilyRoutes(server: Server, options: FamilyRoutesOptions): void {
  registerCalendarFeedRoute(server, options);
  const page = readFileSync(PRIVACY_FILE, 'utf8')
    .replaceAll('{transcriptDays}', String(options.retention.transcriptDays))
    .replaceAll('{stateDays}', String(options.retention.stateDays));
  server.get(PRIVACY_PATH, async (_req: Request, res: Response) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'public, max-age=3600' });
    res.end(page);
  });
}
