/**
 * The staff console under /staff: log-in, the waiting and active conversations with
 * their transcripts, taking one, replying, giving it back, and deciding on requests.
 * Session cookie HttpOnly + SameSite=Strict, CSRF token on every form, Origin checked.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import restify from 'restify';
import { bodyOptions } from '../server/bodyOptions';
import { clientAddressOf } from '../server/clientAddress';
import type { Request, Response, Server } from 'restify';
import type { HandoffService, StaffActionResult } from '../handoff/handoffService';
import type { AuthenticatedStaff, StaffAuth } from './staffAuth';
import { sameToken } from './staffAuth';
import type { StaffRequestSummary } from './staffPages';
import { conversationPage, conversationsPage, escapeHtml, loginPage, messagePage, transcriptHtml } from './staffPages';
import { confirmDecisionPage, requestFilePage, requestListPage } from './requestPages';
import type { Viewer } from './ui/layout';
import { registerConsoleRoutes } from './consoleRoutes';
import type { ConsoleDeps } from './consoleRoutes';
import { isIsoDay } from '../domain/day';

/** A parent's document, decrypted for a staff member, or why not. */
export type StaffDocument =
  | { ok: true; content: Buffer; mediaType: string; fileName: string }
  | { ok: false; status: 404 | 410 | 500; message: string };

/** What the console needs of the requests feature (late requests, justifications, messages). */
export interface StaffRequestsPort {
  listToDecide(): Promise<StaffRequestSummary[]>;
  decide(input: { number: string; decision: 'accept' | 'refuse'; reason?: string; message?: string; staffId: number; now: Date }): Promise<{ ok: boolean; message: string }>;
  /** Opens a justification's document (audited); absent when the console cannot read documents. */
  openDocument?(input: { id: string; staffId: number; now: Date }): Promise<StaffDocument>;
}

export interface StaffRoutesDeps {
  auth: StaffAuth;
  handoff: HandoffService;
  requests?: StaffRequestsPort;
  clock: () => Date;
  /** Secure cookies (HTTPS). On by default in production. */
  secureCookies: boolean;
  /** The public origin (PUBLIC_ORIGIN) when a reverse proxy rewrites the Host header. */
  publicOrigin?: string;
  /** Reverse proxies of the town's own in front (TRUST_PROXY): where the client's address is read (src/server/clientAddress.ts). */
  trustedProxies?: number;
  /** The day's work (board, attendance, families, waiting lists, accounts, live events); absent in the bare hand-over tests. */
  console?: ConsoleDeps;
}

/** What the console's route modules share: pages, redirects, the session, form fields. */
export interface StaffHttp {
  html(res: Response, status: number, body: string, headers?: Record<string, string | string[]>): void;
  redirect(res: Response, location: string, headers?: Record<string, string | string[]>): void;
  /** The staff member of a GET, or a redirect to the log-in page (undefined then). */
  viewerOf(req: Request, res: Response): Promise<{ staff: AuthenticatedStaff; viewer: Viewer } | undefined>;
  guardedPost(route: string, action: (req: Request, res: Response, staff: AuthenticatedStaff) => Promise<void>): void;
  field(req: Request, name: string): string | undefined;
  query(req: Request, name: string): string | undefined;
}

export const viewerOfStaff = (staff: AuthenticatedStaff): Viewer => ({
  name: staff.account.displayName,
  csrf: staff.session.csrfToken,
  isAdmin: staff.account.role === 'admin',
});

const SESSION_COOKIE = 'staff_session';
const LOGIN_CSRF_COOKIE = 'staff_login_csrf';
const STATIC_DIR = path.resolve(__dirname, '../../web/staff');

export function cookiesOf(req: Request): Record<string, string> {
  const header = req.headers.cookie ?? '';
  const cookies: Record<string, string> = {};
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index <= 0) continue;
    try {
      cookies[part.slice(0, index).trim()] = decodeURIComponent(part.slice(index + 1).trim());
    } catch {
      // A malformed cookie (set by another site of the domain, say) is ignored, not a 500.
    }
  }
  return cookies;
}

const ACTION_MESSAGES: Record<Exclude<StaffActionResult, { ok: true }>['reason'], string> = {
  not_found: 'Conversation introuvable.',
  taken_by_someone_else: 'Un autre agent a déjà pris cette conversation.',
  closed: 'Cette conversation est déjà rendue à l’assistant.',
  empty_message: 'Écrivez un message avant d’envoyer.',
  delivery_failed: 'Le message n’a pas pu être remis au parent. Réessayez dans un instant.',
};

export function registerStaffRoutes(server: Server, deps: StaffRoutesDeps): void {
  // The console's forms are small: a reply, a reason. Form bodies only, never multipart.
  const formBody = restify.plugins.urlEncodedBodyParser(bodyOptions(64 * 1024));
  const secure = deps.secureCookies ? '; Secure' : '';
  const cookie = (name: string, value: string, maxAgeSeconds: number) =>
    `${name}=${encodeURIComponent(value)}; Path=/staff; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure}`;

  const html = (res: Response, status: number, body: string, headers: Record<string, string | string[]> = {}) => {
    res.writeHead(status, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Security-Policy': "default-src 'self'; frame-ancestors 'none'; form-action 'self'",
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'same-origin',
      ...headers,
    });
    res.end(body);
  };
  const redirect = (res: Response, location: string, headers: Record<string, string | string[]> = {}) => {
    res.writeHead(303, { Location: location, 'Cache-Control': 'no-store', ...headers });
    res.end();
  };

  /** A cross-site form post announces another Origin: refuse it before anything else. */
  const sameOrigin = (req: Request) => {
    const origin = req.headers.origin;
    if (!origin) return true;
    try {
      return deps.publicOrigin ? new URL(origin).origin === deps.publicOrigin : new URL(origin).host === req.headers.host;
    } catch {
      return false;
    }
  };

  /** The client's address, for the log-in throttle: the one the trusted proxy saw, never what the client wrote. */
  const clientAddress = (req: Request): string => clientAddressOf(req, deps.trustedProxies ?? 0);

  const staffOf = (req: Request): Promise<AuthenticatedStaff | undefined> =>
    deps.auth.authenticate(cookiesOf(req)[SESSION_COOKIE], deps.clock());

  const field = (req: Request, name: string): string | undefined => {
    const body = req.body as Record<string, unknown> | undefined;
    const value = body?.[name];
    return typeof value === 'string' ? value : undefined;
  };

  /** Runs a form post for a logged-in staff member with a valid CSRF token. */
  const guardedPost = (route: string, action: (req: Request, res: Response, staff: AuthenticatedStaff) => Promise<void>) => {
    server.post(route, ...formBody, async (req: Request, res: Response) => {
      const staff = await staffOf(req);
      if (!staff) return html(res, 401, loginPage(randomBytes(18).toString('base64url'), 'Votre session a expiré : reconnectez-vous.'));
      if (!sameOrigin(req) || !sameToken(staff.session.csrfToken, field(req, 'csrf'))) {
        return html(res, 403, '<p>Requête refusée (jeton de sécurité absent ou invalide). Rechargez la page.</p>');
      }
      if (route.startsWith('/staff/conversations/:id/') && !Number.isInteger(ticketIdOf(req))) return notFound(res);
      await action(req, res, staff);
    });
  };

  const query = (req: Request, name: string): string | undefined => {
    const value = (req.query as Record<string, unknown> | undefined)?.[name];
    return typeof value === 'string' ? value : undefined;
  };
  const viewerOf = async (req: Request, res: Response) => {
    const staff = await staffOf(req);
    if (!staff) {
      redirect(res, '/staff/login');
      return undefined;
    }
    return { staff, viewer: viewerOfStaff(staff) };
  };
  const http: StaffHttp = { html, redirect, viewerOf, guardedPost, field, query };

  for (const [file, type] of [['console.css', 'text/css'], ['console.js', 'application/javascript']] as const) {
    const body = readFileSync(path.join(STATIC_DIR, file));
    server.get(`/staff/${file}`, async (_req: Request, res: Response) => {
      res.writeHead(200, { 'Content-Type': `${type}; charset=utf-8`, 'X-Content-Type-Options': 'nosniff' });
      res.end(body);
    });
  }

  server.get('/staff/login', async (_req: Request, res: Response) => {
    const token = randomBytes(18).toString('base64url');
    html(res, 200, loginPage(token), { 'Set-Cookie': cookie(LOGIN_CSRF_COOKIE, token, 3600) });
  });

  server.post('/staff/login', ...formBody, async (req: Request, res: Response) => {
    const expected = cookiesOf(req)[LOGIN_CSRF_COOKIE];
    const fresh = randomBytes(18).toString('base64url');
    const again = (status: number, message: string) =>
      html(res, status, loginPage(fresh, message), { 'Set-Cookie': cookie(LOGIN_CSRF_COOKIE, fresh, 3600) });
    if (!sameOrigin(req) || !expected || !sameToken(expected, field(req, 'csrf'))) {
      return again(403, 'La page de connexion a expiré : réessayez.');
    }
    const result = await deps.auth.login(field(req, 'email') ?? '', field(req, 'password') ?? '', clientAddress(req), deps.clock());
    if (!result.ok) {
      return again(
        result.reason === 'throttled' ? 429 : 401,
        result.reason === 'throttled'
          ? 'Trop de tentatives : réessayez dans 15 minutes.'
          : 'Adresse e-mail ou mot de passe incorrect.',
      );
    }
    redirect(res, '/staff', { 'Set-Cookie': [cookie(SESSION_COOKIE, result.token, 10 * 3600), cookie(LOGIN_CSRF_COOKIE, '', 0)] });
  });

  guardedPost('/staff/logout', async (req, res) => {
    await deps.auth.logout(cookiesOf(req)[SESSION_COOKIE]);
    redirect(res, '/staff/login', { 'Set-Cookie': cookie(SESSION_COOKIE, '', 0) });
  });

  if (deps.console) {
    registerConsoleRoutes(server, deps, http, deps.console);
  } else {
    server.get('/staff', async (req: Request, res: Response) => {
      const seen = await viewerOf(req, res);
      if (seen) redirect(res, '/staff/conversations');
    });
  }

  server.get('/staff/conversations', async (req: Request, res: Response) => {
    const seen = await viewerOf(req, res);
    if (!seen) return;
    const q = (query(req, 'q') ?? '').slice(0, 100);
    const [waiting, active, closed] = await Promise.all([
      deps.handoff.list(['waiting']),
      deps.handoff.list(['active']),
      deps.console ? deps.console.closedConversations(q) : Promise.resolve([]),
    ]);
    html(res, 200, conversationsPage({ viewer: seen.viewer, waiting, active, closed, query: q, notice: query(req, 'notice') }));
  });

  /** A ticket id from the path: digits that fit the database's integers, else NaN (answered 404, never a database error). */
  const ticketIdOf = (req: Request) => (/^[1-9]\d{0,8}$/.test(String(req.params.id)) ? Number(req.params.id) : Number.NaN);
  const notFound = (res: Response) => html(res, 404, messagePage('Conversation introuvable', "Cette conversation n'existe pas."));

  server.get('/staff/conversations/:id', async (req: Request, res: Response) => {
    const seen = await viewerOf(req, res);
    if (!seen) return;
    const ticket = Number.isInteger(ticketIdOf(req)) ? await deps.handoff.ticket(ticketIdOf(req)) : undefined;
    if (!ticket) return notFound(res);
    const family = ticket.guardianId && deps.console ? await deps.console.familyOfGuardian(ticket.guardianId) : undefined;
    html(res, 200, conversationPage({
      viewer: seen.viewer, staffId: seen.staff.account.id,
      ticket, transcript: await deps.handoff.transcript(ticket.id), family, notice: query(req, 'notice'),
    }));
  });

  server.get('/staff/conversations/:id/transcript', async (req: Request, res: Response) => {
    const staff = await staffOf(req);
    if (!staff) return html(res, 401, '');
    if (!Number.isInteger(ticketIdOf(req))) return notFound(res);
    html(res, 200, transcriptHtml(await deps.handoff.transcript(ticketIdOf(req))));
  });

  const after = (res: Response, id: number, result: StaffActionResult, success: string) =>
    redirect(res, `/staff/conversations/${id}?notice=${encodeURIComponent(result.ok ? success : ACTION_MESSAGES[result.reason])}`);

  guardedPost('/staff/conversations/:id/take', async (req, res, staff) => {
    const id = ticketIdOf(req);
    after(res, id, await deps.handoff.take(id, { id: staff.account.id, name: staff.account.displayName }, deps.clock()), 'Vous avez pris la conversation.');
  });

  guardedPost('/staff/conversations/:id/takeover', async (req, res, staff) => {
    const id = ticketIdOf(req);
    after(res, id, await deps.handoff.takeOver(id, { id: staff.account.id, name: staff.account.displayName }, deps.clock()), 'Vous avez repris la conversation.');
  });

  guardedPost('/staff/conversations/:id/reply', async (req, res, staff) => {
    const id = ticketIdOf(req);
    const result = await deps.handoff.reply(id, { id: staff.account.id, name: staff.account.displayName }, field(req, 'message') ?? '', deps.clock());
    after(res, id, result, 'Message envoyé.');
  });

  guardedPost('/staff/conversations/:id/release', async (req, res, staff) => {
    const id = ticketIdOf(req);
    after(res, id, await deps.handoff.release(id, { id: staff.account.id }, deps.clock()), 'Conversation rendue à l’assistant.');
  });

  server.get('/staff/documents/:id', async (req: Request, res: Response) => {
    const staff = await staffOf(req);
    if (!staff) return redirect(res, '/staff/login');
    const id = String(req.params.id);
    if (!deps.requests?.openDocument || !/^[0-9a-f-]{36}$/i.test(id)) return html(res, 404, '<p>Document introuvable. <a href="/staff">Retour à la liste</a></p>');
    const document = await deps.requests.openDocument({ id, staffId: staff.account.id, now: deps.clock() });
    if (!document.ok) return html(res, document.status, `<p>${escapeHtml(document.message)} <a href="/staff">Retour à la liste</a></p>`);
    const ascii = document.fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
    res.writeHead(200, {
      'Content-Type': document.mediaType,
      'Content-Length': String(document.content.length),
      // Always a download: a parent's file is never rendered inside the console's origin.
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
    });
    res.end(document.content);
  });

  server.get('/staff/requests', async (req: Request, res: Response) => {
    const seen = await viewerOf(req, res);
    if (!seen) return;
    if (!deps.console) return redirect(res, '/staff/conversations');
    const day = query(req, 'jour');
    const filter = { kind: query(req, 'type') || undefined, status: query(req, 'etat') || undefined, day: day && isIsoDay(day) ? day : undefined };
    html(res, 200, requestListPage({ viewer: seen.viewer, filter, requests: await deps.console.requests.list(filter), notice: query(req, 'notice') }));
  });

  server.get('/staff/requests/:number', async (req: Request, res: Response) => {
    const seen = await viewerOf(req, res);
    if (!seen) return;
    const number = String(req.params.number).slice(0, 40);
    const file = deps.console ? await deps.console.requests.file(number) : undefined;
    if (!file) return html(res, 404, messagePage('Demande introuvable', `Aucune demande ${number}.`, seen.viewer));
    html(res, 200, requestFilePage({ viewer: seen.viewer, file, notice: query(req, 'notice') }));
  });

  guardedPost('/staff/requests/:number/decision', async (req, res, staff) => {
    const decision = field(req, 'decision');
    const number = String(req.params.number);
    const back = (notice: string) =>
      redirect(res, deps.console ? `/staff/requests/${encodeURIComponent(number)}?notice=${encodeURIComponent(notice)}` : `/staff?notice=${encodeURIComponent(notice)}`);
    if (!deps.requests || (decision !== 'accept' && decision !== 'refuse')) return back('Décision non reconnue.');
    // The message to the parent; a refusal's is its reason (the older form's field is "reason").
    const message = (field(req, 'message') ?? field(req, 'reason'))?.trim().slice(0, 2000) || undefined;
    const kind = field(req, 'kind');
    if (decision === 'refuse' && !message && kind !== 'service_message') return back('Indiquez le motif du refus : il est transmis au parent.');
    if (field(req, 'confirmed') !== 'oui') {
      return html(res, 200, confirmDecisionPage({ viewer: viewerOfStaff(staff), number, decision, message, kind }));
    }
    const result = await deps.requests.decide({
      number, decision, reason: decision === 'refuse' ? message : undefined, message: decision === 'accept' ? message : undefined,
      staffId: staff.account.id, now: deps.clock(),
    });
    back(result.message);
  });
}
