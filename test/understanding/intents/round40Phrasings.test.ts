/**
 * Round 40 (issue 9): families found in set BE once read (set BF frozen first), written as new
 * sentences (none is copied from a set).
 */
import { understand } from '../../../src/understanding/understand';

// Monday 11 January 2027, in the evening (winter holidays of zone C from Saturday 20 February, back on Monday 8 March;
// spring holidays from Saturday 17 April, back on Monday 3 May; Ascension on Thursday 6 May).
const options = { now: '2027-01-11T20:00', children: ['Maëlys', 'Joachim', 'Sacha'] };
const read = (text: string, now = options.now, children = options.children) => understand(text, { now, children });

describe('days the family keeps, told beside the request', () => {
  test('« Le vendredi je la garde » after days asked leaves that weekday out of the booking', () => {
    expect(read('Pouvez-vous inscrire Sacha au centre du lundi 19 au vendredi 23 avril ? Le vendredi je la garde, on ira au zoo.')).toMatchObject({
      intent: 'reserve',
      dates: ['2027-04-19', '2027-04-20', '2027-04-21', '2027-04-22'],
      children: ['Sacha'],
    });
    expect(read('mets joachim garderie lundi mardi jeudi semaine pro. mardi c bon jsuis de repos')).toMatchObject({ intent: 'reserve', dates: ['2027-01-18', '2027-01-21'] });
    expect(read('Garderie pour Maëlys la semaine prochaine lundi, mardi, jeudi et vendredi. Le vendredi je la récupère moi-même.')).toMatchObject({
      intent: 'reserve',
      dates: ['2027-01-18', '2027-01-19', '2027-01-21'],
    });
  });

  test('after a cancellation, the weekday kept at home is cancelled too', () => {
    expect(read('Annulez Sacha lundi 18 et mardi 19. Le mercredi je la garde.')).toMatchObject({ intent: 'cancel', dates: ['2027-01-18', '2027-01-19', '2027-01-20'] });
  });

  test('a sentence telling a grown-up is on leave takes its days out of the booking', () => {
    expect(read('Je voudrais une place pour Maëlys pendant les vacances d’hiver, mais seulement du lundi 1er au vendredi 5 mars. La première semaine sa maman est en congé.')).toMatchObject({
      intent: 'reserve',
      dates: ['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05'],
    });
  });
});

describe('times of the story', () => {
  test('« c’est toujours les vacances » beside the days asked adds no day', () => {
    expect(read('Joachim au centre mercredi et jeudi, c’est toujours les vacances et je travaille', '2027-03-01T08:00')).toMatchObject({ intent: 'reserve', dates: ['2027-03-03', '2027-03-04'] });
  });

  test('a congress or a trade fair « jusqu’à vendredi 22 » is the parent’s week, not more days', () => {
    expect(read('réserve Joachim le soir toute la semaine pro, je suis en congrès à Lille jusqu’à vendredi 22')).toMatchObject({
      intent: 'reserve',
      dates: ['2027-01-18', '2027-01-19', '2027-01-20', '2027-01-21', '2027-01-22'],
    });
  });

  test('« nous partons dès vendredi midi » is when the family leaves, not from Friday on', () => {
    expect(read('Nous partons dès vendredi midi pour Lyon, donc Joachim ne sera pas à la garderie vendredi soir. Annulez aussi le lundi, nous rentrons tard.')).toMatchObject({
      intent: 'cancel',
      dates: ['2027-01-15', '2027-01-18'],
      children: ['Joachim'],
    });
  });

  test('« le jeudi c’est l’Ascension » in a correction of a range is no day asked', () => {
    expect(read('Je voudrais mettre Maëlys à la garderie du mardi 4 au jeudi 6 mai, ah non le jeudi c’est l’Ascension, donc jusqu’au mercredi')).toMatchObject({ intent: 'reserve', dates: ['2027-05-04', '2027-05-05'] });
  });
});

describe('days and holidays', () => {
  test('« la deuxième semaine de mars (8 au 12) » is those days', () => {
    expect(read('Sacha, la deuxième semaine de mars (8 au 12) à la garderie svp')).toMatchObject({
      intent: 'reserve',
      dates: ['2027-03-08', '2027-03-09', '2027-03-10', '2027-03-11', '2027-03-12'],
    });
  });

  test('« à l’exception bien sûr des vacances scolaires » keeps the school days only', () => {
    expect(read('Inscription de Maëlys à l’accueil du soir tous les mardis de février, à l’exception bien sûr des vacances scolaires.')).toMatchObject({
      intent: 'reserve',
      dates: ['2027-02-02', '2027-02-09', '2027-02-16'],
    });
  });
});

describe('words of the story that are no request of their own', () => {
  test('« En l’absence de son père » is why a booking is asked, no absence to justify', () => {
    expect(read('Madame, en l’absence de ses parents, partis à un mariage en Bretagne, je souhaiterais inscrire Joachim à l’accueil du soir du lundi 8 au vendredi 12 mars. Respectueusement, sa tante.')).toMatchObject({
      intent: 'reserve',
      dates: ['2027-03-08', '2027-03-09', '2027-03-10', '2027-03-11', '2027-03-12'],
      children: ['Joachim'],
    });
  });

  test('a parent’s day ending « exceptionnellement » early asks no exception: a plain cancellation', () => {
    expect(read('Je vous serais reconnaissante d’annuler la garderie de Sacha le jeudi 21 janvier, ma réunion finissant exceptionnellement à 15 h.')).toMatchObject({
      intent: 'cancel',
      dates: ['2027-01-21'],
    });
  });

  test('« supprimez tout ce qui est réservé » cancels; a roster changed is no look at the bookings', () => {
    expect(read('Supprimez tout ce qui est réservé pour Joachim la semaine prochaine, il part chez ses grands-parents.')).toMatchObject({ intent: 'cancel', children: ['Joachim'] });
    expect(read('Sacha garderie mardi + jeudi svp, ma cheffe vient de changer mon planning')).toMatchObject({ intent: 'reserve', dates: ['2027-01-12', '2027-01-14'] });
  });
});

test('a name written as it sounds, « Thomas » for Toma, is that child', () => {
  expect(read('Thomas sera absent vendredi, annulez svp', options.now, ['Toma', 'Lou'])).toMatchObject({ intent: 'cancel', dates: ['2027-01-15'], children: ['Toma'] });
});

test('the delay of a medical certificate, asked, is about the absence to justify, not a booking deadline', () => {
  expect(read('jusqu’à quand je peux déposer le certificat médical de Sacha pour lundi dernier ?')).toMatchObject({ intent: 'absence', dates: ['2027-01-04'], children: ['Sacha'] });
  expect(read('jusqu’à quand je peux annuler le mercredi de Sacha ?')).toMatchObject({ intent: 'deadline' });
});

test('« cb » before what is priced is « combien »; paying « par cb » stays the card', () => {
  expect(read('cb ça fait pour le mercredi ?')).toMatchObject({ intent: 'faq' });
  expect(read('cb c le soir ?')).toMatchObject({ intent: 'faq' });
});
