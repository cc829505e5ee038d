/**
 * Round 11 (issue 9): families of phrasings found in conversation and in set J once it
 * was read. The sentences are written anew for the tests, not copied from the set.
 */
import { understand } from '../../../src/understanding/understand';

// Tuesday 1 December 2026.
const options = { now: '2026-12-01T10:00', children: ['Nathan', 'Zoé'] };
const read = (text: string) => understand(text, options);

describe('a word between the verb and the place keeps its polarity', () => {
  test('« n’ira finalement pas au centre » cancels', () => {
    expect(read("Bonjour, Nathan n'ira finalement pas au centre de loisirs mercredi, son père le récupère.")).toMatchObject({
      intent: 'cancel',
      dates: ['2026-12-02'],
      children: ['Nathan'],
    });
  });
});

describe('another plan cancelled is a reason to come, not a cancellation', () => {
  test('« on a annulé le voyage » beside « seront là » books', () => {
    expect(read('les 2 seront là mercredi finalement, on a annulé le voyage')).toMatchObject({ intent: 'reserve', dates: ['2026-12-02'], children: ['Nathan', 'Zoé'] });
  });

  test('« on a annulé la garderie » is still the service', () => {
    expect(read('on a annulé la garderie de mercredi pour Zoé').intent).toBe('cancel');
  });
});

describe('a booking kept beside one cancelled', () => {
  test('« on garde la résa de jeudi mais on supprime celle de vendredi » cancels Friday only', () => {
    expect(read('on garde la résa de jeudi mais on supprime celle de vendredi pour Nathan')).toMatchObject({ intent: 'cancel', dates: ['2026-12-04'] });
  });
});

describe('a change said useless is not made', () => {
  test.each([
    ['ça sert à rien de garder la place de nathan mercredi, il est malade', 'cancel'],
    ["c'est pas utile de réserver Zoé jeudi", 'cancel'],
    ["inutile d'annuler Zoé jeudi, elle viendra", 'reserve'],
  ])('%s → %s', (text, intent) => expect(read(text).intent).toBe(intent));
});

describe('a need told in a grandparent’s words, and « faire le nécessaire »', () => {
  test('« il faudrait qu’il soit pris à la garderie » books', () => {
    expect(read("Il faudrait qu'il soit pris à la garderie jeudi et vendredi de cette semaine, c'est pour Nathan.")).toMatchObject({
      intent: 'reserve',
      dates: ['2026-12-03', '2026-12-04'],
    });
  });

  test('« ne vont plus au centre…, pouvez-vous faire le nécessaire ? » cancels', () => {
    expect(read('les petits ne vont plus au centre mercredi, pouvez-vous faire le nécessaire ?').intent).toBe('cancel');
  });
});

describe('what the assistant is for, asked in everyday words, is help', () => {
  test.each([
    ['Tu peux me dire à quoi tu sers ? genre tu peux réserver des trucs ?'],
    ['salut, quoi tu sais faire ?'],
    ['le robot il peut annuler pour moi ou faut passer par le site ?'],
    ['Pourriez-vous me dire comment fonctionne cet assistant ?'],
    ['Je découvre cet outil, que pouvez-vous faire ?'],
    ['dites-moi ce que vous êtes en mesure de faire'],
  ])('%s', (text) => expect(read(text).intent).toBe('help'));

});

describe('a request said late in the parent’s own words asks an exception', () => {
  test.each([
    ['zoé demain soir possible ? je sais c tard'],
    ['je sais que c’est super en retard mais y a moyen de mettre Nathan au centre mercredi ?'],
    ['c’est à la bourre, je sais, un petit joker pour Zoé jeudi ?'],
  ])('%s', (text) => expect(read(text).intent).toBe('late_request'));

  test('a parent late tonight is no late request', () => {
    expect(read('je suis en retard ce soir, Zoé peut rester à la garderie ?').intent).toBe('reserve');
  });
});

describe('a child away from now on, and the bookings of a weekday up to a bound', () => {
  test('« ira désormais chez sa nourrice…, annuler ses réservations du jeudi jusqu’aux vacances » cancels those Thursdays', () => {
    expect(read('Nathan ira désormais chez sa nourrice le jeudi ; merci d’annuler ses réservations du jeudi jusqu’aux vacances.')).toMatchObject({
      intent: 'cancel',
      dates: ['2026-12-03', '2026-12-10', '2026-12-17'],
      children: ['Nathan'],
    });
  });
});

describe('a day told as planned, then taken away in words, is the story of the change', () => {
  test('« j’avais dit qu’il irait jeudi…, enlever le jeudi et mettre le vendredi » cancels Thursday and books Friday', () => {
    const meaning = read("Je me suis trompée ! J'avais dit que Nathan irait à la garderie jeudi, mais c'est vendredi qu'il en a besoin. Vous pouvez enlever le jeudi et mettre le vendredi à la place ?");
    expect(meaning.actions).toEqual([
      { intent: 'cancel', dates: ['2026-12-03'], children: ['Nathan'] },
      { intent: 'reserve', dates: ['2026-12-04'], children: ['Nathan'] },
    ]);
  });
});

describe('children named in short or in words of their own', () => {
  const family = (text: string, children: string[]) => understand(text, { now: '2026-12-01T10:00', children });

  test('« Ibra » is Ibrahim, the only child whose name starts so', () => {
    expect(family('Ibra sera pas là demain soir, tu vires la résa stp', ['Ibrahim', 'Lou']).children).toEqual(['Ibrahim']);
  });

  test('a French word is no short name: « char » is not Charlotte', () => {
    expect(family('on prépare le char du carnaval mercredi, tu peux annuler ?', ['Charlotte', 'Lou']).children).toEqual([]);
  });

  test('« les gosses » and « mais enfants » (typed for « mes ») are all of them', () => {
    expect(family("j'ai jusqu'à quand pour inscrire les gosses en janvier ?", ['Jade', 'Théo']).children).toEqual(['Jade', 'Théo']);
    expect(family('quelles sont les réservations de mais enfants pour janvier', ['Romane', 'Amine']).children).toEqual(['Romane', 'Amine']);
  });
});

describe('more of set J’s families, in new words', () => {
  test('« tu libères sa place ? » cancels', () => {
    expect(read('Zoé est chez son père toute la semaine prochaine, tu libères sa place ?').intent).toBe('cancel');
  });

  test('thanks for « l’accueil réservé à » a child is smalltalk, no booking', () => {
    expect(read("Merci pour l'accueil réservé à Zoé cette année, bien à vous.").intent).toBe('smalltalk');
  });

  test('« le match des Bleus » is no bruise; « il a des bleus » still is', () => {
    expect(read("t'as vu le match des Bleus hier ?").intent).not.toBe('handoff');
    expect(read('Nathan est rentré avec des bleus sur les bras').intent).toBe('handoff');
  });

  test('« il faudrait que le petit reste à la garderie » in a grandmother’s story books', () => {
    expect(
      read("Sa maman travaille de nuit à l'hôpital et moi je ne conduis plus depuis mon opération. Il faudrait que le petit reste à la garderie jeudi soir. Avec mes respects."),
    ).toMatchObject({ intent: 'reserve', dates: ['2026-12-03'] });
  });

  test('« de mon temps il n’y avait pas de garderie » is a story: the question is a look', () => {
    expect(read("De mon temps, il n'y avait pas de garderie. Pouvez-vous me dire ce qui est réservé pour Nathan la semaine prochaine ?").intent).toBe('check');
  });

  test('« c’est hyper à la bourre… y a moyen de glisser Zoé ? » asks an exception', () => {
    expect(read("Je sais, c'est hyper à la bourre… y a moyen de glisser Zoé au centre le 30 décembre ?").intent).toBe('late_request');
  });

  test('« à l’exception des vendredis » asks no exception', () => {
    expect(read("Je souhaiterais inscrire Zoé à l'accueil de loisirs durant les vacances de Noël, à l'exception des vendredis.").intent).toBe('reserve');
  });

  test('the service’s phone number or address, asked, is a question on the service', () => {
    expect(read('je cherche le numéro de téléphone du service périscolaire').intent).toBe('faq');
    expect(read("quelle est l'adresse mail de la mairie pour le périscolaire ?").intent).toBe('faq');
  });

  test('« Nathan pas jeudi, mettre lui vendredi » moves Thursday to Friday', () => {
    expect(read('je voudrais changer: Nathan pas jeudi, mettre lui vendredi').actions).toEqual([
      { intent: 'cancel', dates: ['2026-12-03'], children: ['Nathan'] },
      { intent: 'reserve', dates: ['2026-12-04'], children: ['Nathan'] },
    ]);
  });

  test('« annuler vendredi et l’inscrire lundi à la place »: the Monday after, not one already past', () => {
    expect(understand("annuler Nathan vendredi et l'inscrire lundi à la place", { now: '2026-12-03T07:40', children: ['Nathan', 'Zoé'] }).actions).toEqual([
      { intent: 'cancel', dates: ['2026-12-04'], children: ['Nathan'] },
      { intent: 'reserve', dates: ['2026-12-07'], children: ['Nathan'] },
    ]);
  });
});

describe('a booking told as done, then checked', () => {
  test('« elle m’a dit avoir réservé…, je préfère m’en assurer » is a look', () => {
    expect(read("Ma belle-fille m'a dit avoir réservé le centre pour Nathan mercredi, mais je préfère m'en assurer auprès de vous.").intent).toBe('check');
  });

  test('« réserve le centre pour Nathan mercredi » still books', () => {
    expect(read('réserve le centre pour Nathan mercredi').intent).toBe('reserve');
  });
});

test('« Zoé c’est mardi 15 » leans on the request being confirmed', () => {
  expect(read("Zoé c'est mardi 15")).toMatchObject({ dates: ['2026-12-15'], children: ['Zoé'], followUp: true });
});

describe('set K’s families, in new words', () => {
  test.each([
    ['Nathan et Zoé sont-ils inscrits pendant les vacances de Noël ?'],
    ['est-ce que Nathan et Zoé son inscrit à la garderie cette semaine'],
    ['Zoé est-elle bien dans la liste pour mercredi 9 ?'],
    ['Tu peux me donner la liste de ce que je réserve pour Nathan en janvier ?'],
  ])('%s → check', (text) => expect(read(text).intent).toBe('check'));

  test.each([
    ["Sa maman voudrait savoir jusqu'à quand on peut décommander la garderie de vendredi, elle n'est pas sûre de ses horaires."],
    ["À quelle échéance dois-je annuler l'accueil du soir de Nathan pour le lundi 14 décembre ?"],
  ])('%s → deadline', (text) => expect(read(text).intent).toBe('deadline'));

  test.each([
    ['Le robot il fait quoi ? Il peut réserver pour moi ?'],
    ['Quel est le rôle exact de cet assistant ?'],
    ["Je voudrais savoir ce que l'on peut demander à ce petit programme."],
  ])('%s → help', (text) => expect(read(text).intent).toBe('help'));
});

describe('a day taken back inside the message', () => {
  const at = (text: string, now: string) => understand(text, { now, children: ['Nathan', 'Zoé'] }).dates;

  test.each([
    ['Nathan mardi au centre ? non attends, jeudi. Tu me le cales jeudi', ['2026-12-03']],
    ['Zoé jeudi... nan attends, vendredi plutôt. Tu la mets à la garderie ?', ['2026-12-04']],
    ["Pour Nathan c'est pas lundi prochain, c'est mardi prochain, je me suis trompée.", ['2026-12-08']],
    ["Ce n'est pas mercredi qu'il faut inscrire Zoé, c'est le mercredi d'après, le 9.", ['2026-12-09']],
    ["Merci de réserver pour Zoé le mercredi 9 décembre, et non celui du 16 comme je l'avais écrit.", ['2026-12-09']],
  ])('%s', (text, dates) => expect(at(text, '2026-12-01T10:00')).toEqual(dates));

  test('« mardi et jeudi, c’est possible ou non ? » keeps both days', () => {
    expect(at("Zoé mardi et jeudi, c'est possible ou non ?", '2026-12-01T10:00')).toEqual(['2026-12-03', '2026-12-08']);
  });
});

describe('circumstances beside a plain request or a proof, praise alone', () => {
  test('« pas au garderie mardi…, on va à l’hôpital » cancels', () => {
    expect(read("Nathan et Zoé pas au garderie mardi, on va a l'hopital pour l'operation de leur grand-mère.").intent).toBe('cancel');
  });

  test('a hospital paper sent for days past is an absence justified, with its days', () => {
    expect(
      understand("Je vous adresse le bulletin d'hospitalisation de Zoé, qui justifie son absence du lundi 30 novembre et du mardi 1er décembre.", {
        now: '2026-12-03T10:00',
        children: ['Nathan', 'Zoé'],
      }),
    ).toMatchObject({ intent: 'absence', dates: ['2026-11-30', '2026-12-01'] });
  });

  test('praise of the service alone is smalltalk; praise with a worry is not', () => {
    expect(read("Je tenais à vous dire que votre équipe a été formidable l'an passé. Au revoir.").intent).toBe('smalltalk');
    expect(read("L'équipe est super mais je suis inquiète, Zoé pleure en rentrant.").intent).not.toBe('smalltalk');
  });

  test('« plus nécessaire de leur garder une place » cancels', () => {
    expect(read("Il n'est donc plus nécessaire de leur garder une place au centre mercredi 9, Nathan et Zoé seront chez nous.").intent).toBe('cancel');
  });
});
