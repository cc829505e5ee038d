/**
 * Imports the Ministry's school calendar (open dataset "fr-en-calendrier-scolaire",
 * CSV with ';' or JSON) into the town's calendar file, for the town's zone.
 *
 *   npm run calendar:import -- FILE [--zone C] [--location Créteil] [--output PATH] [--dry-run]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { calendarPathOf, loadTownConfig } from '../src/config/townConfig';
import { mergePeriods, parseMinistryCsv, parseMinistryJson, periodsFromRows } from '../src/calendar/ministryCalendar';
import { loadSchoolCalendarFile, schoolCalendarFileSchema } from '../src/domain/schoolCalendar';

function fail(message: string): never {
  process.stderr.write(`calendar:import : ${message}\n`);
  process.exit(2);
}

function main(argv: string[]): void {
  const args = [...argv];
  let file: string | undefined;
  let zone: string | undefined;
  let location: string | undefined;
  let output: string | undefined;
  let dryRun = false;
  while (args.length > 0) {
    const arg = args.shift() as string;
    if (arg === '--zone') zone = args.shift();
    else if (arg === '--location') location = args.shift();
    else if (arg === '--output') output = args.shift();
    else if (arg === '--dry-run') dryRun = true;
    else if (arg.startsWith('--')) fail(`option inconnue ${arg}`);
    else file = arg;
  }
  if (!file) fail('usage : npm run calendar:import -- FICHIER.csv|json [--zone C] [--location Créteil] [--output CHEMIN] [--dry-run]');

  const config = loadTownConfig();
  const target = output ?? calendarPathOf(config);
  const wantedZone = zone ?? config.schoolZone;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    fail(`lecture impossible de ${file} : ${(error as Error).message}`);
  }
  let rows;
  try {
    rows = text.trimStart().startsWith('[') || text.trimStart().startsWith('{') ? parseMinistryJson(text) : parseMinistryCsv(text);
  } catch (error) {
    fail(`${file} : ${(error as Error).message}`);
  }
  const { periods, skipped } = periodsFromRows(rows, { zone: wantedZone, location });
  if (periods.length === 0) fail(`aucune période de vacances pour la zone ${wantedZone} dans ${file}`);
  for (const { row, reason } of skipped) {
    process.stderr.write(`ignoré (${reason}) : ${row.description} ${row.startDate} → ${row.endDate} ${row.location}\n`);
  }
  const existing = loadSchoolCalendarFile(target);
  const merged = schoolCalendarFileSchema.parse({ ...existing, zone: wantedZone.replace(/^zone\s*/i, '').toUpperCase(), periods: mergePeriods(existing.periods, periods) });
  for (const period of periods) {
    process.stdout.write(`${period.schoolYear} ${period.kind.padEnd(9)} ${period.firstDay} → reprise ${period.classesResume}${period.provisional ? ' (provisoire)' : ''}\n`);
  }
  if (dryRun) {
    process.stdout.write(`(essai : ${target} n'est pas modifié)\n`);
    return;
  }
  writeFileSync(target, `${JSON.stringify(merged, null, 2)}\n`);
  process.stdout.write(`${periods.length} périodes importées dans ${target}\n`);
}

main(process.argv.slice(2));
