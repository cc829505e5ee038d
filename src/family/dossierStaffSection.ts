/**
 * The staff console's section of a family page for dossier changes (issue 14): the
 * family's record as the service holds it, and its dossier requests still to apply,
 * each with the parent's words, its documents and a "Marquer comme appliqué" button
 * (POST /staff/requests/<number>/decision, decision=accept: the parent is told).
 * An escaped HTML fragment; the console puts it in its family page.
 *
 * The forms carry the session's CSRF token as the placeholder {{csrf}}: the console
 * replaces it with its own before sending the page (the section never sees a session).
 */
import type { PrismaClient } from '../infrastructure/database/createPrismaClient';
import { parseRequestPayload } from '../requests/requestPayload';
import { PrismaFamilyRecords } from './prismaFamilyRecords';

export interface StaffSection {
  id: string;
  title: string;
  render(familyId: string): Promise<string>;
}

export const CSRF_PLACEHOLDER = '{{csrf}}';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

export function dossierStaffSection(prisma: PrismaClient): StaffSection {
  const records = new PrismaFamilyRecords(prisma);
  return {
    id: 'dossier',
    title: 'Dossier de la famille',
    async render(familyId: string): Promise<string> {
      const id = Number(familyId);
      if (!Number.isInteger(id) || id <= 0) return '<p>Famille inconnue.</p>';
      const guardian = await prisma.guardian.findFirst({ where: { familyId: id }, orderBy: { id: 'asc' } });
      const dossier = guardian ? await records.dossier(guardian.id) : undefined;
      if (!dossier) return '<p>Famille inconnue.</p>';
      const pending = await prisma.request.findMany({
        where: { kind: 'dossier', status: { in: ['submitted', 'in_progress'] }, guardian: { familyId: id } },
        include: { documents: true, guardian: true },
        orderBy: { createdAt: 'asc' },
      });
      const parts = [
        '<h3>Responsables</h3><ul>',
        ...dossier.guardians.map((g) => `<li>${escapeHtml(`${g.civility} ${g.firstName} ${g.lastName} — ${g.email} — ${g.phone ?? 'téléphone non renseigné'}`)}</li>`),
        '</ul><h3>Enfants</h3><ul>',
        ...dossier.children.map((c) => `<li>${escapeHtml(`${c.firstName} ${c.lastName} (date de naissance : ${c.birthDate}) — ${c.school} (${c.className}), ${c.site}`)}</li>`),
        '</ul><h3>Personnes autorisées</h3><ul>',
        ...(dossier.authorisedPeople.length === 0 ? ['<li>Aucune.</li>'] : dossier.authorisedPeople.map((p) => `<li>${escapeHtml(`${p.firstName} ${p.lastName}${p.relation ? ` (${p.relation})` : ''}${p.phone ? ` — ${p.phone}` : ''}`)}</li>`)),
        '</ul><h3>Modifications demandées</h3>',
      ];
      if (pending.length === 0) parts.push('<p>Aucune modification en attente.</p>');
      for (const request of pending) {
        const payload = parseRequestPayload(request.payload);
        const words = payload.type === 'dossier' ? payload.text : '';
        const documents = request.documents
          .map((d) => `<li><a href="/staff/documents/${encodeURIComponent(d.id)}">${escapeHtml(d.originalName ?? 'document')}</a></li>`)
          .join('');
        parts.push(
          `<section class="dossier-request"><p><strong>${escapeHtml(request.number)}</strong> — ${escapeHtml(`${request.guardian.firstName} ${request.guardian.lastName}`)}, le ${escapeHtml(request.createdAt.toISOString().slice(0, 10))}</p>`,
          `<blockquote>${escapeHtml(words)}</blockquote>`,
          documents ? `<ul>${documents}</ul>` : '',
          `<form method="post" action="/staff/requests/${encodeURIComponent(request.number)}/decision">`,
          `<input type="hidden" name="csrf" value="${CSRF_PLACEHOLDER}"><input type="hidden" name="kind" value="dossier">`,
          '<p>Mettez d’abord le dossier à jour, puis :</p>',
          '<button type="submit" name="decision" value="accept">Marquer comme appliqué</button>',
          '<label>Motif (si non appliqué) <input name="reason" maxlength="500"></label>',
          '<button type="submit" name="decision" value="refuse">Ne pas appliquer</button></form></section>',
        );
      }
      return parts.join('');
    },
  };
}
