/**
 * The figures of a money question that the understanding leaves in the text: a
 * quotient familial to simulate ("avec un QF de 850"), a number of days ("4 mercredis"),
 * the activity asked about, the month of a statement and the year of an attestation.
 */
import type { ActivityCode } from '../src/config/townConfig';
import type { IsoDay } from '../src/domain/day';
import { MONTH_NAMES } from '../src/domain/frenchDates';
import { normalise } from './frenchFormat';

const NUMBER_WORDS: Record<string, number> = { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10 };

/** "avec un QF de 850", "quotient familial à 1 200", "qf=850": the QF in whole euros. */
export function quotientIn(text: string): number | undefined {
  const match = /\b(?:qf|quotient(?: familial)?)(?: (?:de|a|est de|egal a|d'environ|de l'ordre de))? ?[=:]? ?(\d{1,3}(?: \d{3})*|\d{1,6})(?:[,.]\d+)?(?: ?(?:euros?|eur|€))?\b/.exec(
    normalise(text),
  );
  if (!match) return undefined;
  return Number(match[1].replace(/ /g, ''));
}

/** The activity a question names, if one: "soir", "mercredi" or the holidays' accueil de loisirs ("le centre"). */
export function activityIn(text: string): ActivityCode | undefined {
  const t = normalise(text);
  if (/\b(?:soirs?|soirees?|apres l'ecole|periscolaire du soir|garderie|accueil du soir|etude)\b/.test(t)) return 'soir';
  if (/\bmercredis?\b/.test(t)) return 'mercredi';
  if (/\b(?:vacances|loisirs|centre(?: aere)?|alsh)\b/.test(t)) return 'vacances';
  return undefined;
}

/** "demi-journée", "le matin seulement": the Wednesday half-day price. */
export function asksHalfDay(text: string): boolean {
  return /\bdemi ?-? ?journees?\b/.test(normalise(text));
}

/** "4 mercredis", "deux soirs", "10 jours": how many days the parent wants priced. */
export function dayCountIn(text: string): number | undefined {
  const match = /\b(\d{1,3}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) (?:(?:demi ?-? ?)?journees?|jours?|soirs?|soirees?|mercredis?|semaines? de vacances)\b/.exec(normalise(text));
  if (!match) return undefined;
  const count = NUMBER_WORDS[match[1]] ?? Number(match[1]);
  const weeks = /semaines?/.test(match[0]);
  return count > 0 && count <= 200 ? (weeks ? count * 5 : count) : undefined;
}

/** "pour mes deux enfants", "pour les 3 petits", "pr 2 enfants": how many children the price is asked for (undefined: one, or not said). */
export function childCountIn(text: string): number | undefined {
  const match = /\b(?:pour|pr|avec) (?:mes |les |nos |ces )?(\d|deux|trois|quatre|cinq)(?: (?:enfants|petits|gamins|filles|garcons|loulous|petits enfants))?\b(?! (?:jours?|soirs?|soirees?|mercredis?|journees?|demi|semaines?|fois|euros?|€))/.exec(normalise(text));
  if (!match) return undefined;
  const count = NUMBER_WORDS[match[1]] ?? Number(match[1]);
  return count >= 2 && count <= 9 ? count : undefined;
}

/** "jour par jour", "en détail": the day-by-day lines asked at once. */
export function asksDetail(text: string): boolean {
  return /\b(?:jour par jour|en detail|detaille|le detail)\b/.test(normalise(text));
}

/** A four-digit year (2000–2099) named in the text. */
export function yearIn(text: string, thisYear?: number): number | undefined {
  const match = /\b(20\d\d)\b/.exec(text);
  if (match) return Number(match[1]);
  if (thisYear === undefined) return undefined;
  // "l'attestation de l'année dernière", "de l'année écoulée": the year before; "de cette année": this one.
  const said = normalise(text);
  if (/\b(?:l' ?annee|l' ?an) (?:derniere|dernier|passee|ecoulee|precedente)\b/.test(said)) return thisYear - 1;
  if (/\b(?:cette annee|l' ?annee en cours)\b/.test(said)) return thisYear;
  return undefined;
}

/**
 * The month ('YYYY-MM') a statement question is about: the month of the days the
 * understanding read, or a month named; the nearest occurrence from today (5 months ahead
 * at most: "ma facture de novembre" in December is last November, "combien en mars ?" is
 * next March). None named: the current month.
 */
export function statementMonth(text: string, dates: readonly IsoDay[], today: IsoDay): string {
  const t = normalise(text);
  const year = yearIn(t);
  let month: number | undefined;
  if (dates.length > 0) month = Number(dates[0].slice(5, 7));
  else {
    const named = MONTH_NAMES.findIndex((name) => new RegExp(`\\b${normalise(name)}\\b`).test(t));
    if (named >= 0) month = named + 1;
    else if (/\bmois (?:dernier|precedent)\b/.test(t)) month = ((Number(today.slice(5, 7)) + 10) % 12) + 1;
    else if (/\bmois prochain\b/.test(t)) month = (Number(today.slice(5, 7)) % 12) + 1;
  }
  const thisYear = Number(today.slice(0, 4));
  const thisMonth = Number(today.slice(5, 7));
  if (month === undefined) return today.slice(0, 7);
  if (year !== undefined) return `${year}-${String(month).padStart(2, '0')}`;
  const ahead = (month - thisMonth + 12) % 12;
  const chosenYear = ahead <= 5 ? (month < thisMonth ? thisYear + 1 : thisYear) : month > thisMonth ? thisYear - 1 : thisYear;
  return `${chosenYear}-${String(month).padStart(2, '0')}`;
}
