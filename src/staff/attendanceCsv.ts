/**
 * A day's attendance list as CSV for French spreadsheets: UTF-8 with a byte-order mark,
 * `;` between fields, CRLF line ends; a field that a spreadsheet would run as a formula
 * (=, +, -, @ first) is prefixed with an apostrophe.
 */
import type { AttendanceGroup } from './consoleQueries';

export const CSV_HEADER = ['Jour', 'Site', 'Accueil', 'Nom', 'Prénom', 'Classe', 'École', 'Responsables', 'Téléphones', 'Notes', 'Présence'];

export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function attendanceCsv(groups: AttendanceGroup[]): string {
  const lines = [CSV_HEADER];
  for (const group of groups) {
    for (const row of group.rows) {
      lines.push([
        group.day,
        group.siteName,
        group.activityLabel,
        row.lastName,
        row.firstName,
        row.className,
        row.schoolName,
        row.guardians.map((g) => g.name).join(', '),
        row.guardians.flatMap((g) => (g.phone ? [g.phone] : [])).join(', '),
        row.notes.join(' ; '),
        row.mark ? (row.mark.present ? 'présent' : 'absent') : 'non pointé',
      ]);
    }
  }
  return `\ufeff${lines.map((line) => line.map(csvField).join(';')).join('\r\n')}\r\n`;
}
