/**
 * The month at a glance as the parent sees it: an Adaptive Card grid (Monday to Friday,
 * one row per week) where cards render, and the same weeks as lines of text elsewhere.
 * Each day carries a symbol as well as a colour (✓ réservé, … liste d'attente, ✗ refusé,
 * — pas d'accueil, ○ libre), with the legend under the grid: colour alone tells nothing
 * to a colour-blind parent or a screen reader.
 */
import type { Attachment } from 'botbuilder';
import { dayOfMonth, monthOf, yearOf } from '../src/domain/day';
import { MONTH_NAMES } from '../src/domain/frenchDates';
import type { MonthPlanning, PlanningCell, PlanningStatus } from '../src/family/monthPlanning';
import { frenchDay } from './frenchFormat';
import { fill, messages } from './messages/catalog';

const m = messages.family;

export const PLANNING_SYMBOL: Record<PlanningStatus, string> = { booked: '✓', waiting: '…', refused: '✗', closed: '—', free: '○' };
const COLOUR: Record<PlanningStatus, string> = { booked: 'Good', waiting: 'Warning', refused: 'Attention', closed: 'Default', free: 'Default' };

/** "mars 2026" */
export function monthName(month: string): string {
  const first = `${month}-01`;
  return `${MONTH_NAMES[monthOf(first) - 1]} ${yearOf(first)}`;
}

function title(planning: MonthPlanning): string {
  return fill(m.planningTitle, { child: planning.childFirstName, month: monthName(planning.month) });
}

function summary(planning: MonthPlanning): string {
  const { booked, waiting, refused } = planning.counts;
  return fill(m.planningSummary, { booked, waiting, refused });
}

/** The planning as text, week by week ("Semaine du 9 mars : lu 9 ○, ma 10 ✓, …"). */
export function planningText(planning: MonthPlanning): string {
  const lines = [title(planning)];
  for (const week of planning.weeks) {
    const monday = week.find((cell) => cell.inMonth) ?? week[0];
    const cells = week
      .map((cell, weekday) => ({ cell, weekday }))
      .filter(({ cell }) => cell.inMonth)
      .map(({ cell, weekday }) => `${m.weekdayShort[weekday].toLowerCase()} ${dayOfMonth(cell.day)} ${PLANNING_SYMBOL[cell.status]}`)
      .join(', ');
    lines.push(fill(m.planningWeek, { monday: frenchDay(monday.day, { withoutWeekday: true }), cells }));
  }
  lines.push(m.planningLegend, summary(planning), fill(m.planningNext, { child: planning.childFirstName }));
  return lines.join('\n');
}

function cellColumn(cell: PlanningCell): Record<string, unknown> {
  if (!cell.inMonth) return { type: 'Column', width: 'stretch', items: [{ type: 'TextBlock', text: ' ', size: 'Small' }] };
  return {
    type: 'Column',
    width: 'stretch',
    items: [
      { type: 'TextBlock', text: String(dayOfMonth(cell.day)), horizontalAlignment: 'Center', size: 'Small', spacing: 'None' },
      { type: 'TextBlock', text: PLANNING_SYMBOL[cell.status], horizontalAlignment: 'Center', weight: 'Bolder', color: COLOUR[cell.status], spacing: 'None' },
      // The status in words too: a screen reader reads "10 ✓ réservé".
      { type: 'TextBlock', text: m.statusWord[cell.status], horizontalAlignment: 'Center', size: 'Small', isSubtle: true, spacing: 'None', wrap: true },
    ],
  };
}

/** The Adaptive Card (1.5) of the planning. */
export function planningCard(planning: MonthPlanning): Attachment {
  const header = {
    type: 'ColumnSet',
    columns: m.weekdayShort.map((day) => ({
      type: 'Column',
      width: 'stretch',
      items: [{ type: 'TextBlock', text: day, horizontalAlignment: 'Center', weight: 'Bolder', size: 'Small' }],
    })),
  };
  const rows = planning.weeks.map((week) => ({ type: 'ColumnSet', spacing: 'Small', columns: week.map(cellColumn) }));
  return {
    contentType: 'application/vnd.microsoft.card.adaptive',
    content: {
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.5',
      speak: planningText(planning),
      body: [
        { type: 'TextBlock', text: title(planning), weight: 'Bolder', size: 'Medium', wrap: true },
        header,
        ...rows,
        { type: 'TextBlock', text: m.planningLegend, wrap: true, size: 'Small', spacing: 'Medium' },
        { type: 'TextBlock', text: summary(planning), wrap: true, size: 'Small' },
        { type: 'TextBlock', text: fill(m.planningNext, { child: planning.childFirstName }), wrap: true, size: 'Small' },
      ],
    },
  };
}
