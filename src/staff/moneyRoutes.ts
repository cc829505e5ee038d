/**
 * The console's money pages: a family's payment attestation as a PDF
 * (GET /staff/money/attestation?family=ID&year=AAAA), behind the console's log-in; and
 * its money forms (CSRF-guarded posts): the quotient familial set from a quotient_familial
 * request or corrected on the family page, and a payment recorded.
 */
import type { Request, Response, Server } from 'restify';
import type { MoneyDesk } from '../money/moneyDesk';
import type { StaffAuth } from './staffAuth';
import type { StaffHttp } from './staffRoutes';
import { cookiesOf } from './staffRoutes';

/** An act's outcome, its French message for the console's notice or error line. */
export interface MoneyActResult {
  ok: boolean;
  message: string;
}

/** What staff do to a family's money in the console (src/infrastructure/money implements them). */
export interface MoneyActs {
  /** Sets (or corrects) the family's QF and bracket; every guardian is told the new prices. */
  setQuotient(input: { familyId: number; quotient: number; staffId: string; now: Date }): Promise<MoneyActResult>;
  /** The same from a quotient_familial request still open, which is then accepted. */
  setQuotientFromRequest(input: { number: string; quotient: number; staffId: string; now: Date }): Promise<MoneyActResult>;
  /** A payment received: date and amount as typed, its reference (the same reference again changes nothing). */
  recordPayment(input: { familyId: number; day: string; amount: string; reference: string; staffId: string; now: Date }): Promise<MoneyActResult>;
}

export interface MoneyFormsDeps {
  acts: MoneyActs;
  clock: () => Date;
  /** Wakes the parent notifier after the QF was set, so the parents hear now. */
  wakeNotifier(): void;
}

const idOf = (value: unknown) => (/^[1-9]\d{0,8}$/.test(String(value)) ? Number(value) : undefined);

/** A quotient familial as staff type it ("720", "1 200", "720 €"), in whole euros; undefined when it is not one. */
export function quotientTyped(text: string | undefined): number | undefined {
  const compact = (text ?? '').replace(/[\s\u00a0\u202f€]/g, '');
  return /^\d{1,6}$/.test(compact) ? Number(compact) : undefined;
}

const badQuotient = (text: string | undefined) => `Quotient familial invalide « ${(text ?? '').trim().slice(0, 40)} » : écrivez un nombre entier d'euros, par exemple 720.`;

/** The money forms of the family page and of a quotient_familial request's page. */
export function registerMoneyForms(http: StaffHttp, deps: MoneyFormsDeps): void {
  const { redirect, guardedPost, field } = http;
  const backToFamily = (res: Response, familyId: number, result: MoneyActResult) =>
    redirect(res, `/staff/families/${familyId}?${result.ok ? 'notice' : 'erreur'}=${encodeURIComponent(result.message)}#section-money`);

  guardedPost('/staff/families/:id/money/quotient', async (req, res, staff) => {
    const familyId = idOf(req.params.id);
    if (!familyId) return redirect(res, '/staff/families');
    const quotient = quotientTyped(field(req, 'quotient'));
    if (quotient === undefined) return backToFamily(res, familyId, { ok: false, message: badQuotient(field(req, 'quotient')) });
    const result = await deps.acts.setQuotient({ familyId, quotient, staffId: String(staff.account.id), now: deps.clock() });
    if (result.ok) deps.wakeNotifier();
    backToFamily(res, familyId, result);
  });

  guardedPost('/staff/families/:id/money/payments', async (req, res, staff) => {
    const familyId = idOf(req.params.id);
    if (!familyId) return redirect(res, '/staff/families');
    const result = await deps.acts.recordPayment({
      familyId,
      day: (field(req, 'day') ?? '').slice(0, 40),
      amount: (field(req, 'amount') ?? '').slice(0, 40),
      reference: (field(req, 'reference') ?? '').slice(0, 200),
      staffId: String(staff.account.id),
      now: deps.clock(),
    });
    backToFamily(res, familyId, result);
  });

  guardedPost('/staff/requests/:number/quotient', async (req, res, staff) => {
    const number = String(req.params.number).slice(0, 40);
    const back = (message: string) => redirect(res, `/staff/requests/${encodeURIComponent(number)}?notice=${encodeURIComponent(message)}`);
    const quotient = quotientTyped(field(req, 'quotient'));
    if (quotient === undefined) return back(badQuotient(field(req, 'quotient')));
    const result = await deps.acts.setQuotientFromRequest({ number, quotient, staffId: String(staff.account.id), now: deps.clock() });
    if (result.ok) deps.wakeNotifier();
    back(result.message);
  });
}

export interface MoneyRoutesDeps {
  auth: StaffAuth;
  money: MoneyDesk;
  clock: () => Date;
}

export function registerMoneyRoutes(server: Server, deps: MoneyRoutesDeps): void {
  const text = (res: Response, status: number, body: string) => {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(body);
  };

  server.get('/staff/money/attestation', async (req: Request, res: Response) => {
    const staff = await deps.auth.authenticate(cookiesOf(req)['staff_session'], deps.clock());
    if (!staff) return text(res, 401, 'Connectez-vous à la console.');
    // Read from the URL itself: works whether or not the server parses query strings.
    const query = new URL(req.url ?? '', 'http://localhost').searchParams;
    const familyId = /^[1-9]\d{0,8}$/.test(query.get('family') ?? '') ? Number(query.get('family')) : undefined;
    const year = /^20\d\d$/.test(query.get('year') ?? '') ? Number(query.get('year')) : undefined;
    if (!familyId || !year) return text(res, 400, 'Paramètres attendus : family (numéro) et year (AAAA).');
    const family = await deps.money.family(familyId);
    if (!family) return text(res, 404, 'Famille introuvable.');
    const pdf = await deps.money.attestationPdf(family, year, deps.clock());
    if (!pdf) return text(res, 404, `Aucun paiement en ${year} : pas d'attestation.`);
    res.writeHead(200, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="attestation-paiement-${year}-famille-${familyId}.pdf"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(Buffer.from(pdf));
  });
}
