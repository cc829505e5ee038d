import { foldText } from '../../../src/understanding/text/foldText';
import { foldAndExpand } from '../../../src/understanding/text/prepareText';
import { SpellingCorrector } from '../../../src/understanding/text/spellingCorrector';
import { editDistance } from '../../../src/understanding/text/editDistance';

describe('foldText', () => {
  it.each([
    ["Jusqu’à vendredi", "jusqu' a vendredi"],
    ['Réservé pour Éléonore 🙏🙏', 'reserve pour eleonore'],
    ['le 20/03 !!', 'le 20/03'],
    ['après-demain', 'apres demain'],
    ["C'EST URGENT", "c' est urgent"],
    ['le 12.03', 'le 12/03'],
    ['merciii beaucouuup', 'merci beaucoup'],
    ['le bus 111', 'le bus 111'],
  ])('%s → %s', (raw, folded) => expect(foldText(raw)).toBe(folded));
});

describe('SMS spellings', () => {
  it('expands the usual abbreviations', () => {
    expect(foldAndExpand('resa pr lea stp dmn').join(' ')).toBe("reservation pour lea s' il te plait demain");
    expect(foldAndExpand('jsp qd ds bcp').join(' ')).toBe('je sais pas quand dans beaucoup');
  });
});

describe('SpellingCorrector', () => {
  const speller = new SpellingCorrector(['annuler', 'inscrire', 'mercredi', 'jeudi', 'vendredi', 'place', 'agent', 'mai', 'les']);
  it.each([
    ['annluer', 'annuler'],
    ['inscire', 'inscrire'],
    ['mecredi', 'mercredi'],
    ['jeudii', 'jeudi'],
    ['vendredy', 'vendredi'],
    ['plcae', 'place'],
    ['agnet', 'agent'],
  ])('%s → %s', (typo, word) => expect(speller.correct(typo)).toBe(word));
  it('leaves short and unknown-far words alone', () => {
    expect(speller.correct('mais')).toBe('mais');
    expect(speller.correct('lea')).toBe('lea');
    expect(speller.correct('bonjour')).toBe('bonjour');
  });
  it('counts a transposition as one edit', () => expect(editDistance('demnade', 'demande')).toBe(1));
});
