/** GET /agenda/<token>.ics: the family's iCalendar feed; any other address is a plain 404. */
import type { Request, Response, Server } from 'restify';
import type { PrismaCalendarFeeds } from './calendarFeed';

export function registerCalendarFeedRoute(server: Server, options: { feeds: Pick<PrismaCalendarFeeds, 'feed'>; clock: () => Date }): void {
  server.get('/agenda/:file', async (req: Request, res: Response) => {
    const file = String(req.params.file ?? '');
    const token = file.endsWith('.ics') ? file.slice(0, -4) : '';
    const body = token ? await options.feeds.feed(token, options.clock()) : undefined;
    if (body === undefined) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end('Agenda introuvable : cette adresse a peut-être été remplacée. Demandez « ajouter à mon agenda » à l’assistant.\n');
      return;
    }
    res.writeHead(200, {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="periscolaire.ics"',
      // Calendars poll; the address is a secret, no shared cache may keep it.
      'Cache-Control': 'private, max-age=300',
      'Referrer-Policy': 'no-referrer',
    });
    res.end(body);
  });
}
