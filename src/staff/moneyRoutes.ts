/**
 * The console's money pages: a family's payment attestation as a PDF
 * (GET /staff/money/attestation?family=ID&year=AAAA), behind the console's log-in.
 */
import type { Request, Response, Server } from 'restify';
import type { MoneyDesk } from '../money/moneyDesk';
import type { StaffAuth } from './staffAuth';
import { cookiesOf } from './staffRoutes';

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
