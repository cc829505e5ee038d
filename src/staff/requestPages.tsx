/** Requests in the console: the table, the filtered list, one request's file and the decision with its confirmation. */
import type { FC } from 'hono/jsx';
import { frenchDayList } from '../domain/frenchDates';
import { KIND_LABELS, STATUS_LABELS } from './consoleQueries';
import type { RequestFile, RequestFilter } from './requestQueries';
import type { StaffRequestSummary } from './staffPages';
import { Layout, PostForm, renderPage } from './ui/layout';
import type { Viewer } from './ui/layout';
import { parisDateTime } from './ui/format';

const DocumentLinks: FC<{ documents?: StaffRequestSummary['documents'] }> = ({ documents }) =>
  documents && documents.length ? (
    <ul class="documents">
      {documents.map((d) =>
        d.available ? (
          <li>
            <a href={`/staff/documents/${encodeURIComponent(d.id)}`} download>{`Ouvrir le justificatif (${d.name})`}</a>
          </li>
        ) : (
          <li>{`${d.name} : supprimé (durée de conservation)`}</li>
        ),
      )}
    </ul>
  ) : null;

export const RequestTable: FC<{ requests: StaffRequestSummary[]; caption?: string }> = ({ requests, caption }) =>
  requests.length ? (
    <div class="scroll">
      <table>
        <caption>{caption ?? 'Demandes à traiter'}</caption>
        <thead>
          <tr>
            <th scope="col">N°</th>
            <th scope="col">Type</th>
            <th scope="col">État</th>
            <th scope="col">Famille</th>
            <th scope="col">Objet</th>
            <th scope="col">Reçue</th>
          </tr>
        </thead>
        <tbody>
          {requests.map((r) => (
            <tr>
              <td>
                <a href={`/staff/requests/${encodeURIComponent(r.number)}`} aria-label={`Examiner la demande ${r.number}`}>
                  {r.number}
                </a>
              </td>
              <td>{r.kind}</td>
              <td>{r.status}</td>
              <td>{r.familyName}</td>
              <td>
                {r.summary}
                <DocumentLinks documents={r.documents} />
              </td>
              <td>{parisDateTime(r.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  ) : (
    <p>Aucune demande.</p>
  );

export function requestListPage(input: { viewer: Viewer; filter: RequestFilter; requests: StaffRequestSummary[]; notice?: string }): string {
  const { filter } = input;
  return renderPage(
    <Layout title="Demandes" viewer={input.viewer} notice={input.notice}>
      <form method="get" action="/staff/requests" class="filters">
        <label for="kind">Type</label>
        <select id="kind" name="type">
          <option value="">tous</option>
          {Object.entries(KIND_LABELS).map(([code, label]) => (
            <option value={code} selected={filter.kind === code}>
              {label}
            </option>
          ))}
        </select>
        <label for="status">État</label>
        <select id="status" name="etat">
          <option value="open" selected={!filter.status || filter.status === 'open'}>
            à traiter
          </option>
          <option value="handled" selected={filter.status === 'handled'}>
            traitées (historique)
          </option>
          {Object.entries(STATUS_LABELS).map(([code, label]) => (
            <option value={code} selected={filter.status === code}>
              {label}
            </option>
          ))}
        </select>
        <label for="day">Reçue le</label>
        <input id="day" name="jour" type="date" value={filter.day ?? ''} />
        <button type="submit">Filtrer</button>
      </form>
      <RequestTable requests={input.requests} caption={filter.status === 'handled' ? 'Demandes traitées' : 'Demandes'} />
    </Layout>,
  );
}

/** A quotient_familial request: the QF read from the documents sets the family's bracket and accepts it; or a refusal with its reason. */
const QuotientForm: FC<{ file: RequestFile; csrf: string }> = ({ file, csrf }) => (
  <>
    <PostForm action={`/staff/requests/${encodeURIComponent(file.number)}/quotient`} csrf={csrf} class="decision">
      <label for="quotient">Quotient familial lu sur les documents (euros, nombre entier)</label>
      <input id="quotient" name="quotient" inputmode="numeric" pattern="[0-9 ]{1,8}" required />
      <p>La famille passe dans la tranche de ce quotient, chaque parent reçoit ses nouveaux tarifs et la demande est acceptée.</p>
      <button type="submit">Enregistrer le quotient familial</button>
    </PostForm>
    <PostForm action={`/staff/requests/${encodeURIComponent(file.number)}/decision`} csrf={csrf} class="decision">
      <label for="message">Motif du refus (document illisible, incomplet… ; transmis au parent)</label>
      <textarea id="message" name="message" rows={2}></textarea>
      <button name="decision" value="refuse" type="submit">
        Refuser
      </button>
    </PostForm>
  </>
);

const DecisionForm: FC<{ file: RequestFile; csrf: string }> = ({ file, csrf }) => {
  const action = `/staff/requests/${encodeURIComponent(file.number)}/decision`;
  if (file.kindCode === 'quotient_familial') return <QuotientForm file={file} csrf={csrf} />;
  if (file.kindCode === 'service_message') {
    return (
      <PostForm action={action} csrf={csrf} class="decision">
        <input type="hidden" name="kind" value="service_message" />
        <button name="decision" value="accept" type="submit">
          Marquer comme traité (répondu par e-mail)
        </button>
      </PostForm>
    );
  }
  return (
    <PostForm action={action} csrf={csrf} class="decision">
      <label for="message">Message au parent (facultatif ; obligatoire pour un refus : c'est le motif)</label>
      <textarea id="message" name="message" rows={3}></textarea>
      <div class="buttons">
        <button name="decision" value="accept" type="submit">
          Accepter
        </button>
        <button name="decision" value="refuse" type="submit">
          Refuser
        </button>
      </div>
    </PostForm>
  );
};

export function requestFilePage(input: { viewer: Viewer; file: RequestFile; notice?: string }): string {
  const { file, viewer } = input;
  const facts: Array<[string, string | undefined]> = [
    ['Type', file.kind],
    ['État', file.status],
    ['Reçue le', parisDateTime(file.createdAt)],
    ['Famille', file.familyName],
    ['Parent', file.guardianName],
    ['Téléphone', file.guardianPhone ?? undefined],
    ['E-mail', file.guardianEmail],
    ['Enfants', file.children.join(', ') || undefined],
    ['Action demandée', file.action ? ({ reserve: 'réserver', cancel: 'annuler', modify: 'modifier' } as Record<string, string>)[file.action] : undefined],
    ['Jours', file.days.length ? frenchDayList(file.days) : undefined],
    ['Nouveaux jours', file.newDays.length ? frenchDayList(file.newDays) : undefined],
    ['Quotient familial actuel', file.quotientOnFile],
    ['Décision', file.decisionNote ?? undefined],
  ];
  return renderPage(
    <Layout title={`Demande ${file.number}`} viewer={viewer} notice={input.notice}>
      <dl class="context">
        {facts
          .filter(([, v]) => v)
          .map(([label, value]) => (
            <>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </>
          ))}
      </dl>
      <p>
        <a href={`/staff/families/${file.familyId}`}>Ouvrir la fiche famille</a>
      </p>
      {file.parentWords ? (
        <section aria-labelledby="mots">
          <h2 id="mots">Message du parent</h2>
          <blockquote class="words">{file.parentWords}</blockquote>
        </section>
      ) : null}
      <section aria-labelledby="docs">
        <h2 id="docs">Documents</h2>
        {file.documents.length ? <DocumentLinks documents={file.documents} /> : <p>Aucun document.</p>}
      </section>
      <section aria-labelledby="histo">
        <h2 id="histo">Historique</h2>
        <ol>
          {file.history.map((h) => (
            <li>{`${parisDateTime(h.at)} · ${h.status} · ${h.actor}${h.comment ? ` · ${h.comment}` : ''}`}</li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="conv">
        <h2 id="conv">Conversations du parent</h2>
        {file.conversations.length ? (
          <ul>
            {file.conversations.map((c) => (
              <li>
                <a href={`/staff/conversations/${c.id}`}>{`Conversation n° ${c.id} du ${parisDateTime(c.createdAt)}`}</a>
              </li>
            ))}
          </ul>
        ) : (
          <p>Aucune conversation avec une personne.</p>
        )}
      </section>
      <section aria-labelledby="decider">
        <h2 id="decider">Décision</h2>
        {file.open ? <DecisionForm file={file} csrf={viewer.csrf} /> : <p>{`Cette demande est ${file.status}.`}</p>}
      </section>
    </Layout>,
  );
}

/** The confirmation step of a decision: what will happen, the message, confirm or go back. */
export function confirmDecisionPage(input: { viewer: Viewer; number: string; decision: 'accept' | 'refuse'; message?: string; kind?: string }): string {
  const verb = input.decision === 'accept' ? 'accepter' : 'refuser';
  return renderPage(
    <Layout title={`Confirmer : ${verb} la demande ${input.number}`} viewer={input.viewer}>
      <p>{input.message ? `Le parent recevra ce message : « ${input.message} »` : 'Le parent sera informé de la décision, sans message particulier.'}</p>
      <PostForm action={`/staff/requests/${encodeURIComponent(input.number)}/decision`} csrf={input.viewer.csrf} class="decision">
        <input type="hidden" name="decision" value={input.decision} />
        <input type="hidden" name="message" value={input.message ?? ''} />
        {input.kind ? <input type="hidden" name="kind" value={input.kind} /> : null}
        <input type="hidden" name="confirmed" value="oui" />
        <button type="submit">{`Confirmer : ${verb}`}</button>
      </PostForm>
      <p>
        <a href={`/staff/requests/${encodeURIComponent(input.number)}`}>Annuler et revenir à la demande</a>
      </p>
    </Layout>,
  );
}
