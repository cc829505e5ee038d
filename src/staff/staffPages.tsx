/**
 * The console's log-in and hand-over pages (hono/jsx, escaped by default): plain HTML
 * forms that work with the keyboard and screen readers, every form carrying the
 * session's CSRF token.
 */
import type { FC } from 'hono/jsx';
import type { HandoffReason, HandoffTicket, TranscriptLine } from '../handoff/handoffStore';
import { frenchDayList } from '../domain/frenchDates';
import { isIsoDay } from '../domain/day';
import { Layout, PostForm, renderFragment, renderPage } from './ui/layout';
import type { Viewer } from './ui/layout';
import { parisDateTime } from './ui/format';

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

/** Escapes text for the rare HTML written outside the components (error bodies). */
export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

export const REASONS: Record<HandoffReason, string> = {
  asked: 'le parent a demandé une personne',
  not_understood: "l'assistant n'a pas compris deux fois de suite",
  sensitive: 'sujet sensible',
  upset: 'parent mécontent',
  late_request: 'demande hors délai à discuter',
};

/** The bot's intents as staff read them (never the internal code). */
const SUBJECTS: Record<string, string> = {
  reserve: 'réservation',
  cancel: 'annulation',
  modify: 'modification de réservation',
  check: 'consultation des réservations',
  deadline: 'date limite',
  absence: "justificatif d'absence",
  faq: 'question pratique',
  smalltalk: 'conversation',
  none: 'message non compris',
  late_request: 'demande hors délai',
  handoff: 'parler à une personne',
  help: 'aide',
};

const AUTHORS: Record<TranscriptLine['author'], string> = { parent: 'Parent', bot: 'Assistant', staff: 'Agent', system: 'Info' };

export function loginPage(loginCsrf: string, error?: string): string {
  return renderPage(
    <Layout title="Connexion" error={error}>
      <form method="post" action="/staff/login" class="login">
        <input type="hidden" name="csrf" value={loginCsrf} />
        <label for="email">Adresse e-mail</label>
        <input id="email" name="email" type="email" autocomplete="username" required autofocus />
        <label for="password">Mot de passe</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required />
        <button type="submit">Se connecter</button>
      </form>
    </Layout>,
  );
}

/** A plain page for an error or a missing thing, with a way back. */
export function messagePage(title: string, text: string, viewer?: Viewer): string {
  return renderPage(
    <Layout title={title} viewer={viewer}>
      <p>{text}</p>
      <p>
        <a href="/staff">Retour au tableau du jour</a>
      </p>
    </Layout>,
  );
}

export const TicketItem: FC<{ ticket: HandoffTicket }> = ({ ticket }) => {
  const who = ticket.context.guardianName ?? 'Parent non identifié';
  const children = ticket.context.children?.length ? ` — ${ticket.context.children.join(', ')}` : '';
  const holder = ticket.status === 'active' ? ` · pris par ${ticket.staffName ?? 'un agent'}` : '';
  return (
    <li>
      <a href={`/staff/conversations/${ticket.id}`}>{who + children}</a>
      <span class="meta">{`${REASONS[ticket.reason]} · ${channelLabel(ticket.channelId)} · ${parisDateTime(ticket.createdAt)}${holder}`}</span>
    </li>
  );
};

export const TicketList: FC<{ tickets: HandoffTicket[]; empty: string }> = ({ tickets, empty }) =>
  tickets.length ? (
    <ul class="tickets">
      {tickets.map((ticket) => (
        <TicketItem ticket={ticket} />
      ))}
    </ul>
  ) : (
    <p>{empty}</p>
  );

const channelLabel = (channelId: string) =>
  ({ msteams: 'Teams', webchat: 'site web', directline: 'site web', emulator: 'émulateur', terminal: 'terminal' })[channelId] ?? channelId;

/** Waiting, active and (searchable) closed conversations. */
export function conversationsPage(input: {
  viewer: Viewer;
  waiting: HandoffTicket[];
  active: HandoffTicket[];
  closed: HandoffTicket[];
  query: string;
  notice?: string;
}): string {
  return renderPage(
    <Layout title="Conversations" viewer={input.viewer} notice={input.notice}>
      <section aria-labelledby="attente">
        <h2 id="attente">{`En attente d'un agent (${input.waiting.length})`}</h2>
        <TicketList tickets={input.waiting} empty="Aucune conversation en attente." />
      </section>
      <section aria-labelledby="cours">
        <h2 id="cours">{`En cours (${input.active.length})`}</h2>
        <TicketList tickets={input.active} empty="Aucune conversation en cours." />
      </section>
      <section aria-labelledby="historique">
        <h2 id="historique">Historique des conversations closes</h2>
        <form method="get" action="/staff/conversations" class="search" role="search">
          <label for="q">Rechercher (parent, enfant, message)</label>
          <input id="q" name="q" type="search" value={input.query} />
          <button type="submit">Rechercher</button>
        </form>
        <TicketList tickets={input.closed} empty="Aucune conversation close trouvée." />
      </section>
    </Layout>,
  );
}

export const Transcript: FC<{ lines: TranscriptLine[] }> = ({ lines }) => (
  <>
    {lines.map((line) => (
      <li class={line.author}>
        <span class="who">{line.staffName ?? AUTHORS[line.author]}</span>
        <time datetime={line.at.toISOString()}>{parisDateTime(line.at)}</time>
        <p>{line.text}</p>
      </li>
    ))}
  </>
);

export function transcriptHtml(lines: TranscriptLine[]): string {
  return renderFragment(<Transcript lines={lines} />);
}

/** What the console knows of the parent's family, beside the transcript. */
export interface ConversationFamily {
  familyId: number;
  phones: string[];
  pendingRequests: Array<{ number: string; kind: string; summary: string }>;
}

export function conversationPage(input: {
  viewer: Viewer;
  staffId: number;
  ticket: HandoffTicket;
  transcript: TranscriptLine[];
  family?: ConversationFamily;
  notice?: string;
}): string {
  const { ticket, viewer } = input;
  const context = ticket.context;
  const days = context.days?.filter(isIsoDay) ?? [];
  const facts: Array<[string, string | undefined]> = [
    ['Parent', context.guardianName],
    ['Téléphone', input.family?.phones.join(', ') || undefined],
    ['E-mail', context.guardianEmail],
    ['Famille', context.familyName],
    ['Enfants', context.children?.join(', ')],
    ['Jours', days.length ? frenchDayList(days) : undefined],
    ['Sujet', context.intent ? (SUBJECTS[context.intent] ?? 'autre demande') : undefined],
    ['Motif', REASONS[ticket.reason]],
    ['Message déclencheur', context.trigger],
  ];
  const mine = ticket.status === 'active' && ticket.staffId === input.staffId;
  const csrf = viewer.csrf;
  const actions =
    ticket.status === 'closed' ? (
      <p>Cette conversation est rendue à l’assistant.</p>
    ) : mine ? (
      <>
        <PostForm action={`/staff/conversations/${ticket.id}/reply`} csrf={csrf} class="reply">
          <label for="message">Votre réponse au parent</label>
          <textarea id="message" name="message" rows={3} required autofocus></textarea>
          <button type="submit">Envoyer</button>
        </PostForm>
        <PostForm action={`/staff/conversations/${ticket.id}/release`} csrf={csrf}>
          <button type="submit">Rendre la conversation à l'assistant</button>
        </PostForm>
      </>
    ) : ticket.status === 'waiting' ? (
      <PostForm action={`/staff/conversations/${ticket.id}/take`} csrf={csrf}>
        <button type="submit">Prendre la conversation</button>
      </PostForm>
    ) : (
      <>
        <p>{`Conversation prise par ${ticket.staffName ?? 'un autre agent'}.`}</p>
        <PostForm action={`/staff/conversations/${ticket.id}/takeover`} csrf={csrf}>
          <button type="submit">Reprendre la conversation</button>
        </PostForm>
      </>
    );
  return renderPage(
    <Layout title={`Conversation n° ${ticket.id}`} viewer={viewer} notice={input.notice}>
      <div class="conversation">
        <div class="conversation-main">
          <section aria-labelledby="actions">
            <h2 id="actions">Actions</h2>
            {actions}
          </section>
          <section aria-labelledby="echanges">
            <h2 id="echanges">Échanges</h2>
            <ol id="transcript" class="transcript" aria-live="polite" data-ticket={String(ticket.id)}>
              <Transcript lines={input.transcript} />
            </ol>
          </section>
        </div>
        <aside aria-labelledby="contexte" class="conversation-side">
          <h2 id="contexte">Contexte</h2>
          <dl class="context">
            {facts
              .filter(([, value]) => value)
              .map(([label, value]) => (
                <>
                  <dt>{label}</dt>
                  <dd>{value}</dd>
                </>
              ))}
          </dl>
          {input.family ? (
            <>
              <p>
                <a href={`/staff/families/${input.family.familyId}`}>Ouvrir la fiche famille</a>
              </p>
              <h3>Demandes en attente de la famille</h3>
              {input.family.pendingRequests.length ? (
                <ul>
                  {input.family.pendingRequests.map((r) => (
                    <li>
                      <a href={`/staff/requests/${encodeURIComponent(r.number)}`}>{`${r.number} (${r.kind})`}</a> {r.summary}
                    </li>
                  ))}
                </ul>
              ) : (
                <p>Aucune demande en attente.</p>
              )}
            </>
          ) : null}
        </aside>
      </div>
    </Layout>,
  );
}
