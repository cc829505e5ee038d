/**
 * Rules that win over the classifier where a few words settle the intent beyond
 * doubt (measured on the dev sets: see the closing note of issue 3). They read the
 * prepared text (folded, corrected, dates masked as "zdate", names as "zenfant").
 */
import type { Courtesy, Intent } from '../types';
import { CARERS, PARENT_DAY_VERB, REFUSED_BOOKING } from './concepts';
import { guarded } from '../text/patternGuard';
import { CHANGE_VERBS } from '../text/changeVerbs';

const LATE =
  guarded(/\bhors (?:des )?delais?\b|\bdemande (?:de reservation )?exceptionnelle\b|\bexceptionnel(?:le)?ment\b|\ba titre exceptionnel\b|\bderog|\b(?:delai|date limite|date) (?:est |a ete |etait )?(?:depassee?s?|passee?)\b|\bdepasse (?:le|la) (?:delai|date)|\bmalgre (?:le|les|la) (?:delais?|date limite|date)\b|\bfaire passer (?:la|ma|une|cette) demande\b|\btrop tard (?:sur|par|via) (?:le portail|le site|l' appli|internet)\b|\brate la date\b|\blaisse passer la date\b|\btrop tard (?:pour (?:les |le |la )?(?:delais?|date limite|dates?) )?(?:mais|ma vi prego|ma per favore)\b|\ben dehors des delais\b|\ben retard pour (?:l' )?(?:inscri|reserv)|\bune exception\b|\b(?:rate|loupe|manque|oublie|passee? a cote (?:de|du)) (?:la |le )?(?:date (?:limite|butoir)|delai|dates? d' inscription)\b/);

/** "je crois comprendre que la date limite se situe…", "si j'ai bien compris le délai tombe…": a deadline the writer knows. */
const DEADLINE_KNOWN = /\b(?:je crois comprendre|si j' ai bien compris|il me semble|d' apres (?:le reglement|ce que j' ai lu)) (?:que |qu' )?(?:la date limite|le delai|la limite) (?=(?:se situe|se situerait|tombe|tomberait|serait|est fixee|est le|est au|est debut|est fin|est mi)\b)/g;
// ("c'est quel jour exactement, la limite ?": the deadline asked by its day.)
const DEADLINE =
  guarded(/\bjusqu' (?:a|au) quand\b|\bc' est quel jour (?:exactement )?(?:la |cette )?(?:date )?limite\b|\b(?:la )?limite c' est quel jour\b|\b(?:a )?quelle echeance\b|\bdate (?:limite|butoir)\b|\bavant quand\b|\bdelais?\b|\bcombien (?:de )?(?:jours|temps|heures) (?:a l' avance|avant)\b|\bheure limite\b|\bau plus tard\b|\bjusqu' a quel (?:jour|heure)\b|\b(?<!\bsi )(?:je peux|on peut|puis je|peut on|est il possible de|c' est) encore (?:temps|possible )?(?:de )?(?:reserver|inscrire|annuler|modifier)\b|\bil est encore temps\b|\b(?:derniere|ultime) limite\b|\b(?:date|jour) ultime\b|\b(?:derniere date|date|jour) (?:limite )?(?:a laquelle|auquel|jusqu' a laquelle) (?:il (?:me |nous )?sera (?:encore )?possible|je pourrai|nous pourrons|on pourra) (?:encore )?(?:d' |de )?(?:inscrire|reserver|annuler|modifier)\b|\b(?:la |quelle est la )?derniere date (?:pour|possible|d' inscription|de reservation|d' annulation)\b|\bquelle est la limite\b|\buntil when\b|\bdeadline\b|\bjusqu' a quel(?:le)? (?:date|jour|heure|moment)\b|\bjusqu' quand\b|\b(?:reservations?|inscriptions?|resas?)\b(?: \S+){0,4} (?:seront|sont|seront elles|sont elles|seront ils) (?:closes?|fermees?|cloturees?|terminees?)\b|\bavant une certaine date\b|\b(?:c' est|est ce) encore bon\b|\b(?:ferme|ferment|fermeture de|cloture|clotur\w+) (?:la |les )?(?:reservations?|inscriptions?|resas?)\b/);

const ABSENCE =
  guarded(/\b(?:etait|etaient|a ete|ont ete|etais) (?:malades?|absente?s?|souffrante?s?)\b|\bcertificat\b|\bcertifs?\b|(?<!\b(?:pour|de) tout )\bjustificatif\b(?! (?:des sommes|de paiements?|des paiements|des frais|fiscal|de domicile|pour (?:la caf|les impots)))|\bjustifier\b|\bn' (?:est|etait|etaient|sont) pas venue?s?\b|\bn' (?:est|etait|etaient|sont) (?:venue?s?|allee?s?) ni\b|\bn' (?:etait|etaient|etais) pas (?:la|presente?s?|au centre|a la garderie|a l' accueil)\b|\bn' (?:a|ont|avons) (?:pas )?pu (?:venir|aller|etre la|se rendre|s' y rendre)\b|\b(?:est|sont|etait|etaient) restee?s? (?:a la maison|chez (?:moi|nous|lui|elle|sa|son|ses|mes|nos|sa|la|une|un|mamie|papi|mamy|papy))\b|\b(?:ai|a|avons|avez|ont) garde (?:zenfant|les enfants|les petits|mon fils|ma fille|les deux|mes enfants) (?:a la maison|chez (?:moi|nous))\b/);

/** A stay at the service wished for: "je voudrais qu'il aille au centre mercredi", "il faudrait qu'elle reste à la garderie". */
// ("nous souhaiterions qu'ils fréquentent le centre de loisirs durant toute cette période", in a letter.)
const WISHED_AT_SERVICE = guarded(/\b(?:voudrais|voudrions|aimerais|aimerions|souhaite|souhaitons|souhaiterais|souhaiterions|faudrait|faut) qu' ?(?:il|elle|zenfant|ils|elles)(?: et zenfant)? (?:(?:aille|aillent|vienne|viennent|reste|restent|soit|soient|puisse|puissent)\b(?: \S+){0,3} (?:au centre|a la garderie|a l' accueil|au periscolaire|a l' etude)|(?:frequente|frequentent) (?:le centre|la garderie|l' accueil|le periscolaire|l' etude))\b/);
// ("restons à votre disposition pour tout justificatif": an offer, no proof sent.)
const PROOF_WORDS = /\b(?:certificat|certifs?|(?<!\b(?:pour|de) tout )justificatif|justifier)\b/;

/** "… sinon mettez-la", "sinon inscrivez-le svp": book when the day looked at is not booked. */
const BOOK_IF_NOT = guarded(/\bsinon (?:(?:vous pouvez|pouvez vous|tu peux|merci de) )?(?:la |le |les |l' )?(?:mettez|mets|mettre|inscrivez|inscris|inscrire|reservez|reserve|reserver|ajoutez|ajoute|rajoutez|rajoute|prenez)\b/);

/** The state of a request already made ("ma demande de dérogation a été acceptée ?", "où est la demande de monsieur ?"). */
const REQUEST_STATE =
  guarded(/\b(?:demande|reservation|inscription|annulation)\b.*\b(?:a|ont|est|sont) (?:t elle |t il )?(?:bien )?(?:ete )?(?:acceptee?s?|refusee?s?|validee?s?|traitee?s?|prise?s? en compte)\b|\bou en est\b|\ben est ou\b|\bou (?:ca|cela) en est\b|\bdemande (?:\S+ ){0,3}t' as des news\b|\bou est (?:la|ma|sa|notre|leur) demande\b|\b(?:j' ai|on a|nous avons|j' avais|il a|elle a|ils ont) (?:fait|envoye|depose|transmis) (?:une|la|ma|sa|leur) demande\b.*\b(?:ca donne quoi|des nouvelles|une reponse|pas de reponse|toujours rien|c' est accepte|elle est acceptee)\b/);

/** More ways to ask until when: "il me reste combien de temps", "avant quelle date", "j'ai encore le temps ?". */
const DEADLINE_MORE =
  // ("quel jour c'est le dernier pour changer les vacances de février ?", "la date jusqu'à laquelle il m'est possible de modifier")
  // ("la date à laquelle expirera la possibilité de modifier les réservations", "la date d'expiration des modifications")
  guarded(/\b(?:la )?date (?:limite )?jusqu' a laquelle\b|\b(?:date|jour|moment) (?:a laquelle|auquel|ou) (?:expire|expirera|prend fin|prendra fin|cesse|cessera|se termine|se terminera|s' acheve|s' achevera)\b|\bdate d' (?:expiration|echeance)\b|\bjusqu' a quelle date\b|\bquel jour (?:c' est|est) le dernier pour\b|\bquel est le dernier jour pour\b|\b(?:date|jour|moment) au dela (?:de laquelle|duquel)\b|\bau dela de quelle date\b|\bcombien de temps\b(?! (?:ca|cela|il|elle) (?:va |vont )?(?:durer|dure|restera|sera))(?<!\bne sait pas combien de temps|\bsais pas combien de temps|\bsavons pas combien de temps)|\bavant quel(?:le)? (?:date|jour|heure)\b|\bencore le temps\b|\bquel jour (?:exactement )?(?:la |est la )?limite\b|\bc' est quand la (?:date )?limite\b|\b(?:possible|on peut|je peux|peut on|puis je) (?:d' |de )?(?:annuler|reserver|inscrire|modifier|decommander) (?:\S+ )?(?:la veille|le jour meme|le matin meme|au dernier moment|a la derniere minute|le dimanche d' avant)\b|\bdernier moment pour\b|\bderni(?:er|ere) (?:jour|delai) (?:pour|possible)\b|\b(?:dernier moment|derniere minute) c' est quand\b|\bc' est quand le dernier moment\b/);

/** An exception asked for, or a deadline surely missed: a late request even when the message also asks "until when". */
const LATE_FOR_SURE =
  guarded(/\bhors (?:des )?delais?\b|\bderog|\b(?<!a l' )exception(?:nel|nelle|nellement)?\b(?! (?:pas|sauf|zdate)\b)|\b(?:ai|avons|a) (?:rate|loupe|manque|depasse|laisse passer) (?:la |le |les |l' |de |d' )?(?:date|delai|inscri|reserv|echeance)|\b(?:ai|avons|a) oublie (?:la |le |les |l' |de |d' )?(?:date|delai|echeance)|\b(?:delai|date limite|date) (?:est |a ete |etait |c' est )?(?:depasse|passee?|fini|finie|termine|terminee)\b|\btrop tard (?:pour (?:les |le |la )?(?:delais?|date limite|dates?) )?(?:mais|ma vi prego|ma per favore)\b|\ben dehors des delais\b|\bmalgre (?:le|les|la) (?:delais?|date limite|date)\b|\bindulgence\b|\bfaire passer (?:la|ma|une|cette) demande\b|\b(?:date limite|delai) (?:c' )?(?:etait|c' etait) (?:hier|avant hier|ce matin|la semaine derniere|zdate)\b|\bdepassement (?:du|de la|des) (?:delais?|date)\b|\bfaire un (?:petit )?geste\b|\bc' est mort pour (?:les |l' )?(?:inscriptions?|reservations?|resas?)\b|\bentorse au (?:delai|reglement)\b|\b(?:omis|oublie) (?:d' |de )?(?:effectuer |faire )?(?:la |ma |les )?(?:reservation|inscription)s? dans les delais\b|\b(?:bien|trop|un peu|tres) tard,? mais\b|\bapres la (?:date limite|date butoir|cloture)\b|\bmort (?:niveau|cote|question) delais?\b|\ba la bourre pour (?:les |l' )?(?:inscri|reserv|resa)/);

/** "c'est trop tard pour …", "est-il trop tard pour …" (asked, with no "mais" asking anyway). */
const TOO_LATE_ASKED = guarded(/\b(?:c' est|est ce|est il|il est|est ce qu' il est|c' est deja) (?:deja )?trop tard pour\b(?!.*\b(?:mais|quand meme|pouvez vous|pourriez vous)\b)/);

/** "c'est encore faisable ou c'est trop tard ?": whether a change is still possible, asked. */
// ("si je veux annuler Tristão pour lundi 25, c'est trop tard ou non ?", "c'est quoi la dernière heure ?": the same.)
const STILL_POSSIBLE = guarded(/\bencore (?:faisable|jouable|possible)\b.*\bou (?:c' est |il est |est ce )?trop tard\b|\bou (?:c' est |il est )?trop tard\b|\b(?:c' est|est ce|il est) (?:deja )?trop tard ou (?:non|pas|c' est bon|encore possible)\b|\b(?:c' est )?quoi la derniere heure\b|\bquelle est la derniere heure\b/);
/** An exception or the service's mailbox asked for: a late request, even when it also asks whether it is possible. */
const EXCEPTION_ASKED = guarded(/\bhors (?:des )?delais?\b|\bderog|\bexception|\bindulgence\b|\bmalgre\b|\bfaire passer\b|\benvoy\w* (?:ma|la|une) demande\b/);

/** "on m'a facturé deux fois novembre": a billing error, which a person must look into. */
const BILLING_DISPUTE = guarded(/\b(?:facture|factures|facturee?s?|preleve|prelevee?s?|debite|debitee?s?|paye|payee?s?) (?:deux|2) fois\b|\bdouble (?:facturation|prelevement|paiement)\b|\berreur (?:de|dans|sur) (?:la |ma |notre )?(?:facturation|facture|prelevement)\b/);

/** "je peux réserver directement ici ou faut-il passer par le site ?": what the assistant can do. */
const HERE_OR_WEBSITE = guarded(/\b(?:ici|dans ce chat|par ce chat|sur ce chat|avec vous|par ici|par la messagerie|par cette messagerie)\b.*\bou (?:il )?(?:faut|faut il|dois je|je dois|on doit|doit on)\b.*\b(?:site|portail|appli|application|internet)\b/);

/** "est-ce que c'est bien ici qu'on annule ?": whether the assistant is the place for a request. */
export const IS_THIS_THE_PLACE = guarded(/\b(?:c' est bon|ca marche|ca va|c' est possible) si je (?:le |la |les )?(?:fais|fait|demande) (?:d' ici|ici|par ici)\b|\bici (?:qu' on|que l' on|que je|qu' il faut|pour) (?:peut |doit |peux |dois )?(?:annule|annuler|reserve|reserver|inscri\w*|demande|demander|(?:fait|faire|fais|demande) (?:ca|cela))\b/);

/** "Lat-Dior range tes chaussures euh non attends c'est pas pour toi": the parent speaking to the child, dictated by mistake. */
const TALKING_TO_CHILD = guarded(/\bzenfant (?:range|ranges|mets|met|enleve|prends|prend|finis|mange|brosse|lave|cherche|remets|ramasse)(?: toi)? (?:tes|ta|ton)\b/);
/**
 * "non non Enjolras pose ça tout de suite", "attends chef j'arrive … c'est pas pour toi", "jsuis devant chez toi": someone else spoken to, dictated or sent by
 * mistake (when no day is named).
 */
const TALKING_TO_SOMEONE_ELSE = guarded(/\bzenfant (?:pose|poses|lache|laches|arrete|arretes|descends|repose|reposes) (?:ca|ce|cette|ton|ta|tes|tout de suite)\b|\bc' est pas pour (?:toi|vous)\b|\b(?:chef|patron) j' arrive\b|\b(?:je suis|j' suis|on est|suis) (?:devant|en bas de|en bas|garee? devant) (?:chez (?:toi|vous)|ton immeuble|ta porte)\b/);

/** "je souhaiterais, pour le compte de mes voisins, pouvoir échanger par téléphone avec une personne du service": a person, at length. */
const PERSON_WANTED_AT_LENGTH = guarded(
  /\bje (?:veux|voudrais|souhaite|souhaiterais|aimerais)\b(?: \S+){0,6}? (?:pouvoir )?(?:parler|echanger|m' entretenir)(?: par telephone| au telephone| de vive voix| directement)? (?:a|avec) (?:un|une|le|la) (?:responsable|directeur|directrice|personne|agent|humain|conseill\w+|interlocut\w+)\b/,
);
/** A person asked for in so many words. */
const PERSON_WANTED = guarded(/\bm' entretenir (?:\S+ ){0,3}avec (?:un|une|le|la) (?:responsable|personne|agent|conseill\w+|directeur|directrice|interlocut\w+)\b|\bje (?:veux|voudrais|souhaite|souhaiterais|aimerais)(?: absolument| vraiment| juste| rapidement)? (?:parler|echanger) (?:a|avec) (?:un|une|le|la|l') ?(?:responsable|directeur|directrice|personne du service|agent|humain|conseill\w+|animat\w+)\b|\b(?:une|un) (?:personne|agent|responsable|conseillere?|interlocut\w+) du service (?:pourrait|peut|pourra|pour) (?:m' |me |nous )?(?:expliquer|appeler|rappeler|aider|repondre|contacter|telephoner)\b|\b(?:passe|passez|passer) moi (?:un humain|quelqu' un|une personne|un conseiller|un agent|une vraie personne)\b|\bmise? en relation (?:par telephone )?avec (?:un interlocuteur|une interlocutrice|quelqu' un|une personne|un agent|un conseiller|une conseillere)\b|\b(?:lui|leur) parler directement\b|\btransmettre (?:mon|ce|un) message a (?:la|le) (?:directrice|directeur|responsable)\b|\bau bout du fil\b|\b(?:speak|talk) (?:with|to) (?:a |an |the )?(?:person|someone|somebody|human|agent)\b|\bje (?:veux|voudrais|souhaite) (?:parler a )?(?:quelqu' un|un humain|une personne|un agent|un conseiller)\b|\bbesoin (?:de )?parler (?:a |avec )?(?:un |une )?(?:agent|humain|conseiller|conseillere|personne|quelqu' un)\b(?! (?:pour|qui) (?:le |la |les )?(?:chercher|recuperer|garder))/);

/** "j'ai encore le temps d'envoyer le certificat pour l'absence de Lucas ?": the absence to justify. */
// ("jusqu'à quand je peux envoyer le certificat médical ?", "fièvre lundi… je dois envoyer quoi comme justif et avant quand ?",
// "par quel moyen vous faire parvenir le justificatif du médecin dans le délai de sept jours ?": the proof's own delay, an absence to justify.)
const PROOF_FOR_ABSENCE =
  guarded(/\b(?:certificat|justificatif|justifier)\b.*\babsen|\bcertificats? (?:medical|medicaux|de maladie|d' arret)\b|\b(?:malades?|grippe|fievre|varicelle|gastro|angine|otite|cloue(?:e|s|es)? au lit|pas pu (?:aller|venir|se rendre)|rendez vous medical)\b.*\b(?:certificats?|justificatifs?|justifs?)\b|\babsen\w*\b.*\b(?:certificat|justificatif|justifier)\b|\b(?:papier|mot|certificat|justificatif) (?:du |de la |de |d' )?(?:medecin|docteur|doctor|doktor|pediatre)\b|\bpas (?:pu )?venue?s?\b.*\b(?:certificats?|justificatifs?|justifs?)\b|\b(?:doktor|doctor) (?:raporu|paper|note)\b|\b(?:medecin|docteur|pediatre) (?:a|m' a|nous a|lui a) (?:donne|fait|ecrit|signe) (?:un |le |une )?(?:papier|mot|certificat|attestation)\b/);
/** "j'ai reçu un mail « demande refusée »": about a request already made. */
const REQUEST_REFUSED = guarded(/\b(?:demande|reservation|inscription|annulation)s? (?:a ete |ont ete |est |sont )?(?:refusee|rejetee|acceptee|validee)s?\b|\bdemande\b.*\b(?:c' est|est elle|elle est|elle a ete) (?:acceptee?|refusee?|validee?)\b/);

/** "à quelle heure je dois venir chercher Priscille le soir au plus tard ?": the closing hour, asked. */
const PICKUP_HOURS = guarded(/\ba quel(?:le)? heure (?:\S+ ){0,4}(?:chercher|recuperer)\b|\bjusqu' a quelle heure (?:je|on|nous) (?:peux|peut|pouvons|pourrai|pourra) (?:venir|passer|arriver)\b|\bjusqu' a quelle heure (?:est|sont) (?:ouverte?s?|open) (?:la garderie|le centre|l' accueil|le periscolaire|l' etude)\b|\b(?:ouvert|ouverte|open) jusqu' a quelle heure\b|\bjusqu' a quelle heure (?:\S+ )?(?:la garderie|le centre|l' accueil|le periscolaire|l' etude)\b(?! (?:pour|de) (?:reserver|inscrire|annuler))|\bjusqu' a quelle heure (?:ils|elles|vous|on) (?:gardent|gardez|garde|accueillent|accueillez|accueille|s' occupent|vous occupez|s' occupe) (?:de )?(?:les |des )?(?:enfants|petits|zenfant)\b/);

/** "à quelle heure ferme la garderie du soir ?", "garderie soir fini à quelle heure ?": the service's hours. */
const CLOSING_TIME_ASKED = guarded(/\ba quelle heure (?:ferme|fermez|ferment|ouvre|ouvrez|ouvrent|finit|fini|finie|termine|se termine|commence)\b(?! (?:la |les )?(?:reservations?|inscriptions?|resas?)\b)|\b(?:ferme|fini|finit|finie|termine|ouvre) a quelle heure\b|\b(?:connaitre|savoir|quelle est|quelle sera|me dire|m' indiquer|m' informer de) (?:l' heure|les heures|l' horaire|les horaires) (?:de fermeture|d' ouverture|de fin|de sortie)\b/);

/** A change asked beside a question: "à quelle heure ferme la garderie ? et inscrivez Léa jeudi". */
const CHANGE_ASKED_TOO = guarded(/\b(?:inscrire|inscrivez|inscris|reserver|reservez|annuler|annulez|annule|enlever|enlevez|mettre|mettez)\b/);

/** "l'after-school c'est jusqu'à 18h30 ou 19h ?": the service's hours, asked with no child and no day. */
const SERVICE_HOURS = guarded(/^(?!.*\b(?:zenfant|zdate)\b).*\b(?:garderie|accueil|centre|etude|periscolaire)\b.*\bjusqu' a \d{1,2}h/);

/** Opening hours asked ("à quelle heure ferme le centre, au plus tard ?"): a practical question, not a deadline. */
const HOURS = new RegExp(`${PICKUP_HOURS.source}|\\ba quelle heure (?:ferme|fermez|ouvre|ouvrez|finit|termine|se termine|commence|sortent|ouvrent|ferment)\\b(?! (?:la |les )?(?:reservations?|inscriptions?|resas?)\\b)|(?<!\\b(?:ses|mes|nos|leurs|vos|tes|son|mon|en|des) )\\bhoraires?\\b(?! (?:decales?|atypiques?|variables?|de travail|de nuit|tournants?|irreguliers?|en (?:2|3) ?x ?8)\\b)`);

/**
 * A yes/no question on a booking ("est-ce que Rose a une place le 3 mai ?", "Hugo a bien
 * garderie lundi ?", "le petit est bien à la garderie ce soir ?"): a check, whatever
 * words of booking it holds.
 */
const STATE_QUESTION =
  guarded(/\best ce qu(?:e|' ?) ?(?:mon fils |ma fille |les enfants |mes enfants )?zenfant (?:et|est|sont) (?:bien |deja )?(?:inscrite?s?|reservee?s?|prevue?s?)\b|\bzenfant (?:il |elle )?(?:a|ont|va|vont) (?:bien )?(?:la |le |l' |au |a la |a l' )?(?:garderie|centre|accueil|etude|periscolaire|peri) zdate (?:non|hein|c' est ca|ou pas|ou non|je crois|c' est bien ca)\s*$|\b(?:zenfant|le petit|la petite|il|elle|ils|elles|les enfants|mes enfants) (?:a|ont|est|sont|et(?= bien))(?: t)?(?: il| elle| ils| elles)? bien (?:sa |une |leur |la |le |l' )?(?:places?|inscrite?s?|reservee?s?|prevue?s?|garderie|centre|accueil|periscolaire|etude|a la garderie|au centre|a l' accueil|au periscolaire|a l' etude)\b|\best ce qu(?:e|' ?) ?(?:zenfant|il|elle|ils|elles) (?:a|ont) (?:bien |deja |toujours )?(?:une|sa|leur|des) places?\b/);

/** "je souhaite vérifier l'ensemble des réservations", "qu'est-ce que j'ai comme réservations en octobre". */
/**
 * "c koi mes resa pr la semaine pro", "vendredi, les deux ils sont inscrits ou pas ?", "connaître les jours pour lesquels
 * elles sont inscrites": what is booked, asked in other words.
 */
const BOOKED_ASKED_OTHERWISE = guarded(
  /\b(?:c|c'|c' est|c est|cest) (?:quoi|koi) (?:mes|les|nos|ses|leurs) (?:resas?|reservations?|inscriptions?)\b|\b(?:est|sont) (?:bien )?(?:inscrite?s?|reservee?s?) ou (?:pas|non)\b|\b(?:connaitre|savoir) (?:les jours|les dates|quels jours|quelles dates) (?:pour lesquels|pour lesquelles|ou|auxquels|auxquelles) .*\b(?:inscrite?s?|reservee?s?)\b/,
);

const BOOKINGS_LOOKED_AT =
  // ("jai pris quoi deja pr les vac de la toussaint": what was booked, asked.)
  guarded(/\b(?:j' ai|on a|nous avons|j' avais|on avait) (?:pris|reserve|booke|mis|inscrit|demande) quoi\b|\b(?:voir|verifier|verifie|verifiez) (?:la |les |ses |mes )?(?:reservations?|resas?) (?:de|d' ) ?zenfant\b|\b(?:verifier|verifie|verifiez) (?:zdate|juillet|aout|septembre|octobre|novembre|decembre|janvier|fevrier|mars|avril|mai|juin)\b|\bla liste (?:de |des )(?:toutes )?(?:les )?(?:reservations|inscriptions|resas)\b|\b(?:verifi|control|consult|revoir|relire)\w* (?:les |mes |ses |leurs |nos |l' ensemble des |toutes les |tous les )?(?:reservations|inscriptions|resas|jours reserves)\b|\b(?:ce qu' ?|qu' est ce qu' ?)(?:il|elle|ils|elles|zenfant) (?:a|ont) (?:de |comme )?(?:reserve|prevu|inscrit|reservation)\b|\b(?:indiquer|communiquer|preciser|envoyer|rappeler) (?:les |mes |ses |leurs )?reservations\b|\b(?:indiquer|communiquer|preciser|envoyer|rappeler|donner) (?:le detail|la liste|le recapitulatif) (?:des|de ses|de leurs) (?:jours|dates) (?:reserves|reservees|prevus)\b|\bverifiez (?:vos|votre|les|le) (?:fichiers?|listes?|registres?|systeme|planning|donnees)\b|\bn' (?:apparait|apparaissent|apparaissait|figure|figurent) (?:pas|plus)\b|\bqu' est ce (?:que j' ai|qu' on a|que nous avons|qu' il y a) comme (?:reservations?|inscriptions?|resas?)\b|\b(?:savoir|dire|connaitre|indiquer|rappeler) (?:quels?|quelles?) (?:jours?|soirs?|mercredis?|dates?) (?:zenfant|il|elle|ils|elles|les enfants|mes enfants|les petits)\b|\b(?:figure|figurent) (?:bien )?(?:sur|dans) (?:la|les|vos) (?:liste|listes|planning|registre)s?\b|\b(?:obtenir|avoir|recevoir) (?:une |la )?confirmation (?:de |des |d' )(?:la |ma |mes |nos |leurs? |ses |les )?(?:reservations?|inscriptions?) (?:effectuees?|faites?|enregistrees?|saisies?|deja faites?)\b/);

/** "il dit qu'il n'est pas inscrit vendredi… pouvez-vous vérifier ?": a look at the bookings asked. */
const CHECK_ASKED = guarded(/\b(?:pouvez vous|pourriez vous|vous pouvez|vous pourriez|peux tu|pourrais tu|merci de|je vous prie de|pourrait on) (?:bien vouloir )?(?:me |nous )?(?:le |la |l' )?(?:verifier|controler|confirmer (?:si|que|s' il|s' ils))\b(?! (?:sa|la|une|ma|leur) (?:reservation|inscription|place) (?:pour|zdate))(?<!\b(?:inscrire|reserver|annuler|desinscrire|enlever|retirer)\b.*\bconfirmer que(?= (?:la|ma|cette|notre) (?:demande|requete)\b))|\b(?:avoir|ai|avons|aurais|aurions) (?:bien |deja )?(?:inscrit|inscrite|inscrits|reserve|mis|note)\b.*\bconfirmer\b\s*$|\bzenfant (?:aura|a|aurait) (?:bien )?(?:sa|une|leur) place\b.*\bou (?:pas|non)\s*$/);

/** "est-ce que Lou-Anh elle est bien au périsco ce soir": whether the child is there, asked (nothing asked to change; a hyphenated name is two words). */
// ("et hugo il y va quand même ?" just after Léa's evening, "et hugo il reste bien lui ?" just after her day was cancelled:
// whether he is there, asked.)
const THERE_ASKED = guarded(/^(?:(?:allo|euh|bonjour|bjr|oui|alors)\s+)*est ce qu(?:e|') ?zenfant (?:zenfant )?(?:(?:il|elle) )?(?:est|sont) bien (?:au|a la|a l' ?) ?(?:periscolaire|periscos?|peri|garderie|centre|accueil|etude)\b(?!.*\b(?:sinon|si non|si ce n' est pas|inscrivez|inscris|reservez|mettez|mets)\b)|^(?:et )?(?:zenfant )?(?:il|elle|ils|elles) y (?:va|vont|sera|seront|est|sont) (?:quand meme|toujours|bien)\s*$|^(?:et )?(?:zenfant|(?:zenfant )?(?:il|elle|ils|elles)) (?:lui |elle )?(?:reste|restent) (?:bien |toujours )?(?:inscrite?s?|reservee?s?|prevue?s?|(?:bien|toujours)(?: (?:lui|elle|eux|elles))?)(?: zdate)?\s*$/);

/** "annulez tout ce que j'ai réservé", "pouvez-vous supprimer ce jour ?", "je ne veux pas qu'il soit inscrit": a cancellation, not a look at the bookings. */
const CANCEL_ASKED = new RegExp(
  String.raw`\b(?:(?:annul|supprim|retir|enlev|desinscri|decommand)\w*|vire|virer|virez) (?:tout |toutes )?(?:ce que|ce qu' ?|ce qui|les jours que|les reservations que)\b|\b(?:pouvez vous|pourriez vous|vous pouvez|merci de|je vous prie d' ?) (?:bien vouloir )?(?:annuler|supprimer|retirer|enlever|desinscrire|decommander) (?:ce jour|cette date|ce creneau|cette reservation|cette journee|la reservation|sa reservation|zenfant|zdate)\b|` + REFUSED_BOOKING,
);

/** "je vous serais reconnaissante de ne pas maintenir l'inscription de Raphaëlle": a booking asked not to be kept. */
// ("il n'est plus nécessaire qu'ils aillent au centre mercredi", "je ne souhaite plus que Hugo aille à l'accueil du mercredi":
// the place is no longer needed.)
const NOT_KEPT = guarded(/\bne (?:pas|plus) (?:maintenir|conserver) (?:l' |la |les |sa |son |ses |leur |leurs |cette |ces )?(?:inscriptions?|reservations?|places?|resas?)\b|\b(?:n' est|n' sera|est|sera) plus (?:necessaire|utile|la peine) (?:qu' ?|que )(?:il|elle|ils|elles|zenfant)(?: et zenfant)? (?:aille|aillent|vienne|viennent|reste|restent|soit|soient)\b|\b(?:ne|n') (?:souhaite|souhaitons|veux|voulons|voudrais|voudrions|desire) (?:plus|pas) (?:qu' ?|que )(?:il|elle|ils|elles|zenfant)(?: et zenfant)? (?:aille|aillent|vienne|viennent|reste|restent|frequente|frequentent) (?:\S+ ){0,2}?(?:a l' accueil|a la garderie|au centre|au periscolaire|a l' etude|au peri|l' accueil|la garderie|le centre)\b/);

/** "pourriez-vous le réserver mercredi 16 juin" (a grandmother telling why): a booking, whatever the story around it. */
const BOOK_ASKED =
  guarded(/\b(?:pouvez vous|pourriez vous|vous pouvez|merci de|je vous prie d' ?) (?:bien vouloir )?(?:le |la |les |l' )?(?:reserver|inscrire) (?:zenfant |le |la |les )?(?:pour )?(?:le |la )?zdate\b/);

/**
 * Another service of the town or of daily life ("le conservatoire", "un plombier", "la
 * police municipale", "ma carte d'identité", "un rappel pour acheter du pain", "tu peux prendre du pain en passant", "colis déposé chez le gardien", "deux kilos d'oignons sur la liste"), asked with
 * no child, no day and no word of the periscolaire: off topic; a child's passport or identity
 * card to be made, asked with no day and no word of the periscolaire, too.
 */
export const OTHER_MATTER =
  guarded(/^(?!.*\b(?:zenfant|garderie|centre|accueil|periscolaire|peri|etude|animat\w*|fils|fille|enfants?|petits?|petite)\b).*\b(?:conservatoire|club de (?:petanque|foot|football|tennis|judo|boxe|rugby|basket|danse)|colis (?:de zdate|de noel|des (?:seniors|aines|anciens))|vendre (?:ma|mon|notre) (?:voiture|velo|moto|appartement|maison)|petites? annonces?|repas des (?:seniors|aines|anciens)|seniors|taxis?|pharmacie|plombier|electricien|televiseur|television|(?:ma|la|mon poste de) tele|garagiste|veterinaire|police municipale|commissariat|cartes? grises?|cartes? (?:nationales? )?d' identite|passeports?|nationalite|permis de conduire|mets moi un rappel|rappelle moi d' acheter|(?:acheter|achete|achetes|prendre|prend|prends|ramener|ramene|ramenes|rapporter|rapporte) (?:du|le|une baguette de) pain|(?:appeler|appelle|rappeler|rappelle) ta (?:mere|soeur|maman)|colis (?:depose|livre|arrive|recu|a recuperer)|(?:\d+|deux|trois|un|une) (?:kilos?|kg|litres?|paquets?|bouteilles?|boites?) d(?:e |' ?)\w+|liste de courses|creme fraiche|bibliotheque|mediatheque|archives municipales|archives de la (?:ville|mairie|commune)|photos? de classe|vieilles photos|poubelles|encombrants|dechetterie|decheterie|stationnement|stationne|vehicules? (?:ventouse|abandonnee?|gare|mal gare)|voiture ventouse|lampadaires?|eclairage public|voirie|nids? de poule|club de bridge|club du troisieme age|meteo|quel temps|va pleuvoir|il pleut|cartes? de sejour|titres? de sejour|prefecture|centre des impots|musique a fond|tapage|perdu son chat|chat perdu|chat tigre|canape|a vendre|vend (?:un|une|des|son|sa|ses))\b|\bcentre des impots\b|^(?!.*\b(?:zenfant|garderie|centre|accueil|periscolaire|peri|etude|cantine|inscri\w*|reserv\w*|resas?|annul\w*|animat\w*|jumeaux|jumelles|enfants|petits|recuperer)\b)(?=.*\b(?:navigo|piscines?|boulangeries?|supermarches?|carrefour|monoprix|franprix|leclerc|auchan|lidl|intermarche|picard|magasins?|publicites?|doliprane|paracetamol|femmes? de menage|aide menagere|(?:le|au|du) marche (?:de|du|d')|cerises|farine|bus|autobus|listes? (?:de|des) courses|(?<!\bcalendrier de )la poste|bureau de poste|podologue|le \d{2,3} s' arrete)\b)|^(?!.*\b(?:zdate|garderie|centre|accueil|periscolaire|peri|etude|cantine|inscrire|inscrite?|reserver|reservation|annuler|annulez|annule)\b)(?=.*\b(?:passeports?|cartes? (?:nationales? )?d' identite|nationalite)\b).*\b(?:guichet|mairie|rendez vous|rdv|refaire|faire|renouveler|renouvellement|demande|perdu|perte|ou)\b/);

/** "les modalités d'obtention de l'attestation de paiement": how to get the yearly attestation, asked. */
// ("où puis-je télécharger l'attestation de paiement ?": so is where it can be found.)
const ATTESTATION_ASKED = guarded(/\b(?:modalites|comment|obtenir|obtention|ou (?:puis je |peut on |dois je |je peux |on peut )?(?:trouver|telecharger|recuperer))\b.*\battestations?\b|\battestations? (?:fiscales?|de paiement|pour les impots|pour les frais de garde)\b(?:.*\b(?:obtenue?s?|delivree?s?|disponibles?|recevoir|avoir)\b)/);

/** The weather of the day, said in passing. */
const WEATHER = /\b(?:il (?:pleut|neige|fait (?:beau|gris|froid|chaud|doux|bon|frais|moche))|quel temps|sale temps)\b/;
const ALL_WEATHER = new RegExp(WEATHER.source, 'g');

/** "…, c'est bien ça ?", "…, n'est-ce pas ?": a state asked to be confirmed. */
// ("Hugo he is in garderie tomorrow yes or no?", "c'est fait ou pas fait ?": a yes or no asked of what is planned.)
const CONFIRMATION_ASKED = guarded(/\b(?:c' est bien (?:ca|cela|le cas)|c' est ca|n' est ce pas|c' est correct|c' est juste|je ne me trompe pas|yes or no|oui ou non|(?:c' est )?fait ou pas(?: fait)?)\s*$/);
const NOT_A_LOOK = /\b(?:limite|delai|dernier|justif\w*|certificat|papier|malade|fievre|absente?s?|toussait|manque|sept jours|7 jours)\b/;
const ASKS_A_CHANGE = new RegExp(String.raw`\b(?:${CHANGE_VERBS}|faut|faudrait|pouvez|pourriez|peux|pourrais|possible)\b`);

/** Thanks or wishes said. */
const THANKED = guarded(/\b(?:merci|remerci\w*|bonne journee|bonne soiree|bonnes fetes|joyeux noel|joyeuses fetes|bonne annee)\b/);

/** "oups, c'était pas pour toi ce msg": a message sent here by mistake. */
// ("euh non rien c'est pas pour toi je parlais à ma fille", "envoyer à julien je serai en retard de dix minutes", dictated to the phone;
// "Ma fille, tu as oublié l'écharpe chez moi": a message to one's own family.)
const WRONG_RECIPIENT = guarded(/^(?:(?:euh|heu|alors|bon|ah|oh|allo) )*(?:dis |ok |hey )?(?:siri|alexa|google)\b|^(?!.*\b(?:zenfant|zdate)\b)(?:ma fille|mon fils|ma cherie|mon cheri|mon amour|mon coeur|ma puce|maman|papa) (?:tu|t')\b|\bje (?:parlais|parle|disais|m' adressais) a (?:ma|mon|mes) (?:fille|fils|femme|mari|mere|pere|enfants?|soeur|frere|collegue|voisine?)\b|^(?:envoyer|envoie|envoi|envoyez) (?:un )?(?:message |sms |texto )?a (?:cheri|cherie|mon cheri|ma cherie|mon amour|mon coeur|mon mari|ma femme|maman|papa|mamie|papi|ma soeur|mon frere)\b|^(?:envoyer|envoie|envoi|envoyez) (?:un )?(?:message |sms |texto )?a (?!(?:zenfant|la|le|les|l'|votre|vos|vous|toi|quelqu|un|une|des|mon|ma|mes|son|sa|ses|leur|leurs|portail\w*|mairie|service)\b)[a-z]+ (?:je|j'|on|nous|tu|il|elle|c' est)\b|\b(?:c' etait )?pas pour (?:toi|vous) ce (?:msg|message|sms)\b|\ba (?:zdate|tout a l' heure|toute|plus tard|demain) (?:mon |ma )?(?:cheri|cherie|amour|coeur|bebe|puce)\b|\bn' oublie pas (?:le pain|les courses|la baguette|le lait)\b|\bje me (?:suis trompee?|trompe) (?:de (?:conversation|destinataire|discussion|personne|numero)|d' ?adresse(?! (?:mail|email|e mail|courriel|electronique|postale)\b))\b|\bmauvaise (?:conversation|discussion)\b|^(?!.*\bzenfant\b)(?=.*\b(?:mauvais numero|pas (?:le )?bon (?:numero|destinataire|num)|(?:c' etait|ce (?:msg|message|sms|texto) (?:etait|est)) pour (?:mon|ma|mes) \w+|je voulais (?:ecrire|envoyer (?:ca|ce message)) a (?:mon|ma|mes) \w+|(?:parti|envoye|ecrit) (?:ca |ce message )?tout seul)\b)/);

/** "hello test test": someone trying the chat, nothing asked. */
const TRYING_ONLY = guarded(/\b(?:ne pas|merci de ne pas) (?:en )?tenir compte\b(?! de (?:ma|mon|notre|la|cette) (?:\S+ )?(?:demande|annulation|reservation|inscription)s? d)|^(?=.*\b(?:test|tests|testing|essai)\b)(?:(?:hello|bonjour|salut|coucou|test|tests|testing|essai|un|deux|trois|1|2|3) ?)+$/);

/** "je réservé pour Tristan le 2 ? je rappelle pas": whether a day was booked, asked by a parent who forgot. */
const FORGOT_WHETHER = guarded(/\bzdate\b.*\b(?:je (?:ne )?(?:me )?(?:rappelle|souviens) (?:pas|plus)(?! (?:des |les |la )?(?:dates?|jours?)\b)|j' ai oublie si)\b|\b(?:je (?:ne )?(?:me )?(?:rappelle|souviens) (?:pas|plus)|j' ai oublie) si (?:j' ai|on a|je l' ai) (?:reserve|inscrit|annule)\b/);

/** "tu me la mets ?", "vous me les inscrivez ?": a booking asked as a question. */
/**
 * A place asked for in other words: "est-ce qu'ils peuvent aller à l'accueil du mercredi ce jour-là ?", "est-il possible
 * qu'ils restent à la garderie du soir ?", "lui trouver une place à la garderie lundi", "il faudrait lui en donner une",
 * "donc Hugo à la garderie tous les soirs", "notre souhait d'inscrire…" (not "pas besoin de lui garder une place").
 */
// (Asked only: "est-ce qu'ils peuvent…", "possible qu'ils restent…" ("est-ce qu'ils restent à la garderie ?" is a look);
// not "Şevval elle reste au centre" beside a cancellation, "j'ai peur qu'il aille les chercher à la garderie", "il n'est
// plus nécessaire qu'ils aillent au centre".)
const PLACE_ASKED = guarded(/\b(?:(?:est ce qu' ?|est ce que )(?:il|elle|ils|elles|zenfant)(?: et zenfant)? (?:peuvent|peut|pourraient|pourrait)|(?<!\b(?:plus|pas) )possible (?:qu' ?|que )(?:il|elle|ils|elles|zenfant)(?: et zenfant)? (?:puissent|puisse|restent|reste|aillent|aille|viennent|vienne))(?: (?:aller|rester|venir|etre))? (?:(?!(?:les|le|la|l'|lui|leur|pas|plus)\b)\S+ ){0,2}?(?:a la garderie|au centre|a l' accueil|au periscolaire|au peri|a l' etude)\b|\btrouver une place (?:pour zenfant )?(?:a la garderie|au centre|a l' accueil|au periscolaire)\b|\b(?:lui|leur) en (?:donner|trouver|attribuer|reserver) une\b|\b(?:lui|leur) (?:donner|attribuer|reserver) une place\b|\b(?:donc|alors|du coup|dc) (?:zenfant|il|elle|ils|elles|les enfants|les petits|les deux)(?: et zenfant)? (?:a la garderie|au centre|a l' accueil|dans l' accueil|en garderie|au periscolaire|a l' etude)\b|\b(?:souhait|volonte|intention|desir) d' (?:inscrire|reserver)\b/);

/**
 * "… finalement, ils resteront à l'accueil du soir lundi et mardi": the days at the service, told as to come; not beside a
 * child who will not come ("Ils n'iront donc pas au centre. Capucine, elle, ira au centre comme prévu").
 */
const AT_SERVICE_TO_COME = guarded(/\b(?:zenfant|il|elle|ils|elles)(?: et zenfant)? (?:resteront|restera|iront|ira|viendra|viendront|seront|sera) (?:donc |bien |alors |finalement |quand meme |plutot )?(?:a l' accueil|a la garderie|au centre|au periscolaire|a l' etude|au peri)\b(?! (?:\S+ ){0,4}?comme (?:prevu|d' habitude|toujours|avant)\b)/);
// ("ils n'iront pas chez leur père cette semaine finalement, ils resteront à l'accueil du soir": away from elsewhere, at the service.)
const NOT_COMING = /\b(?:n' ?iront|n' ?ira|ne viendra|ne viendront|ne resteront|ne restera|ne seront|ne sera|ne vont|ne va|ne vient|ne viennent) (?:donc )?(?:pas|plus) (?:\S+ ){0,2}?(?:a l' accueil|a la garderie|au centre|au periscolaire|a l' etude|au peri)\b/;

/**
 * "pour mercredi le 16 Hugo non, on part tôt": a day, a child and « non », no verb of booking and no other child named:
 * that child will not come (« Léa oui, Hugo non » keeps a booking for Léa).
 */
const DAY_CHILD_NO = guarded(/\bzdate,? zenfant(?: et zenfant)? non\b(?!.*\b(?:oui|mais|par contre)\b)/);
const BOOKING_WORDS = /\b(?:inscri\w*|reserv\w*|mets|mettre|mettez|rajout\w*|ajout\w*|oui)\b/;
/** The children said « non » are the only ones the message names ("théo et lucas au centre mercredi, jade non" books two). */
function dayChildNo(prepared: string): boolean {
  const match = DAY_CHILD_NO.exec(prepared);
  if (!match || BOOKING_WORDS.test(prepared)) return false;
  const count = (text: string) => (text.match(/\bzenfant\b/g) ?? []).length;
  return count(match[0]) === count(prepared);
}

const BOOK_AS_QUESTION = guarded(/\b(?:tu|vous) (?:me )?(?:la|le|les|l') (?:mets|mettez|inscris|inscrivez|reserves|reservez|rajoutes|rajoutez|cales|calez)\b/);

/** The intent a rule imposes on a prepared message, if any. */
/**
 * A question on the service itself, asked with no child and no day ("jusqu'à quel âge les
 * enfants peuvent aller au centre", "il faut quels papiers pour l'inscription", "le nombre
 * de places à l'accueil de loisirs", "à quelle adresse se trouve le service", "vous êtes
 * ouverts jusqu'à quelle heure au bureau", "les horaires d'ouverture de l'accueil"): faq.
 */
const SERVICE_QUESTION =
  guarded(/^(?!.*\b(?:zenfant|zdate|annuler|annulez|reservez|inscrivez|mes reservations|ses reservations|nos reservations)\b).*(?:\b(?:jusqu' a|a partir de|des) quel age\b|\b(?:payer|regler|paiement|reglement) (?:par|en) (?:cheques?|especes|cesu|virement|prelevement|carte(?: bancaire| bleue)?|cb)\b|\b(?:quels?|quoi) (?:papiers?|documents?|pieces?)\b|\bpieces? a fournir\b|\bnombre de places\b|\bplaces disponibles\b|\ba quelle adresse\b|\b(?:le service|le bureau|la mairie)(?: du)?(?: periscolaire)? (?:il |elle )?(?:est|se trouve) ou\b|\bhoraires? d' ouverture\b|\b(?:accepte|acceptent|prend|prennent|accueille|accueillent) (?:aussi |egalement |meme )?les (?:enfants|petits) de (?:maternelle|primaire|moins de|plus de)\b|\b(?:vous etes|etes vous|c' est) (?:ouverts?|ouvert) jusqu' a quelle heure\b|\b(?:son|sa|mon|ma) propre (?:identifiant|compte|acces)\b|\bguide (?:des activites|du periscolaire|des familles)\b)/);

/**
 * "comment fait-on pour ajouter une grand-mère dans la famille", "est-ce qu'on peut ajouter une grand-mère dans la famille sur votre site", "deux login pour une même famille", "est-ce que je peux
 * être ajouté au compte de la famille", "un nouveau bébé, comment je mets lui dans Ma famille": the account shared, asked.
 */
const ACCOUNT_SHARED =
  guarded(/^(?!.*\bzdate\b).*(?:\b(?:peut|pourrait|peux|pourrais|puis je) r?ajouter (?:une |un )?(?:grand mere|grand pere|grand parent|grands parents|mamie|papi|membre|personne|second parent|autre parent|adulte) (?:dans|a|sur) (?:la famille|le compte|mon compte|son compte|notre compte|leur compte|votre site|l' espace|le site)\b|\b(?:comment|est ce que|puis je|je peux|je pourrais)\b.*\b(?:etre|entrer|figurer) (?:aussi )?(?:dans|sur) (?:le|ce|votre|notre|leur) compte (?:de (?:la )?famille|famille|familial)\b|\b(?:marche a suivre|procedure|demarche) pour (?:m' |nous )?(?:ajouter|rajouter) (?:un |une )?(?:membre|personne|grand parent|grand mere|grand pere|parent)\b|\bcomment (?:je peux |on peut |puis je |je fais pour |faire pour )?(?:m' ajouter|ajouter moi|me rajouter|rajouter moi|m' inscrire|me mettre) (?:aussi )?(?:dans|sur|a) (?:le|ce|votre|notre|leur) compte\b|\b(?:acceder|avoir acces) (?:au|a mon|a notre|a leur|a votre) compte (?:citoyen )?(?:de la famille|famille|familial)\b|\b(?:ajouter|rajouter|ajout de) (?:mon |ma |notre )?(?:nouveau |nouvelle )?(?:epoux|epouse|mari|femme|conjointe?|compagnon|compagne|concubine?) (?:a|sur|dans) (?:notre|mon|le|ce) (?:compte|espace|dossier)\b|\bcomment (?:fait on|on fait|faire|je fais|proceder|faut il faire) pour (?:m' |nous |l' |la |le )?ajouter (?:un |une |mon |ma |le |la )?(?:membre|grand mere|grand pere|personne|parent|conjointe?|mari|femme|compagne?|compagnon|tuteur|quelqu' un)\b|\b(?:m' |me |nous |l' |le |la )r?ajouter (?:sur|a|dans) (?:son|leur|le|mon|notre|votre|la) (?:compte|espace|dossier|famille)\b|\b(?:ajoutee?|rajoutee?|inscrite?|m' ajouter|me rajouter|m' inscrire) comme (?:membre|grand parent|grand mere|grand pere)\b|\bcomment (?:on|je|nous|l' on) (?:peut |pourrait )?r?ajout(?:e|er) (?:un |une |le |la )?(?:grand parent|grand mere|grand pere|membre|personne|parent)\b|\bcomment (?:on|je|nous|l' on) (?:peut |pourrait )?r?ajout(?:e|er) quelqu' un (?:dans|sur|a|au)\b|\bdeux (?:login|logins|identifiants|comptes|acces|mots de passe) pour (?:une|la) meme famille\b|\b(?:avoir|obtenir) (?:aussi |lui aussi |elle aussi )?(?:le |un |l' )?acces (?:au|a notre|a mon) compte\b|\b(?:etre|suis|soit) (?:moi aussi )?(?:ajoutee?|rajoutee?|rattachee?) (?:au|a|sur|dans) (?:le |la |notre |mon |son |leur )?(?:compte|espace|dossier)\b|\bcomment (?:est ce qu' )?(?:on |je |nous |l' on )?(?:peut |pourrait )?(?:m' |me |nous |l' |le |la )?r?ajout(?:e|er) (?:lui |moi |elle )?(?:sur|a|au|dans) (?:la |le |ma |mon |notre |leur )?(?:famille|compte|espace)\b|\b(?:veut|voudrait|veux|voudrais|souhaite|souhaiterait) (?:aussi |lui aussi |elle aussi )?(?:un |l' )?acces (?:au|a notre|a mon|a son) compte\b)/);
/** "un bébé qui rentre à la maternelle en septembre, comment on ajoute lui dans le compte famille ?": whatever the days told. */
const CHILD_ADDED_TO_ACCOUNT = guarded(/\bcomment (?:je|on|nous) (?:le |la |l' )?(?:mets?|met|ajoute|rajoute|inscris|inscrit)(?: lui| le| la)? (?:dans|sur|a) (?:ma famille|mon compte|le compte|notre compte|l' espace|mon espace|le dossier|mon dossier)\b/);

/** "Blanca et Miguel ils ont réservation cette semaine ?", "pourriez-vous m'en indiquer l'état d'avancement": a look. */
const STATE_ASKED = guarded(/\b(?:je (?:veux|voudrais|voulais) savoir|est ce que|est ce qu')\b.*\b(?:ils|elles|il|elle|zenfant) (?:ont|a) (?:bien )?(?:une |des |leur |sa |ses )?(?:reservations?|places?|resas?)\b|\betat d' avancement\b/);

/** "comment on utilise ce robot", "t'es capable de faire quoi exactement ?": what the assistant does. */
// ("je ne sais pas du tout ce qu'il sait faire ni comment on s'en sert": the assistant itself.)
// ("quelles démarches cet assistant en ligne permet d'accomplir, ainsi que la manière de s'en servir", "ce que ce service de
// messagerie est en mesure d'accomplir, et de quelle manière il convient d'y formuler mes demandes": formal letters.)
const ASSISTANT_USE = guarded(/\bcomment (?:fonctionne|marche|utiliser) (?:ce|cet|cette|votre) (?:service en ligne|outil|assistant|messagerie|application|programme|chat|robot)\b|\bce qu' (?:il|elle|ca|ce programme|cette application|votre programme|cet outil) sait faire\b|\bcomment (?:on )?s' en ser(?:t|vir)\b|\b(?:ce|cette|cet) (?:service de messagerie|service de discussion|messagerie|robot|assistant|chat|chatbot|outil)\b.*\bquelles? (?:demarches|choses|operations|demandes)\b|\b(?:reserver|annuler|inscrire|faire (?:les|mes|des) (?:reservations|demarches)) (?:directement )?(?:par ce biais|par ce moyen|par ce chat|par ici)\b|\b(?:tu sers|vous servez) a quoi\b|\b(?:tu sais|vous savez|tu sauras|tu peux|vous pouvez) (?:faire|prendre|gerer) (?:les |des )?(?:resas?|reservations?|inscriptions?)\b(?! (?:pour|de|du|des) )|\ba quoi (?:il |elle )?sert (?:ce|cette|cet|le|la) (?:service de discussion|discussion|chat|messagerie|robot|assistant|conversation)\b|\b(?:il faut|faut il|je dois|dois je|on doit) ecrire comment\b|\bcomment (?:il faut|faut il|dois je|je dois) (?:vous )?ecrire pour que (?:vous|tu) compren\w*\b|\bcomment (?:il |elle )?marche (?:ce|le|votre|ton) (?:chat|robot|bot|assistant|chatbot)\b|\bwhat (?:you can|can you) do\b|\bcomment (?:on |je |l' on )?(?:utilise|utiliser|se sert de|me servir de) (?:ce|se|cet|le|votre|ton) (?:robot|bot|assistant|chat|chatbot|outil)\b|\b(?:t' es|tu es|vous etes|t es) capables? de faire quoi\b|\bde quoi (?:t' es|tu es|vous etes) capables?\b|\b(?:quelles? (?:demarches|choses|operations|demandes)|que) (?:je |j' )?(?:puis|peux|pourrais|pouvons|peut on)(?: je)? (?:faire|effectuer|demander)\b.*\b(?:ce|cette|cet|votre) (?:service de messagerie|messagerie|robot|bot|assistant|chat|chatbot|outil)\b|\b(?:de quelle maniere|comment|(?:la|de la) (?:maniere|facon) dont (?:il faut|je dois|on doit|il convient de)) (?:il convient de |faut il |dois je |je dois )?formuler (?:mes|les|ma) demandes?\b|\bce que vous (?:etes en mesure|etes capables?|avez la possibilite) (?:de |d' )(?:faire|accomplir|traiter)\b|\bcomment (?:ca |sa |il )?(?:marche|fonctionne) (?:ce|se|ce petit) (?:truc|machin|bidule|systeme|logiciel|programme)\b|\ba quoi (?:sert il|sert elle|servez vous|sers tu)\b|\b(?:que|ce que) (?:savez vous|sais tu|pouvez vous|peux tu|vous savez|tu sais) faire\b|\b(?:cet|ce|votre|cette) (?:assistant|service|outil|robot|messagerie|agent|dispositif|application)\b(?: \S+){0,3} (?:permet|permettrait|est en mesure|serait en mesure|est capable|sait|peut|pourrait)(?: \S+){0,2} (?:accomplir|faire|realiser|effectuer)\b|\b(?:la maniere|la facon) de (?:s' en servir|l' utiliser|m' en servir)\b|\bde quelle (?:maniere|facon) (?:il convient d' y|je dois y|on doit y|il faut y|je peux y) (?:formuler|ecrire|poser|adresser|presenter)\b/);

/** "Lena mercredi inscrite ? Je ne veux pas annuler, seulement savoir": a look, said so. */
const ONLY_TO_KNOW = guarded(/\b(?:je ne veux pas|je veux pas|pas pour) (?:annuler|reserver|inscrire|changer)\b.*\b(?:seulement|juste|simplement) (?:savoir|verifier)\b|\b(?:c' est|c est) (?:seulement|juste|simplement) pour (?:savoir|verifier)\b/);

/** "je voulais savoir où en était la demande que ma fille a faite": a request's state, asked. */
const REQUEST_STATE_PAST = guarded(/\ble sort (?:reserve )?(?:a |de )?(?:la|ma|notre|cette) demande\b|\b(?:toujours|encore|apparait|affiche|affichee?|ecrit|marque|marquee?|indique|statut)\b(?: \S+){0,4}? (?:en cours(?! d' (?!traitement)| de (?!traitement|validation))|en attente)(?: de (?:traitement|validation))?\b|\bou en (?:etait|etaient|sont) (?:la|ma|sa|notre|leur|les|mes|nos) (?:demandes?|reservations?|inscriptions?)\b|\bl' etat (?:d' avancement )?de (?:la|ma|sa|notre|leur|les|mes|nos) (?:demandes?|reservations?|inscriptions?)\b|\b(?:ma|la|notre) (?:demande|reservation|inscription) (?:pour zenfant )?(?:est |n' est )?(?:toujours|encore) pas (?:validee?|traitee?|acceptee?|confirmee?)\b/);

/** "c'est la première fois que j'utilise ça, qu'est-ce que je dois écrire pour que vous me compreniez ?": help. */
const FIRST_TIME_HERE = guarded(/\b(?:des phrases (?:entieres|completes)|quelques mots suffisent)\b|\bqu' est ce que (?:je dois|il faut|on doit) (?:ecrire|taper|dire|mettre)\b|\bque (?:faut il|dois je) (?:ecrire|taper|dire|mettre)\b|\bcomment (?:dois je|faut il|je dois) m' y prendre\b|\bcomment (?:m' en|s' en|je peux m' en|on peut s' en) servir\b|\bpour que (?:la machine|le robot|l' ordinateur|le programme) (?:me )?comprenne\b|\bpour que (?:vous|tu) me (?:compreniez|comprennes)\b|\bpremiere fois que j' utilise\b.*\bcomment\b/);

/**
 * A cancellation undone, so a booking: "j'avais annulé par erreur le vendredi 12, est-ce qu'on peut la remettre ?",
 * "je vous prie de ne pas tenir compte de ma demande d'annulation : Yiannis fréquentera bien l'accueil jeudi".
 */
export function undoesCancellation(prepared: string): boolean {
  return MISTAKEN_CANCEL.test(prepared) || CANCELLATION_WITHDRAWN.test(prepared);
}

// ("concernant ma demande d'annulation du 20 janvier : il s'agit d'une erreur, Léa sera bien présente": withdrawn, told so.)
const CANCELLATION_WITHDRAWN = guarded(
  /\b(?:ne pas tenir compte|ignorer|ignorez|oublier|oubliez|laisser tomber|laissez tomber) (?:de )?(?:ma|mon|notre) (?:\S+ )?(?:demande d' annulation|annulation|message d' annulation)\b|\b(?:ma|mon|notre|cette|la) (?:demande d' annulation|annulation|message d' annulation)\b(?: \S+){0,5} (?:il s' agit d' une|c' etait une|c' est une|etait une|est une) erreur\b/,
);
/** "réserve-moi 2 places pour le match du PSG": seats booked for another outing, off topic. */
const OTHER_BOOKING = guarded(/^(?!.*\b(?:zenfant|garderie|centre|accueil|periscolaire|peri|etude|cantine|enfants?|petits?)\b).*\b(?:places?|billets?|tables?) (?:pour|au|a|de) (?:le |la |l' |un |une )?(?:match|concert|cinema|cine|film|spectacle|restaurant|resto|theatre|stade|psg|opera|piscine)\b/);
const MISTAKEN_CANCEL = guarded(/\b(?:annule|annulee|annules|desinscrite?s?|supprimee?s?|enlevee?s?|retiree?s?)\b(?: \S+){0,6}? par (?:erreur|megarde|inadvertance)\b.*\b(?:remettre|remettez|remets|reinscrire|reinscrivez|retablir|retablissez|reserver|reservez|inscrire|inscrivez|rajouter|rajoutez)\b/);

const PARENT_DAY_EXCEPTIONALLY = new RegExp(`\\b(${PARENT_DAY_VERB}) exceptionnellement\\b`, 'g');
/** "leur père les récupérant exceptionnellement": someone else fetches the children this once, a reason (no derogation asked). */
const PICKED_UP_EXCEPTIONALLY = /\b(recuperant|recuperera|recupereront|recupere|recuperent|cherchera|chercheront|(?:va|vont|ira|iront|viendra|viendront|allant|venant) (?:les |le |la |l' )?chercher) exceptionnellement\b/g;

export function intentByRule(message: string, cues: { question?: boolean } = {}): Intent | undefined {
  // "dans les meilleurs délais": as soon as possible, not a deadline.
  // ("je ne voudrais pas être hors délai", "pour ne pas être hors délai", "sans que la demande soit considérée comme hors
  // délai": in time, no exception asked.)
  // ("Alix-Anne devra exceptionnellement rester à l'accueil du soir le 10 mai": once, not an exception to the rules;
  // "ma journée s'achevant exceptionnellement à midi", "notre restaurant fermant exceptionnellement": the parent's day.)
  // ("ma petite-fille m'a parlé d'une date limite": a deadline heard of, not asked.)
  // ("je vous transmettrai les justificatifs dans le délai de sept jours": a proof promised in time, no deadline asked.)
  const prepared = message.replace(/\bdans les (?:meilleurs|plus brefs) delais\b|\bsans delai\b/g, 'rapidement').replace(/\b(transmettrai|transmettrons|transmets|transmettons|enverrai|enverrons|envoie|joins|adresse|fournirai|fournirons|deposerai|apporterai|donnerai|ferai parvenir)\b(.{0,60}?)\bdans (?:le|les) delais?(?: (?:de (?:sept|7) jours|impartis?|prevus?|reglementaires?))?\b/g, '$1$2 rapidement').replace(/\b(?:m' a|m' ont|on m' a|nous a|nous ont|on nous a) (?:parle|dit|prevenue?|explique|averti|avertie) (?:d' une|d' un|de la|du|des) (?:date limite|delai|delais)\b/g, 'm a informe').replace(/\b(devra|devront|doit|doivent|va|vont) exceptionnellement (?=rester|venir|aller|etre presente?s?)\b/g, '$1 ponctuellement ').replace(PARENT_DAY_EXCEPTIONALLY, '$1 ponctuellement').replace(PICKED_UP_EXCEPTIONALLY, '$1 ponctuellement').replace(/\b(?:(?:ne|n') (?:\S+ ){1,2}(?:pas|jamais|plus)|pour (?:ne )?pas|sans (?:que|qu' ?) ?(?:\S+ ){0,4}?(?:soit|soient|sois|sont|etre) (?:consideree?s?|comptee?s?|jugee?s?|traitee?s?) comme) (?:etre |d' etre |me retrouver |nous retrouver )?hors (?:des )?delais?\b/g, 'dans les temps');
  // ("je crois comprendre que la date limite se situe début février ; je préfère m'y prendre dès à présent": a deadline
  // known and told, not asked.)
  const told = cues.question === true ? prepared : prepared.replace(DEADLINE_KNOWN, 'je sais');
  const late = LATE.test(told) || LATE_FOR_SURE.test(told);
  // "c'est trop tard pour mettre Awa au centre mercredi ?": whether it is still possible, asked.
  const tooLateAsked = cues.question === true && TOO_LATE_ASKED.test(prepared) && !EXCEPTION_ASKED.test(prepared);
  const deadline = (DEADLINE.test(told) || DEADLINE_MORE.test(told) || tooLateAsked) && !HOURS.test(prepared);
  // "je comprends rien à vos délais, je veux quelqu'un au bout du fil": a person, whatever the subject.
  if (PERSON_WANTED.test(prepared) || PERSON_WANTED_AT_LENGTH.test(prepared) || BILLING_DISPUTE.test(prepared)) return 'handoff';
  if (undoesCancellation(prepared)) return 'reserve';
  // "est-ce que Léa a bien sa place jeudi 10 ? sinon mettez-la svp": a booking asked for if there is none (a day already
  // booked is said so when the booking is confirmed).
  if (BOOK_IF_NOT.test(prepared)) return 'reserve';
  // ("et hugo il vient quand même jeudi c'est bien ça ?": what is planned, asked to be confirmed, is a look.)
  // (A child's day only: "la date limite c'est dimanche, c'est bien ça ?" asks the deadline, "sept jours, c'est bien ça ?" the proof.)
  if (cues.question === true && CONFIRMATION_ASKED.test(prepared) && /\bzenfant\b/.test(prepared) && /\bzdate\b/.test(prepared) && !ASKS_A_CHANGE.test(prepared) && !NOT_A_LOOK.test(prepared)) return 'check';
  // ("Merci pour l'autre jour, … Il pleut ce matin. Bonne journée !": the weather beside thanks is small talk.)
  if (cues.question !== true && THANKED.test(prepared) && WEATHER.test(prepared) && OTHER_MATTER.test(prepared) && !OTHER_MATTER.test(prepared.replace(ALL_WEATHER, ' '))) return 'smalltalk';
  if (OTHER_MATTER.test(prepared) || OTHER_BOOKING.test(prepared) || TRYING_ONLY.test(prepared) || WRONG_RECIPIENT.test(prepared) || TALKING_TO_CHILD.test(prepared) || (TALKING_TO_SOMEONE_ELSE.test(prepared) && !/\bzdate\b/.test(prepared))) return 'none';
  if (HERE_OR_WEBSITE.test(prepared) || (IS_THIS_THE_PLACE.test(prepared) && !/\b(?:zenfant|zdate)\b/.test(prepared))) return 'help';
  // "on peut annuler une réservation avec toi ?": what the assistant can do, asked with no child nor day.
  if (CAPABILITY.test(prepared) && !/\b(?:zenfant|zdate)\b/.test(prepared)) return 'help';
  if ((FIRST_TIME_HERE.test(prepared) || ASSISTANT_USE.test(prepared)) && !/\b(?:zenfant|zdate)\b/.test(prepared)) return 'help';
  // ("ajouter son nouveau mari dans le compte, pour qu'il puisse faire les réservations": the account asked, not a booking.)
  if (ACCOUNT_SHARED.test(prepared) || CHILD_ADDED_TO_ACCOUNT.test(prepared) || (ACCOUNT_MEMBER.test(prepared) && !/\bzdate\b/.test(prepared))) return 'faq';
  if (SERVICE_QUESTION.test(prepared) && !late) return 'faq';
  if (ONLY_TO_KNOW.test(prepared) || REQUEST_STATE_PAST.test(prepared) || (STATE_ASKED.test(prepared) && !late)) return 'check';
  if (late) {
    if (REQUEST_STATE.test(prepared)) return 'check';
    // "Je ne suis pas trop en retard ? C'est jusqu'à quand ?": a question on the deadline.
    if (deadline && !LATE_FOR_SURE.test(prepared)) return 'deadline';
    if (STILL_POSSIBLE.test(prepared) && !EXCEPTION_ASKED.test(prepared)) return 'deadline';
    return 'late_request';
  }
  // "où en est ma demande ?", "je voudrais vérifier les réservations de Léa": a look at what is booked or asked.
  if (REQUEST_STATE.test(prepared) && /\bou (?:ca |cela )?en est\b|\ben est ou\b/.test(prepared)) return 'check';
  // "my demande for Thulasi, is accepté or no?": the state of a request, asked.
  if (cues.question === true && REQUEST_STATE.test(prepared) && !CANCEL_ASKED.test(prepared)) return 'check';
  if ((BOOKINGS_LOOKED_AT.test(prepared) || BOOKED_ASKED_OTHERWISE.test(prepared)) && !CANCEL_ASKED.test(prepared)) return 'check';
  // "c'est bon pour jeudi aussi ou c'est trop tard ?": whether it is still possible, asked.
  if (STILL_POSSIBLE.test(prepared) && !EXCEPTION_ASKED.test(prepared)) return 'deadline';
  if (deadline && PROOF_FOR_ABSENCE.test(prepared)) return 'absence';
  if (deadline) return 'deadline';
  if (SERVICE_HOURS.test(prepared) || PICKUP_HOURS.test(prepared) || (CLOSING_TIME_ASKED.test(prepared) && !CHANGE_ASKED_TOO.test(prepared))) return 'faq';
  if (REQUEST_REFUSED.test(prepared)) return 'check';
  if ((STATE_QUESTION.test(prepared) || CHECK_ASKED.test(prepared) || INVERTED_STATE.test(prepared) || THERE_ASKED.test(prepared)) && !CANCEL_ASKED.test(prepared)) return 'check';
  if (CANCEL_ASKED.test(prepared) || NOT_KEPT.test(prepared) || dayChildNo(prepared)) return 'cancel';
  if (FORGOT_WHETHER.test(prepared) && !/\b(?:annulez|annule|reservez|reserve moi|inscrivez)\b/.test(prepared)) return 'check';
  if (BOOK_AS_QUESTION.test(prepared) && !/\b(?:ne|n' )\b|\bpas\b/.test(prepared)) return 'reserve';
  if (PLACE_ASKED.test(prepared) && !/\btrop tard\b/.test(prepared)) return 'reserve';
  if (AT_SERVICE_TO_COME.test(prepared) && !NOT_COMING.test(prepared) && !/\btrop tard\b/.test(prepared)) return 'reserve';
  if (BOOK_ASKED.test(prepared) && !/\b(?:ne|n' )\b|\bpas\b|\bannul/.test(prepared)) return 'reserve';
  // "elle sera donc absente tous les jeudis", "elle restera à la maison demain": days to come, a cancellation.
  if (FUTURE_ABSENCE.test(prepared) && !/\b(?:certificat|justificatif|justifier)\b/.test(prepared)) return 'cancel';
  // ("l'attestation de paiement… un justificatif des sommes versées": the yearly attestation asked, no absence.)
  // (Asked beside an illness or a certificate, the absence is read first.)
  const attestationAsked = ATTESTATION_ASKED.test(prepared) && !/\bzdate\b/.test(prepared);
  if (attestationAsked && !/\b(?:malades?|absen\w*|certificat)\b/.test(prepared)) return 'faq';
  // ("il était malade lundi dernier, il va mieux ; je voudrais qu'il aille au centre mercredi": a day to come, asked.)
  if (ABSENCE.test(prepared) && !(WISHED_AT_SERVICE.test(prepared) && !PROOF_WORDS.test(prepared))) return 'absence';
  if (attestationAsked) return 'faq';
  if (DOCUMENTS_PRIVATE.test(prepared) && !CHANGE_ASKED_TOO.test(prepared)) return 'faq';
  // ("… si on peut inscrire Ariana au centre du 5 au 9 juillet, elle a pas son mot de passe": the booking asked, beside the account.)
  if ((ACCOUNT_OPENING.test(prepared) && !/\bzenfant\b.*\bzdate\b|\bzdate\b.*\bzenfant\b/.test(prepared)) || PAYING_IF.test(prepared) || SERVICE_CONTACT.test(prepared)) return 'faq';
  if (CLOSING_ONLY.test(prepared) || PRAISE_ONLY.test(prepared) || SEASON_WISHES.test(prepared)) return 'smalltalk';
  return undefined;
}

/** "je cherche le numéro de téléphone du service périscolaire": how to reach the service, asked (not to be called back). */
// ("c'est quoi le numéro de téléphone de le service": the same, in learners' French.)
const SERVICE_CONTACT =
  guarded(/\b(?:numero(?: de telephone)?|telephone|adresse(?: mail| email| e mail| electronique)?|mail|email|e mail|courriel|coordonnees|bureaux?|locaux)\b (?:\w+ ){0,3}(?:du|de la|de l'|de le) ?(?:service|mairie|periscolaire|garderie|centre|accueil|portail(?: famille)?)\b(?!.*\b(?:rappel\w*|appelle|appelez|parler)\b)/);

/** "Rayan et Salomé sont-ils inscrits pendant les vacances ?": the state asked, the subject after the verb (no booking asked beside it). */
const INVERTED_STATE =
  guarded(/\b(?:sont|est|son) (?:t )?(?:ils|elles|il|elle) (?:bien |deja |toujours )?(?:inscrite?s?|reservee?s?|prevue?s?|notee?s?)\b(?!.*\b(?:inscrivez|reservez|mettez|ajoutez|inscris|reserve|mets|sinon|si non|si ce n' est pas)\b)/);

/** "Je voulais juste vous souhaiter un joyeux Noël, à vous et aux animatrices": wishes, and nothing asked. */
const SEASON_WISHES = guarded(
  /^(?!.*\b(?:zenfant|zdate|pourquoi|plainte|probleme|reserv\w*|inscri\w*|annul\w*|besoin|pouvez|pourriez|savoir)\b).*\b(?:souhaiter|souhaite|souhaitons|souhaitais|souhaitions) (?:\S+ ){0,4}(?:joyeux noel|joyeuses fetes|bonnes? fetes|belles? fetes|bonne annee|heureuse annee|bonnes vacances)\b/,
);

/** "votre service a été formidable l'an passé, au revoir": praise, with no day asked about. */
const PRAISE_ONLY =
  guarded(/^(?!.*\b(?:zdate|pourquoi|mais|plainte|probleme|inquiet\w*|souci)\b).*\b(?:service|equipe|animateurs?|animatrices?|personnel|accueil)\b (?:\w+ )?(?:a ete|est|etait|sont|ont ete|etaient) (?:\w+ )?(?:formidables?|super|geniale?s?|geniaux|parfaite?s?|excellente?s?|remarquables?|adorables?|top|extraordinaires?|merveilleu(?:x|se|ses))\b/);

/**
 * Thanks or a goodbye in a message of courtesy, read from the prepared text (other
 * languages already put in French: "obrigada, tchau" is "merci au revoir").
 */
/** "oups, c'était pas pour toi ce msg": a message that says it was sent here by mistake. */
export function isMisdirected(prepared: string): boolean {
  return WRONG_RECIPIENT.test(prepared);
}

const NOTHING_MORE = /^(?:(?:non|nan|non non|ok|bon) )?(?:(?:c' est|c|cest|ca) (?:bon|tout|ok|parfait)|ca ira|rien d' autre|rien|pas besoin|plus rien)(?: pour (?:l' instant|le moment|aujourd' hui))?$/;

/** "non c bon", "rien d'autre", "non ça ira": nothing more asked. */
export function isNothingMore(prepared: string): boolean {
  return NOTHING_MORE.test(prepared);
}

export function courtesyOf(prepared: string): Courtesy | undefined {
  if (/\bbonne (?:soiree|nuit)\b/.test(prepared)) return 'good_evening';
  if (/\b(?:au revoir|a bientot|a plus|a demain|a la prochaine|bye|ciao|tchao|bon week end|bonne (?:journee|fin de journee|semaine|continuation))\b/.test(prepared)) return 'goodbye';
  // ("merci, c'est tout", "merci ce sera tout": thanks, and nothing more asked.)
  if (/\b(?:merci|remercie)\b/.test(prepared) && /\b(?:c' est tout|ce sera tout|ca sera tout|rien d' autre|ca ira)\b/.test(prepared)) return 'goodbye';
  if (/\b(?:merci|remercie)\b/.test(prepared)) return 'thanks';
  // "non c bon", "non ça ira", "rien d'autre": nothing more asked, after « Autre chose ? ».
  if (isNothingMore(prepared)) return 'goodbye';
  return undefined;
}

/** A letter's closing formula and nothing else: "Je vous prie d'agréer, Madame, Monsieur, …". */
const CLOSING_ONLY = guarded(/^(?:(?:madame|monsieur|mesdames|messieurs|bonjour|bonsoir) ?)+$|^(?:je vous remercie (?:\S+ ){0,4}|merci (?:\S+ ){0,4})?(?:(?:je vous prie|veuillez|vous prie) (?:d' )?agreer|(?:bien |tres )?cordialement|(?:recevez |avec )?(?:mes |nos )?(?:sinceres |meilleures |respectueuses )?salutations)\b(?!.*\b(?:zenfant|zdate)\b)/);

/** "comment j'ajoute ma compagne sur le compte famille ?": a question on the account. */
/** "les documents que je mets dans l'espace, quelqu'un d'autre peut les voir ?": the private space, asked. */
const DOCUMENTS_PRIVATE = guarded(/\b(?:stockage|documents?|justificatifs?|espace)\b.*\b(?:prive|privee|private|confidentiel\w*|securise\w*|qui (?:d' autre )?(?:peut|pourra) (?:les |le )?voir|(?:somebody|someone|anyone|quelqu' un)(?: d' autre| else)? (?:can|peut|pourra) (?:les |le )?(?:see|voir))\b/);

const ACCOUNT_MEMBER =
  guarded(/\b(?:ajout|rajout|inscri|mett)\w* (?:ma|mon|un|une|le|la|l' |son|sa|notre|leur) ?(?:(?:nouveau|nouvel|nouvelle) )?(?:compagne|compagnon|conjointe?|mari|femme|epouse?|co parent|autre parent|deuxieme parent|second parent|pere|mere|papa|maman|grand mere|grand pere|(?:(?:\d+e|deuxieme|second|seconde|autre|troisieme|dernier|derniere|nouveau|nouvel|petit|petite) )?(?:enfant|fils|fille|bebe)) (?:(?:comme|en tant que) (?:\S+ ){1,4})?(?:sur|au|a|dans) (?:le |mon |notre |l' |la |son |sa |leur )?(?:compte|espace|dossier|portail)\b/);

/** "si on réserve et que l'enfant ne vient pas, on paye quand même ?": a rule of billing, asked. */
const PAYING_IF = guarded(/\bsi (?:on|je|nous|j' ai|l' enfant) (?:\w+ )?(?:reserve|annule|inscri\w*|ne vient pas|est absente?|est malade)\b.*\b(?:paye|payer|payons|facture|facturee?s?|rembourse|remboursee?s?|compte(?! (?:citoyen|famille|de la famille|familial)\b))\b/);

/** An absence announced for days to come. */
const FUTURE_ABSENCE = guarded(new RegExp(`\\b(?:zenfant|il|elle) (?:ne )?(?:vient|va) pas zdate\\b|(?<!\\b(?:parents|pere|mere|papa|maman|mari|femme|epouse|epoux|nous|moi meme|${CARERS}) )\\b(?:sera|seront) (?:donc |aussi |encore )?absente?s?\\b|\\b(?:restera|resteront) (?:a la maison|chez (?:moi|nous)) (?:zdate|demain)\\b|\\b(?:zenfant|il|elle|ils|elles) (?:n' ira|n' iront|ne viendra|ne viendront|ne pourra|ne pourront) (?:pas|plus)(?: venir| aller)? (?:au centre|a la garderie|au periscolaire|a l' accueil|a l' etude|au peri) zdate\\b`));

/** "comment créer mon compte citoyen afin d'inscrire mes enfants ?", "je veux faire un compte sur le site": a question on the account first. */
const ACCOUNT_OPENING =
  guarded(/\b(?:je veux|je voudrais|j' aimerais|je dois|il faut que je) (?:faire|creer|ouvrir) (?:un|mon) compte\b|\bcomment (?:on |je |puis je |peut on |faire pour |je fais pour )?(?:ajoute|ajouter|rajoute|rajouter|inscri\w*|declare|declarer|mets|mettre) (?:\S+ ){0,3}(?:zenfant|enfant|fils|fille|bebe) (?:dans|sur|a|au) (?:le |mon |notre |l' )?(?:compte|espace|dossier|fiche) ?(?:famille|citoyen)?\b|\bcomment (?:on fait pour |faire pour |je fais pour |puis je |peut on |on |je )?(?:creer|cree|ouvrir|ouvre|activer|avoir|obtenir) (?:(?:mon|un|le|notre) )?(?:compte|espace|acces)\b|\b(?:avoir|obtenir|donner) (?:moi aussi )?(?:un |l' )?acces (?:au|a mon|a son|a notre|a leur) compte\b|\b(?:j' ai|j' avons|on a|je n' ai|je n' a|nous n' avons) pas (?:de )?compte\b|\b(?:n' arrive|n' arrivons|arrive) (?:pas|plus) a (?:ouvrir|creer|activer|acceder a|me connecter a|entrer dans) (?:le|mon|notre) (?:compte|espace)\b|\b(?:mot de passe (?:oublie|perdu)|oublie (?:mon |le )?mot de passe)\b|\b(?:ajouter|rattacher|mettre) (?:dans|sur|au|a) (?:le|notre|mon) compte (?:de la famille|famille|citoyen)\b|\b(?:rattacher|ajouter|lier) (?:mon|ma) (?:conjointe?|compagnon|compagne|mari|femme|epouse?) (?:a|au|sur) (?:notre|mon|le) compte\b|\b(?:ajoute|rattache|lie) (?:sur|au|a) le compte (?:famille|de ma fille|de mon fils)\b/);

/**
 * What the assistant can do, asked in general ("cet assistant permet-il d'effectuer des
 * annulations ?", "vous savez aussi faire des réservations ?"): help, not a change. A
 * request names a child or a day ("pouvez-vous annuler la réservation de Léa mardi ?").
 */
const CAPABILITY = guarded(/\b(?:le )?fonctionnement (?:de|du) (?:ce|cet|votre|l' ) ?(?:service de messagerie|assistant|chat|outil|robot|bot|chatbot|messagerie)\b|\bqu' (?:il|elle) est en mesure de traiter\b|\b(?:demarches|operations|demandes|choses)\b.{0,40}\b(?:vous etes|tu es) en mesure de (?:traiter|gerer|faire)\b|\b(?:demarches|operations|demandes)\b.{0,60}\b(?:par votre intermediaire|par ton intermediaire|par ce biais)\b|\b(?:demarches|operations|demandes)\b.{0,40}\b(?:par|sur) (?:ce|cet) (?:canal|chat|outil)\b|\b(?:on peut|je peux|peut on|puis je|c' est possible de|c' est possible d') ?(?!(?:parler|discuter|echanger)\b)(?:\S+ ){0,3}(?:avec (?:toi|vous)|par ici|sur ce chat|par ce chat|par le chat)\b|\b(?:tu|vous) (?:geres?|gerez|t' occupes?|vous occupez) (?:aussi |egalement |meme )?(?:des |les )?(?:vacances|mercredis|soirs|reservations|annulations|inscriptions|absences|justificatifs|demandes)\b|^(?:\S+ )?(?:vous etes|tu es|t' es|t es|c' est|je parle a) (?:un |une )?(?:robot|bot|chatbot|machine|ia|intelligence artificielle|vrai humain|humain|vraie personne)\b(?!.*\b(?:veux|voudrais|pas)\b)|\b(?:arrive pas|n' arrive pas|sais pas|ne sais pas) (?:a |bien )?(?:utiliser|me servir (?:du|de ce|de cet|de la|de cette)) ?(?:le |ce |cet |l' |la |cette )?(?:chat|assistant|robot|bot|outil|messagerie|discussion)\b|\bsi je me trompe\b.*\b(?:comment|je fais|que faire|quoi faire)\b|\bce que (?:je peux|on peut|je pourrais) faire avec (?:ce|cet|votre|le|cette) (?:robot|assistant|bot|chatbot|outil|service|messagerie)\b|\b(?:cet|ce|l' |le|votre) ?(?:service automatise|assistant|chatbot|bot|robot|outil)(?: il)? (?:est (?:il )?en mesure|peut(?: il)?|sait(?: il)?|permet(?: il)?|est (?:il )?capable)\b|\ba quoi (?:tu sers|vous servez|sert (?:ce|cet|le|l' ) ?(?:robot|assistant|bot|chatbot|chat|outil))\b|\bquoi (?:tu sais|vous savez) faire\b|\b(?:tu sais|vous savez) faire quoi\b|\bcomment (?:fonctionne|marche) (?:cet|ce|l' |le|votre) ?(?:assistant|robot|bot|chatbot|outil|chat|service automatise)\b|\bce que (?:vous etes|tu es) (?:en mesure|capable) de faire\b|\bje decouvre (?:cet|ce|votre) (?:outil|assistant|chat|robot|service de messagerie|messagerie)\b|\bce qu' (?:il|elle) (?:me |nous )?permet de faire\b|\bwhat (?:i|we) can do (?:with|on|in) (?:this|the) (?:chat|bot|app|assistant)\b|\bwhat can (?:i|we) do (?:with (?:this|the) (?:chat|bot|app|assistant)|here)\b|\b(?:le robot|le bot|l' assistant|le chatbot|ce robot|cet assistant)(?: il)? (?:fait|sert a) quoi\b|\b(?:quel est )?le role (?:exact )?(?:de|du) (?:cet|ce|l' |votre) ?(?:assistant|robot|bot|chatbot|outil|programme)\b|\bce (?:qu' on|que l' on) peut demander a (?:ce|cet|votre) (?:petit )?(?:programme|robot|assistant|bot|outil)\b|\bce que (?:vous savez|tu sais|vous pouvez|tu peux) faire\b|\b(?:faire|passer) (?:mes|les|nos|des) (?:reservations|annulations|inscriptions) (?:directement )?(?:avec vous|avec toi|ici|par ici|sur ce chat|par le chat|par ce chat)\b|\b(?:il faut|faut il|faut|dois je|je dois|on doit) (?:ecrire|taper|mettre|dire|marquer) quoi\b|\bquoi (?:ecrire|taper|marquer) (?:pour|ici)\b|\b(?:permet|permettent|peut|peux|pouvez|sait|sais|savez|gere|geres|gerez|fait|fais|faites)(?: il| elle| on| vous| tu)?(?: aussi| egalement| seulement| uniquement)? (?:(?:d' |de )?(?:effectuer|faire|gerer|prendre|traiter) )?(?:annuler |reserver |inscrire |modifier )?(?:aussi |egalement )?des (?:annulations|reservations|inscriptions|resas|modifications|desinscriptions)\b|\b(?:vous pouvez|tu peux|pouvez vous|peux tu|tu pourrais|vous pourriez) (?:faire )?quoi pour (?:moi|nous)\b|\bqu' est ce que (?:tu peux|vous pouvez|tu pourrais|vous pourriez) faire pour (?:moi|nous)\b|\b(?:tu peux|vous pouvez) faire quoi\b|\b(?:demarches|operations|choses)\b.*\bpar l' intermediaire (?:de|du) (?:cet|ce|votre|l' ) ?(?:assistant|robot|chatbot|outil|chat|service)\b/);
