/**
 * The money section of a family's page in the console: the statement of the month, the
 * payments of the year and the link to the payment attestation, with the forms to set or
 * correct the quotient familial and to record a payment (src/staff/moneyRoutes.ts).
 * Everything written from data is escaped; the forms carry {{csrf}}, which the family
 * page replaces with the session's token.
 */
import { todayIn } from '../domain/day';
import { MONTH_NAMES, frenchDay } from '../domain/frenchDates';
import { formatEuros } from '../money/money';
import type { MoneyDesk } from '../money/moneyDesk';
import { escapeHtml } from './staffPages';

/** A section of the family page of the console (the lead's registry connects them). */
export interface FamilyPageSection {
  id: string;
  title: string;
  /** An HTML fragment, every value escaped. */
  render(familyId: number | string): Promise<string>;
}

export interface MoneySectionDeps {
  money: MoneyDesk;
  clock: () => Date;
  timeZone: string;
}

export function moneySection(deps: MoneySectionDeps): FamilyPageSection {
  return {
    id: 'money',
    title: 'Tarifs, relevés et paiements',
    async render(familyIdInput) {
      const familyId = Number(familyIdInput);
      const family = Number.isSafeInteger(familyId) ? await deps.money.family(familyId) : undefined;
      if (!family) return '<p>Famille introuvable.</p>';
      const today = todayIn(deps.clock(), deps.timeZone);
      const month = today.slice(0, 7);
      const year = Number(today.slice(0, 4));
      const statement = await deps.money.statement(family, month);
      const payments = await deps.money.payments(family, `${year}-01-01`, `${year}-12-31`);
      const nameOf = (childId: number) => family.children.find((c) => c.id === childId)?.firstName ?? '?';
      const quotient =
        family.quotient === null ? 'non fourni (tranche la plus haute)' : `${family.quotient} (tranche ${family.quotientBracket ?? '?'})`;
      const lines = statement.lines
        .map((l) => `<tr><td>${escapeHtml(frenchDay(l.day))}</td><td>${escapeHtml(nameOf(l.childId))}</td><td>${escapeHtml(l.activity)}</td><td>${escapeHtml(PRESENCE[l.presence])}</td><td class="amount">${escapeHtml(formatEuros(l.amountCents))}</td></tr>`)
        .join('');
      const paid = payments
        .map((p) => `<tr><td>${escapeHtml(frenchDay(p.day, { withYear: true }))}</td><td>${escapeHtml(p.reference)}</td><td>${escapeHtml(p.source)}</td><td class="amount">${escapeHtml(formatEuros(p.amountCents))}</td></tr>`)
        .join('');
      const monthLabel = `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
      // The family page wraps the fragment in its own titled section.
      return `<p>Quotient familial : ${escapeHtml(quotient)} · ${family.resident ? 'résident' : 'hors commune'} · référence trésorerie : ${escapeHtml(family.billingReference ?? 'aucune')}</p>
<h3>Relevé de ${escapeHtml(monthLabel)} : ${escapeHtml(formatEuros(statement.totalCents))}</h3>
${lines ? `<table><thead><tr><th>Jour</th><th>Enfant</th><th>Activité</th><th>Présence</th><th>Montant</th></tr></thead><tbody>${lines}</tbody></table>` : '<p>Aucune réservation ce mois-ci.</p>'}
<h3>Paiements ${year}</h3>
${paid ? `<table><thead><tr><th>Date</th><th>Référence</th><th>Origine</th><th>Montant</th></tr></thead><tbody>${paid}</tbody></table>` : '<p>Aucun paiement cette année.</p>'}
<p><a href="/staff/money/attestation?family=${family.id}&amp;year=${year}" download>Attestation de paiement ${year} (PDF)</a></p>
<h3>Enregistrer un paiement</h3>
<form method="post" action="/staff/families/${family.id}/money/payments" class="money-payment">
<input type="hidden" name="csrf" value="{{csrf}}">
<label for="payment-day">Date du paiement</label> <input id="payment-day" name="day" type="date" required>
<label for="payment-amount">Montant en euros (par exemple 12,40)</label> <input id="payment-amount" name="amount" inputmode="decimal" required>
<label for="payment-reference">Référence (chèque, reçu, virement)</label> <input id="payment-reference" name="reference" maxlength="100" required>
<button type="submit">Enregistrer le paiement</button>
</form>
<h3>Quotient familial</h3>
<form method="post" action="/staff/families/${family.id}/money/quotient" class="money-quotient">
<input type="hidden" name="csrf" value="{{csrf}}">
<label for="money-quotient">Quotient familial (euros, nombre entier)</label> <input id="money-quotient" name="quotient" inputmode="numeric" value="${family.quotient ?? ''}" required>
<button type="submit">Enregistrer le quotient</button> <span>Chaque parent reçoit ses nouveaux tarifs.</span>
</form>`;
    },
  };
}

const PRESENCE = { attended: 'présent (ou non pointé)', absent_unjustified: 'absent, facturé', absent_justified: 'absence justifiée' } as const;
