/** Date families set H showed the grammar missing (issue 9, set H read on 3 December; new sentences here). */
import { understand } from '../../../src/understanding/understand';

const read = (now: string, text: string) => understand(text, { now, children: ['Léa', 'Hugo', 'Inès'] });
const on = (now: string, text: string) => read(now, text).dates;
const MONDAY_1_MARCH = '2027-03-01T08:40';

test.each([
  ['Léa va au centre lundi 19 avril jusque vendredi 23 avril', ['2027-04-19', '2027-04-20', '2027-04-21', '2027-04-22', '2027-04-23']],
  ["Hugo au centre mardi 20 avril jusqu'au jeudi 22 avril", ['2027-04-20', '2027-04-21', '2027-04-22']],
  ['inscrire Inès du lundi dix mais au mercredi douze mai', ['2027-05-10', '2027-05-11', '2027-05-12']],
])('a range said without « du », or dictated: %s', (text, days) => expect(on(MONDAY_1_MARCH, text)).toEqual(days));

test.each([
  ['pas de centre pour Léa le 19 avril ni le 20', ['2027-04-19', '2027-04-20']],
  ['Hugo le 13 avril et le 15', ['2027-04-13', '2027-04-15']],
  ['Hugo le 13 avril et le 15 juin', ['2027-04-13', '2027-06-15']],
])('a day number after a dated day shares its month: %s', (text, days) => expect(on(MONDAY_1_MARCH, text)).toEqual(days));

test.each([
  ['Inès ira au centre mercredi, et aussi le mercredi suivant', ['2027-03-03', '2027-03-10']],
  ["Léa le jeudi de cette semaine et le jeudi d'après", ['2027-03-04', '2027-03-11']],
])('a weekday and the one a week later: %s', (text, days) => expect(on(MONDAY_1_MARCH, text)).toEqual(days));

test.each([
  ['léa pas garderie ve 12', ['2027-03-12']],
  ['hugo va pas au centre mer', ['2027-03-03']],
  ['Inès garderie jeu.', ['2027-03-04']],
])('a weekday cut short in a text message: %s', (text, days) => expect(on(MONDAY_1_MARCH, text)).toEqual(days));

test('« on part à la mer » names no day', () => expect(on(MONDAY_1_MARCH, 'on part à la mer avec Léa')).toEqual([]));

test('« ce soir-là » is the day named elsewhere in the message, not today', () => {
  expect(on(MONDAY_1_MARCH, "j'ai un rendez-vous le jeudi 11 mars, Hugo restera à la garderie ce soir-là")).toEqual(['2027-03-11']);
  expect(on(MONDAY_1_MARCH, 'ce soir la garderie pour Léa')).toEqual(['2027-03-01']);
});

test('a weekday after its date is that date; a weekday said with « le » beside a date of that weekday adds nothing', () => {
  expect(on(MONDAY_1_MARCH, 'Léa a besoin du centre le 24 mars mercredi')).toEqual(['2027-03-24']);
  expect(on(MONDAY_1_MARCH, "le mercredi j'ai mon club, Léa pourrait aller au centre le mercredi 17 mars ?")).toEqual(['2027-03-17']);
  // Said apart, a bare weekday and another date of that weekday are two days.
  expect(on(MONDAY_1_MARCH, 'Hugo ne sera pas là mercredi, ni le mercredi 10')).toEqual(['2027-03-03', '2027-03-10']);
});

test('weekdays named before « semaine prochaine » all fall in that week, a reason after « car » asks nothing', () => {
  const meaning = read('2027-05-12T17:00', 'hugo pas garderie mardi et jeudi semaine prochaine car la famille vient du Maroc');
  expect(meaning.intent).toBe('cancel');
  expect(meaning.dates).toEqual(['2027-05-18', '2027-05-20']);
  expect(meaning.actions).toBeUndefined();
});

test.each([
  ["c'est combien la journée au centre pendant les vacs ?"],
  ['Le centre ouvre à quelle heure pendant les vacances ?'],
  ['Nous arrivons à Joinville cet été, quelles sont les démarches pour le compte citoyen ?'],
])('a question about the holidays unnamed, or the summer, names no day: %s', (text) => expect(on('2027-02-16T20:20', text)).toEqual([]));

test('a question naming its holidays keeps their days', () => {
  expect(on('2027-02-16T20:20', 'quelles sont les dates des vacances de printemps ?')).toHaveLength(10);
});

test.each([
  ['à la rentrée de janvier, Léa à la garderie les mardis jusqu\'aux vacances de février', '2026-12-20T15:20', ['2027-01-05', '2027-01-12', '2027-01-19', '2027-01-26', '2027-02-02', '2027-02-09', '2027-02-16']],
  ['Hugo le soir tous les jeudis de mars, à partir de la rentrée du 8', '2027-02-23T10:00', ['2027-03-11', '2027-03-18', '2027-03-25']],
  ["Inès le vendredi soir jusqu'à ce que commencent les vacances d'hiver", '2027-01-28T09:15', ['2027-01-29', '2027-02-05', '2027-02-12', '2027-02-19']],
])('the start after holidays, and « jusqu\'à ce que commencent les vacances »: %s', (text, now, days) => expect(on(now, text)).toEqual(days));

test('« en juillet, du 12 au 16 »: the range falls in the month named', () => {
  expect(on('2027-05-20T13:00', 'inscrire Léa au centre en juillet, du 12 au 16')).toEqual(['2027-07-12', '2027-07-13', '2027-07-15', '2027-07-16']);
});

test.each([
  ['Léa reprend la garderie dès le lundi 4 et toute la semaine', '2026-12-16T21:10', ['2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07', '2027-01-08']],
  ['il faudrait que Hugo reste à la garderie toute la semaine qui commence demain', '2027-01-17T17:00', ['2027-01-18', '2027-01-19', '2027-01-20', '2027-01-21', '2027-01-22']],
])('« et toute la semaine »: that week: %s', (text, now, days) => expect(on(now, text)).toEqual(days));

test.each([
  ['Bien que la date limite du 13 juin soit passée, pouvez-vous inscrire Léa la semaine du 12 juillet ?', '2027-06-16T10:00', ['2027-07-12', '2027-07-13', '2027-07-15', '2027-07-16']],
  ['Je vous avais écrit en décembre pour Léa, cette fois ce serait du 22 au 26 février', '2027-02-06T10:00', ['2027-02-22', '2027-02-23', '2027-02-24', '2027-02-25', '2027-02-26']],
  ["Hugo quitte l'école à la fin du mois de mars, merci d'annuler ses réservations du 1er au 9 avril", '2027-03-03T11:00', ['2027-04-01', '2027-04-02', '2027-04-05', '2027-04-06', '2027-04-07', '2027-04-08', '2027-04-09']],
])('times of the story are no days asked: %s', (text, now, days) => expect(on(now, text)).toEqual(days));

test('« Jules, lui, restera avec moi ce jour-là » is a cancellation of Jules on the day just named', () => {
  const meaning = understand('Camille viendra finalement au centre mercredi, mais Jules, lui, restera avec moi ce jour-là.', { now: '2027-03-23T10:00', children: ['Camille', 'Jules'] });
  expect(meaning.actions).toEqual([
    { intent: 'reserve', dates: ['2027-03-24'], children: ['Camille'] },
    { intent: 'cancel', dates: ['2027-03-24'], children: ['Jules'] },
  ]);
});
