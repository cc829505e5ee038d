/** Date families a fresh set of parents' messages showed the grammar missing (issue 9, set D read on 1 December). */
import { understand } from '../../../src/understanding/understand';

const on = (now: string, text: string) => understand(text, { now, children: ['Léa', 'Hugo', 'Inès'] }).dates;
const TUESDAY_10_NOVEMBER = '2026-11-10T21:10';

test.each([
  ["tous les mercredis d'avril jusqu'aux vacances pour Léa", ['2027-04-07', '2027-04-14']],
  ['les trois tous les mercredis de décembre avant les vacances', ['2026-12-02', '2026-12-09', '2026-12-16']],
  ['tous les mardis de décembre pour Hugo', ['2026-12-01', '2026-12-08', '2026-12-15', '2026-12-22', '2026-12-29']],
])('a month cut at the holidays that follow it: %s', (text, days) => expect(on(TUESDAY_10_NOVEMBER, text)).toEqual(days));

test.each([
  ["Léa aura besoin de l'accueil du soir les 18, 20 et 21", ['2026-11-18', '2026-11-20']],
  ['Hugo les 18 20 et 24', ['2026-11-18', '2026-11-20', '2026-11-24']],
])('days of the month in a list, commas or not: %s', (text, days) => expect(on(TUESDAY_10_NOVEMBER, text)).toEqual(days));

test.each([
  ["Pour annuler un mercredi, il faut prévenir combien de temps à l'avance ?"],
  ["Est-ce que le délai est différent quand c'est un lundi ?"],
])('"un lundi" is any Monday, no day: %s', (text) => expect(on(TUESDAY_10_NOVEMBER, text)).toEqual([]));
