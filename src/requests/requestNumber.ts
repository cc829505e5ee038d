/**
 * Request numbers as families and staff read them: "D-2026-000123", one counter per
 * year (Sequence "request:2026"), taken inside the transaction that creates the request
 * so that a rolled-back request gives its number back.
 */
import { todayIn, yearOf } from '../domain/day';

const NUMBER = /^D-(\d{4})-(\d{6,})$/;

/** The Sequence row that counts the requests of `year`. */
export function requestSequenceName(year: number): string {
  return `request:${year}`;
}

/** "D-2026-000123" for the 123rd request of 2026. */
export function formatRequestNumber(year: number, value: number): string {
  if (!Number.isInteger(value) || value < 1) throw new Error(`Invalid request counter value: ${value}`);
  return `D-${year}-${String(value).padStart(6, '0')}`;
}

/** True for a well-formed number ("d-2026-000123" is accepted once normalised). */
export function isRequestNumber(text: string): boolean {
  return NUMBER.test(normaliseRequestNumber(text));
}

/** Upper-cases and trims what staff or a parent typed: " d-2026-000123" → "D-2026-000123". */
export function normaliseRequestNumber(text: string): string {
  return text.trim().toUpperCase();
}

/** The year a request made at `now` is numbered in: the town's calendar year, not UTC's. */
export function numberingYear(now: Date, timeZone: string): number {
  return yearOf(todayIn(now, timeZone));
}
