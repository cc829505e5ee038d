import { evidenceOf } from '../../../src/understanding/intents/evidence';
import { understandInDetail } from '../../../src/understanding/understand';

const options = { now: '2026-03-09T10:00', children: ['Léa', 'Hugo', 'Inès'] };

describe('evidenceOf', () => {
  const known = new Set(['annuler', 'garderie']);
  it('counts content words, not function words, masks, digits or calendar words', () => {
    expect(evidenceOf('je veux annuler la garderie de zenfant zdate', (t) => known.has(t))).toEqual({ content: 3, known: 2, childAndDay: true });
    expect(evidenceOf('le bus 111 est en retard', () => false)).toEqual({ content: 2, known: 0, childAndDay: false });
    expect(evidenceOf('ferme le lundi de paques', () => false)).toEqual({ content: 1, known: 0, childAndDay: false });
  });
});

describe('the evidence guard', () => {
  it.each([
    'zzzz',
    'qwertyuiop',
    'ma trottinette est en panne',
    'Léa',
    'Hugo et Inès',
    'mardi',
    'le 18 mars',
  ])('%s → none', (text) => {
    const result = understandInDetail(text, options);
    expect(result.intent).toBe('none');
  });

  it('still reads a bare name with a day as a request', () => {
    expect(understandInDetail('Léa mardi', options).intent).toBe('reserve');
  });

  it('keeps greetings, thanks and goodbyes as smalltalk', () => {
    for (const text of ['bonjour', 'merci beaucoup', 'bonne soirée', 'coucou', 'au revoir', 'merciii']) {
      expect(understandInDetail(text, options).intent).toBe('smalltalk');
    }
  });
});

describe('thanks and goodbyes, in French or in the family\'s own language', () => {
  it.each([
    ['bonjour', undefined],
    ['merci beaucoup', 'thanks'],
    ['je vous remercie', 'thanks'],
    ['obrigada', 'thanks'],
    ['ok thanks', 'thanks'],
    ['au revoir', 'goodbye'],
    ['obrigada, tchau', 'goodbye'],
    ['gracias, adiós', 'goodbye'],
    ['ciao', 'goodbye'],
    ['merci, bonne soirée', 'good_evening'],
  ])('%s → %s', (text, courtesy) => {
    const result = understandInDetail(text, options);
    expect(result.intent).toBe('smalltalk');
    expect(result.courtesy).toBe(courtesy);
  });
});

describe('a message sent here by mistake is said to be so', () => {
  it.each(['oups pardon, ce message était pour ma sœur', "je me suis trompé de destinataire, désolé", "c'était pas pour toi ce msg"])('%s → none, misdirected', (text) => {
    const result = understandInDetail(text, options);
    expect(result.intent).toBe('none');
    expect(result.courtesy).toBe('misdirected');
  });

  it('a plain request is no mistake', () => {
    expect(understandInDetail('pardon, je voulais dire jeudi pour ma fille', options).courtesy).toBeUndefined();
  });
});

describe('a question on nothing the service knows of', () => {
  it.each(['Quel temps va-t-il faire ce week-end ?', "Je n'en peux plus de ces embouteillages sur le pont, tous les matins c'est l'enfer !"])('%s → none', (text) => {
    expect(understandInDetail(text, options).intent).toBe('none');
  });

  it.each(["Quels sont les horaires de l'accueil du soir ?", 'Comment créer mon compte citoyen ?', 'Combien coûte une journée de centre ?'])('%s stays a service question', (text) => {
    expect(understandInDetail(text, options).intent).toBe('faq');
  });
});
