import { addDays } from '../../../src/domain/day';
import { resolveDates } from '../../../src/understanding/dates/resolveDates';
import { sharedUnderstander, townCalendar } from '../../../src/understanding/understand';

type Reading = 'reserve' | 'cancel' | 'absence';

/** The days of `text` seen on `today`, read for `reading` (open start, direction). */
function days(text: string, today: string, reading: Reading = 'reserve'): string[] {
  const { found } = sharedUnderstander().prepare(text, []);
  return resolveDates(
    found.map((f) => f.expression),
    {
      today,
      openStart: reading === 'cancel' ? today : addDays(today, 1),
      direction: reading === 'absence' ? 'past' : 'future',
      calendar: townCalendar(),
    },
  );
}

const range = (from: string, to: string, ...skip: string[]) => {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const weekday = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !skip.includes(d)) out.push(d);
  }
  return out;
};

// Monday 9 March 2026 unless said otherwise.
const MON = '2026-03-09';

describe('single days', () => {
  it.each<[string, string, Reading, string[]]>([
    ["aujourd'hui", MON, 'reserve', [MON]],
    ['ce soir', MON, 'reserve', [MON]],
    ['demain', MON, 'reserve', ['2026-03-10']],
    ['après-demain', MON, 'reserve', ['2026-03-11']],
    ['hier', '2026-03-10', 'absence', [MON]],
    ['avant-hier', '2026-03-11', 'absence', [MON]],
    ['vendredi', MON, 'reserve', ['2026-03-13']],
    ['ce lundi', MON, 'reserve', ['2026-03-16']],
    ['vendredi prochain', MON, 'reserve', ['2026-03-13']],
    ['mardi dernier', MON, 'reserve', ['2026-03-03']],
    ['vendredi', '2026-03-18', 'absence', ['2026-03-13']],
    ['le 12 mars', MON, 'reserve', ['2026-03-12']],
    ['le 12/03', '2026-03-13', 'reserve', ['2027-03-12']],
    ['le 15', '2027-06-02', 'reserve', ['2027-06-15']],
    ['le 3', '2026-12-10', 'absence', ['2026-12-03']],
    ['le 1er avril', MON, 'reserve', ['2026-04-01']],
    ['le premier avril', MON, 'reserve', ['2026-04-01']],
    ['lundi 16 mars', MON, 'reserve', ['2026-03-16']],
    ['le 12/03/2027', MON, 'reserve', ['2027-03-12']],
    ['lundi 12 et mardi 13 octobre', MON, 'reserve', ['2026-10-12', '2026-10-13']],
    ['jeudii et vendredy', MON, 'reserve', ['2026-03-12', '2026-03-13']],
    ['le 14 mai', MON, 'reserve', []],
    ['samedi', MON, 'reserve', []],
  ])('%s (today %s, %s)', (text, today, reading, expected) => expect(days(text, today, reading)).toEqual(expected));
});

describe('weeks, ranges and open starts', () => {
  it.each<[string, string, Reading, string[]]>([
    ['la semaine prochaine', MON, 'reserve', range('2026-03-16', '2026-03-20')],
    ['cette semaine', '2026-03-12', 'reserve', ['2026-03-12', '2026-03-13']],
    ['mercredi de la semaine prochaine', '2026-03-18', 'reserve', ['2026-03-25']],
    ['du lundi au jeudi la semaine prochaine', MON, 'reserve', range('2026-03-16', '2026-03-19')],
    ['du 16 au 20 mars', MON, 'reserve', range('2026-03-16', '2026-03-20')],
    ['du 30 mars au 3 avril', MON, 'reserve', range('2026-03-30', '2026-04-03')],
    ['du 07/04 au 09/04', MON, 'reserve', range('2026-04-07', '2026-04-09')],
    ['de lundi à jeudi', '2026-11-26', 'reserve', range('2026-11-30', '2026-12-03')],
    ['de lundi à mercredi', '2027-01-14', 'absence', range('2027-01-11', '2027-01-13')],
    ["jusqu'à vendredi", '2026-03-10', 'reserve', range('2026-03-11', '2026-03-13')],
    ["jusqu'à vendredi", '2026-03-10', 'cancel', range('2026-03-10', '2026-03-13')],
    ['la semaine du 9 novembre', MON, 'reserve', range('2026-11-09', '2026-11-13', '2026-11-11')],
  ])('%s (today %s, %s)', (text, today, reading, expected) => expect(days(text, today, reading)).toEqual(expected));
});

describe('months, recurrences and holidays', () => {
  it.each<[string, string, Reading, string[]]>([
    ['en juin', '2026-05-19', 'reserve', range('2026-06-01', '2026-06-30')],
    ['tout le mois de mars', '2026-03-17', 'reserve', range('2026-03-18', '2026-03-31')],
    ['ce mois-ci', '2026-03-17', 'cancel', range('2026-03-17', '2026-03-31')],
    ['en juillet', '2026-06-04', 'reserve', range('2026-07-01', '2026-07-31', '2026-07-14')],
    ['tous les mardis et jeudis de mars', '2026-02-03', 'reserve', range('2026-03-01', '2026-03-31').filter((d) => [2, 4].includes(new Date(d).getUTCDay()))],
    ['tous les mardis', MON, 'reserve', []],
    ["les mercredis jusqu'aux vacances", '2026-11-26', 'reserve', ['2026-12-02', '2026-12-09', '2026-12-16']],
    ["des mercredis jusqu'aux vacances", '2027-01-06', 'cancel', ['2027-01-06', '2027-01-13', '2027-01-20', '2027-01-27', '2027-02-03', '2027-02-10', '2027-02-17']],
    ['les vacances de Noël', '2026-11-26', 'reserve', range('2026-12-21', '2027-01-01', '2026-12-25', '2027-01-01')],
    ['les vacances de printemps', '2026-03-12', 'reserve', range('2026-04-20', '2026-05-01', '2026-05-01')],
    ["la première semaine des vacances d'hiver", '2027-01-14', 'reserve', range('2027-02-22', '2027-02-26')],
    ['la 2e semaine des vacances de la Toussaint', '2026-09-08', 'reserve', range('2026-10-26', '2026-10-30')],
    ['les grandes vacances', '2026-05-06', 'reserve', range('2026-07-06', '2026-08-31', '2026-07-14')],
    ['cet été', '2026-05-06', 'reserve', range('2026-07-06', '2026-08-31', '2026-07-14')],
    ['les vacances de février', '2026-01-14', 'reserve', range('2026-02-23', '2026-03-06')],
    ['en juillet tous les jours', '2026-06-04', 'reserve', range('2026-07-01', '2026-07-31', '2026-07-14')],
  ])('%s (today %s, %s)', (text, today, reading, expected) => expect(days(text, today, reading)).toEqual(expected));
});

describe('what is not a day', () => {
  it.each(["c'est combien l'accueil du mercredi ?", "les horaires de l'accueil du soir", 'mes 3 enfants', 'à 18h', '01 49 76 60 00'])('%s', (text) =>
    expect(days(text, MON)).toEqual([]),
  );
});
