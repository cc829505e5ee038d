/**
 * Round 34 (issue 9): families found in set AX once read, written as new sentences (none
 * is copied from a set).
 */
import { understand } from '../../../src/understanding/understand';

// Monday 1 February 2027, in the morning (winter holidays of zone C from Saturday 20 February, back on Monday 8 March).
const options = { now: '2027-02-01T09:00', children: ['Ambre', 'Tiago', 'Noor'] };
const read = (text: string, now = options.now, children = options.children) => understand(text, { now, children });
const weekOfThe8th = ['2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'];
const firstWinterWeek = ['2027-02-22', '2027-02-23', '2027-02-24', '2027-02-25', '2027-02-26'];
const changes = (text: string) => read(text).actions?.map((a) => `${a.intent} ${a.dates.join(',')} ${a.children.join(',')}`);

describe('a sentence of the story beside a request that names its own days', () => {
  test('a feast, a trip, a return told in sentences of their own are no days asked', () => {
    expect(read('Le 10 février c’est la fête de mon village, on ne la rate jamais. Pouvez-vous inscrire Noor au centre le mercredi 17 ?').dates).toEqual(['2027-02-17']);
    expect(read('Je pars à Lyon le 9 et je reviens le 12. Il faudrait que Tiago reste à la garderie le jeudi 11.').dates).toEqual(['2027-02-11']);
  });

  test('a day added, a day said better, a request leaning on the story: those days stay', () => {
    expect(read('Il faudrait Ambre à la garderie le mardi 9. Et aussi le jeudi 11, puisque je travaille tard.').dates).toEqual(['2027-02-09', '2027-02-11']);
    expect(read('Ambre à la garderie mardi 9 et jeudi 11 svp. Non pardon, mardi 9 et vendredi 12, le jeudi c’est sa tante.').dates).toEqual(['2027-02-09', '2027-02-12']);
    expect(read('Mon mari est en déplacement du 8 au 12 février. Pouvez-vous garder Ambre le soir toute cette semaine-là ?').dates).toEqual(weekOfThe8th);
  });

  test('a period told frames the days asked inside it', () => {
    expect(read('Je serai à l’hôpital du lundi 8 au vendredi 12 février. Pourriez-vous garder Tiago ces jours-là, le mercredi au centre et les autres soirs à la garderie ?').dates).toEqual(weekOfThe8th);
  });

  test('a story in the past, years ago, adds no day; nor does a remark on today', () => {
    expect(read('Aujourd’hui les enfants ont tous des téléphones. Enfin. Pouvez-vous inscrire Noor à la garderie tous les jeudis soir d’ici les vacances d’hiver ?')).toMatchObject({
      dates: ['2027-02-04', '2027-02-11', '2027-02-18'],
      children: ['Noor'],
    });
    expect(read('En février 1975 il avait neigé un mètre, vous vous rendez compte. Bref, mettez Tiago à la garderie jeudi soir svp.').dates).toEqual(['2027-02-04']);
  });

  test('when the family is free, the day wrongly believed, when the reason came up: no days asked', () => {
    expect(read('Mon mari ne prenant ses congés qu’à partir du 1er mars, je souhaiterais inscrire Tiago la première semaine des vacances d’hiver.').dates).toEqual(firstWinterWeek);
    expect(read('je sais que c’est hors délai mais je croyais que c’était le 19 et c’est demain que j’ai mon rendez-vous. Pourriez-vous exceptionnellement garder Ambre demain soir ?')).toMatchObject({ intent: 'late_request', dates: ['2027-02-02'] });
    expect(read('c’est hors délai je sais mais pourriez-vous exceptionnellement prendre Noor jeudi soir, mon planning a changé ce matin')).toMatchObject({ intent: 'late_request', dates: ['2027-02-04'] });
  });

  test('the request of last week, looked at, names no day', () => {
    expect(read('où en est ma demande de la semaine dernière pour Noor ?')).toMatchObject({ intent: 'check', dates: [] });
  });

  test('the week the grandparent takes the children is left out; the other one is asked', () => {
    expect(read('pour les vacances d’hiver je prends les trois enfants chez moi à Dijon la deuxième semaine, mais la première semaine il faut les mettre au centre').dates).toEqual(firstWinterWeek);
  });

  test('a month looked at beside a Sunday of it: the month', () => {
    const result = read('Qu’est-ce qui est réservé pour Noor en mars ? Le 7 mars c’est son anniversaire.');
    expect(result.intent).toBe('check');
    expect(result.dates).toContain('2027-03-08');
    expect(result.dates.length).toBeGreaterThan(15);
  });
});

describe('corrections and hesitations', () => {
  test('« euh on part ce soir » after « tout le reste de la semaine » takes nothing back', () => {
    expect(read('il faut annuler Tiago tout le reste de la semaine euh on part ce soir').dates).toEqual(['2027-02-01', '2027-02-02', '2027-02-03', '2027-02-04', '2027-02-05']);
  });

  test('« je rectifie », « qu’est-ce que je raconte »: the day said after replaces the one before', () => {
    expect(read('Je souhaite inscrire Noor le lundi 8 février ; je rectifie : le mardi 9 février, le lundi étant déjà couvert par sa grand-mère.').dates).toEqual(['2027-02-09']);
    expect(read('il faudrait garder Tiago mardi à la garderie, non qu’est-ce que je raconte, mardi c’est mon kiné, c’est mercredi qu’il doit rester').dates).toEqual(['2027-02-03']);
  });

  test('one date of a list put right keeps the others; « le lundi ils y sont » keeps that Monday', () => {
    expect(read('réserver Noor le mercredi 10 février, le 17 non pardon le 24 février et le 3 mars').dates).toEqual(['2027-02-10', '2027-02-24', '2027-03-03']);
    expect(read('Ambre et Tiago ne seront pas là du 8 au 12 février, non pardon du 9 au 12, le lundi ils y sont').dates).toEqual(['2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12']);
  });

  test('« le jeudi c’est férié », « c’est les vacances »: reasons, no days', () => {
    expect(read('quelle est la date limite pour annuler le vendredi 14 mai, le jeudi c’est férié')).toMatchObject({ intent: 'deadline', dates: ['2027-05-14'] });
    expect(changes('finalement je travaille pas le mercredi 10 mais le mercredi 24 euh c’est les vacances mais bon il faut annuler le 10 pour Noor et l’inscrire le 24')).toEqual(['cancel 2027-02-10 Noor', 'reserve 2027-02-24 Noor']);
  });

  test('« tous les jours sauf le mercredi il reste avec moi »: the Wednesday is left out', () => {
    expect(read('La semaine prochaine, il faut garderie du soir pour Tiago tous les jours sauf le mercredi il reste avec moi.').dates).toEqual(['2027-02-08', '2027-02-09', '2027-02-11', '2027-02-12']);
  });
});

describe('intents and children', () => {
  test('a plain cancellation beside someone of the family or a funeral stays a cancellation', () => {
    expect(read('plus besoin du soir pour Ambre la semaine prochaine, son oncle la récupère tous les jours')).toMatchObject({ intent: 'cancel', dates: weekOfThe8th });
    expect(read('les trois ne viendront pas du 8 au 12 février, nous allons aux obsèques de mon grand-oncle')).toMatchObject({ intent: 'cancel', children: ['Ambre', 'Tiago', 'Noor'] });
  });

  test('« seulement la semaine quand il est avec moi » asks that week; a child, a service and days with « stp » book', () => {
    expect(read('Pour Tiago je besoin le centre pendant les vacances d’hiver mais seulement la semaine quand il est avec moi, la première semaine').intent).toBe('reserve');
    expect(read('tiago au soir tous les jeudis jusqu’aux vacances stp')).toMatchObject({ intent: 'reserve', dates: ['2027-02-04', '2027-02-11', '2027-02-18'] });
  });

  test('certificates promised « dans le délai de sept jours » justify an absence, they ask no deadline', () => {
    expect(read('Ambre et Noor étaient absentes vendredi pour une angine. Je vous enverrai les certificats dans le délai de sept jours.').intent).toBe('absence');
  });

  test('« mettre elle le vendredi après »: a cancellation and a booking', () => {
    expect(changes('il faut annuler Noor le jeudi et mettre elle le vendredi après, merci')).toEqual(['cancel 2027-02-04 Noor', 'reserve 2027-02-05 Noor']);
  });

  test('« les deux filles » are both; « je tenais » is no Lénaïs', () => {
    expect(read('j’aurai les deux filles chez moi mercredi, enlevez leur réservation. Noor adore ça.', options.now, ['Ambre', 'Noor']).children).toEqual(['Ambre', 'Noor']);
    expect(read('Je tenais à vous remercier pour cette belle année.', options.now, ['Lénaïs', 'Tiago']).children).toEqual([]);
  });

  test('thanks and wishes, with a memory of long ago or the weather of the morning, are smalltalk with no day', () => {
    expect(read('Merci pour l’autre jour, le monsieur au téléphone a été très gentil. Il pleut ce matin. Bonne journée !')).toMatchObject({ intent: 'smalltalk', dates: [] });
    expect(read('Joyeuses fêtes à toute l’équipe ! Je repense au Noël 1956, on n’avait pas grand-chose. Merci pour tout.')).toMatchObject({ intent: 'smalltalk', dates: [] });
  });

  test('a verb of change taken back for the opposite one, dictated without punctuation: the second verb is the change', () => {
    expect(read('euh bonjour il faudrait réserver non pardon annuler la garderie de Ambre jeudi')).toMatchObject({ intent: 'cancel', dates: ['2027-02-04'] });
    expect(read('il faut enlever la réservation de Noor non pas enlever ajouter une réservation pour jeudi')).toMatchObject({ intent: 'reserve', dates: ['2027-02-04'] });
  });

  test('« et Tiago il vient quand même jeudi, c’est bien ça ? » asks to confirm what is planned: a look, not a booking', () => {
    expect(read('et tiago il vient quand même jeudi c’est bien ça ?')).toMatchObject({ intent: 'check', dates: ['2027-02-04'], children: ['Tiago'] });
    expect(read('il faut mettre Tiago jeudi, c’est bien ça ?').intent).toBe('reserve');
  });
});
