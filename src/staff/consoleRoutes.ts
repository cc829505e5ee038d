/**
 * The console's day-to-day routes: the day board, a day's attendance (page, marks, CSV)
 * and waiting lists, families (search, file, acts for the parent), staff accounts
 * (administrators) and the live events of the hand-over (Server-Sent Events).
 */
import type { Request, Response, Server } from 'restify';
import type { AttendanceStore } from '../attendance/attendance';
import type { IsoDay } from '../domain/day';
import { addDays, isIsoDay, lastDayOfMonth, mondayOf, todayIn } from '../domain/day';
import type { HandoffTicket } from '../handoff/handoffStore';
import { accountsPage } from './accountsPage';
import type { ActDeps } from './actForParent';
import { actForParent, changeWaiting } from './actForParent';
import { attendanceCsv } from './attendanceCsv';
import type { ConsoleQueries } from './consoleQueries';
import { dayBoardPage } from './dayBoardPage';
import { attendancePage, waitingPage } from './dayPages';
import { familyPage, familySearchPage } from './familyPages';
import type { FamilySection, FamilySectionRegistry } from './familySections';
import { familySections } from './familySections';
import type { MoneyActs } from './moneyRoutes';
import { registerMoneyForms } from './moneyRoutes';
import type { RequestQueries } from './requestQueries';
import type { ConversationFamily } from './staffPages';
import { messagePage } from './staffPages';
import type { StaffHttp, StaffRoutesDeps } from './staffRoutes';
import { escapeHtml } from './staffPages';
import { viewerOfStaff } from './staffRoutes';

export interface ConsoleDeps {
  queries: ConsoleQueries;
  requests: RequestQueries;
  attendance: AttendanceStore;
  act: ActDeps;
  timeZone: string;
  /** Wakes the parent notifier after an act, so the parent hears now rather than at the next pass. */
  wakeNotifier(): void;
  closedConversations(query: string): Promise<HandoffTicket[]>;
  familyOfGuardian(guardianId: number): Promise<ConversationFamily | undefined>;
  /** This assistant's sections (money, dossier); the process's registry (src/staff/familySections.ts) is shown after them. */
  sections?: FamilySectionRegistry;
  /** The money forms (quotient familial, payments); absent when the town has no tariffs. */
  money?: MoneyActs;
}

const idOf = (value: unknown) => (/^[1-9]\d{0,8}$/.test(String(value)) ? Number(value) : undefined);

export function registerConsoleRoutes(server: Server, deps: StaffRoutesDeps, http: StaffHttp, c: ConsoleDeps): void {
  const { html, redirect, viewerOf, guardedPost, field, query } = http;
  const today = () => todayIn(deps.clock(), c.timeZone);
  const dayOf = (req: Request): IsoDay | undefined => {
    const day = String(req.params.day ?? '');
    return isIsoDay(day) ? day : undefined;
  };
  const noDay = (res: Response, viewer?: Parameters<typeof messagePage>[2]) =>
    html(res, 404, messagePage('Jour introuvable', 'La date doit être écrite AAAA-MM-JJ, par exemple 2026-12-01.', viewer));
  const withNotice = (path: string, notice: string) => `${path}${path.includes('?') ? '&' : '?'}notice=${encodeURIComponent(notice)}`;

  server.get('/staff', async (req: Request, res: Response) => {
    const seen = await viewerOf(req, res);
    if (!seen) return;
    const asked = query(req, 'jour');
    const day = asked && isIsoDay(asked) ? asked : today();
    const monday = mondayOf(day);
    const week = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
    const [cells, waiting, requests] = await Promise.all([
      c.queries.board(week[0], week[6]),
      deps.handoff.list(['waiting']),
      c.requests.list({ status: 'open' }),
    ]);
    html(res, 200, dayBoardPage({ viewer: seen.viewer, day, today: today(), week, cells, waiting, requests, notice: query(req, 'notice') }));
  });

  server.get('/staff/days/:day/attendance', async (req: Request, res: Response) => {
    const seen = await viewerOf(req, res);
    if (!seen) return;
    const day = dayOf(req);
    if (!day) return noDay(res, seen.viewer);
    html(res, 200, attendancePage({ viewer: seen.viewer, day, groups: await c.queries.attendanceOf(day), notice: query(req, 'notice') }));
  });

  server.get('/staff/days/:day/attendance.csv', async (req: Request, res: Response) => {
    const seen = await viewerOf(req, res);
    if (!seen) return;
    const day = dayOf(req);
    if (!day) return noDay(res, seen.viewer);
    const body = Buffer.from(attendanceCsv(await c.queries.attendanceOf(day)), 'utf8');
    res.writeHead(200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="appel-${day}.csv"`,
      'Content-Length': String(body.length),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(body);
  });

  guardedPost('/staff/days/:day/attendance/:bookingId', async (req, res, staff) => {
    const day = dayOf(req);
    const bookingId = idOf(req.params.bookingId);
    if (!day || !bookingId) return noDay(res);
    const present = field(req, 'present');
    if (present !== 'oui' && present !== 'non') return redirect(res, withNotice(`/staff/days/${day}/attendance`, 'Choix non reconnu.'));
    const info = await c.queries.bookingInfo(bookingId);
    if (!info || info.day !== day) return redirect(res, withNotice(`/staff/days/${day}/attendance`, 'Inscription introuvable ce jour-là.'));
    await c.attendance.mark({ bookingId, present: present === 'oui', staff: { id: staff.account.id, name: staff.account.displayName }, at: deps.clock() });
    redirect(res, withNotice(`/staff/days/${day}/attendance`, present === 'oui' ? 'Présence enregistrée.' : 'Absence enregistrée.'));
  });

  server.get('/staff/days/:day/waiting', async (req: Request, res: Response) => {
    const seen = await viewerOf(req, res);
    if (!seen) return;
    const day = dayOf(req);
    if (!day) return noDay(res, seen.viewer);
    html(res, 200, waitingPage({ viewer: seen.viewer, day, groups: await c.queries.waitingOf(day), notice: query(req, 'notice') }));
  });

  for (const action of ['promote', 'remove'] as const) {
    guardedPost(`/staff/waiting/:bookingId/${action}`, async (req, res, staff) => {
      const bookingId = idOf(req.params.bookingId);
      const info = bookingId ? await c.queries.bookingInfo(bookingId) : undefined;
      if (!info) return redirect(res, withNotice('/staff', 'Inscription introuvable.'));
      const outcome = await changeWaiting(c.act, { childId: info.childId, day: info.day, action, staff: { id: staff.account.id, name: staff.account.displayName }, now: deps.clock() });
      if (outcome.ok) c.wakeNotifier();
      redirect(res, withNotice(`/staff/days/${info.day}/waiting`, outcome.message));
    });
  }

  server.get('/staff/families', async (req: Request, res: Response) => {
    const seen = await viewerOf(req, res);
    if (!seen) return;
    const q = (query(req, 'q') ?? '').trim().slice(0, 100);
    html(res, 200, familySearchPage({ viewer: seen.viewer, query: q, hits: q ? await c.queries.searchFamilies(q) : [] }));
  });

  server.get('/staff/families/:id', async (req: Request, res: Response) => {
    const seen = await viewerOf(req, res);
    if (!seen) return;
    const id = idOf(req.params.id);
    const asked = query(req, 'mois');
    const month = asked && /^\d{4}-(0[1-9]|1[0-2])$/.test(asked) ? `${asked}-01` : `${today().slice(0, 7)}-01`;
    const file = id ? await c.queries.familyFile(id, month, lastDayOfMonth(month)) : undefined;
    if (!file) return html(res, 404, messagePage('Famille introuvable', "Cette famille n'existe pas.", seen.viewer));
    const sections = await Promise.all(
      sectionsOf(c).map(async (section) => ({
        id: section.id,
        title: section.title,
        // A section's forms carry {{csrf}} where the session's token goes.
        html: (await section.render(String(file.id)).catch(() => `<p>${escapeHtml('Cette partie est momentanément indisponible.')}</p>`)).replaceAll(
          '{{csrf}}',
          escapeHtml(seen.viewer.csrf),
        ),
      })),
    );
    html(res, 200, familyPage({ viewer: seen.viewer, file, month, sections, notice: query(req, 'notice'), error: query(req, 'erreur') }));
  });

  guardedPost('/staff/families/:id/act', async (req, res, staff) => {
    const familyId = idOf(req.params.id);
    if (!familyId) return redirect(res, '/staff/families');
    const day = field(req, 'day') ?? '';
    const childId = idOf(field(req, 'childId'));
    const action = field(req, 'action');
    const back = (key: 'notice' | 'erreur', text: string) => redirect(res, `/staff/families/${familyId}?mois=${isIsoDay(day) ? day.slice(0, 7) : ''}&${key}=${encodeURIComponent(text)}`);
    if (!isIsoDay(day) || !childId || (action !== 'reserve' && action !== 'cancel')) return back('erreur', 'Choisissez un enfant, un jour et une action.');
    const outcome = await actForParent(c.act, {
      familyId, childId, day, action, reason: field(req, 'reason')?.slice(0, 1000),
      staff: { id: staff.account.id, name: staff.account.displayName }, now: deps.clock(),
    });
    if (outcome.ok) c.wakeNotifier();
    back(outcome.ok ? 'notice' : 'erreur', outcome.message);
  });

  if (c.money) registerMoneyForms(http, { acts: c.money, clock: deps.clock, wakeNotifier: () => c.wakeNotifier() });

  // Accounts: administrators only.
  server.get('/staff/accounts', async (req: Request, res: Response) => {
    const seen = await viewerOf(req, res);
    if (!seen) return;
    if (!seen.viewer.isAdmin) return html(res, 403, messagePage('Accès réservé', 'Cette page est réservée aux administrateurs.', seen.viewer));
    html(res, 200, accountsPage({ viewer: seen.viewer, accounts: await deps.auth.listAccounts(), selfId: seen.staff.account.id, notice: query(req, 'notice'), error: query(req, 'erreur') }));
  });

  const adminPost = (route: string, action: Parameters<StaffHttp['guardedPost']>[1]) =>
    guardedPost(route, async (req, res, staff) => {
      if (staff.account.role !== 'admin') return html(res, 403, messagePage('Accès réservé', 'Cette action est réservée aux administrateurs.', viewerOfStaff(staff)));
      await action(req, res, staff);
    });
  const accountsBack = (res: Response, key: 'notice' | 'erreur', text: string) => redirect(res, `/staff/accounts?${key}=${encodeURIComponent(text)}`);

  adminPost('/staff/accounts', async (req, res) => {
    try {
      const account = await deps.auth.createAccount(field(req, 'email') ?? '', field(req, 'name') ?? '', field(req, 'password') ?? '', deps.clock(), field(req, 'role') === 'admin' ? 'admin' : 'agent');
      accountsBack(res, 'notice', `Compte créé pour ${account.displayName} (${account.email}). Transmettez-lui le mot de passe provisoire de vive voix.`);
    } catch (error) {
      accountsBack(res, 'erreur', error instanceof Error ? error.message : 'Compte non créé.');
    }
  });

  for (const [action, active] of [['disable', false], ['enable', true]] as const) {
    adminPost(`/staff/accounts/:id/${action}`, async (req, res, staff) => {
      const id = idOf(req.params.id);
      const account = id ? (await deps.auth.listAccounts()).find((a) => a.id === id) : undefined;
      if (!account) return accountsBack(res, 'erreur', 'Compte introuvable.');
      if (account.id === staff.account.id) return accountsBack(res, 'erreur', 'Vous ne pouvez pas désactiver votre propre compte.');
      await deps.auth.setActive(account.id, active);
      accountsBack(res, 'notice', `Compte de ${account.displayName} ${active ? 'réactivé' : 'désactivé'}.`);
    });
  }

  adminPost('/staff/accounts/:id/reset', async (req, res) => {
    const id = idOf(req.params.id);
    const account = id ? (await deps.auth.listAccounts()).find((a) => a.id === id) : undefined;
    if (!account) return accountsBack(res, 'erreur', 'Compte introuvable.');
    try {
      await deps.auth.resetPassword(account.email, field(req, 'password') ?? '');
      accountsBack(res, 'notice', `Mot de passe de ${account.displayName} réinitialisé ; ses sessions ouvertes sont fermées.`);
    } catch (error) {
      accountsBack(res, 'erreur', error instanceof Error ? error.message : 'Mot de passe non changé.');
    }
  });

  // Live events: a new waiting conversation, announced to every open console page.
  const streams = new Set<Response>();
  server.on('stopping', () => {
    for (const stream of streams) stream.end();
    streams.clear();
  });
  server.get('/staff/events', async (req: Request, res: Response) => {
    const seen = await viewerOf(req, res);
    if (!seen) return;
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no', Connection: 'keep-alive' });
    res.write(`retry: 5000\n\n`);
    streams.add(res);
    const unsubscribe = deps.handoff.subscribe((event) => {
      res.write(`event: waiting\ndata: ${JSON.stringify({ id: event.ticketId, who: event.who, url: `/staff/conversations/${event.ticketId}` })}\n\n`);
    });
    // A comment now and then keeps proxies from closing an idle stream.
    const heartbeat = setInterval(() => res.write(': \n\n'), 25_000).unref();
    req.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      streams.delete(res);
    });
  });
}

/** This assistant's family-page sections, then those registered for the whole process (same id: the assistant's). */
function sectionsOf(c: ConsoleDeps): readonly FamilySection[] {
  const own = c.sections?.list() ?? [];
  return [...own, ...familySections.list().filter((section) => !own.some((o) => o.id === section.id))];
}
