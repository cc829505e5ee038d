/**
 * Reserve or cancel, decided on purpose: the same verb flips with negation or context,
 * and a child who will be elsewhere cancels without "annuler". Sentences of the issue's
 * families, as parents write them (issue 9), not copied from any evaluation set.
 */
import { conceptsOf } from '../../../src/understanding/intents/concepts';
import { polarityOf } from '../../../src/understanding/intents/intentRecognizer';
import { understand } from '../../../src/understanding/understand';

const options = { now: '2026-03-09T10:00', children: ['Léa', 'Hugo', 'Inès'] };

describe('booking without the usual verbs is a reservation', () => {
  test.each([
    'Hugo sera au centre mardi',
    'il me faut la garderie jeudi pour Léa',
    'dorénavant Inès vient les lundis jusqu\'aux vacances',
    'merci de compter Léa pour vendredi',
    'pouvez-vous ajouter Hugo mercredi ?',
    'tu peux booker Inès jeudi stp',
    'on peut caler Léa lundi prochain ?',
    'mettre Hugo à la garderie vendredi',
    'les petits, tous les mardis et jeudis jusqu\'aux vacances',
    'inscris les enfants mercredi 18 mars',
    'je ne veux pas annuler, je veux réserver Léa jeudi',
  ])('%s', (text) => expect(understand(text, options).intent).toBe('reserve'));
});

describe('cancelling without "annuler" is a cancellation', () => {
  test.each([
    'Léa sera chez son père mardi',
    'Hugo part en classe verte la semaine prochaine',
    'Inès reste avec moi jeudi',
    'libérer la place de Léa vendredi',
    'retirer Hugo mercredi',
    'enlever Inès de jeudi',
    'supprimer la résa de Léa lundi',
    'rayez Hugo pour vendredi',
    'décommander Inès mardi',
    'stop pour Léa jeudi',
    'c\'est annulé pour Hugo vendredi',
    'on n\'a plus besoin de la garderie pour Léa mardi',
    'plus besoin du centre pour Hugo mercredi',
    'Inès ne viendra ni lundi ni mardi',
    'Hugo vient pas demain',
    'ils sont chez leur père mardi, annulez',
  ])('%s', (text) => expect(understand(text, options).intent).toBe('cancel'));
});

describe('polarity of the concepts', () => {
  test.each([
    ['zenfant viendra zdate', 'reserve'],
    ['zenfant ne viendra pas zdate', 'cancel'],
    ['zenfant n\' aura pas besoin de la garderie zdate', 'cancel'],
    ['il me faut une place zdate', 'reserve'],
    ['pas besoin de garderie zdate', 'cancel'],
    ['je ne veux pas annuler zdate', 'reserve'],
    ['zenfant sera chez sa mere zdate', 'cancel'],
    ['annuler zdate et reserver zdate', 'both'],
    ['zenfant viendra plus tard zdate', 'reserve'],
    ['qu\' il puisse beneficier de l\' accueil du soir zdate', 'reserve'],
    ['nous renoncons a la reservation du centre zdate', 'cancel'],
    ['zenfant n\' aura plus l\' usage de sa place zdate', 'cancel'],
    ['elle voudrait tant retrouver ses copines au centre zdate', 'reserve'],
    ['bonjour', undefined],
  ])('%s → %s', (prepared, expected) => expect(polarityOf(conceptsOf(prepared))).toBe(expected));
});

describe('what is asked wins over the story told around it', () => {
  test.each([
    ["Nous partons chez sa grand-mère ce week-end, ma femme m'a dit de vous demander de prendre Hugo au centre mardi.", 'reserve'],
    ['Hugo reste avec moi ce week-end, mais pourriez-vous le garder mardi soir ?', 'reserve'],
    ['Léa va mardi à la garderie, et pas jeudi, enlevez jeudi svp', 'reserve'],
  ])('%s', (text, intent) => expect(understand(text, options).intent).toBe(intent));

  test('a clause with no day of its own that would undo the request on its days is no second action', () => {
    expect(understand('Hugo reste avec moi ce week-end, mais pourriez-vous le garder mardi soir ?', options).actions).toBeUndefined();
  });

  test('"elle va mardi au centre" tells that the child attends', () => {
    expect(polarityOf(conceptsOf('zenfant va zdate au centre'))).toBe('reserve');
  });

  test('a child said not booked, and a check asked: a check, not a cancellation', () => {
    expect(understand("Il m'a dit qu'il n'était pas inscrit à la garderie ce vendredi. Pouvez-vous vérifier ?", options).intent).toBe('check');
  });
});

describe('round 7 polarity fixes', () => {
  test('"désinscrire" is no booking: a plain cancellation', () => {
    expect(understand('désinscrire Léa mardi', options).intent).toBe('cancel');
    expect(polarityOf(conceptsOf('desinscrire zenfant zdate'))).toBe('cancel');
  });

  test('"Hugo, il vient normal" beside a cancellation keeps his days: no conflict', () => {
    expect(understand('demain Léa reste à la maison, Hugo il vient normal', options).intent).toBe('cancel');
  });
});

describe('a negation with no word of a change is asked, not guessed', () => {
  test.each(['Léa mercredi, finalement non', 'pour Inès, vendredi ce sera sans moi'])('%s', (text) => {
    const meaning = understand(text, options);
    expect(meaning.intent).toBe('ambiguous');
    expect([...(meaning.alternatives ?? [])].sort()).toEqual(['cancel', 'reserve']);
  });
  test.each(['Hugo demain mais pas Léa', 'Inès au centre le 18 et le 19, pas les autres jours', 'Léa et Hugo jeudi'])('a child or days left out stay a booking: %s', (text) => {
    expect(understand(text, options).intent).toBe('reserve');
  });
});

describe('the parent coming is not the child attending', () => {
  test.each([
    'Hugo restera à la garderie jeudi, je ne pourrai pas venir avant 19h',
    'les deux resteront à l\'accueil demain soir, je ne peux pas venir, j\'ai kiné',
  ])('%s', (text) => expect(understand(text, options).intent).toBe('reserve'));
});

describe('who keeps the child, and a verb carrying its negation', () => {
  test.each([
    ['sa nounou ne peut plus le garder le mardi, donc garderie pour Hugo', 'reserve'],
    ['je ne pourrai pas garder Léa mercredi, il lui faut une place', 'reserve'],
    ['Léa ne part plus en classe verte, elle sera bien là lundi', 'reserve'],
    ['sa mamie garde Inès jeudi, pas de garderie', 'cancel'],
    ['pouvez-vous garder Hugo jusqu\'à 18h30 jeudi ?', 'reserve'],
    ["n'oubliez pas d'inscrire Léa jeudi", 'reserve'],
  ])('%s → %s', (text, intent) => expect(understand(text, options).intent).toBe(intent));
});

describe('deadlines asked in everyday words', () => {
  test.each(["c'est possible d'annuler la veille ?", 'on peut réserver le jour même ?', 'quel est le dernier moment pour décommander Léa vendredi ?'])('%s', (text) =>
    expect(understand(text, options).intent).toBe('deadline'),
  );
});

describe('doing without the service is a cancellation', () => {
  test.each([
    'Hugo fera sans la garderie jeudi',
    'on se passera du centre pour Léa pendant les vacances de février',
    "mercredi c'est bon, on s'arrange autrement pour Léa",
    'inutile de garder Hugo ce vendredi',
  ])('%s', (text) => expect(understand(text, options).intent).toBe('cancel'));
  test('« je passe le prendre à 18h » beside a day at the garderie stays a booking', () => {
    expect(understand('Hugo restera à la garderie jeudi, je passe le prendre à 18h', options).intent).toBe('reserve');
  });
});
