import { foldText } from '../../../src/understanding/text/foldText';
import { foldAndExpand } from '../../../src/understanding/text/prepareText';
import { SpellingCorrector } from '../../../src/understanding/text/spellingCorrector';
import { editDistance } from '../../../src/understanding/text/editDistance';
import { FOREIGN_HINT, FOREIGN_PHRASES } from '../../../src/understanding/text/smsLexicon';
import { auditedCases, evaluationFiles } from '../../../src/understanding/evaluation/evaluationSets';
import { trainingForAudit } from '../../../src/understanding/intents/trainingData';

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

describe('English, Spanish and Portuguese phrases', () => {
  it('are read in a mixed message', () => {
    expect(foldAndExpand('my son he need garderie after tomorrow, thank you').join(' ')).toBe("my son il a besoin de garderie apres demain merci");
  });
  // (Frozen sets are left out: their sentences are never printed nor tuned on, and a failure here would print one.)
  it('are never skipped: every sentence we train on or have read where one of them is written has a word of the hint', () => {
    const readFiles = evaluationFiles().filter((file) => !file.startsWith('eval/frozen/'));
    const texts = [...trainingForAudit().map((s) => s.text), ...readFiles.flatMap((file) => auditedCases(file).map((c) => c.text))];
    const skipped = texts.filter((text) => FOREIGN_PHRASES.some(([pattern]) => new RegExp(pattern.source, 'iu').test(text)) && !FOREIGN_HINT.test(text));
    expect(skipped).toEqual([]);
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
