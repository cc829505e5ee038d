/**
 * French message catalogs: every sentence a parent reads lives in the JSON files
 * beside this one; code refers to them by key and fills `{placeholders}`.
 */
import common from './common.fr.json';
import link from './link.fr.json';
import booking from './booking.fr.json';
import check from './check.fr.json';
import deadline from './deadline.fr.json';
import faq from './faq.fr.json';
import handoff from './handoff.fr.json';
import absence from './absence.fr.json';
import requests from './requests.fr.json';

export const messages = { common, link, booking, check, deadline, faq, handoff, absence, requests } as const;

export type Vars = Record<string, string | number>;

/** Replaces each `{name}` of `template` by its value; an unknown name is left visible. */
export function fill(template: string, vars: Vars = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
