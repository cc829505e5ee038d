/** Families in the console: the search and a family's file, with acts for the parent. */
import type { FC } from 'hono/jsx';
import type { IsoDay } from '../domain/day';
import { addDays, eachDay, isoWeekday, lastDayOfMonth } from '../domain/day';
import { MONTH_NAMES } from '../domain/frenchDates';
import type { FamilyFile, FamilyHit } from './consoleQueries';
import { KIND_LABELS, STATUS_LABELS } from './consoleQueries';
import { Layout, PostForm, renderPage, trusted } from './ui/layout';
import type { Viewer } from './ui/layout';
import { parisDateTime } from './ui/format';

export function familySearchPage(input: { viewer: Viewer; query: string; hits: FamilyHit[] }): string {
  return renderPage(
    <Layout title="Familles" viewer={input.viewer}>
      <form method="get" action="/staff/families" role="search" class="search">
        <label for="q">Enfant, parent, e-mail ou téléphone</label>
        <input id="q" name="q" type="search" value={input.query} autofocus />
        <button type="submit">Rechercher</button>
      </form>
      {input.query ? (
        input.hits.length ? (
          <ul class="hits">
            {input.hits.map((hit) => (
              <li>
                <a href={`/staff/families/${hit.familyId}`}>{hit.familyName}</a>
                <span class="meta">{`${hit.guardians.join(', ')} · enfants : ${hit.children.join(', ') || 'aucun'}`}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p>Aucune famille trouvée. Essayez un prénom, un nom, une adresse e-mail ou les derniers chiffres du téléphone.</p>
        )
      ) : null}
    </Layout>,
  );
}

/** A child's month: one cell per day, booked (I) or waiting (A), as text and colour. */
const MonthCalendar: FC<{ month: IsoDay; childName: string; bookings: FamilyFile['bookings'] }> = ({ month, childName, bookings }) => {
  const first = month;
  const days = eachDay(first, lastDayOfMonth(first));
  const blanks = isoWeekday(first) - 1;
  const weeks: Array<Array<IsoDay | undefined>> = [];
  let week: Array<IsoDay | undefined> = Array.from({ length: blanks }, () => undefined);
  for (const day of days) {
    week.push(day);
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length) weeks.push([...week, ...Array.from({ length: 7 - week.length }, () => undefined)]);
  const statusOf = (day: IsoDay) => bookings.find((b) => b.day === day)?.status;
  return (
    <table class="month">
      <caption>{`${childName} — ${MONTH_NAMES[Number(first.slice(5, 7)) - 1]} ${first.slice(0, 4)}`}</caption>
      <thead>
        <tr>
          {['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.'].map((d) => (
            <th scope="col">{d}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((w) => (
          <tr>
            {w.map((day) => {
              if (!day) return <td></td>;
              const status = statusOf(day);
              return (
                <td class={status ?? ''}>
                  <span>{String(Number(day.slice(8)))}</span>
                  {status ? <span class="tag">{status === 'booked' ? ' inscrit' : ' attente'}</span> : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
};

export function familyPage(input: {
  viewer: Viewer;
  file: FamilyFile;
  month: IsoDay;
  sections: Array<{ id: string; title: string; html: string }>;
  notice?: string;
  error?: string;
}): string {
  const { file, viewer, month } = input;
  const previous = addDays(month, -1).slice(0, 8) + '01';
  const next = addDays(lastDayOfMonth(month), 1);
  return renderPage(
    <Layout title={file.name} viewer={viewer} notice={input.notice} error={input.error}>
      <section aria-labelledby="responsables">
        <h2 id="responsables">Responsables</h2>
        <ul>
          {file.guardians.map((g) => (
            <li>
              {`${g.name} · ${g.email}`}
              {g.phone ? (
                <>
                  {' · '}
                  <a href={`tel:${g.phone.replace(/\s/g, '')}`}>{g.phone}</a>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="enfants">
        <h2 id="enfants">Enfants et réservations</h2>
        <p class="month-nav">
          <a href={`/staff/families/${file.id}?mois=${previous.slice(0, 7)}`}>← Mois précédent</a>
          {' · '}
          <a href={`/staff/families/${file.id}?mois=${next.slice(0, 7)}`}>Mois suivant →</a>
        </p>
        {file.children.map((child) => (
          <div class="child">
            <h3>{`${child.firstName} ${child.lastName} · ${child.className} · ${child.schoolName}`}</h3>
            <MonthCalendar month={month} childName={child.firstName} bookings={file.bookings.filter((b) => b.childId === child.id)} />
          </div>
        ))}
      </section>
      <section aria-labelledby="agir">
        <h2 id="agir">Agir pour le parent</h2>
        <PostForm action={`/staff/families/${file.id}/act`} csrf={viewer.csrf} class="act">
          <label for="act-child">Enfant</label>
          <select id="act-child" name="childId">
            {file.children.map((c) => (
              <option value={String(c.id)}>{c.firstName}</option>
            ))}
          </select>
          <label for="act-day">Jour</label>
          <input id="act-day" name="day" type="date" required />
          <label for="act-action">Action</label>
          <select id="act-action" name="action">
            <option value="reserve">Réserver</option>
            <option value="cancel">Annuler</option>
          </select>
          <label for="act-reason">Motif (obligatoire après la date limite ; transmis au parent)</label>
          <textarea id="act-reason" name="reason" rows={2}></textarea>
          <button type="submit">Valider pour le parent</button>
        </PostForm>
      </section>
      <section aria-labelledby="demandes">
        <h2 id="demandes">Demandes</h2>
        {file.requests.length ? (
          <ul>
            {file.requests.map((r) => (
              <li>
                <a href={`/staff/requests/${encodeURIComponent(r.number)}`}>{r.number}</a>
                {` · ${KIND_LABELS[r.kind] ?? r.kind} · ${STATUS_LABELS[r.status] ?? r.status} · ${parisDateTime(r.createdAt)} · ${r.summary}`}
              </li>
            ))}
          </ul>
        ) : (
          <p>Aucune demande.</p>
        )}
      </section>
      <section aria-labelledby="documents">
        <h2 id="documents">Documents</h2>
        {file.documents.length ? (
          <ul>
            {file.documents.map((d) => (
              <li>
                {d.available ? <a href={`/staff/documents/${encodeURIComponent(d.id)}`} download>{d.name}</a> : `${d.name} (supprimé)`}
                {` · reçu le ${parisDateTime(d.receivedAt)}`}
              </li>
            ))}
          </ul>
        ) : (
          <p>Aucun document.</p>
        )}
      </section>
      <section aria-labelledby="conversations">
        <h2 id="conversations">Conversations avec le service</h2>
        {file.conversations.length ? (
          <ul>
            {file.conversations.map((c) => (
              <li>
                <a href={`/staff/conversations/${c.id}`}>{`Conversation n° ${c.id}`}</a>
                {` · ${parisDateTime(c.createdAt)} · ${c.status === 'closed' ? 'close' : c.status === 'active' ? 'en cours' : 'en attente'}`}
              </li>
            ))}
          </ul>
        ) : (
          <p>Aucune conversation avec une personne.</p>
        )}
      </section>
      {input.sections.map((section) => (
        <section aria-labelledby={`section-${section.id}`} class="extension">
          <h2 id={`section-${section.id}`}>{section.title}</h2>
          {trusted(section.html)}
        </section>
      ))}
    </Layout>,
  );
}
