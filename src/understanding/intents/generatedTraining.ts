/**
 * Generated training sentences: templates × the ways parents say things × children ×
 * date expressions, so that the classifier learns what an expression does rather than
 * the handful of sentences its authors happened to write. Deterministic (seeded), written
 * to data/generated/ by `npm run nlu:generate`, which drops any sentence that leaks into
 * an evaluation set; the classifier trains on those files beside the hand-written ones.
 *
 * The children's names are those of TRAINING_FAMILY (masked before training).
 */
import type { Intent } from '../types';

type Pick = <T>(items: readonly T[]) => T;
type Template = (pick: Pick) => string;

const CHILD = ['Emma', 'Lucas', 'Jade', 'Louis'];
const CHILD_GROUP = ['les enfants', 'mes enfants', 'les deux', 'les petits', 'mes deux enfants', 'les trois', 'mes filles', 'mes garçons', 'Emma et Lucas', 'Jade et Louis', 'Lucas et Jade'];
const child: Template = (p) => (p([0, 0, 0, 1]) ? p(CHILD_GROUP) : p(CHILD));

/** Date expressions of every family the grammar reads. */
const DATE_FUTURE = [
  'demain', 'après-demain', 'lundi', 'mardi', 'jeudi', 'vendredi', 'mercredi', 'ce vendredi', 'ce mercredi', 'mardi prochain',
  'jeudi prochain', 'lundi de la semaine prochaine', 'mercredi de la semaine pro', 'vendredi semaine pro', 'la semaine prochaine',
  'la semaine pro', 'toute la semaine prochaine', 'le 12', 'le 3 mars', 'le 14 avril', 'le mardi 9 juin', 'le 2/12', 'le 18/03',
  'du 16 au 20 mars', 'de lundi à jeudi', 'du lundi au vendredi', 'jusqu\'à vendredi', 'tous les mardis jusqu\'aux vacances',
  'les lundis et jeudis de mars', 'tous les mercredis de mai', 'les vendredis de juin', 'pendant les vacances de printemps',
  'les vacances d\'hiver', 'pendant les vacances de Noël', 'aux vacances de la Toussaint', 'la première semaine des vacances d\'été',
  'la deuxième semaine des vacances de février', 'en juillet', 'tout le mois de juin', 'ce soir', 'demain soir', 'jeudi soir',
  'mercredi après-midi', 'mercredi matin', 'dans 15 jours', 'le 5 et le 6 février', 'lundi et mardi', 'mardi et jeudi',
  'la semaine du 9 mars', 'cette semaine', 'le mois prochain', 'pendant les grandes vacances', 'cet été', 'à Pâques',
  'pendant les vacances de fin d\'année', 'à la Toussaint', 'jeudi 19 mars', 'vendredi 20', 'lundi 16 novembre',
];
const DATE_PAST = ['hier', 'avant-hier', 'lundi dernier', 'mardi', 'jeudi dernier', 'vendredi dernier', 'la semaine dernière', 'le 3 mars', 'lundi et mardi', 'mercredi dernier', 'ce matin', 'le 12', 'toute la semaine dernière', 'jeudi et vendredi derniers'];
const date: Template = (p) => p(DATE_FUTURE);
const pastDate: Template = (p) => p(DATE_PAST);
const PLACE = ['au centre', 'à la garderie', 'au périscolaire', 'à l\'accueil du soir', 'à l\'accueil du mercredi', 'au centre de loisirs', 'à l\'accueil', 'au péri', 'à l\'étude', 'au centre aéré'];
const SERVICE = ['la garderie', 'le centre', 'l\'accueil du soir', 'l\'accueil du mercredi', 'le périscolaire', 'le centre de loisirs', 'l\'accueil de loisirs', 'la garde du soir', 'le mercredi', 'les vacances'];
const POLITE_END = ['', '', '', ' svp', ' stp', ' merci', ' merci beaucoup', ' s\'il vous plaît', ', merci d\'avance', ' 🙏', ' bonne journée'];
const GREET = ['', '', '', 'Bonjour, ', 'bonjour ', 'Bonsoir, ', 'Coucou ', 'Madame, Monsieur, ', 'Salut, ', 'hello ', 'Bonjour, je suis la grand-mère de Jade. ', 'Bonjour, c\'est le papi de Louis. ', 'Bonjour, ici la maman d\'Emma. ', 'Bonsoir, c\'est le papa de Lucas, ', 'Bonjour, je suis la tante de Jade et je m\'occupe des inscriptions. '];
const end: Template = (p) => p(POLITE_END);
const greet: Template = (p) => p(GREET);

// ── reserve ────────────────────────────────────────────────────────────────
const WANT = ['je voudrais', 'j\'aimerais', 'je souhaite', 'je souhaiterais', 'je veux', 'on voudrait', 'nous souhaitons', 'je dois', 'il faudrait', 'pourriez-vous', 'pouvez-vous', 'tu peux', 'peux-tu', 'merci de', 'est-ce que je peux', 'est-il possible de', 'serait-il possible de', 'je vais', 'on va', 'je viens', 'il faut', 'vous pouvez', 'j\'ai besoin de', 'je compte', 'je vous prie de', 'veuillez'];
const BOOK_INF = ['réserver', 'inscrire', 'booker', 'caler', 'rajouter', 'ajouter', 'mettre', 'compter', 'prévoir', 'noter', 'inscrire à nouveau', 'réinscrire', 'programmer', 'bloquer une place pour', 'prendre une place pour', 'réserver une place pour', 'faire une réservation pour', 'faire l\'inscription de', 'enregistrer'];
const BOOK_IMP = ['réserve', 'réservez', 'inscris', 'inscrivez', 'mets', 'mettez', 'rajoute', 'rajoutez', 'ajoute', 'ajoutez', 'compte', 'comptez', 'note', 'notez', 'prévois', 'prévoyez', 'cale', 'booke', 'bookez', 'réinscris', 'programmez'];
const BOOK_1P = ['je réserve', 'j\'inscris', 'je rajoute', 'je mets', 'je booke', 'je cale', 'on réserve', 'on inscrit', 'nous inscrivons', 'je prends', 'j\'ajoute'];
const ATTEND_FUT = ['sera', 'viendra', 'ira', 'restera', 'va aller', 'va rester', 'va être', 'vient', 'va', 'reste'];
const NEED = ['il me faut', 'il nous faut', 'il me faudrait', 'j\'ai besoin de', 'j\'aurai besoin de', 'nous aurons besoin de', 'on a besoin de', 'j\'aurais besoin de', 'il faudra'];
const NEED_OBJ = ['la garderie', 'une place', 'le centre', 'l\'accueil du soir', 'une place au centre', 'quelqu\'un pour garder', 'une garde', 'le périscolaire', 'l\'accueil de loisirs', 'une place à la garderie'];
const TAKE = ['prendre', 'accueillir', 'garder', 'recevoir', 'prendre en charge', 'accepter'];
const WORK = ['je travaille tard', 'je finis tard', 'je suis de garde', 'on travaille tous les deux', 'je suis en déplacement', 'j\'ai une réunion', 'mon mari travaille', 'je reprends le travail', 'je commence un nouveau boulot', 'je ne pourrai pas le récupérer à 16h30'];

const reserve: Template[] = [
  (p) => `${greet(p)}${p(WANT)} ${p(BOOK_INF)} ${child(p)} ${date(p)}${end(p)}`,
  (p) => `${greet(p)}${p(WANT)} ${p(BOOK_INF)} ${child(p)} ${p(PLACE)} ${date(p)}${end(p)}`,
  (p) => `${greet(p)}${p(WANT)} ${p(BOOK_INF)} ${date(p)} pour ${child(p)}${end(p)}`,
  (p) => `${p(BOOK_IMP)} ${child(p)} ${date(p)}${end(p)}`,
  (p) => `${p(BOOK_IMP)} ${date(p)} pour ${child(p)}${end(p)}`,
  (p) => `${p(BOOK_IMP)}-moi ${child(p)} ${date(p)}${end(p)}`,
  (p) => `${greet(p)}${p(BOOK_1P)} ${child(p)} ${date(p)}${end(p)}`,
  (p) => `${greet(p)}${child(p)} ${p(ATTEND_FUT)} ${p(PLACE)} ${date(p)}${end(p)}`,
  (p) => `${date(p)} ${child(p)} ${p(ATTEND_FUT)} ${p(PLACE)}${end(p)}`,
  (p) => `${greet(p)}${p(NEED)} ${p(NEED_OBJ)} ${date(p)} pour ${child(p)}${end(p)}`,
  (p) => `${greet(p)}${p(NEED)} ${p(NEED_OBJ)} pour ${child(p)} ${date(p)}${end(p)}`,
  (p) => `${greet(p)}${p(WORK)} ${date(p)}, ${p(['pouvez-vous', 'est-ce que vous pouvez', 'vous pourriez', 'merci de'])} ${p(TAKE)} ${child(p)} ?`,
  (p) => `${greet(p)}${p(WORK)} ${date(p)}, il faudrait que ${child(p)} ${p(['aille', 'reste', 'soit'])} ${p(PLACE)}${end(p)}`,
  (p) => `${p(['pouvez-vous', 'pourriez-vous', 'vous pouvez', 'est-ce que vous pouvez', 'serait-il possible de', 'est-ce possible de'])} ${p(TAKE)} ${child(p)} ${date(p)} ?`,
  (p) => `${p(['merci de compter', 'pouvez-vous compter', 'merci de prévoir', 'pensez à compter', 'merci de noter'])} ${child(p)} ${p(['pour', 'pour le', ''])} ${date(p)}${end(p)}`,
  (p) => `une place pour ${child(p)} ${date(p)}${end(p)}`,
  (p) => `${p(['auriez-vous', 'vous auriez', 'il reste', 'y a-t-il', 'est-ce qu\'il y a', 'reste-t-il'])} une place pour ${child(p)} ${date(p)} ?`,
  (p) => `${p(['dorénavant', 'désormais', 'à partir de maintenant', 'à l\'avenir'])} ${child(p)} ${p(['vient', 'viendra', 'ira au centre', 'restera à la garderie', 'sera à l\'accueil'])} ${p(['les lundis', 'le mercredi', 'les mardis et jeudis', 'tous les soirs', 'les vendredis'])}${end(p)}`,
  (p) => `${child(p)} ${p(['peut', 'pourrait', 'pourra'])} ${p(['venir', 'aller au centre', 'aller à la garderie', 'rester à la garderie', 'être accueilli', 'rester à l\'étude'])} ${date(p)} ?`,
  (p) => `est-ce que ${child(p)} ${p(['peut', 'pourrait', 'pourra'])} ${p(['venir', 'aller au centre', 'aller à la garderie', 'rester à la garderie'])} ${date(p)} ?`,
  (p) => `${p(['résa', 'réservation', 'inscription', 'inscri'])} ${child(p)} ${date(p)}${end(p)}`,
  (p) => `${child(p)} ${date(p)}${p([' svp', ' stp', ' merci', ' please', ' c possible ?'])}`,
  (p) => `${greet(p)}finalement ${child(p)} ${p(['viendra', 'sera là', 'ira au centre', 'restera à la garderie'])} ${date(p)}${end(p)}`,
  (p) => `${greet(p)}${child(p)} ${p(['a besoin', 'aura besoin', 'aurait besoin'])} ${p(['d\'être gardé', 'de la garderie', 'd\'une place', 'du centre'])} ${date(p)}${end(p)}`,
  (p) => `${greet(p)}${p(['est-ce qu\'on pourrait', 'pourriez-vous', 'vous pourriez', 'serait-il possible de', 'merci de'])} ${p(['les', 'la', 'le'])} ${p(['garder', 'prendre', 'accueillir', 'inscrire'])} ${p(['', 'au centre', 'à la garderie', 'le soir'])} ${date(p)} ?`,
  (p) => `${greet(p)}${p(['ma nounou m\'a lâchée', 'je n\'ai plus personne pour les garder', 'je suis en déplacement', 'ma femme est en formation', 'je reprends le travail'])}, ${p(['pouvez-vous', 'est-ce que vous pouvez', 'merci de'])} ${p(['prendre', 'accueillir', 'garder'])} ${child(p)} ${date(p)} ?`,
  (p) => `${p(['je ne veux pas annuler, je veux réserver', 'pas annuler mais réserver', 'il ne faut pas annuler, il faut inscrire'])} ${child(p)} ${date(p)}`,
  (p) => `${child(p)} ${p(['ne sera pas chez son père', 'ne part plus en vacances', 'ne sera finalement pas absent'])} ${date(p)}, ${p(['il faut le garder', 'merci de le compter', 'il viendra au centre'])}`,
  (p) => `${p(['n\'oubliez pas', 'pensez', 'oubliez pas'])} ${p(['d\'inscrire', 'de réserver pour', 'de compter'])} ${child(p)} ${date(p)}`,
];

// ── cancel ─────────────────────────────────────────────────────────────────
const UNBOOK_INF = ['annuler', 'désinscrire', 'décommander', 'retirer', 'enlever', 'supprimer', 'rayer', 'effacer', 'déprogrammer', 'annuler la réservation de', 'annuler l\'inscription de', 'libérer la place de', 'sortir', 'décocher', 'supprimer la résa de', 'retirer de la liste'];
const UNBOOK_IMP = ['annule', 'annulez', 'désinscris', 'désinscrivez', 'décommande', 'décommandez', 'retire', 'retirez', 'enlève', 'enlevez', 'supprime', 'supprimez', 'raye', 'rayez', 'efface', 'libérez la place de', 'libère la place de', 'sors', 'sortez'];
const UNBOOK_1P = ['j\'annule', 'je désinscris', 'je retire', 'j\'enlève', 'je décommande', 'on annule', 'nous annulons', 'je supprime'];
const ABSENT_FUT = ['ne viendra pas', 'ne sera pas là', 'ne sera pas présent', 'n\'ira pas au centre', 'n\'ira pas à la garderie', 'ne restera pas à la garderie', 'ne vient pas', 'vient pas', 'sera absent', 'ne pourra pas venir', 'ne sera pas au centre', 'ne va pas au centre', 'va pas à la garderie', 'ne viendra plus', 'ne pourra pas être là', 'manquera', 'ne sera pas de la partie', 'ne participera pas'];
const ELSEWHERE = ['sera chez son père', 'sera chez sa mère', 'sera chez sa grand-mère', 'part en classe verte', 'part en classe de neige', 'reste avec moi', 'restera à la maison', 'sera en vacances', 'part en vacances', 'va chez mamie', 'sera chez ses grands-parents', 'sera avec moi', 'est chez son papa', 'sera en voyage', 'part en week-end', 'sera en sortie scolaire', 'va chez sa nounou', 'sera chez papi', 'est invité à un anniversaire', 'a un stage de foot'];
const NONEED = ['on n\'a plus besoin de', 'je n\'ai plus besoin de', 'pas besoin de', 'plus besoin de', 'je n\'aurai pas besoin de', 'nous n\'aurons pas besoin de', 'on n\'aura pas besoin de', 'ce n\'est plus la peine de garder', 'pas la peine de garder'];
const PICKUP = ['je récupère', 'je garde', 'je prends', 'je viendrai chercher', 'on récupère', 'on garde', 'je vais chercher', 'je passe prendre', 'nous gardons'];

const cancel: Template[] = [
  (p) => `${greet(p)}${p(WANT)} ${p(UNBOOK_INF)} ${child(p)} ${date(p)}${end(p)}`,
  (p) => `${greet(p)}${p(WANT)} ${p(UNBOOK_INF)} ${date(p)} pour ${child(p)}${end(p)}`,
  (p) => `${p(UNBOOK_IMP)} ${child(p)} ${date(p)}${end(p)}`,
  (p) => `${p(UNBOOK_IMP)} ${date(p)} pour ${child(p)}${end(p)}`,
  (p) => `${greet(p)}${p(UNBOOK_1P)} ${child(p)} ${date(p)}${end(p)}`,
  (p) => `${greet(p)}${child(p)} ${p(ABSENT_FUT)} ${date(p)}${end(p)}`,
  (p) => `${greet(p)}${date(p)} ${child(p)} ${p(ABSENT_FUT)}${end(p)}`,
  (p) => `${greet(p)}${child(p)} ${p(ELSEWHERE)} ${date(p)}${end(p)}`,
  (p) => `${greet(p)}${date(p)} ${child(p)} ${p(ELSEWHERE)}${p(['', '', ', merci d\'annuler', ', donc pas de garderie', ', il ne viendra pas', ', vous pouvez annuler'])}`,
  (p) => `${greet(p)}${p(NONEED)} ${p(SERVICE)} ${date(p)} pour ${child(p)}${end(p)}`,
  (p) => `${greet(p)}${p(NONEED)} ${p(SERVICE)} pour ${child(p)} ${date(p)}${end(p)}`,
  (p) => `${greet(p)}${p(PICKUP)} ${child(p)} ${date(p)}${p(['', ' à la sortie de l\'école', ' à 16h30', ' moi-même', ', pas de garderie'])}`,
  (p) => `${p(['stop pour', 'stop', 'plus de garderie pour', 'pas de centre pour', 'pas de garderie pour', 'pas de périscolaire pour'])} ${child(p)} ${date(p)}${end(p)}`,
  (p) => `${p(['c\'est annulé pour', 'annulation pour', 'annulation', 'désinscription de'])} ${child(p)} ${date(p)}${end(p)}`,
  (p) => `${child(p)} ${date(p)} ${p(['c\'est annulé', 'on annule', 'annulé', 'c\'est mort', 'pas besoin', 'finalement non'])}`,
  (p) => `${p(['merci de libérer', 'vous pouvez libérer', 'je libère', 'libérez'])} ${p(['sa place', 'la place de ' + p(CHILD), 'leur place', 'les places'])} ${date(p)}${end(p)}`,
  (p) => `${greet(p)}${child(p)} est ${p(['malade', 'souffrant', 'fiévreux', 'grippé'])}, ${p(['il ne viendra pas', 'elle ne viendra pas', 'il restera à la maison', 'merci d\'annuler', 'je le garde'])} ${date(p)}`,
  (p) => `${greet(p)}${p(['pouvez-vous', 'merci de', 'pourriez-vous'])} ${p(['ne pas compter', 'retirer', 'enlever', 'ne plus compter'])} ${child(p)} ${date(p)}${end(p)}`,
  (p) => `${p(['finalement', 'en fait', 'au final', 'changement de programme,'])} ${child(p)} ${p(['ne viendra pas', 'n\'ira pas au centre', 'reste avec moi', 'sera chez son père'])} ${date(p)}`,
  (p) => `${child(p)} ne ${p(['fera', 'ira'])} pas ${p(['la garderie', 'le centre', 'l\'accueil', 'au centre', 'à la garderie'])} ${date(p)}${end(p)}`,
  (p) => `${greet(p)}${child(p)} ${p(['ne sera pas là', 'sera absent', 'ne viendra pas'])} ${date(p)}, ${p(['vous pouvez annuler', 'merci de le retirer', 'annulez svp', 'je vous préviens'])}`,
  (p) => `${p(['je ne veux plus', 'je ne veux pas', 'on ne veut plus'])} ${p(['de garderie', 'de centre', 'du centre', 'de la garderie'])} pour ${child(p)} ${date(p)}`,
  (p) => `${child(p)} ${p(['arrête', 'arrêtera', 'ne fera plus'])} ${p(['la garderie', 'le centre', 'l\'accueil du soir'])} ${date(p)}`,
  (p) => `${greet(p)}${p(['il ne faut plus compter sur', 'ne comptez plus sur', 'ne comptez pas sur', 'vous ne pouvez plus compter sur'])} ${child(p)} ${date(p)}${end(p)}`,
  (p) => `${greet(p)}${p(['on s\'est trompé', 'je me suis trompée', 'erreur de ma part', 'j\'ai réservé par erreur'])}, ${p(['pouvez-vous enlever', 'merci de supprimer', 'vous pouvez retirer', 'il faut annuler'])} ${child(p)} ${date(p)} ?`,
  (p) => `${greet(p)}${child(p)} ${p(['ne restera pas le soir', 'ne reste pas à la garderie', 'ne restent pas garderie', 'ne restera pas à l\'étude'])} ${date(p)}${end(p)}`,
];

// ── check ──────────────────────────────────────────────────────────────────
const INSCRIT = ['inscrit', 'inscrite', 'réservé', 'bien inscrit', 'bien inscrite', 'noté', 'bien noté', 'prévu', 'calé', 'enregistré', 'confirmé', 'validé', 'pris en compte'];
const check: Template[] = [
  (p) => `${greet(p)}est-ce que ${p(CHILD)} est ${p(INSCRIT)} ${date(p)} ?`,
  (p) => `${p(CHILD)} est ${p(INSCRIT)} ${date(p)} ?`,
  (p) => `${p(CHILD)} est-${p(['il', 'elle'])} ${p(INSCRIT)} ${date(p)} ?`,
  (p) => `${p(CHILD)} a ${p(['bien', 'toujours', ''])} sa place ${date(p)} ?`,
  (p) => `c'est ${p(['bien noté', 'bon', 'ok', 'bien enregistré', 'confirmé', 'calé', 'validé', 'bien réservé'])} pour ${child(p)} ${date(p)} ?`,
  (p) => `${greet(p)}${p(['tu me fais le point sur', 'vous pouvez me faire le point sur', 'je voudrais un récap de', 'peux-tu me faire un résumé de', 'rappelle-moi', 'montrez-moi', 'affiche', 'je voudrais voir', 'je veux consulter', 'je souhaite vérifier', 'dites-moi'])} ${p(['mes réservations', 'mes résas', 'mes inscriptions', 'les réservations de ' + p(CHILD), 'ce qui est prévu', 'ce que j\'ai réservé', 'le planning de ' + p(CHILD), 'nos inscriptions'])} ${p(['', date(p)])}`.trim() + p(['', ' ?', ' svp']),
  (p) => `${p(['qu\'est-ce qui est', 'qu\'est ce qui est', 'qu\'est-ce que j\'ai', 'qu\'ai-je', 'quoi de'])} ${p(['calé', 'prévu', 'réservé', 'noté', 'booké'])} ${p(['pour', '', 'pour ' + p(CHILD)])} ${date(p)} ?`,
  (p) => `${p(['quels jours', 'quelles dates', 'quels mercredis', 'quels soirs'])} ${p(CHILD)} ${p(['est inscrite', 'est inscrit', 'va au centre', 'vient', 'est réservé'])} ${p(['', date(p)])} ?`,
  (p) => `${p(['j\'ai réservé quoi', 'on a quoi', 'il y a quoi', 'y a quoi'])} ${p(['pour', ''])} ${date(p)} ?`,
  (p) => `${p(['je ne sais plus si', 'je ne me souviens plus si', 'je voudrais savoir si', 'pouvez-vous me dire si', 'est-ce que vous pouvez vérifier si'])} ${p(['j\'ai réservé', 'j\'ai inscrit ' + p(CHILD), p(CHILD) + ' est inscrite', p(CHILD) + ' est inscrit'])} ${date(p)}`,
  (p) => `${p(['où en est', 'quid de', 'des nouvelles de'])} ${p(['ma demande', 'ma demande exceptionnelle', 'ma demande de dérogation', 'ma réservation hors délai'])} ?`,
  (p) => `${p(['ma demande', 'ma réservation', 'mon annulation', 'mon inscription'])} ${p(['a-t-elle été acceptée', 'est-elle validée', 'a bien été prise en compte', 'est passée', 'a été refusée', 'est enregistrée'])} ?`,
  (p) => `${greet(p)}${p(['pouvez-vous me dire si', 'vous pouvez vérifier si', 'pourriez-vous me confirmer que', 'je voudrais savoir si', 'dites-moi si'])} ${child(p)} ${p(['va au centre', 'est à la garderie', 'reste le soir', 'vient', 'est bien prévu'])} ${date(p)}${p(['', ' ?', ' svp'])}`,
  (p) => `${p(['j\'ai réservé', 'j\'ai bien inscrit', 'jai reserve', 'on a réservé'])} ${child(p)} ${date(p)} ${p(['ou pas ?', 'ou non ?', '?', 'je ne sais plus'])}`,
  (p) => `${greet(p)}${p(['quels jours', 'à quelles dates', 'quels soirs'])} ${child(p)} ${p(['vont au centre', 'sont inscrits', 'restent à la garderie', 'va au centre'])} ${p(['', date(p)])} ?`,
  (p) => `combien de ${p(['jours', 'mercredis', 'soirs'])} ${p(['j\'ai réservé', 'sont réservés', 'pour ' + p(CHILD)])} ${p(['', date(p)])} ?`,
];

// ── deadline ───────────────────────────────────────────────────────────────
const CHANGE_INF = ['réserver', 'inscrire', 'annuler', 'modifier', 'changer', 'm\'inscrire', 'inscrire ' + 'Emma', 'annuler une réservation', 'faire une réservation', 'décommander', 'ajouter un jour'];
const PERIOD = ['pour les vacances de printemps', 'pour les vacances d\'été', 'pour Noël', 'pour les vacances de la Toussaint', 'pour mercredi', 'pour vendredi', 'pour lundi', 'pour le 12 mars', 'pour la semaine prochaine', 'pour les grandes vacances', 'pour cet été', 'pour les vacances de février', 'pour jeudi prochain', ''];
const deadline: Template[] = [
  (p) => `${greet(p)}${p(['jusqu\'à quand', 'jusqu\'à quand est-ce que', 'j\'ai jusqu\'à quand pour', 'on a jusqu\'à quand pour', 'avant quand', 'avant quelle date', 'avant quelle heure'])} ${p(['je peux', 'puis-je', 'on peut', 'peut-on', ''])} ${p(CHANGE_INF)} ${p(PERIOD)} ?`,
  (p) => `${p(['c\'est fini quand', 'ça ferme quand', 'ça se termine quand', 'c\'est clos quand', 'ça s\'arrête quand'])} ${p(['les inscriptions', 'les réservations', 'pour s\'inscrire', 'pour réserver', 'pour annuler'])} ${p(PERIOD)} ?`,
  (p) => `${p(['quelle est la date limite', 'c\'est quoi la date limite', 'date limite', 'la date butoir', 'le dernier délai', 'quel est le délai'])} ${p(['pour', 'd\'inscription', 'de réservation', 'd\'annulation', 'pour réserver', 'pour annuler'])} ${p(PERIOD)} ?`,
  (p) => `${p(['combien de jours à l\'avance', 'combien de temps avant', 'il faut réserver combien de jours avant', 'quel délai pour'])} ${p(['faut-il réserver', 'dois-je annuler', 'on doit prévenir', 'il faut s\'inscrire', 'réserver', 'annuler'])} ${p(PERIOD)} ?`,
  (p) => `${p(['est-ce qu\'il est encore temps de', 'il est encore temps de', 'je peux encore', 'c\'est encore possible de', 'est-il trop tard pour'])} ${p(CHANGE_INF)} ${p(PERIOD)} ?`,
  (p) => `${p(['quand faut-il', 'quand dois-je', 'quand est-ce qu\'on doit', 'quand est-ce qu\'il faut'])} ${p(['réserver', 'inscrire les enfants', 'annuler', 'faire les réservations', 'prévenir'])} ${p(PERIOD)} ?`,
  (p) => `${p(['les inscriptions', 'les réservations'])} ${p(PERIOD)} ${p(['ferment quand', 'sont ouvertes jusqu\'à quand', 'c\'est jusqu\'à quand', 'se terminent quand'])} ?`,
];

// ── absence ────────────────────────────────────────────────────────────────
const absence: Template[] = [
  (p) => `${greet(p)}${p(CHILD)} ${p(['était malade', 'était absent', 'était absente', 'n\'est pas venu', 'n\'est pas venue', 'était souffrant', 'avait de la fièvre', 'avait la gastro', 'n\'a pas pu venir', 'est resté à la maison', 'est restée à la maison', 'a été absent'])} ${pastDate(p)}${p(['', ', voici le certificat', ', je vous envoie le justificatif', ', comment je justifie ?', ', j\'ai un certificat médical'])}`,
  (p) => `${greet(p)}${p(['je dois envoyer', 'je voudrais envoyer', 'je vous envoie', 'voici', 'ci-joint', 'comment envoyer', 'où déposer', 'je vous transmets'])} ${p(['un certificat médical', 'le certificat', 'le justificatif', 'un justificatif d\'absence', 'l\'arrêt maladie', 'le mot du médecin', 'une pièce justificative'])} ${p(['', 'pour ' + p(CHILD), 'pour l\'absence de ' + p(CHILD) + ' ' + pastDate(p)])}`,
  (p) => `${p(['comment justifier', 'je veux justifier', 'il faut justifier', 'je dois justifier', 'justifier'])} ${p(['l\'absence de ' + p(CHILD), 'une absence', 'les absences', 'son absence'])} ${p(['', pastDate(p)])}`,
  (p) => `${greet(p)}${p(['je l\'ai gardé', 'je l\'ai gardée', 'on a gardé ' + p(CHILD), 'j\'ai gardé ' + p(CHILD)])} ${p(['à la maison', 'chez moi', ''])} ${pastDate(p)}${p(['', ', il était malade', ', elle avait de la fièvre', ', elle était souffrante'])}`,
  (p) => `${greet(p)}${p(CHILD)} ${p(['a manqué', 'a raté', 'n\'a pas fait'])} ${p(['la garderie', 'le centre', 'l\'accueil'])} ${pastDate(p)}, ${p(['il était malade', 'rendez-vous chez le médecin', 'elle avait de la fièvre', 'voici le justificatif'])}`,
  (p) => `${pastDate(p)} ${p(CHILD)} ${p(['n\'était pas là', 'était chez le médecin', 'était à l\'hôpital pour un vaccin', 'n\'était pas présent', 'était malade'])}${p(['', ', je vous envoie le certificat', ', est-ce que je dois justifier ?'])}`,
];

// ── late request ───────────────────────────────────────────────────────────
const late_request: Template[] = [
  (p) => `${greet(p)}je sais que c'est ${p(['hors délai', 'trop tard', 'après la date limite', 'en dehors des délais'])} mais ${p(['est-ce que', 'pourriez-vous', 'serait-il possible de', 'est-il possible que'])} ${p(['réserver', 'inscrire', 'annuler', 'prendre'])} ${child(p)} ${date(p)} ?`,
  (p) => `${greet(p)}${p(['j\'ai raté', 'j\'ai loupé', 'j\'ai oublié', 'j\'ai dépassé', 'on a zappé', 'j\'ai laissé passer'])} ${p(['la date limite', 'le délai', 'la date butoir', 'les dates d\'inscription'])} ${p(['pour', 'de'])} ${date(p)}, ${p(['est-ce possible quand même ?', 'y a-t-il une solution ?', 'que puis-je faire ?', 'pouvez-vous faire une exception ?'])}`,
  (p) => `${p(['demande exceptionnelle', 'demande de dérogation', 'demande hors délai', 'une exception svp', 'dérogation'])} ${p(['pour', ''])} ${child(p)} ${date(p)}`,
  (p) => `${greet(p)}${p(['exceptionnellement', 'à titre exceptionnel', 'par dérogation'])}, ${p(['pourriez-vous', 'est-ce possible de', 'pouvez-vous'])} ${p(['accepter', 'prendre', 'inscrire', 'annuler'])} ${child(p)} ${date(p)} ?`,
  (p) => `${greet(p)}${p(['la date est passée', 'le délai est dépassé', 'c\'est trop tard pour réserver', 'je suis en retard pour l\'inscription'])} ${p(['pour ' + date(p), ''])}, ${p(['je fais comment ?', 'une solution ?', 'pouvez-vous faire quelque chose ?', 'merci de votre indulgence'])}`,
];

// ── handoff ────────────────────────────────────────────────────────────────
const PERSON = ['quelqu\'un', 'une personne', 'un humain', 'un agent', 'un conseiller', 'une conseillère', 'quelqu\'un du service', 'un responsable', 'une vraie personne', 'le service périscolaire', 'un interlocuteur'];
const ADULT = ['je suis', 'mon mari est', 'ma femme est', 'sa maman est', 'son papa est', 'ma mère est', 'je vais être'];
const handoff: Template[] = [
  (p) => `${greet(p)}${p(['je veux', 'je voudrais', 'j\'aimerais', 'est-ce que je peux', 'puis-je', 'je souhaite', 'je préférerais'])} ${p(['parler à', 'parler avec', 'avoir', 'joindre', 'échanger avec'])} ${p(PERSON)}${end(p)}`,
  (p) => `${p(PERSON)} ${p(['svp', 'stp', 'please', 'vite', 's\'il vous plaît'])}`,
  (p) => `${p(['rappelez-moi', 'pouvez-vous me rappeler', 'je voudrais être rappelée', 'qu\'on me rappelle', 'appelez-moi'])}${p(['', ' svp', ' au plus vite', ' c\'est urgent'])}`,
  (p) => `${p(['je ne veux pas parler à un robot', 'marre du robot', 'pas de bot, un humain', 'tu ne comprends rien, je veux quelqu\'un'])}`,
  (p) => `${greet(p)}${p(ADULT)} ${p(['hospitalisé', 'hospitalisée', 'à l\'hôpital', 'opéré', 'opérée', 'aux urgences'])} ${date(p)}, ${child(p)} ${p(['sera récupéré par sa grand-mère', 'sera gardée par sa tante', 'ira chez une voisine', 'sera pris par son oncle', 'je ne sais pas comment faire'])}`,
  (p) => `${greet(p)}${p(CHILD)} ${p(['a eu un accident', 's\'est blessé', 'a été hospitalisé', 'est à l\'hôpital', 'a été opéré'])} ${p(['', pastDate(p)])}${p(['', ', que dois-je faire ?', ', je ne sais pas quand il reviendra', ', je voulais vous prévenir'])}`,
  (p) => `${greet(p)}${p(['le père', 'la mère', 'son père', 'sa mère', 'mon ex-mari', 'mon ex'])} ${p(['n\'a pas le droit de', 'ne doit pas', 'ne doit en aucun cas', 'n\'a plus le droit de'])} ${p(['venir chercher', 'récupérer', 'approcher', 'voir'])} ${child(p)}${p(['', ', il y a un jugement', ', j\'ai une ordonnance du juge', ', merci de faire attention'])}`,
  (p) => `${greet(p)}${p(['c\'est', 'ce sera'])} ${p(['sa tante', 'son oncle', 'ma voisine', 'une amie', 'sa grand-mère', 'son beau-père', 'la baby-sitter', 'mon compagnon'])} qui ${p(['viendra', 'va venir', 'passera'])} ${p(['chercher', 'récupérer', 'prendre'])} ${child(p)} ${date(p)}`,
  (p) => `${greet(p)}${p(['ma voisine', 'sa tante', 'mon frère', 'une amie', 'son parrain', 'quelqu\'un d\'autre'])} ${p(['va venir chercher', 'viendra récupérer', 'passera prendre', 'récupérera'])} ${child(p)} ${date(p)}, ${p(['c\'est possible ?', 'je dois faire quoi ?', 'est-ce que je dois remplir un papier ?', 'je vous préviens'])}`,
  (p) => `${greet(p)}${p(['il y a un conflit pour la garde', 'nous sommes en plein divorce', 'il y a une procédure devant le juge', 'il y a des violences à la maison', 'je suis inquiète pour ma fille', 'une situation familiale très compliquée', 'un décès dans la famille'])}${p(['', ', je dois vous parler', ', que faire pour ' + p(CHILD) + ' ?', ', merci de votre compréhension'])}`,
  (p) => `${greet(p)}${p(['urgence', 'c\'est urgent', 'situation urgente', 'très urgent'])}${p(['', ', appelez-moi', ', il faut que je parle à quelqu\'un', ' concernant ' + p(CHILD)])}`,
];

// ── faq, help, smalltalk, none ─────────────────────────────────────────────
const faq: Template[] = [
  (p) => `${p(['combien coûte', 'quel est le prix de', 'c\'est combien', 'ça coûte combien', 'quel est le tarif de', 'quels sont les tarifs de', 'le prix de'])} ${p(SERVICE)}${p(['', ' ?', ' pour ' + p(CHILD) + ' ?', ' par jour ?'])}`,
  (p) => `${p(['quels sont les horaires de', 'à quelle heure ouvre', 'à quelle heure ferme', 'jusqu\'à quelle heure est ouvert', 'c\'est ouvert jusqu\'à quelle heure'])} ${p(SERVICE)} ?`,
  (p) => `${p(['quelle est l\'adresse', 'quel est le numéro de téléphone', 'quel est le mail', 'comment contacter', 'comment joindre', 'où se trouve'])} ${p(['du service', 'du service périscolaire', 'de la mairie', 'du centre de loisirs', 'de l\'accueil'])} ?`,
  (p) => `${p(['comment', 'comment faire pour', 'où', 'je n\'arrive pas à'])} ${p(['créer mon compte citoyen', 'me connecter au portail', 'ajouter un membre à ma famille', 'télécharger l\'attestation de paiement', 'retrouver mon mot de passe', 'changer mon adresse mail', 'ajouter mon deuxième enfant', 'payer la facture', 'trouver le règlement', 'remplir le dossier enfant'])} ?`,
  (p) => `${p(['quels documents faut-il fournir', 'que faut-il pour inscrire un enfant', 'il faut quoi comme papiers', 'quelles pièces pour le dossier'])} ?`,
  (p) => `${p(['l\'attestation de paiement', 'l\'attestation pour les impôts', 'l\'attestation CAF', 'ma facture', 'le simulateur de tarifs', 'le quotient familial', 'le règlement intérieur', 'le menu de la cantine', 'le programme des vacances'])} ${p(['c\'est où ?', ', où la trouver ?', ', comment l\'avoir ?', ' svp', '?'])}`,
  (p) => `${p(['le centre est-il ouvert', 'est-ce ouvert', 'la garderie fonctionne-t-elle', 'y a-t-il accueil'])} ${p(['pendant les vacances', 'le samedi', 'le matin', 'pendant les ponts', 'les jours fériés'])} ?`,
  (p) => `${p(['les enfants goûtent-ils', 'est-ce qu\'il y a un goûter', 'qui encadre les enfants', 'combien d\'animateurs', 'quelles activités sont proposées', 'faut-il fournir le goûter'])} ${p(['à la garderie', 'au centre', 'le mercredi', ''])} ?`,
  (p) => `${p(['comment évaluer mes tarifs', 'comment calculer mon quotient familial', 'comment simuler le prix', 'où envoyer mon avis d\'imposition'])} ?`,
];
const help: Template[] = [
  (p) => `${p(['aide', 'aidez-moi', 'help', 'besoin d\'aide', 'je suis perdue', 'je ne comprends pas comment faire', 'au secours'])}${p(['', ' svp', ' !', ' ?'])}`,
  (p) => `${p(['comment ça marche', 'comment ça fonctionne', 'tu sers à quoi', 'à quoi sers-tu', 'que sais-tu faire', 'qu\'est-ce que tu peux faire', 'que pouvez-vous faire pour moi', 'comment on t\'utilise', 'c\'est quoi ce chat', 'quelles sont les commandes'])} ?`,
  (p) => `${p(['je ne sais pas quoi écrire', 'je ne sais pas comment m\'y prendre', 'comment je fais pour réserver avec toi', 'explique-moi comment t\'utiliser', 'quelles questions je peux poser'])}`,
];
const smalltalk: Template[] = [
  (p) => `${p(['bonjour', 'bonsoir', 'salut', 'coucou', 'hello', 'bjr', 'bonjour madame', 'bonjour monsieur', 'bonjour à vous'])}${p(['', ' !', ' 🙂', ' ça va ?', ' comment allez-vous ?'])}`,
  (p) => `${p(['merci', 'merci beaucoup', 'super merci', 'parfait merci', 'top merci', 'merci infiniment', 'merci pour votre aide', 'c\'est gentil merci', 'ok merci', 'génial merci'])}${p(['', ' !', ' 👍', ' bonne journée', ' à bientôt'])}`,
  (p) => `${p(['au revoir', 'bonne journée', 'bonne soirée', 'à bientôt', 'bye', 'à plus', 'bonne fin de journée', 'bon week-end', 'ciao'])}${p(['', ' !', ' et merci', ' 😊'])}`,
];
const NONE_TOPICS = ['ma voiture ne démarre plus', 'quel temps fera-t-il demain', 'je cherche un électricien', 'qui a gagné le match hier soir', 'donne-moi une recette de gâteau', 'le bus 281 est en retard', 'je voudrais acheter un vélo', 'où trouver une pharmacie de garde', 'quelle heure est-il à New York', 'raconte-moi une blague', 'le wifi ne marche pas chez moi', 'mon chat est malade', 'je cherche un appartement à louer', 'combien pèse la lune', 'tu aimes la musique', 'la piscine est fermée', 'je veux commander une pizza', 'quel film voir ce soir', 'les impôts sont trop chers', 'traduis bonjour en anglais', 'jdhfkjsh', 'azerty', 'ok', 'hmm', 'bof', 'test', '???', 'lol', 'quoi', 'rien', 'euh', 'ah bon', 'n\'importe quoi', 'ptdr', 'xptdr', 'ahah'];
const none: Template[] = [(p) => p(NONE_TOPICS) + p(['', ' ?', ' !'])];

export const TEMPLATES: Record<Intent, Template[]> = {
  reserve, cancel, check, deadline, absence, late_request, handoff, help, faq, smalltalk, none,
};

/** How many sentences to generate per intent. */
export const GENERATED_PER_INTENT: Record<Intent, number> = {
  reserve: 900, cancel: 900, check: 500, deadline: 350, absence: 350, late_request: 250, handoff: 400, help: 120, faq: 400, smalltalk: 120, none: 60,
};

/** A seeded random generator (a linear congruential one is plenty here). */
function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** The generated sentences of `intent`, unique, in a fixed order for a given seed. */
export function generateSentences(intent: Intent, count = GENERATED_PER_INTENT[intent], seed = 11): string[] {
  const random = seeded(seed + intent.length * 7919 + intent.charCodeAt(0));
  const pick: Pick = (items) => items[Math.floor(random() * items.length)];
  const templates = TEMPLATES[intent];
  const seen = new Set<string>();
  for (let attempt = 0; seen.size < count && attempt < count * 20; attempt++) {
    const sentence = pick(templates)(pick).replace(/\s+/g, ' ').replace(/ ([,?])/g, (m, c: string) => (c === '?' ? ' ?' : c)).trim();
    seen.add(sentence);
  }
  return [...seen];
}

