/**
 * The off-the-shelf baseline the issue asks to compare with: the date library's raw
 * resolutions (@microsoft/recognizers-text-date-time, French; the "future" reading of
 * each ambiguous value, range ends exclusive as the library gives them, then weekends
 * and public holidays dropped), an nlp.js classifier with its French stemmer trained on
 * the evaluated file's own sentences, and children matched by exact (case-insensitive)
 * name. Evaluation only: never used by the bot.
 */
import { DateTimeRecognizer, Culture } from '@microsoft/recognizers-text-date-time';
import type { IsoDay } from '../../domain/day';
import { addDays, eachDay, instantAt } from '../../domain/day';
import type { SchoolCalendar } from '../../domain/schoolCalendar';
import { referenceDay, TOWN_TIME_ZONE } from '../referenceDay';
import type { Intent, Interpretation, UnderstandOptions } from '../types';

interface NlpLike {
  settings: Record<string, unknown>;
  addLanguage(language: string): void;
  addDocument(language: string, text: string, intent: string): void;
  train(): Promise<void>;
  process(language: string, text: string): Promise<{ intent: string; score: number }>;
}

/* eslint-disable @typescript-eslint/no-require-imports -- nlp.js ships no typings */
async function trainNlpJs(examples: readonly { text: string; intent: Intent }[]): Promise<NlpLike> {
  const { containerBootstrap } = require('@nlpjs/core') as { containerBootstrap: () => Promise<{ use(x: unknown): void; get(name: string): NlpLike }> };
  const { Nlp } = require('@nlpjs/nlp') as { Nlp: unknown };
  const { LangFr } = require('@nlpjs/lang-fr') as { LangFr: unknown };
  const container = await containerBootstrap();
  container.use(Nlp);
  container.use(LangFr);
  const nlp = container.get('nlp');
  nlp.settings.autoSave = false;
  nlp.addLanguage('fr');
  for (const example of examples) nlp.addDocument('fr', example.text, example.intent);
  const log = console.log;
  console.log = () => undefined; // nlp.js logs every training epoch
  try {
    await nlp.train();
  } finally {
    console.log = log;
  }
  return nlp;
}

type Resolution = { type?: string; value?: string; start?: string; end?: string };

/** The days of the library's raw resolutions of `text`. */
export function libraryDays(model: ReturnType<DateTimeRecognizer['getDateTimeModel']>, text: string, today: IsoDay): IsoDay[] {
  const reference = instantAt(today, 12, 0, TOWN_TIME_ZONE);
  const days = new Set<IsoDay>();
  for (const result of model.parse(text, reference)) {
    const values = ((result.resolution as { values?: Resolution[] } | undefined)?.values ?? []).filter((v) => v.type !== 'set');
    const value = values[values.length - 1];
    if (!value) continue;
    if (value.value && /^\d{4}-\d{2}-\d{2}/.test(value.value)) days.add(value.value.slice(0, 10));
    else if (value.start && value.end && /^\d{4}-\d{2}-\d{2}/.test(value.start)) {
      for (const day of eachDay(value.start.slice(0, 10), addDays(value.end.slice(0, 10), -1))) days.add(day);
    }
  }
  return [...days];
}

/** Builds the baseline interpreter, its classifier trained on `training`. */
export async function createBaseline(
  training: readonly { text: string; intent: Intent }[],
  calendar: SchoolCalendar,
): Promise<(text: string, options: UnderstandOptions) => Promise<Interpretation>> {
  const nlp = await trainNlpJs(training);
  const model = new DateTimeRecognizer(Culture.French).getDateTimeModel();
  return async (text, options) => {
    const today = referenceDay(options.now);
    const { intent, score } = await nlp.process('fr', text);
    const dates = libraryDays(model, text, today)
      .filter((day) => !calendar.isWeekend(day) && calendar.publicHolidayName(day) === undefined)
      .sort();
    const lower = text.toLowerCase();
    const children = options.children.filter((name) => new RegExp(`(^|[^\\p{L}])${name.toLowerCase()}($|[^\\p{L}])`, 'u').test(lower));
    return { intent: (intent === 'None' ? 'none' : intent) as Intent, dates, children, confidence: typeof score === 'number' ? score : 0 };
  };
}
