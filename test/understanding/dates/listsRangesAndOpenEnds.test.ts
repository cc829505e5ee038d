/**
 * Forms added after the first evaluation: explicit starts with ends, "les 3" (children,
 * not a day), lists sharing a month, "dans N jours/semaines", "la semaine d'après", and
 * open-ended recurrences and ranges reported to the dialog (openEnded, completeOpenEnded).
 */
import { addDays } from '../../../src/domain/day';
import { resolveDates } from '../../../src/understanding/dates/resolveDates';
import { completeOpenEnded, understandInDetail } from '../../../src/understanding';
import { sharedUnderstander, townCalendar } from '../../../src/understanding/understand';

type Reading = 'reserve' | 'cancel' | 'absence';

function days(text: string, today: string, reading: Reading = 'reserve', family: string[] = []): string[] {
  const { found } = sharedUnderstander().prepare(text, family);
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

const range = (from: string, to: string, keep: (weekday: number) => boolean = () => true, ...skip: string[]) => {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const weekday = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6 && keep(weekday) && !skip.includes(d)) out.push(d);
  }
  return out;
};
const every = () => true;

const MON = '2026-03-09'; // Monday 9 March 2026

describe('explicit start and end', () => {
  it.each<[string, string, Reading, string[]]>([
    ["à partir de mardi prochain jusqu'au 27 mars", MON, 'reserve', range('2026-03-10', '2026-03-27')],
    ["à compter du 16 jusqu'au 20", MON, 'reserve', range('2026-03-16', '2026-03-20')],
    ["a compter du 16 jusqu au 20", MON, 'cancel', range('2026-03-16', '2026-03-20')],
    ["à partir du 23 mars et jusqu'aux vacances", MON, 'reserve', range('2026-03-23', '2026-04-17', every, '2026-04-06')],
    ["dès le 16, et jusqu'à la fin du mois", MON, 'reserve', range('2026-03-16', '2026-03-31')],
    ["à partir de jeudi jusqu'à mardi", MON, 'reserve', ['2026-03-12', '2026-03-13', '2026-03-16', '2026-03-17']],
    ["tous les jeudis à partir du 12 jusqu'au 2 avril", MON, 'reserve', ['2026-03-12', '2026-03-19', '2026-03-26', '2026-04-02']],
    ['tous les lundis de mai à partir du 11', '2026-04-20', 'reserve', ['2026-05-11', '2026-05-18']],
    ["les mercredis à partir du 18 mars jusqu'à fin avril", MON, 'reserve', range('2026-03-18', '2026-04-30', (w) => w === 3)],
    ["à partir d'aujourd'hui jusqu'à vendredi", MON, 'reserve', range(MON, '2026-03-13')],
  ])('%s (today %s, %s)', (text, today, reading, expected) => expect(days(text, today, reading)).toEqual(expected));
});

describe('"les 3" counts the children, not a day', () => {
  const family = ['Léa', 'Hugo', 'Inès'];
  it.each<[string, string[], string[]]>([
    ['mettez les 3 le 7, 8 et 9 décembre', ['2026-12-07', '2026-12-08', '2026-12-09'], family],
    ['les trois mercredi', ['2026-11-25'], family],
    ['tous les 3 le 14 janvier', ['2027-01-14'], family],
    ['inscrire les 3 enfants le 2 décembre', ['2026-12-02'], family],
    ['toutes les 3 jeudi svp', ['2026-11-26'], family],
    ['mes 3 demain', ['2026-11-21'].filter(() => false).concat([]), family],
    ['les 3 et 4 décembre pour Léa', ['2026-12-03', '2026-12-04'], ['Léa']],
    ['Hugo les 3, 4 décembre', ['2026-12-03', '2026-12-04'], ['Hugo']],
    ['les 2 premiers jours', [], []],
  ])('%s', (text, dates, children) => {
    const r = understandInDetail(text, { now: '2026-11-20T10:00', children: family });
    expect(r.dates).toEqual(dates);
    expect(r.children).toEqual(children);
  });
});

describe('lists sharing one month', () => {
  it.each<[string, string, string[]]>([
    ['le 7, 8 et 9 décembre', '2026-11-20', ['2026-12-07', '2026-12-08', '2026-12-09']],
    ['les 2, 3 et 4 mars', '2026-02-10', ['2026-03-02', '2026-03-03', '2026-03-04']],
    ['du 2 au 4 et le 9 mars', '2026-02-10', ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-09']],
    ['le 3 et du 9 au 11 juin', '2026-05-19', ['2026-06-03', '2026-06-09', '2026-06-10', '2026-06-11']],
    ['le 12, le 13 ou le 19 mai', '2026-04-20', ['2026-05-12', '2026-05-13', '2026-05-19']],
    ['le 5 janvier et le 7', '2026-12-01', ['2027-01-05', '2027-01-07']],
    ['du 29 au 2 et le 6 avril', MON, ['2026-03-30', '2026-03-31', '2026-04-01', '2026-04-02']],
  ])('%s (today %s)', (text, today, expected) => expect(days(text, today)).toEqual(expected));
});

describe('days and weeks counted from today', () => {
  it.each<[string, string, string[]]>([
    ['dans 3 jours', MON, ['2026-03-12']],
    ['dans 2 semaines', MON, ['2026-03-23']],
    ['dans 15 jours', MON, ['2026-03-23']],
    ['dans quinze jours', MON, ['2026-03-23']],
    ['dans huit jours', MON, ['2026-03-16']],
    ['dans une semaine', '2026-03-11', ['2026-03-18']],
    ['ds 2 jours', '2026-03-11', ['2026-03-13']],
    ['dans 2 jours', '2026-03-12', []], // a Saturday
    ["la semaine d'après", MON, range('2026-03-16', '2026-03-20')],
    ["la semaine prochaine et celle d'après", MON, range('2026-03-16', '2026-03-27')],
    ["la semaine prochaine et la semaine d'après", '2026-03-13', range('2026-03-16', '2026-03-27')],
    ["la semaine du 14 décembre et la semaine d'après", '2026-11-20', range('2026-12-14', '2026-12-24')],
    ['la semaine du 14 décembre', '2026-11-20', range('2026-12-14', '2026-12-18')],
    ['semaine du 8/06', '2026-05-19', range('2026-06-08', '2026-06-12')],
  ])('%s (today %s)', (text, today, expected) => expect(days(text, today)).toEqual(expected));
});

describe('open-ended requests', () => {
  const family = ['Léa', 'Hugo'];
  const now = '2026-03-09T10:00';
  const detail = (text: string) => understandInDetail(text, { now, children: family });

  it.each<[string, { weekdays: number[]; from: string }]>([
    ['inscrire Léa tous les mardis à partir du 17', { weekdays: [2], from: '2026-03-17' }],
    ['je voudrais inscrire Hugo à partir de lundi', { weekdays: [], from: '2026-03-16' }],
    ['réserver les lundis et jeudis pour Léa', { weekdays: [1, 4], from: '2026-03-10' }],
    ['Hugo ne viendra plus le mercredi, annulez tous les mercredis', { weekdays: [3], from: '2026-03-09' }],
    ['inscrire Léa tous les jours à partir de la semaine prochaine', { weekdays: [], from: '2026-03-16' }],
    ["inscrire Hugo dès demain", { weekdays: [], from: '2026-03-10' }],
    ['inscrire Léa tous les mercredis à partir du 1er avril', { weekdays: [3], from: '2026-04-01' }],
  ])('%s', (text, openEnded) => {
    const r = detail(text);
    expect(r.dates).toEqual([]);
    expect(r.openEnded).toEqual(openEnded);
  });

  it.each([
    "inscrire Léa tous les mardis jusqu'aux vacances",
    'inscrire Hugo tous les mercredis de mars',
    "à partir de lundi jusqu'à jeudi pour Léa",
    'inscrire Léa mardi',
    'Léa était malade tous les lundis',
  ])('%s is bounded', (text) => expect(detail(text).openEnded).toBeUndefined());

  it('reads "dès lundi" as a start, "des mercredis" as a recurrence', () => {
    expect(detail('plus de garderie pour Léa dès lundi').openEnded).toEqual({ weekdays: [], from: '2026-03-16' });
    expect(detail('inscrire Hugo des mercredis').openEnded).toEqual({ weekdays: [3], from: '2026-03-10' });
  });

  it('reads an absence "à partir de" as its first day', () => {
    expect(days("absente à partir de lundi", '2026-03-12', 'absence')).toEqual(['2026-03-09']);
  });

  it('keeps other days of the message', () => {
    const r = detail('inscrire Léa demain, puis tous les jeudis à partir du 19');
    expect(r.dates).toEqual(['2026-03-10']);
    expect(r.openEnded).toEqual({ weekdays: [4], from: '2026-03-19' });
  });

  const tuesdays = { weekdays: [2], from: '2026-03-17' };
  const fromMonday = { weekdays: [], from: '2026-03-16' };
  it.each<[string, { weekdays: number[]; from: string }, string[]]>([
    ["jusqu'aux vacances", tuesdays, ['2026-03-17', '2026-03-24', '2026-03-31', '2026-04-07', '2026-04-14']],
    ["jusqu'au 31 mars", tuesdays, ['2026-03-17', '2026-03-24', '2026-03-31']],
    ['fin mars', tuesdays, ['2026-03-17', '2026-03-24', '2026-03-31']],
    ['jusqu’à fin avril', tuesdays, ['2026-03-17', '2026-03-24', '2026-03-31', '2026-04-07', '2026-04-14', '2026-04-21', '2026-04-28']],
    ['début avril', tuesdays, ['2026-03-17', '2026-03-24', '2026-03-31']],
    ["jusqu'à vendredi", fromMonday, range('2026-03-16', '2026-03-20')],
    ["jusqu'au mercredi 18", fromMonday, range('2026-03-16', '2026-03-18')],
    ['le 20', fromMonday, range('2026-03-16', '2026-03-20')],
    ["jusqu'à Pâques", fromMonday, range('2026-03-16', '2026-04-17', every, '2026-04-06')],
    ["toute l'année", { weekdays: [5], from: '2026-05-01' }, range('2026-05-02', '2026-07-03', (w) => w === 5, '2026-05-08')],
    ["jusqu'à la fin de l'année scolaire", { weekdays: [5], from: '2026-06-01' }, ['2026-06-05', '2026-06-12', '2026-06-19', '2026-06-26', '2026-07-03']],
    ['je ne sais pas encore', tuesdays, []],
    ['oui', fromMonday, []],
    ["jusqu'au 10 mars", fromMonday, []],
    ["jusqu'au 18", { weekdays: [3], from: '2027-01-05' }, ['2027-01-06', '2027-01-13']],
  ])('"%s" after %j', (answer, openEnded, expected) => expect(completeOpenEnded(openEnded, answer, { now })).toEqual(expected));

  it('reads the end after a start set in the coming year', () => {
    // Asked in December for "à partir du 5 janvier": "jusqu'aux vacances" are the winter ones.
    const days = completeOpenEnded({ weekdays: [3], from: '2027-01-05' }, "jusqu'aux vacances", { now: '2026-12-10T09:00' });
    expect(days).toEqual(['2027-01-06', '2027-01-13', '2027-01-20', '2027-01-27', '2027-02-03', '2027-02-10', '2027-02-17']);
  });
});
