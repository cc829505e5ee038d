import { readFileSync } from 'node:fs';
import { DEFAULT_TOWN_CONFIG_PATH, TownConfigError, loadTownConfig, parseTownConfig } from '../../src/config/townConfig';
import type { TariffsConfig } from '../../src/config/tariffsConfig';
import { bracketOf, dayPriceFor } from '../../src/money/tariffs';

const valid = JSON.parse(readFileSync(DEFAULT_TOWN_CONFIG_PATH, 'utf8'));
const withBrackets = (brackets: unknown) => ({ ...valid, tariffs: { ...valid.tariffs, brackets } });
const tariffs = loadTownConfig(DEFAULT_TOWN_CONFIG_PATH).tariffs as TariffsConfig;

describe('tariff brackets in the town configuration', () => {
  it('loads the Joinville-le-Pont grid, marked « à confirmer », covering 0..∞', () => {
    expect(tariffs.status).toBe('à confirmer');
    expect(tariffs.brackets[0].from).toBe(0);
    expect(tariffs.brackets.at(-1)?.to).toBeNull();
  });

  it.each([
    ['a gap', [{ code: 'A', from: 0, to: 400 }, { code: 'B', from: 500, to: null }], /trou entre les tranches A et B : les QF de 400 à 499/],
    ['an overlap', [{ code: 'A', from: 0, to: 600 }, { code: 'B', from: 500, to: null }], /chevauchement des tranches A et B : les QF de 500 à 599/],
    ['no bracket from 0', [{ code: 'A', from: 100, to: 400 }, { code: 'B', from: 400, to: null }], /aucune tranche ne commence à 0/],
    ['a capped last bracket', [{ code: 'A', from: 0, to: 400 }, { code: 'B', from: 400, to: 2000 }], /doit être sans limite.*à partir de 2000/],
    ['an unlimited bracket before another', [{ code: 'A', from: 0, to: null }, { code: 'B', from: 400, to: null }], /tranche A sans limite/],
    ['a doubled code', [{ code: 'A', from: 0, to: 400 }, { code: 'A', from: 400, to: null }], /en double : A/],
  ])('refuses %s, naming the brackets for the operator', (_, brackets, message) => {
    const raw = withBrackets(brackets);
    expect(() => parseTownConfig(raw, 'test.json')).toThrow(TownConfigError);
    expect(() => parseTownConfig(raw, 'test.json')).toThrow(/tariffs\.brackets/);
    expect(() => parseTownConfig(raw, 'test.json')).toThrow(message);
  });

  it('refuses a grid that misses a bracket or a price in euros instead of cents', () => {
    const prices = { ...valid.tariffs.activities.soir.prices };
    delete prices.C;
    const missing = { ...valid, tariffs: { ...valid.tariffs, activities: { ...valid.tariffs.activities, soir: { ...valid.tariffs.activities.soir, prices } } } };
    expect(() => parseTownConfig(missing)).toThrow(/tariffs\.activities\.soir\.prices : pas de prix pour la ou les tranches C/);
    const floats = { ...valid, tariffs: { ...valid.tariffs, activities: { ...valid.tariffs.activities, soir: { ...valid.tariffs.activities.soir, nonResident: 6.2 } } } };
    expect(() => parseTownConfig(floats)).toThrow(/nombre entier de centimes/);
  });

  it('accepts brackets written in any order', () => {
    const reversed = [...valid.tariffs.brackets].reverse();
    expect(parseTownConfig(withBrackets(reversed)).tariffs?.brackets).toHaveLength(reversed.length);
  });
});

describe('price of a day', () => {
  it.each([
    [0, 'A'],
    [449, 'A'],
    [450, 'B'],
    [850, 'C'],
    [1799, 'E'],
    [1800, 'F'],
    [99999, 'F'],
  ])('QF %i is in bracket %s (from included, to excluded)', (quotient, code) => {
    expect(bracketOf(quotient, tariffs.brackets).code).toBe(code);
  });

  it('a family without QF pays the highest bracket; a non-resident its own rate', () => {
    expect(dayPriceFor(tariffs, 'soir', { quotient: null, resident: true })).toMatchObject({ cents: tariffs.activities.soir?.prices.F, basis: 'without_quotient' });
    expect(dayPriceFor(tariffs, 'soir', { quotient: 850, resident: true })).toMatchObject({ cents: tariffs.activities.soir?.prices.C, basis: 'quotient' });
    expect(dayPriceFor(tariffs, 'mercredi', { quotient: 850, resident: false })).toMatchObject({ cents: tariffs.activities.mercredi?.nonResident, basis: 'non_resident' });
  });

  it('refuses a negative QF', () => {
    expect(() => bracketOf(-1, tariffs.brackets)).toThrow(RangeError);
  });
});
