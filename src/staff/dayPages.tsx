/** A day's attendance list (printable, marks present/absent) and its waiting lists. */
import type { IsoDay } from '../domain/day';
import type { AttendanceGroup, WaitingGroup } from './consoleQueries';
import { Layout, PostForm, renderPage } from './ui/layout';
import type { Viewer } from './ui/layout';
import { dayTitle, parisDateTime } from './ui/format';

export function attendancePage(input: { viewer: Viewer; day: IsoDay; groups: AttendanceGroup[]; notice?: string }): string {
  const { day, viewer } = input;
  return renderPage(
    <Layout title={`Liste d'appel — ${dayTitle(day)}`} viewer={viewer} notice={input.notice}>
      <p class="no-print">
        <a href={`/staff/days/${day}/attendance.csv`}>Télécharger la liste (CSV)</a> · <a href={`/staff?jour=${day}`}>Retour au tableau du jour</a> ·{' '}
        <button type="button" class="print">
          Imprimer
        </button>
      </p>
      {input.groups.length === 0 ? <p>Aucun accueil ce jour-là.</p> : null}
      {input.groups.map((group, index) => (
        <section aria-labelledby={`groupe-${index}`} class="attendance-group">
          <h2 id={`groupe-${index}`}>{`${group.siteName} — ${group.activityLabel} (${group.rows.length} / ${group.capacity})`}</h2>
          {group.rows.length === 0 ? (
            <p>Aucun enfant inscrit.</p>
          ) : (
            <div class="scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Enfant</th>
                    <th scope="col">Classe</th>
                    <th scope="col">Responsables</th>
                    <th scope="col">Notes</th>
                    <th scope="col">Présence</th>
                  </tr>
                </thead>
                <tbody>
                  {group.rows.map((row) => (
                    <tr>
                      <th scope="row">
                        <a href={`/staff/families/${row.familyId}`}>{row.childName}</a>
                      </th>
                      <td>{row.className}</td>
                      <td>
                        {row.guardians.map((g) => (
                          <div>
                            {g.name}
                            {g.phone ? (
                              <>
                                {' '}
                                <a href={`tel:${g.phone.replace(/\s/g, '')}`}>{g.phone}</a>
                              </>
                            ) : null}
                          </div>
                        ))}
                      </td>
                      <td>{row.notes.join(' ; ')}</td>
                      <td>
                        <PostForm action={`/staff/days/${day}/attendance/${row.bookingId}`} csrf={viewer.csrf} class="mark">
                          <span class="mark-state">{row.mark ? (row.mark.present ? 'Présent' : 'Absent') : 'Non pointé'}</span>
                          <button type="submit" name="present" value="oui" aria-label={`${row.childName} présent`} aria-pressed={row.mark?.present === true ? 'true' : 'false'}>
                            Présent
                          </button>
                          <button type="submit" name="present" value="non" aria-label={`${row.childName} absent`} aria-pressed={row.mark?.present === false ? 'true' : 'false'}>
                            Absent
                          </button>
                        </PostForm>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
    </Layout>,
  );
}

export function waitingPage(input: { viewer: Viewer; day: IsoDay; groups: WaitingGroup[]; notice?: string }): string {
  const { day, viewer } = input;
  return renderPage(
    <Layout title={`Listes d'attente — ${dayTitle(day)}`} viewer={viewer} notice={input.notice}>
      <p>
        <a href={`/staff?jour=${day}`}>Retour au tableau du jour</a>
      </p>
      {input.groups.map((group, index) => (
        <section aria-labelledby={`attente-${index}`}>
          <h2 id={`attente-${index}`}>{`${group.siteName} — ${group.activityLabel} (${group.booked} / ${group.capacity} inscrits)`}</h2>
          {group.rows.length === 0 ? (
            <p>Personne en liste d'attente.</p>
          ) : (
            <ol class="waiting">
              {group.rows.map((row) => (
                <li>
                  <a href={`/staff/families/${row.familyId}`}>{row.childName}</a>
                  {` (${row.className}) · en attente depuis le ${parisDateTime(row.since)}`}
                  <PostForm action={`/staff/waiting/${row.bookingId}/promote`} csrf={viewer.csrf} class="inline">
                    <input type="hidden" name="day" value={day} />
                    <button type="submit" aria-label={`Donner une place à ${row.childName}`}>
                      Donner une place
                    </button>
                  </PostForm>
                  <PostForm action={`/staff/waiting/${row.bookingId}/remove`} csrf={viewer.csrf} class="inline">
                    <input type="hidden" name="day" value={day} />
                    <button type="submit" aria-label={`Retirer ${row.childName} de la liste`}>
                      Retirer de la liste
                    </button>
                  </PostForm>
                </li>
              ))}
            </ol>
          )}
        </section>
      ))}
      {input.groups.length === 0 ? <p>Aucun accueil ce jour-là.</p> : null}
    </Layout>,
  );
}
