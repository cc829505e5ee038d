/**
 * The staff console's pages, rendered on the server: plain HTML forms that work with
 * the keyboard and screen readers, every form carrying the session's CSRF token.
 */
import type { HandoffReason, HandoffTicket, TranscriptLine } from '../handoff/handoffStore';

export interface StaffRequestSummary {
  number: string;
  /** The kind's label ("justificatif d'absence"). */
  kind: string;
  /** late_request | absence_justification | service_message: a message is only marked answered. */
  kindCode?: string;
  /** The documents a parent sent with it, opened through /staff/documents/:id. */
  documents?: Array<{ id: string; name: string; available: boolean }>;
  status: string;
  familyName: string;
  summary: string;
  createdAt: Date;
}

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

const REASONS: Record<HandoffReason, string> = {
  asked: 'le parent a demandé une personne',
  not_understood: "l'assistant n'a pas compris deux fois de suite",
  sensitive: 'sujet sensible',
  upset: 'parent mécontent',
  late_request: 'demande hors délai à discuter',
};

const AUTHORS: Record<TranscriptLine['author'], string> = { parent: 'Parent', bot: 'Assistant', staff: 'Agent', system: 'Info' };

const time = (date: Date) =>
  date.toLocaleString('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'short' });

function layout(title: string, body: string, staffName?: string, csrf?: string): string {
  const logout = staffName && csrf
    ? `<form method="post" action="/staff/logout" class="logout"><input type="hidden" name="csrf" value="${escapeHtml(csrf)}">
       <span>${escapeHtml(staffName)}</span> <button type="submit">Se déconnecter</button></form>`
    : '';
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — Console périscolaire</title><link rel="stylesheet" href="/staff/console.css"></head>
<body><header><a href="/staff" class="home">Console du service périscolaire</a>${logout}</header>
<main id="contenu"><h1>${escapeHtml(title)}</h1>${body}</main><script src="/staff/console.js"></script></body></html>`;
}

export function loginPage(loginCsrf: string, error?: string): string {
  return layout(
    'Connexion',
    `${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/staff/login" class="login">
  <input type="hidden" name="csrf" value="${escapeHtml(loginCsrf)}">
  <label for="email">Adresse e-mail</label><input id="email" name="email" type="email" autocomplete="username" required autofocus>
  <label for="password">Mot de passe</label><input id="password" name="password" type="password" autocomplete="current-password" required>
  <button type="submit">Se connecter</button>
</form>`,
  );
}

function ticketRow(ticket: HandoffTicket): string {
  const who = ticket.context.guardianName ?? 'Parent non identifié';
  const children = ticket.context.children?.length ? ` — ${ticket.context.children.join(', ')}` : '';
  const holder = ticket.status === 'active' ? ` · pris par ${escapeHtml(ticket.staffName ?? 'un agent')}` : '';
  return `<li><a href="/staff/conversations/${ticket.id}">${escapeHtml(who + children)}</a>
  <span class="meta">${escapeHtml(REASONS[ticket.reason])} · ${escapeHtml(ticket.channelId)} · ${time(ticket.createdAt)}${holder}</span></li>`;
}

export function dashboardPage(input: {
  staffName: string;
  csrf: string;
  waiting: HandoffTicket[];
  active: HandoffTicket[];
  requests: StaffRequestSummary[];
  notice?: string;
}): string {
  const list = (tickets: HandoffTicket[], empty: string) =>
    tickets.length ? `<ul class="tickets">${tickets.map(ticketRow).join('')}</ul>` : `<p>${empty}</p>`;
  const requests = input.requests.length
    ? `<table><caption>Demandes à traiter</caption><thead><tr><th scope="col">N°</th><th scope="col">Type</th><th scope="col">Famille</th><th scope="col">Objet</th><th scope="col">Reçue</th><th scope="col">Décision</th></tr></thead><tbody>
${input.requests
  .map(
    (r) => `<tr><td>${escapeHtml(r.number)}</td><td>${escapeHtml(r.kind)}</td><td>${escapeHtml(r.familyName)}</td><td>${escapeHtml(r.summary)}${documentLinks(r)}</td><td>${time(r.createdAt)}</td>
<td>${decisionForm(r, input.csrf)}</td></tr>`,
  )
  .join('')}</tbody></table>`
    : '<p>Aucune demande en attente.</p>';
  return layout(
    'Conversations et demandes',
    `${input.notice ? `<p class="notice" role="status">${escapeHtml(input.notice)}</p>` : ''}
<section aria-labelledby="attente"><h2 id="attente">En attente d'un agent (${input.waiting.length})</h2>${list(input.waiting, 'Aucune conversation en attente.')}</section>
<section aria-labelledby="cours"><h2 id="cours">En cours (${input.active.length})</h2>${list(input.active, 'Aucune conversation en cours.')}</section>
<section aria-labelledby="demandes"><h2 id="demandes">Demandes</h2>${requests}</section>`,
    input.staffName,
    input.csrf,
  );
}

function documentLinks(request: StaffRequestSummary): string {
  const documents = request.documents ?? [];
  if (documents.length === 0) return '';
  const items = documents.map((d) =>
    d.available
      ? `<li><a href="/staff/documents/${encodeURIComponent(d.id)}" download>Ouvrir le justificatif (${escapeHtml(d.name)})</a></li>`
      : `<li>${escapeHtml(d.name)} : supprimé (durée de conservation)</li>`,
  );
  return `<ul class="documents">${items.join('')}</ul>`;
}

function decisionForm(request: StaffRequestSummary, csrf: string): string {
  const open = `<form method="post" action="/staff/requests/${encodeURIComponent(request.number)}/decision" class="decision"><input type="hidden" name="csrf" value="${escapeHtml(csrf)}">`;
  if (request.kindCode === 'service_message') {
    return `${open}<input type="hidden" name="kind" value="service_message"><button name="decision" value="accept" type="submit">Marquer comme traité (répondu par e-mail)</button></form>`;
  }
  return `${open}
<label>Motif (si refus) <input name="reason" type="text"></label>
<button name="decision" value="accept" type="submit">Accepter</button> <button name="decision" value="refuse" type="submit">Refuser</button></form>`;
}

export function transcriptHtml(lines: TranscriptLine[]): string {
  return lines
    .map(
      (line) => `<li class="${line.author}"><span class="who">${escapeHtml(line.staffName ?? AUTHORS[line.author])}</span>
<time>${time(line.at)}</time><p>${escapeHtml(line.text)}</p></li>`,
    )
    .join('');
}

export function conversationPage(input: {
  staffName: string;
  staffId: number;
  csrf: string;
  ticket: HandoffTicket;
  transcript: TranscriptLine[];
  notice?: string;
}): string {
  const { ticket, csrf } = input;
  const context = ticket.context;
  const facts = [
    ['Parent', context.guardianName],
    ['E-mail', context.guardianEmail],
    ['Famille', context.familyName],
    ['Enfants', context.children?.join(', ')],
    ['Jours', context.days?.join(', ')],
    ['Sujet', context.intent],
    ['Motif', REASONS[ticket.reason]],
    ['Message déclencheur', context.trigger],
  ]
    .filter(([, value]) => value)
    .map(([label, value]) => `<dt>${label}</dt><dd>${escapeHtml(String(value))}</dd>`)
    .join('');
  const hidden = `<input type="hidden" name="csrf" value="${escapeHtml(csrf)}">`;
  const mine = ticket.status === 'active' && ticket.staffId === input.staffId;
  const actions =
    ticket.status === 'closed'
      ? '<p>Cette conversation est rendue à l’assistant.</p>'
      : mine
        ? `<form method="post" action="/staff/conversations/${ticket.id}/reply" class="reply">${hidden}
<label for="message">Votre réponse au parent</label><textarea id="message" name="message" rows="3" required></textarea>
<button type="submit">Envoyer</button></form>
<form method="post" action="/staff/conversations/${ticket.id}/release">${hidden}<button type="submit">Rendre la conversation à l'assistant</button></form>`
        : ticket.status === 'waiting'
          ? `<form method="post" action="/staff/conversations/${ticket.id}/take">${hidden}<button type="submit">Prendre la conversation</button></form>`
          : `<p>Conversation prise par ${escapeHtml(ticket.staffName ?? 'un autre agent')}.</p>
<form method="post" action="/staff/conversations/${ticket.id}/takeover">${hidden}<button type="submit">Reprendre la conversation</button></form>`;
  return layout(
    `Conversation n° ${ticket.id}`,
    `${input.notice ? `<p class="notice" role="status">${escapeHtml(input.notice)}</p>` : ''}
<dl class="context">${facts}</dl>
<section aria-labelledby="echanges"><h2 id="echanges">Échanges</h2>
<ol id="transcript" class="transcript" aria-live="polite" data-ticket="${ticket.id}">${transcriptHtml(input.transcript)}</ol></section>
<section aria-labelledby="actions"><h2 id="actions">Actions</h2>${actions}</section>`,
    input.staffName,
    csrf,
  );
}
