/**
 * Round 4: phrasings parents use that earlier rounds missed — negative lists ("ni … ni"),
 * past absences without "malade" / "absent", polite requests for a place, a missed
 * deadline, practical questions on the service and chat goodbyes. None of these
 * sentences is an evaluation sentence; they were written apart from the training ones.
 */
import { foldAndExpand } from '../../../src/understanding/text/prepareText';
import { understand } from '../../../src/understanding/understand';

// Wednesday 11 March 2026.
const options = { now: '2026-03-11T10:00', children: ['Léa', 'Hugo', 'Inès'] };

describe('round 4 phrasings', () => {
  it.each([
    ['Inès ne viendra ni jeudi ni vendredi', 'cancel', ['2026-03-12', '2026-03-13'], ['Inès']],
    ['ni lundi ni mardi pour Léa svp', 'cancel', ['2026-03-16', '2026-03-17'], ['Léa']],
    ['Hugo n\'ira ni le 16 ni le 17', 'cancel', ['2026-03-16', '2026-03-17'], ['Hugo']],
    ['Léa n\'est venue ni lundi ni mardi', 'absence', ['2026-03-09', '2026-03-10'], ['Léa']],
    ['Hugo n\'était pas là lundi, il avait rendez-vous chez le médecin', 'absence', ['2026-03-09'], ['Hugo']],
    ['Inès est restée à la maison hier', 'absence', ['2026-03-10'], ['Inès']],
    ['Léa n\'a pas pu venir mardi', 'absence', ['2026-03-10'], ['Léa']],
    ['j\'ai gardé Hugo à la maison mardi', 'absence', ['2026-03-10'], ['Hugo']],
    ['est-ce que vous pouvez prendre Inès jeudi ?', 'reserve', ['2026-03-12'], ['Inès']],
    ['vous pourriez accueillir Léa lundi prochain ?', 'reserve', ['2026-03-16'], ['Léa']],
    ['serait-il possible de garder Léa jeudi soir ?', 'reserve', ['2026-03-12'], ['Léa']],
    ['j\'ai raté la date limite pour lundi, c\'est possible quand même ?', 'late_request', ['2026-03-16'], []],
    ['on a loupé la date butoir, y a-t-il une solution pour mercredi ?', 'late_request', ['2026-03-18'], []],
  ])('%s → %s', (text, intent, dates, children) =>
    expect(understand(text, options)).toMatchObject({ intent, dates, children }));

  it.each([
    ['faut-il apporter un goûter ?', 'faq'],
    ['est-ce que le goûter est compris ?', 'faq'],
    ['il faut mettre des affaires de rechange ?', 'faq'],
    ['a+', 'smalltalk'],
    ['à+ !', 'smalltalk'],
    ['merci à+', 'smalltalk'],
    ['bisous et bonne soirée', 'smalltalk'],
    ['grosses bises à tous', 'smalltalk'],
  ])('%s → %s', (text, intent) => expect(understand(text, options).intent).toBe(intent));

  it.each([
    // Future stays at home are cancellations, questions on bookings stay checks.
    ['Hugo restera à la maison jeudi', 'cancel'],
    ['je garde Léa à la maison vendredi', 'cancel'],
    ['est-ce que vous pouvez me dire si Inès est inscrite mercredi ?', 'check'],
    ['c\'est quand la date limite pour jeudi ?', 'deadline'],
  ])('%s → %s (unchanged)', (text, intent) => expect(understand(text, options).intent).toBe(intent));
});

describe('chat symbols', () => {
  it('reads "a+", "à+" and "@+" as "à plus", but not a "+" inside a word ("ab+")', () => {
    expect(foldAndExpand('a+')).toEqual(['a', 'plus']);
    expect(foldAndExpand('merci, à+ !')).toEqual(['merci', 'a', 'plus']);
    expect(foldAndExpand('@+')).toEqual(['a', 'plus']);
    expect(foldAndExpand('groupe sanguin ab+')).toEqual(['groupe', 'sanguin', 'ab']);
  });
});
