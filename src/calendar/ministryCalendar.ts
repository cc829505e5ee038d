/**
 * Reads the Ministry's open dataset "fr-en-calendrier-scolaire" (CSV with ';' or JSON
 * records) and turns the rows of one zone into holiday periods of our calendar file.
 *
 * The dataset gives instants at local midnight (start_date = first day without class,
 * end_date = the morning classes resume), e.g. "2025-10-17T22:00:00+00:00" for
 * Saturday 18 October in Paris: they are converted to Paris calendar days.
 */
import type { IsoDay } from '../domain/day';
import { isIsoDay, todayIn } from '../domain/day';
import type { HolidayKind, HolidayPeriod } from '../domain/schoolCalendar';

export interface MinistryRow {
  description: string;
  population: string;
  startDate: string;
  endDate: string;
  location: string;
  zones: string;
  schoolYear: string;
}

export interface ImportOptions {
  /** "C", "Zone C" … compared without case or the word "zone". */
  zone: string;
  /** Optional académie filter, e.g. "Créteil". */
  location?: string;
}

export interface ImportResult {
  periods: HolidayPeriod[];
  skipped: { row: MinistryRow; reason: string }[];
}

const FIELD_ALIASES: Record<keyof MinistryRow, string[]> = {
  description: ['description'],
  population: ['population'],
  startDate: ['start_date', 'date de début', 'date de debut'],
  endDate: ['end_date', 'date de fin'],
  location: ['location', 'académies', 'academies', 'académie'],
  zones: ['zones', 'zone'],
  schoolYear: ['annee_scolaire', 'année scolaire', 'annee scolaire'],
};

function normalise(text: string): string {
  return text.trim().toLowerCase().normalize('NFD').replace(/\p{Diacritic}/gu, '');
}

function fieldOf(header: string): keyof MinistryRow | undefined {
  const wanted = normalise(header.replace(/^\uFEFF/, ''));
  for (const [field, aliases] of Object.entries(FIELD_ALIASES) as [keyof MinistryRow, string[]][]) {
    if (aliases.some((alias) => normalise(alias) === wanted)) return field;
  }
  return undefined;
}

function rowFrom(record: Record<string, unknown>): MinistryRow {
  const row: MinistryRow = { description: '', population: '', startDate: '', endDate: '', location: '', zones: '', schoolYear: '' };
  for (const [key, value] of Object.entries(record)) {
    const field = fieldOf(key);
    if (field && value !== null && value !== undefined) row[field] = String(value).trim();
  }
  return row;
}

/** Splits one CSV line on ';', honouring double quotes. */
function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') (cell += '"'), i++;
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') cells.push(cell), (cell = '');
    else cell += char;
  }
  cells.push(cell);
  return cells;
}

/** Parses the dataset's CSV export (';' separated, header on the first line). */
export function parseMinistryCsv(text: string): MinistryRow[] {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (lines.length === 0) throw new Error('Fichier CSV vide.');
  const headers = splitCsvLine(lines[0]);
  if (!headers.some((h) => fieldOf(h) === 'startDate')) {
    throw new Error(`En-tête CSV non reconnu (start_date / « Date de début » attendu) : ${lines[0]}`);
  }
  return lines.slice(1).map((line) => {
    const cells = splitCsvLine(line);
    return rowFrom(Object.fromEntries(headers.map((header, i) => [header, cells[i] ?? ''])));
  });
}

/** Parses the dataset's JSON: an array of records, `{results: [...]}` or `{records: [{fields}]}`. */
export function parseMinistryJson(text: string): MinistryRow[] {
  const data: unknown = JSON.parse(text);
  const list = Array.isArray(data)
    ? data
    : typeof data === 'object' && data !== null && Array.isArray((data as { results?: unknown }).results)
      ? (data as { results: unknown[] }).results
      : typeof data === 'object' && data !== null && Array.isArray((data as { records?: unknown }).records)
        ? (data as { records: unknown[] }).records
        : undefined;
  if (!list) throw new Error('JSON non reconnu : un tableau d’enregistrements, { results } ou { records } attendu.');
  return list.map((item) => {
    const record = item as Record<string, unknown>;
    const fields = typeof record.fields === 'object' && record.fields !== null ? record.fields : record;
    return rowFrom(fields as Record<string, unknown>);
  });
}

/** The kind of a period from the dataset's description ("Vacances d'Hiver", "Pont de l'Ascension" …). */
export function kindOf(description: string): HolidayKind | undefined {
  const text = normalise(description);
  if (text.includes('rentree')) return undefined;
  if (text.includes('toussaint')) return 'toussaint';
  if (text.includes('noel') || text.includes("fin d'annee")) return 'noel';
  if (text.includes('hiver')) return 'hiver';
  if (text.includes('printemps')) return 'printemps';
  if (text.includes('ete')) return 'ete';
  if (text.includes('pont')) return 'pont';
  return undefined;
}

function dayOf(value: string): IsoDay | undefined {
  if (isIsoDay(value)) return value;
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return undefined;
  return todayIn(instant, 'Europe/Paris');
}

const zoneKey = (zone: string) => normalise(zone).replace(/^zone\s*/, '');

/** Keeps the rows of one zone (pupils, not teachers) and turns them into periods, deduplicated. */
export function periodsFromRows(rows: MinistryRow[], options: ImportOptions): ImportResult {
  const skipped: ImportResult['skipped'] = [];
  const byKey = new Map<string, HolidayPeriod>();
  for (const row of rows) {
    if (zoneKey(row.zones) !== zoneKey(options.zone)) continue;
    if (options.location && normalise(row.location) !== normalise(options.location)) continue;
    if (normalise(row.population) === 'enseignants') continue;
    const kind = kindOf(row.description);
    if (!kind) {
      skipped.push({ row, reason: 'description non reconnue' });
      continue;
    }
    const firstDay = row.startDate ? dayOf(row.startDate) : undefined;
    let classesResume = row.endDate ? dayOf(row.endDate) : undefined;
    let provisional = false;
    if (kind === 'ete' && firstDay && !classesResume) {
      // "Début des Vacances d'Été" comes before the rentrée is published: end of August, provisional.
      classesResume = `${firstDay.slice(0, 4)}-09-01`;
      provisional = true;
    }
    if (!firstDay || !classesResume || classesResume <= firstDay) {
      skipped.push({ row, reason: 'dates absentes ou invalides' });
      continue;
    }
    const key = `${kind}|${firstDay}`;
    const period: HolidayPeriod = provisional
      ? { kind, schoolYear: row.schoolYear, firstDay, classesResume, provisional }
      : { kind, schoolYear: row.schoolYear, firstDay, classesResume };
    const previous = byKey.get(key);
    if (previous && previous.classesResume !== classesResume) {
      skipped.push({ row, reason: `fin différente d'une autre académie (${previous.classesResume}) : précisez --location` });
      continue;
    }
    byKey.set(key, period);
  }
  const periods = [...byKey.values()].sort((a, b) => (a.firstDay < b.firstDay ? -1 : 1));
  return { periods, skipped };
}

/** Replaces the periods of the imported school years, keeping the others. */
export function mergePeriods(existing: readonly HolidayPeriod[], imported: readonly HolidayPeriod[]): HolidayPeriod[] {
  const importedYears = new Set(imported.map((p) => p.schoolYear));
  return [...existing.filter((p) => !importedYears.has(p.schoolYear)), ...imported].sort((a, b) =>
    a.firstDay < b.firstDay ? -1 : 1,
  );
}
