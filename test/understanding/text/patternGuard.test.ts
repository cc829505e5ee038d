import { guarded, neededStrings } from '../../../src/understanding/text/patternGuard';

describe('the strings a pattern needs', () => {
  it('reads the words one of which every match holds', () => {
    expect(neededStrings(/\b(?:annul|supprim|retir)\w* (?:la|le) reservation\b/)).toEqual([' reservation']);
    expect(neededStrings(/\b(?:annul|supprim|retir)\w*\b/)).toEqual(['annul', 'supprim', 'retir']);
    expect(neededStrings(/\bthis week\b/i)).toEqual(['this week']);
    expect(neededStrings(/(?:\b[lL]['’]\s?)?\bafter[\s-]?school\b/)).toEqual(['school']);
  });

  it('needs nothing from what may be absent: optional parts, lookarounds, classes, short strings', () => {
    expect(neededStrings(/(?:annuler)?\s*demain/)).toEqual(['demain']);
    expect(neededStrings(/^(?!.*\bzenfant\b).*\bgarderie\b/)).toEqual(['garderie']);
    expect(neededStrings(/(?<=annuler )\d+/)).toBeUndefined();
    expect(neededStrings(/\b(?:le|la|annuler)\b/)).toBeUndefined();
    expect(neededStrings(/x{1,3}yz/)).toBeUndefined();
    expect(neededStrings(/([a-z])\1{2,}/)).toBeUndefined();
    expect(neededStrings(/ab+cd/)).toBeUndefined();
    expect(neededStrings(/abc+de/)).toEqual(['abc']);
    // "[^]" is any character, not the start of a class that runs on: the other branch needs nothing of "fgh".
    expect(neededStrings(/[^]a|bcd[e]fgh/)).toBeUndefined();
    expect(neededStrings(/^(?:(?!\blundi\b)[^])*?\b(la semaine prochaine)\b/)).toEqual(['la semaine prochaine']);
  });
});

describe('a guarded pattern', () => {
  const patterns = [
    /\b(?:annul|supprim|retir)\w*\b/g,
    /\bgarderie (?:du )?(mardi|jeudi)\b/gi,
    /(?<!\p{L})(?:semaine|sem) pro(?:chaine)?\b/giu,
    /\bLÉA\b/i,
    /^(?!.*\bzenfant\b).*\bcentre de loisirs\b/,
  ];
  const texts = [
    'annuler la garderie du mardi',
    'Garderie Jeudi et SUPPRIMER vendredi',
    'la sem pro, la semaine prochaine',
    'léa vient au centre de loisirs',
    'zenfant au centre de loisirs',
    'rien à voir',
    '',
  ];

  it('answers exactly as the plain pattern, whatever the text', () => {
    for (const plain of patterns) {
      const guard = guarded(plain);
      for (const text of texts) {
        plain.lastIndex = 0;
        guard.lastIndex = 0;
        expect([text, guard.test(text)]).toEqual([text, plain.test(text)]);
        plain.lastIndex = 0;
        guard.lastIndex = 0;
        expect(text.replace(guard, '<$&>')).toBe(text.replace(plain, '<$&>'));
        expect(text.replace(guard, (m) => m.toUpperCase())).toBe(text.replace(plain, (m) => m.toUpperCase()));
        expect(text.match(guard)).toEqual(text.match(plain));
        expect([...text.matchAll(new RegExp(guard.source, `${guard.flags.replace('g', '')}g`))].map((m) => m[0])).toEqual([...text.matchAll(new RegExp(plain.source, `${plain.flags.replace('g', '')}g`))].map((m) => m[0]));
      }
    }
  });

  it('walks every match of a global pattern, then starts again', () => {
    const guard = guarded(/\b(?:annul|supprim)\w*/g);
    const text = 'annuler mardi, supprimer jeudi';
    const found: string[] = [];
    for (let match = guard.exec(text); match; match = guard.exec(text)) found.push(match[0]);
    expect(found).toEqual(['annuler', 'supprimer']);
    expect(guard.lastIndex).toBe(0);
    guard.lastIndex = 5;
    expect(guard.exec('rien ici')).toBeNull();
    expect(guard.lastIndex).toBe(0);
  });

  it('does not run on a text that lacks every needed word', () => {
    const guard = guarded(/\b(?:annul|supprim)\w*\b/) as RegExp & { mayMatch(text: string): boolean };
    expect(guard.mayMatch('réserver la garderie mardi')).toBe(false);
    expect(guard.mayMatch('il faut annuler')).toBe(true);
  });
});
