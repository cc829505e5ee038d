/**
 * Every catalog a parent reads from, walked string by string: the French ones of the
 * dialogs (dialogs/messages/*.fr.json) and every feature's (any `*.fr.json` or
 * `messages.fr.ts` under src/ or dialogs/). A catalog added later is walked too.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fill } from '../../../dialogs/messages/catalog';
import { frenchTypography, NBSP, NNBSP } from '../../../src/domain/frenchTypography';

const ROOT = path.resolve(__dirname, '../../..');

function catalogFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' || entry.name === 'data' ? [] : catalogFiles(relative);
    return /\.fr\.json$|(^|\/)messages\.fr\.ts$/.test(relative) ? [relative] : [];
  });
}

/** Any value a message function reads: numbers where numbers are expected, "1" elsewhere. */
const anyContext = new Proxy({}, { get: () => 1 });

function strings(value: unknown, where: string): Array<[string, string]> {
  if (typeof value === 'string') return [[where, value]];
  if (typeof value === 'function') return strings((value as (ctx: unknown) => unknown)(anyContext), where);
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${where}[${index}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => strings(item, `${where}.${key}`));
  return [];
}

/** A module's catalogs: its exported values, its exported helpers (fill functions) left out. */
function catalogsOf(file: string): Record<string, unknown> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exported = require(path.join(ROOT, file)) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(exported).filter(([, value]) => typeof value !== 'function'));
}

const files = [...catalogFiles('dialogs'), ...catalogFiles('src')];
const entries = files.flatMap((file) => strings(catalogsOf(file), file));

/** Keywords of the FAQ are what parents type, not what they read. */
const read = entries.filter(([where]) => !/\.keywords\[\d+\]$/.test(where));

test('the walk finds the catalogs', () => {
  expect(files).toEqual(expect.arrayContaining(['dialogs/messages/common.fr.json', 'dialogs/messages/booking.fr.json', 'src/requests/messages.fr.ts']));
  expect(read.length).toBeGreaterThan(150);
});

const rules: Array<[string, RegExp]> = [
  ['no "(s)", "(e)": plurals are computed ({n:jour|jours}), sentences do without gender', /\((?:e|s|es|x|ne|le|trice)\)/],
  ['no "..." (one ellipsis character)', /\.\.\./],
  ['no 12-hour clock', /\b\d{1,2}\s?(?:am|pm|AM|PM)\b/],
  ['times as "18h30", not "18:30"', /\b\d{1,2}:\d{2}\b/],
  ['elision written ("d\'Inès", "l\'accueil", "qu\'il", "s\'il")', /(?:^|[\s(«])(?:[Dd]e|[Qq]ue|[Ll]e|[Ll]a|[Jj]e|[Nn]e|[Ss]e|[Mm]e|[Tt]e) (?:[aeiouyéèêàâîôûAEIOUÉÈÊÀÂÎÔÛ]\p{L})|\b[Ss]i ils?\b/u],
  ['placeholders are {name} or {name:singular|plural}', /\{(?!\w+(?::[^{}|]*\|[^{}]*)?\})|(?<!\{[^{}]*)\}/],
];

test.each(rules)('%s', (_rule, pattern) => {
  const offenders = read.filter(([, text]) => pattern.test(text)).map(([where, text]) => `${where}: ${text}`);
  expect(offenders).toEqual([]);
});

test('once filled and typeset, no space may break before ? ! ; : or inside « »', () => {
  const offenders = read.flatMap(([where, text]) => {
    const shown = frenchTypography(fill(text, {}).replace(/\{\w+\}/g, 'X'));
    const withoutAddresses = shown.replace(/\bhttps?:\/\/\S+|\bwww\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '');
    const bad =
      /[^\u202f\n]([?!;])/.test(withoutAddresses) ||
      /[^\u00a0\n]:(?=\s|$)/.test(withoutAddresses) ||
      new RegExp(`«(?!${NNBSP})|(?<!${NNBSP})»`).test(withoutAddresses);
    return bad ? [`${where}: ${JSON.stringify(shown)}`] : [];
  });
  expect(offenders).toEqual([]);
  expect(NBSP).toBe('\u00a0');
});

test.each([
  [0, 'Il vous reste {left} essai(s)'],
  [0, '{child} est inscrit(e)'],
  [1, 'et 3 autres...'],
  [2, 'à 6 pm'],
  [3, 'ouvert de 8:00 à 18:30'],
  [4, 'Réservations de Inès'],
  [4, 'pendant le accueil'],
  [4, 'si il reste une place'],
  [5, 'Bonjour {name !'],
])('the rules catch what they forbid: %i in %j', (index, text) => {
  expect(text).toMatch(rules[index][1]);
});
