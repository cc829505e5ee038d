/**
 * The day board (/staff): for a chosen day, per site and activity, booked / capacity /
 * waiting as a server-rendered SVG chart (colour plus hatching and text labels, so it
 * reads printed in black and white), and the week around it as a table.
 */
import type { FC } from 'hono/jsx';
import type { HandoffTicket } from '../handoff/handoffStore';
import type { IsoDay } from '../domain/day';
import { addDays } from '../domain/day';
import type { BoardCell } from './consoleQueries';
import { Layout, renderPage } from './ui/layout';
import type { Viewer } from './ui/layout';
import { dayLabel, dayTitle } from './ui/format';
import { TicketList } from './staffPages';
import type { StaffRequestSummary } from './staffPages';
import { RequestTable } from './requestPages';

// Label above its bar, value beside it: narrow enough to stay legible on a phone.
const ROW = 76;
const BAR = 380;
/** Room after the bar for the waiting list (hatched), which only exists once the day is full. */
const OVER = 40;

/** One bar per site and activity: the filled part is booked, the frame capacity, the hatched part waiting. */
export const DayChart: FC<{ cells: BoardCell[]; day: IsoDay }> = ({ cells, day }) => {
  const open = cells.filter((c) => !c.closedReason);
  const width = BAR + OVER;
  const height = Math.max(1, cells.length) * ROW + 10;
  const title = `Places le ${dayLabel(day)}`;
  return (
    <svg class="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="chart-title chart-desc" width="100%" preserveAspectRatio="xMinYMin meet">
      <title id="chart-title">{title}</title>
      <desc id="chart-desc">
        {cells.map((c) => `${c.siteName}, ${c.activityLabel} : ${c.closedReason ? 'fermé' : `${c.booked} inscrits sur ${c.capacity} places, ${c.waiting} en attente`}`).join(' ; ')}
      </desc>
      <defs>
        <pattern id="hachures" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#fde2b8" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#8a4b00" stroke-width="3" />
        </pattern>
      </defs>
      {cells.map((c, index) => {
        const y = 5 + index * ROW;
        const scale = BAR / Math.max(1, c.capacity);
        const booked = Math.min(c.booked, c.capacity) * scale;
        const waiting = Math.min(Math.max(c.waiting * scale, 4), OVER - 6);
        return (
          <g>
            <text x="0" y={y + 14} class="chart-label">{`${c.siteName} — ${c.activityLabel}`}</text>
            <text x="0" y={y + 32} class="chart-value">
              {c.closedReason ? 'fermé' : `${c.booked} / ${c.capacity} inscrits${c.waiting ? ` · ${c.waiting} en attente` : ''}`}
            </text>
            <rect x="0" y={y + 40} width={BAR} height="24" fill="#ffffff" stroke="#1a1a1a" stroke-width="1.5" />
            {c.closedReason ? null : <rect x="0" y={y + 40} width={booked} height="24" fill="#1b5e9e" />}
            {c.closedReason || c.waiting === 0 ? null : <rect x={BAR + 4} y={y + 40} width={waiting} height="24" fill="url(#hachures)" stroke="#8a4b00" />}
          </g>
        );
      })}
      {open.length === 0 && cells.length === 0 ? (
        <text x="0" y="20">Aucun accueil ce jour-là.</text>
      ) : null}
    </svg>
  );
};

const Legend: FC = () => (
  <ul class="legend">
    <li>
      <span class="swatch booked" aria-hidden="true"></span> inscrits
    </li>
    <li>
      <span class="swatch free" aria-hidden="true"></span> places libres
    </li>
    <li>
      <span class="swatch waiting" aria-hidden="true"></span> en liste d'attente
    </li>
  </ul>
);

/** The week: one row per day, totals over the sites, each day a link to its board. */
const WeekTable: FC<{ cells: BoardCell[]; days: IsoDay[]; chosen: IsoDay }> = ({ cells, days, chosen }) => (
  <table class="week">
    <caption>La semaine</caption>
    <thead>
      <tr>
        <th scope="col">Jour</th>
        <th scope="col">Accueil</th>
        <th scope="col">Inscrits / places</th>
        <th scope="col">En attente</th>
      </tr>
    </thead>
    <tbody>
      {days.map((day) => {
        const ofDay = cells.filter((c) => c.day === day && !c.closedReason);
        const booked = ofDay.reduce((n, c) => n + c.booked, 0);
        const capacity = ofDay.reduce((n, c) => n + c.capacity, 0);
        const waiting = ofDay.reduce((n, c) => n + c.waiting, 0);
        const labels = [...new Set(ofDay.map((c) => c.activityLabel))].join(', ');
        return (
          <tr aria-current={day === chosen ? 'date' : undefined}>
            <th scope="row">
              <a href={`/staff?jour=${day}`}>{dayLabel(day)}</a>
            </th>
            <td>{ofDay.length ? labels : 'fermé'}</td>
            <td>{ofDay.length ? `${booked} / ${capacity}` : '—'}</td>
            <td>{ofDay.length ? String(waiting) : '—'}</td>
          </tr>
        );
      })}
    </tbody>
  </table>
);

export function dayBoardPage(input: {
  viewer: Viewer;
  day: IsoDay;
  today: IsoDay;
  week: IsoDay[];
  cells: BoardCell[];
  waiting: HandoffTicket[];
  requests: StaffRequestSummary[];
  notice?: string;
}): string {
  const { day } = input;
  const ofDay = input.cells.filter((c) => c.day === day);
  return renderPage(
    <Layout title="Tableau du jour" viewer={input.viewer} notice={input.notice}>
      <form method="get" action="/staff" class="day-picker">
        <a href={`/staff?jour=${addDays(day, -1)}`}>← Jour précédent</a>
        <label for="jour">Jour affiché</label>
        <input id="jour" name="jour" type="date" value={day} />
        <button type="submit">Afficher</button>
        <a href={`/staff?jour=${addDays(day, 1)}`}>Jour suivant →</a>
        {day !== input.today ? <a href="/staff">Aujourd'hui</a> : null}
      </form>
      <section aria-labelledby="jour-titre">
        <h2 id="jour-titre">{`${dayTitle(day)}${day === input.today ? " (aujourd'hui)" : ''}`}</h2>
        <ul class="day-links">
          <li>
            <a href={`/staff/days/${day}/attendance`}>Liste d'appel du jour</a>
          </li>
          <li>
            <a href={`/staff/days/${day}/attendance.csv`}>Télécharger la liste (CSV)</a>
          </li>
          <li>
            <a href={`/staff/days/${day}/waiting`}>Listes d'attente du jour</a>
          </li>
        </ul>
        {ofDay.length ? (
          <>
            <DayChart cells={ofDay} day={day} />
            <Legend />
          </>
        ) : (
          <p>Aucun accueil ce jour-là.</p>
        )}
      </section>
      <section aria-labelledby="semaine">
        <h2 id="semaine">Semaine du {dayLabel(input.week[0])}</h2>
        <WeekTable cells={input.cells} days={input.week} chosen={day} />
      </section>
      <section aria-labelledby="attente">
        <h2 id="attente">{`En attente d'un agent (${input.waiting.length})`}</h2>
        <TicketList tickets={input.waiting} empty="Aucune conversation en attente." />
      </section>
      <section aria-labelledby="demandes">
        <h2 id="demandes">Demandes à traiter</h2>
        <RequestTable requests={input.requests} />
      </section>
    </Layout>,
  );
}
