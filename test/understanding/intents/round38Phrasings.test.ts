/**
 * Round 38 (issue 9): families found in set BB once read, and leftovers of the talks with the
 * assistant, written as new sentences (none is copied from a set).
 */
import { understand } from '../../../src/understanding/understand';
import { withoutMemories } from '../../../src/understanding/sentenceFocus';

// Monday 1 February 2027, in the morning (winter holidays of zone C from Saturday 20 February, back on Monday 8 March).
const options = { now: '2027-02-01T09:00', children: ['Ambre', 'Tiago', 'Noor'] };
const read = (text: string, now = options.now) => understand(text, { now, children: options.children });

describe('stories beside the request', () => {
  test('a childhood memory in the imperfect is neither a change nor a day asked', () => {
    expect(withoutMemories('Bonjour, quand j’étais gamin, le mercredi on n’avait pas école. Pourriez-vous inscrire Tiago le mercredi 10 ?')).toBe('Pourriez-vous inscrire Tiago le mercredi 10 ?');
    // (A memory with a request in the same sentence stays, and so does a message that is nothing but memories.)
    expect(withoutMemories('Quand j’étais petite j’adorais le centre, alors inscrivez Noor mercredi. Merci.')).toBe('Quand j’étais petite j’adorais le centre, alors inscrivez Noor mercredi. Merci.');
    expect(withoutMemories('Dans le temps on allait au bal le samedi.')).toBe('Dans le temps on allait au bal le samedi.');
    expect(withoutMemories('Inscrivez Noor jeudi. Quand j’avais son âge on rentrait seule de l’école.')).toBe('Inscrivez Noor jeudi.');
    expect(read('Dans le temps on se levait à cinq heures pour traire les vaches et on rentrait à la nuit. Aujourd’hui les jeunes ne connaissent plus le vrai travail. Je radote, ma femme me le dit.').intent).toBe('none');
    expect(read('Bonjour, quand j’étais gamin, le mercredi on n’avait pas école et on allait pêcher avec mon père. Pourriez-vous inscrire Tiago au centre le mercredi 10 février ?')).toMatchObject({
      intent: 'reserve',
      dates: ['2027-02-10'],
      children: ['Tiago'],
    });
    // (Only a memory that opens its sentence: « comme on faisait autrefois » inside the absence told keeps that sentence.)
    expect(read('Noor a eu de la fièvre et n’est pas allée au centre avant-hier, je l’ai soignée comme on faisait autrefois. Je vous envoie le certificat.', '2027-02-03T09:00')).toMatchObject({
      intent: 'absence',
      dates: ['2027-02-01'],
    });
  });

  test('« ce jour-là » beside a day of its own sentence is that day: the day of the story stays out', () => {
    expect(read('Le 19 c’est la fête de mon club de belote, on fait un repas, je vous raconte ma vie. Ce que je voulais, c’est de mettre Noor au centre le mercredi 10 février, parce que ce jour-là j’ai le dentiste.')).toMatchObject({
      intent: 'reserve',
      dates: ['2027-02-10'],
    });
    // (A « ce jour-là » with no day of its own leans on the story's day, which is then the day asked.)
    expect(read('Ma fille reprend le travail le lundi 8 février. Il faudrait que Noor reste à la garderie toute cette semaine-là.').dates).toEqual(['2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12']);
  });

  // (A guard: the classifier reads this message right without the rule; set BB had one it did not.)
  test('a change of a past day, told beside a change to come, is the story', () => {
    expect(read('Jeudi dernier je suis allée chercher Noor à la sortie, elle m’a tout raconté. Cette semaine, sa mère voudrait qu’elle reste au soir le vendredi.')).toMatchObject({
      intent: 'reserve',
      dates: ['2027-02-05'],
      children: ['Noor'],
    });
  });

  test('another activity the child is enrolled in is the reason of the cancellation, not a booking', () => {
    const got = read('Ambre étant maintenant inscrite à une activité sportive le jeudi, merci de retirer tous ses jeudis jusqu’aux vacances.');
    expect(got).toMatchObject({ intent: 'cancel', dates: ['2027-02-04', '2027-02-11', '2027-02-18'], children: ['Ambre'] });
    expect(got.actions).toBeUndefined();
  });

  test('a move planned « fin mars » is a time of the story, not the whole month', () => {
    const got = read('Notre déménagement est prévu fin mars, annulez donc Tiago tous les mercredis d’avril.');
    expect(got.intent).toBe('cancel');
    expect(got.dates.length).toBeGreaterThan(0);
    expect(got.dates.every((day) => day.startsWith('2027-04'))).toBe(true);
    // (« jusqu’à fin mars » is still the end of the days asked.)
    expect(read('annulez Tiago tous les mercredis jusqu’à fin mars').dates).toContain('2027-03-31');
  });

  test('« avant la semaine prochaine » is a bound told, not the week of the weekdays asked', () => {
    expect(read('Pas de collectivité pour Ambre avant la semaine prochaine d’après le pédiatre, enlevez-la demain et jeudi.')).toMatchObject({
      intent: 'cancel',
      dates: ['2027-02-02', '2027-02-04'],
    });
  });

  // (A guard: these two are read right without the rule's change; set BB had two that were not.)
  test('talk with no word of the service asks no person, even with « vrai » or a price in it', () => {
    expect(read('Le vrai travail de la terre, les jeunes ne savent plus ce que c’est, je radote, ma femme me le dit tous les jours.').intent).not.toBe('handoff');
    expect(read('non non pas toi je parlais au voisin, trois kilos de pommes deux euros').intent).not.toBe('handoff');
    expect(read('je voudrais parler à une vraie personne s’il vous plaît, c’est pour une facture').intent).toBe('handoff');
  });
});

describe('children of the request', () => {
  test('the sentence that asks names all the children, the story names one', () => {
    expect(read('Je suis la tante de Noor, elle me parle souvent de vous. Pourriez-vous me dire ce qui est réservé pour les enfants la semaine prochaine ?').children).toEqual(['Ambre', 'Tiago', 'Noor']);
    // (A count lower than the family names fewer: « les inscrire toutes les deux » after two names.)
    expect(read('Je suis la tata de Noor et Ambre. Leur papa voudrait les inscrire toutes les deux mercredi 10 février.').children.sort()).toEqual(['Ambre', 'Noor']);
  });

  test('« à l’exception d’Ambre », elided, leaves that child out', () => {
    expect(read('Je souhaite inscrire mes trois enfants au centre le mercredi 10 février, à l’exception d’Ambre qui sera chez sa marraine.').children).toEqual(['Tiago', 'Noor']);
  });

  test('« pour qu’ils aillent tous les trois au centre » is a booking', () => {
    expect(read('Mon gendre m’a demandé de vous écrire pour qu’ils aillent tous les trois au centre le mercredi 10 février, le docteur ne veut pas que je conduise.')).toMatchObject({
      intent: 'reserve',
      dates: ['2027-02-10'],
    });
  });
});

describe('days the family takes', () => {
  test('« sa grand-mère prendra le relais » the weekdays named: out of the days asked', () => {
    expect(read('Pouvez-vous inscrire Tiago au centre du lundi 22 au vendredi 26 février. Le mercredi, son grand-père prendra le relais.').dates).toEqual(['2027-02-22', '2027-02-23', '2027-02-25', '2027-02-26']);
    // (Wednesday 14 July is a public holiday.)
    expect(read('Merci d’inscrire Noor au centre tous les lundis, mercredis et jeudis de juillet. Les mardis et vendredis, sa grand-mère maternelle prendra le relais.').dates).toEqual([
      '2027-07-01', '2027-07-05', '2027-07-07', '2027-07-08', '2027-07-12', '2027-07-15', '2027-07-19', '2027-07-21', '2027-07-22', '2027-07-26', '2027-07-28', '2027-07-29',
    ]);
  });
});

describe('weeks and periods said twice or in part', () => {
  test('« la semaine suivante, celle du 8 mars » is one week', () => {
    expect(read('Merci d’annuler Noor la semaine du 1er mars et de la mettre plutôt la semaine suivante, celle du 8 mars.').actions).toEqual([
      { intent: 'cancel', dates: ['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05'], children: ['Noor'] },
      { intent: 'reserve', dates: ['2027-03-08', '2027-03-09', '2027-03-10', '2027-03-11', '2027-03-12'], children: ['Noor'] },
    ]);
  });

  test('« mais pas tout l’été » says no day out of the days asked', () => {
    expect(read('Les enfants partiront un peu chez leur tante, mais pas tout l’été. Jusqu’à quand peut-on les inscrire pour juillet ?', '2027-05-30T10:00').dates).toHaveLength(21);
  });
});

describe('ranges said in other words', () => {
  test('« à compter du », « allant d’aujourd’hui au », « jusqu’à le fin de »', () => {
    expect(read('Merci d’inscrire Tiago à la garderie à compter du lundi 8 février jusqu’au vendredi 12.').dates).toEqual(['2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12']);
    expect(read('Pourriez-vous me dire ce qui est réservé pour Noor sur la période allant d’aujourd’hui au jeudi 4 février ?').dates).toEqual(['2027-02-01', '2027-02-02', '2027-02-03', '2027-02-04']);
    expect(read('Ambre elle peut rester au centre chaque mercredi jusqu’à le fin de février ?').dates).toEqual(['2027-02-03', '2027-02-10', '2027-02-17', '2027-02-24']);
  });

  test('a period told around days asked by their numbers does not frame them: the story’s other days stay out', () => {
    expect(read('Pendant les vacances je serai chez ma sœur à Lisbonne du 22 février au 5 mars. Il faudrait mettre Noor au centre le 24, le 25 et le 26 février. Merci !')).toMatchObject({
      intent: 'reserve',
      dates: ['2027-02-24', '2027-02-25', '2027-02-26'],
    });
  });
});

describe('dictation', () => {
  test('a sign-off dictated after the request without a stop is not part of its last change', () => {
    expect(read('alors c’est pour noor euh annuler le mercredi 3 février et à la place euh la mettre le mercredi 10 voilà c’est tout merci bonne journée').actions).toEqual([
      { intent: 'cancel', dates: ['2027-02-03'], children: ['Noor'] },
      { intent: 'reserve', dates: ['2027-02-10'], children: ['Noor'] },
    ]);
    expect(read('merci beaucoup bonne journée').intent).toBe('smalltalk');
  });
});

describe('moves', () => {
  test('a change verb in another sentence does not make a range a move', () => {
    expect(read('emploi du temps changé encore. garderie pr Tiago du lundi au vendredi la semaine pro svp')).toMatchObject({
      intent: 'reserve',
      dates: ['2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'],
    });
  });

  // (A guard: the reading was right before, by another way; the rule keeps it when the move verb is read first.)
  test('the day moved to ends at its clause', () => {
    expect(read('J’avais demandé de passer Noor du mardi au jeudi, rien n’a bougé. Je répète : enlevez mardi et mettez-la jeudi.').actions).toEqual([
      { intent: 'cancel', dates: ['2027-02-02'], children: ['Noor'] },
      { intent: 'reserve', dates: ['2027-02-04'], children: ['Noor'] },
    ]);
  });

  test('« à la place de vendredi 5 » is a move, like « au lieu de »', () => {
    expect(read('Je voudrais mettre Ambre au centre le lundi 8 février à la place de vendredi 5, il faudra donc retirer le vendredi.').actions).toEqual([
      { intent: 'reserve', dates: ['2027-02-08'], children: ['Ambre'] },
      { intent: 'cancel', dates: ['2027-02-05'], children: ['Ambre'] },
    ]);
  });

  test('« mé » typed for « mais » splits the two changes', () => {
    expect(read('enleve noor jeudi mé mettez la vendredi a la place').actions).toEqual([
      { intent: 'cancel', dates: ['2027-02-04'], children: ['Noor'] },
      { intent: 'reserve', dates: ['2027-02-05'], children: ['Noor'] },
    ]);
  });

  test('« à la place » at the end of a sentence belongs to the next change, which keeps the child', () => {
    expect(read('Retirez Tiago du mercredi 3. Et à la place, mettez lui le jeudi 4.').actions).toEqual([
      { intent: 'cancel', dates: ['2027-02-03'], children: ['Tiago'] },
      { intent: 'reserve', dates: ['2027-02-04'], children: ['Tiago'] },
    ]);
  });
});
