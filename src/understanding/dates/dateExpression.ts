/**
 * What the date grammar finds in a message, before it is resolved against a
 * reference day: a small tree of references that the resolver turns into days.
 */
import type { HolidayKind } from '../../domain/schoolCalendar';

/** One day as the parent names it. */
export type DayRef =
  /**
   * "aujourd'hui" 0, "demain" +1, "après-demain" +2, "hier" −1, "avant-hier" −2.
   * `anaphoric`: "ce soir-là", the day named elsewhere in the message when there is one.
   */
  | { type: 'relative'; offset: number; anaphoric?: true }
  /**
   * "vendredi", "ce vendredi", "vendredi prochain" (next), "mardi dernier" (last).
   * `weeksLater`: "mercredi en huit" (1), "mercredi en quinze" (2): the coming one, that many weeks later;
   * with `weeksFromThisWeek` ("mardi dans deux semaines"), the one in the week that many weeks after this one.
   * `afterPrevious`: "mardi en huit et le jeudi d'après": the first such weekday after the day named before it.
   */
  | { type: 'weekday'; weekday: number; when: 'bare' | 'next' | 'last'; weeksLater?: number; weeksFromThisWeek?: true; afterPrevious?: true }
  /**
   * "le 12 mars", "le 12/03", "le 15", "le 3 avril 2027"; `weekday`: said with the day number and no month ("lundi 24").
   * `monthShared`: the month was said after another day of the list ("le mercredi 16 et le mercredi 6 janvier"); with its
   * `weekday`, a day whose weekday does not fit that month is the coming one that fits (Wednesday 16 December).
   */
  | { type: 'date'; day: number; month?: number; year?: number; weekday?: number; monthShared?: true }
  /** "fin janvier", "jusqu'en juin": the last day of a month. */
  | { type: 'endOfMonth'; month: number; year?: number };

/**
 * Where an expression stands beside the weeks of its message, read from the text between them:
 * `ofNextWeek`, a weekday said with the week named right after it ("mardi de la semaine
 * prochaine", "le lundi et le mardi de la seconde"); `withNextWeek`, a week said together with the
 * next one ("de cette semaine et de la semaine prochaine"); `whole`, a week said whole ("vendredi et toute
 * la semaine prochaine"), which holds no weekday said apart from it.
 */
export interface WeekLayout {
  ofNextWeek?: true;
  /** A weekday said right after a week (or the first days) of the holidays: "la première semaine des vacances, euh, lundi et mardi". */
  ofHolidayBefore?: true;
  withNextWeek?: true;
  whole?: true;
}

export type DateExpression = WeekLayout & (
  /**
   * `habitual`: "le mardi", a weekday said with "le", which a period around it makes a recurrence.
   * `weeksAfter`: the same weekday that many weeks later too ("ce jeudi et le suivant": 1,
   * "les 3 prochains mercredis": 2).
   */
  | { kind: 'day'; ref: DayRef; habitual?: boolean; weeksAfter?: number }
  /** "la deuxième semaine" said apart from the holidays it counts in ("vac d'hiver 2e semaine"). */
  | { kind: 'weekRank'; rank: number }
  /**
   * "après les vacances (de la Toussaint)": from the day classes resume; `weekAfter`: that week;
   * `weekday`: the first such weekday from that day ("le mercredi d'après la rentrée"), 0 for the day itself.
   */
  | { kind: 'afterHolidays'; holiday?: HolidayKind; weekAfter?: true; weekday?: number }
  /** "du 16 au 20 mars", "de lundi à jeudi"; `from` absent for "jusqu'à vendredi". */
  | { kind: 'range'; from?: DayRef; to: DayRef }
  /** "jusqu'aux vacances (de Noël)": from the open start to the day before they begin. */
  | { kind: 'untilHolidays'; holiday?: HolidayKind }
  /** "jusqu'à la fin du mois / de la semaine". */
  | { kind: 'untilEndOf'; unit: 'month' | 'week' }
  /** "la semaine prochaine"; 'after' = "la semaine d'après": the week after the one named before it; 'afterNext' = "la semaine après la semaine prochaine". */
  /** `anaphoric`: "cette semaine-là", the week named elsewhere in the message when there is one. */
  | { kind: 'week'; which: 'this' | 'next' | 'last' | 'after' | 'afterNext'; anaphoric?: boolean }
  /** "le premier mercredi d'octobre", "le deuxième et le quatrième mercredi de mars", "le dernier vendredi du mois" (rank −1 = the last). */
  | { kind: 'nthWeekday'; ranks: number[]; weekday: number; month: { kind: 'month'; month?: number; year?: number; relative?: number } }
  /** "la semaine du 9 novembre"; `following`: "la semaine d'après", once anchored to the week before it. */
  | { kind: 'weekOf'; ref: DayRef; following?: true }
  /** "en juillet", "ce mois-ci" (relative 0), "le mois prochain" (relative 1). */
  /** A month, or its first (last, when negative) `days` opening days ("les deux premiers jours de mars") or `weeks` ("les deux dernières semaines de juillet"). */
  | { kind: 'month'; month?: number; year?: number; relative?: number; days?: number; weeks?: number }
  /** A school holiday period, or one of its weeks (rank −1 = the last), or its first (last, when negative) `days` opening days. */
  /** `feast`: named by the feast alone ("pour Noël"), a frame that other days named in the message replace. */
  /** `within`: "mardi et jeudi dans la première semaine des vacances", the weekdays named fall in that week. */
  | { kind: 'holiday'; holiday?: HolidayKind; week?: number; feast?: true; within?: true; days?: number; all?: true }
  /** "tous les mardis et jeudis", "les mercredis", "tous les jours" (1–5). */
  | { kind: 'recurrence'; weekdays: number[] }
  /**
   * "à partir de lundi", "à compter du 12", "dès demain": an explicit first day (the
   * first day of `start`). It starts the message's other open bounds ("… jusqu'au 18");
   * with no end anywhere it is unbounded and lists no day.
   */
  | { kind: 'from'; start: DateExpression }
);

/** An expression with the character span of the folded text it was read from. */
export interface FoundExpression {
  expression: DateExpression;
  start: number;
  end: number;
}

/** A weekday named without its date ("mardi", "du lundi au jeudi"), which a week said with it places. */
export const isWeekdayMention = (e: DateExpression) =>
  (e.kind === 'day' && e.ref.type === 'weekday' && e.ref.when !== 'last') ||
  (e.kind === 'range' && e.from?.type === 'weekday' && e.to.type === 'weekday');
