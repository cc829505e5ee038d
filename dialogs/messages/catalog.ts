/**
 * French message catalogs: every sentence a parent reads lives in the JSON files
 * beside this one; code refers to them by key and fills `{placeholders}`.
 *
 * Placeholders: `{name}` inserts a value, eliding the word before it when French
 * requires it ("Réservations de {children}" → "Réservations d'Inès"); `{count:jour|jours}`
 * writes the singular or the plural form after the number in `count` (0 and 1 singular).
 * Typographic spaces are not written here: every outgoing text goes through
 * src/domain/frenchTypography.ts (src/bot/outgoingRendering.ts).
 */
import { elideBefore, plural } from '../../src/domain/frenchTypography';
import common from './common.fr.json';
import link from './link.fr.json';
import booking from './booking.fr.json';
import check from './check.fr.json';
import deadline from './deadline.fr.json';
import faq from './faq.fr.json';
import handoff from './handoff.fr.json';
import absence from './absence.fr.json';
import requests from './requests.fr.json';
import lateRequest from './lateRequest.fr.json';
import family from './family.fr.json';
import money from './money.fr.json';

export const messages = { common, link, booking, check, deadline, faq, handoff, absence, requests, lateRequest, family, money } as const;

export type Vars = Record<string, string | number>;

const PLACEHOLDER = /\{(\w+)(?::([^{}|]*)\|([^{}]*))?\}/g;

/** Fills `template` (see above); an unknown name is left visible. */
export function fill(template: string, vars: Vars = {}): string {
  let out = '';
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const [whole, name, singular, pluralForm] = match;
    out += template.slice(last, match.index);
    last = match.index + whole.length;
    if (!(name in vars)) {
      out += whole;
    } else if (singular !== undefined) {
      out += plural(Number(vars[name]), singular, pluralForm);
    } else {
      const value = String(vars[name]);
      out = elideBefore(out, value) + value;
    }
  }
  return out + template.slice(last);
}
