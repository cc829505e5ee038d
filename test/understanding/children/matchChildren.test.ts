import { matchChildren, normalizeChildCounts } from '../../../src/understanding/children/matchChildren';
import { foldAndExpand } from '../../../src/understanding/text/prepareText';

const family = ['Léa', 'Hugo', 'Inès'];
const children = (text: string, names: string[] = family) => matchChildren(foldAndExpand(text), names).children;

describe('matchChildren', () => {
  it.each([
    ['inscrire lea et INES', ['Léa', 'Inès']],
    ["annuler la résa d'Hugo", ['Hugo']],
    ['pour mes enfants', family],
    ['les petits mardi', family],
    ['tous les trois', family],
    ['mes trois enfants', family],
    ['ma fille ne viendra pas', []],
    ['mon fils était malade', []],
    ['les 2 premiers jours', []],
    ['réserver Léa et Hugo, les deux', ['Léa', 'Hugo']],
    ['mettez les 3 le 7 décembre', family],
    ['tous les trois mercredi', family],
    ['toutes les 3', family],
    ['mes trois vendredi', family],
    ['les 3 enfants', family],
    ['les 3 et 4 mars', []],
    ['les 2, 3 et 4 mars', []],
    ['les 3 décembre et 4 décembre', []],
    ['tous les 3 jours', []],
    ['les inscriptions des trois enfants', family],
    ['le planning des 3 enfants', family],
    ['la résa de mes enfants', family],
    ['aux trois petits', family],
    ['des 3 et 4 mars', []],
  ])('%s', (text, expected) => expect(children(text)).toEqual(expected));

  it('forgives small typos in long names, keeps short ones exact', () => {
    expect(children('annuler pour elenore', ['Éléonore', 'Adam'])).toEqual(['Éléonore']);
    expect(children('Natan mercredi', ['Nathan'])).toEqual(['Nathan']);
    expect(children('les vacances de noel', ['Noé', 'Zoé'])).toEqual([]);
    expect(children('mael et zoe', ['Maël', 'Zoé', 'Noé'])).toEqual(['Maël', 'Zoé']);
  });

  it('reads a count of children as all of them only when the family has that many', () => {
    expect(children('tous les deux', ['Léa', 'Hugo'])).toEqual(['Léa', 'Hugo']);
    expect(children('aux deux petits', ['Léa', 'Hugo'])).toEqual(['Léa', 'Hugo']);
    // Two of three: which two is not said, so no one is named and the dialog asks.
    expect(children('tous les deux', family)).toEqual([]);
    expect(children('inscrire les 2 grands', family)).toEqual([]);
    expect(children('mes deux enfants', family)).toEqual([]);
  });

  it('gives the family spelling and order', () => {
    expect(children('chloe et adam', ['Adam', 'Chloé'])).toEqual(['Adam', 'Chloé']);
  });
});

describe('normalizeChildCounts', () => {
  it.each([
    ['les 3 le 7 8 et 9 decembre', 'les trois le 7 8 et 9 decembre'],
    ['tous les 2 mercredi', 'tous les deux mercredi'],
    ['les 3 et 4 mars', 'les 3 et 4 mars'],
    ['les 2 3 et 4 mars', 'les 2 3 et 4 mars'],
    ['les 2 premiers jours', 'les 2 premiers jours'],
    ['le 3 mars', 'le 3 mars'],
  ])('%s', (text, expected) => expect(normalizeChildCounts(text.split(' ')).join(' ')).toBe(expected));
});
