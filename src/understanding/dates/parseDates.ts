/**
 * The French date grammar: finds every date expression of a folded message, most
 * specific first; each match masks its span so that later rules do not read it again.
 */
import type { HolidayKind } from '../../domain/schoolCalendar';
import type { DateExpression, DayRef, FoundExpression } from './dateExpression';
import { isWeekdayMention } from './dateExpression';
import { monthNumber, ordinalRank, weekdayNumber } from './dateLexicon';
import {
  DAY_NUMBER, HOLIDAY_NAME, MONTH, NAMED_HOLIDAYS, POINT, SLASH_DATE, WD, WDS, YEAR, holidayKindOf,
} from './datePatterns';
import { parseDayRef } from './parseDayRef';
import { guarded, guardedByBranch } from '../text/patternGuard';

type Rule = { pattern: RegExp; read: (match: RegExpExecArray) => DateExpression | DateExpression[] | null };

const rx = (source: string) => guarded(new RegExp(source, 'g'));
/** The same, for a long alternation only blanked out by `replace`: each branch is run only where its words are (see `guardedByBranch`). */
const rxByBranch = (source: string) => guardedByBranch(new RegExp(source, 'g'));
/** Said right before a week: "mardi et jeudi dans la première semaine des vacances" (the weekdays fall in it). */
const WITHIN_BEFORE = /\b(?:de|dans|pendant|durant)\s+$/;
const ORDINAL = `(?:premiere|premier|1ere|1re|1er|1e|deuxieme|2eme|2e|2nde|seconde|second|troisieme|3eme|3e|quatrieme|4eme|4e|cinquieme|5eme|5e|derniere|dernier)`;

/** Service names are not days: "l'accueil du mercredi", "la garderie du soir" (not "la garderie de mercredi, jeudi et vendredi"). */
// ("c koi le tarif du mercredi ?": the Wednesday service priced, no Wednesday asked.)
// ("l'accueil du mercredi à compter du 3 mars": the service, from a day; "l'accueil du mercredi au vendredi": days.)
// ("annuler toutes ses réservations du mercredi sur cette période": the Wednesday service's bookings, no Wednesday of its own.)
// ("l'accueil de mercredi cette semaine": this week's Wednesday.)
// ("on peut annuler l'accueil du mercredi jusqu'à la veille ?": the Wednesday service, its deadline.)
const SERVICE_NAME = rx(
  `\\b(?:tarifs?|prix|cout)\\s+(?:de l' accueil\\s+)?(?:du|des)\\s+(?:mercredis?|soirs?)\\b(?!\\s+\\d)|\\b(?:accueils?|centres?|garderies?|activites?|periscolaire|(?<=\\b(?:leurs|ses|toutes les|les) )reservations)\\s+(?:de loisirs\\s+)?(?:du|de|des)\\s+(?:mercredis?|soirs?|matins?)(?:\\s+(?:et|ou)\\s+(?:du|de|des)\\s+(?:mercredis?|soirs?|matins?))?\\b(?!\\s+(?:\\d|prochain|dernier|(?:de )?cette semaine\\b|(?:de )?la semaine (?:pro|prochaine)\\b|(?:a(?! (?:compter|partir)\\b)|au|jusqu' ?(?:a|au)(?! (?:la veille|l' avant veille|quand|la derniere minute)\\b))\\s)|\\s*,?\\s+(?:le\\s+)?(?:lundi|mardi|jeudi|vendredi)\\b)`,
);

/** A floor or a district ("mon client du 3e étage", "la voisine du 4e", "le 12e arrondissement") is no day. */
const FLOOR = rx(`\\b\\d{1,2}(?:e|eme|ieme) (?:etage|arrondissement|arr)\\b|\\b(?:du|au) \\d{1,2}(?:e|eme|ieme)\\b(?!\\s+(?:${WD}|semaine|${MONTH}|jour|fois|trimestre|periode))`);

/** A French phone number ("01 49 76 60 00") holds no day. */
const PHONE_NUMBER = /\b0\d(?:[ .-]?\d\d){4}\b/g;

/** When something was told or happened, not a day asked for: "il m'a dit ce matin", "occupé depuis ce matin", "on a appris ce soir". */
// ("mon neveu n'a reçu son roulement que ce matin": the same.)
// "pour aujourd'hui, c'est mercredi": today's name said, no other day.
/** "ce jeudi, la mère travaille": the words after which "la" starts another clause, not "ce jeudi-là". */
const NOT_THERE_AFTER_LA = 'garderie|cantine|etude|place|reservation|petite?|grande?|peri|periscolaire|mere|maman|mamie|nounou|nuit|journee|maitresse|classe|sortie|piscine|famille|voisine|tante|pauvre';

const WHEN_TOLD = rxByBranch(`\\b(?:c' est|on est|nous sommes) ${WD}(?=\\s+(?:aujourd' hui|non|hein|quoi|je crois|deja))\\b|(?<=\\baujourd' hui\\s+)(?:c' est|on est) ${WD}\\b|\\b(?:depuis|appris|dit|su|vu|recu|raconte|annonce|explique|appele|telephone|ecrit|rentre|arrive|hospitalisee?|operee?|admise?|emmenee?|transportee?|tombee?|nee?)\\s+(?:ce matin|ce midi|ce soir|cet apres midi|cette nuit|tout a l' heure)\\b|\\b(?:recu|eu|appris|su)\\s+(?:\\S+\\s+){1,3}?(?:que\\s+)?(?:ce matin|ce midi|cet apres midi)\\b|\\b(?:conversation|appel|coup de fil|echange|entretien|message|mail|courriel)s?(?: telephonique)?\\s+(?:de|d')\\s*(?:ce matin|ce midi|cet apres midi|hier|avant hier)\\b|\\b(?:ai|avons|a) (?:deja )?(?:demande|envoye|ecrit|appele|telephone|signale|prevenu|fait la demande)\\s+(?:la semaine (?:derniere|passee)|hier|avant hier|il y a (?:\\w+ )?(?:jours?|semaines?))\\b|\\b(?:planning|emploi du temps|horaires?|reponse|nouvelle|information|confirmation)s?\\s+(?:que\\s+|qu'\\s*)(?:aujourd' hui|ce matin|hier)\\b` +
    // "je lui transmettrai votre réponse ce soir au téléphone": when the answer is passed on, not a day asked.
    // "il est tombé dans la cour ce midi", "il est parti ce matin pour Tokyo": what happened today, told.
    // (Only when another day is asked after it: "il est tombé au centre ce matin, personne ne m'appelle" is about today.)
    `|\\b(?:tombee?s?|blessee?s?|hospitalisee?s?|operee?s?|parti|partie|partis|emmenee?s?|cogne|cognee)\\s+(?:(?!ce\\b|cet\\b|cette\\b)\\S+\\s+){0,4}?(?:ce matin|ce midi|cet apres midi|cette nuit|tout a l' heure)\\b(?=.{0,300}\\b(?:demain|apres demain|lundi|mardi|mercredi|jeudi|vendredi|semaine|vacances|(?:[12]?\\d|3[01])(?:er)?\\s+(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|le (?:[12]?\\d|3[01]))\\b)` +
    // "le médecin lui a fait un certificat ce matin": when the proof was written, not a day of absence.
    `|\\b(?:certificat|justificatif|papier|mot|ordonnance)s?(?: medical| du medecin| du docteur)?\\s+(?:ce matin|ce midi|cet apres midi|tout a l' heure)\\b` +
    // "j'ai transmis la semaine dernière une demande": when the request was sent, not a day asked.
    `|\\b(?:ai|avons|a) (?:deja )?(?:transmis|fait|depose|soumis|rempli|envoye|formule)\\s+(?:la semaine (?:derniere|passee)|hier|avant hier|il y a (?:\\w+ )?(?:jours?|semaines?))\\b(?=\\s+(?:une?|la|ma|mon|les|mes|cette|ce)\\s+(?:demande|dossier|formulaire|mail|courriel|message|reservation|inscription)s?\\b)` +
`|\\b(?:transmettrai|transmettrons|dirai|donnerai|repeterai|rappellerai|rappelle|telephonerai|appellerai|passerai)\\s+(?:\\S+\\s+){0,3}?(?:ce matin|ce midi|ce soir|cet apres midi|demain)(?=\\s+(?:au telephone|par telephone|par message|par sms|quand|en rentrant|a son retour)\\b)`);

/** A time given as a model, not a day asked for: "comme la semaine dernière, … les jeudis", "comme l'an dernier". */
const COMPARED_TIME = rx(`\\b(?:comme|pareil que|idem que) (?:pour )?(?:la semaine (?:derniere|passee)|l' (?:an|annee) (?:dernier|derniere|passee)|l' ete (?:dernier|passe)|le mois (?:dernier|passe)|la derniere fois|${WD} (?:dernier|passe))\\b`);

/**
 * Times of the story, not days asked for: "la date limite du 13 juin (est dépassée)",
 * "je vous avais écrit en décembre", "elle quitte l'école à la fin du mois de mars".
 */
const STORY_TIME = rxByBranch(
  // "le mercredi 12 mai à l'accueil du mercredi, c'est pas les vacances": a remark on the day asked, no holidays said no to.
  `\\b(?:c' est|c|ce n' est|ce sera|ca sera|ca n' est) pas (?:pendant )?(?:les |des )?vacances(?: scolaires)?\\b(?!\\s+(?:de|d'|du|d)\\b)|` +
  // "tous les mercredis de janvier, après on voit pour février": a month put off, not asked.
  `\\b(?:apres|ensuite|pour la suite|et)?\\s*(?:on|nous|je) (?:voit|verra|verrons|verrai|verrait|regardera|regarderai) (?:pour|en|a|apres)\\s+(?:le mois d(?:e |')\\s*)?${MONTH}\\b|` +
  `\\b(?:date limite|delai|cloture)\\s+(?:du|de|le|au|etait le|etait|fixee au)\\s+${DAY_NUMBER}(?:\\s+${MONTH})?\\b` +
    // ("je crois comprendre que la date limite se situe début février": the deadline's own day, told.)
    `|\\b(?:date limite|delai|cloture|limite)\\s+(?:se situe|se situerait|tombe|tomberait|serait|est fixee)\\s+(?:(?:a|au|vers|le|debut|fin|mi|a la fin|au debut)\\s+)*(?:(?:de |d' ?)?(?:${DAY_NUMBER}\\s+)?${MONTH}|${DAY_NUMBER})\\b` +
    `|\\b(?:ai|avais|avions|avons|avait|a)\\s+(?:deja\\s+)?(?:ecrit|demande|appele|telephone|envoye|fait la demande)\\s+(?:en|au mois de|au mois d')\\s*${MONTH}\\b` +
    // "Le planning de mon épouse pour décembre ne sera publié que tardivement": someone's work roster, not days asked.
    `|\\b(?:planning|roulement|emploi du temps|horaires)\\s+(?:de|d')\\s*(?:mon|ma|son|sa|leur|notre)\\s+\\S+\\s+(?:pour|de|d'|en)\\s*(?:le mois d(?:e |')\\s*)?${MONTH}\\b` +
    `|\\b(?:mon|ma|son|sa|notre|leur)\\s+(?:planning|roulement)\\s+(?:pour|de|d'|en)\\s*(?:le mois d(?:e |')\\s*)?${MONTH}\\s+(?=(?:ne|n'|sera|est|sort|sortira|arrive|arrivera|tombe|tombera|n' est)\\b)` +
    // "il est tombé du tracteur samedi": a weekend day of the story, told in the past (no service that day;
    // not "c'est à 14h samedi", "bonjour à vous et bon dimanche").
    `|\\b(?:est|sont|a|ont|ai|avons|suis|sommes|etait|etaient)\\s+\\w+(?:e|es|ee|ees|i|is|ie|u|us|ue|it|te)\\s+(?:\\S+\\s+){0,2}?(?:samedi|dimanche)\\b(?!\\s+(?:\\d|prochain|soir|matin|de la semaine|qui vient)\\b)` +
    // "De mon temps, on s'inscrivait à la rentrée": a past habit told, no days asked.
    `|\\b(?:on|nous|je|j'|ils|elles|il|elle)\\s+(?:s'\\s*|m'\\s*|nous\\s+|se\\s+)?(?!(?:fait|ait|plait|sait|tait)\\b)\\w+(?:ait|ais|aient|ions)\\s+(?:\\S+\\s+){0,2}?(?:a|des)\\s+la\\s+rentree\\b(?!\\s+(?:de|d'|des|du|en)\\b)` +
    // "nos horaires ayant changé à la rentrée", "mon planning a changé depuis la rentrée": the reason told, no days asked.
    `|\\b(?:ayant|ont|a|avons|ai|sont|est)\\s+(?:\\S+\\s+)?(?:change|changes|changee|changees|evolue|bouge|modifie|modifies|modifiee|modifiees)\\s+(?:a|depuis|avec|pour)\\s+la\\s+rentree\\b(?!\\s+(?:de|d'|des|du|en)\\b)` +
    // "je garde mon petit-fils tous les mercredis depuis qu'il est tout petit": a habit told, no days asked.
    `|\\btous les (?:lundis|mardis|mercredis|jeudis|vendredis) depuis (?:qu' ?|que |toujours\\b|des annees\\b|longtemps\\b|la rentree\\b|le debut\\b)` +
    // "le vendredi 18 décembre, la veille des vacances": that day said again, not the holidays.
    `|\\bla veille (?:des|de la|du) (?:vacances|rentree)(?: (?:de noel|d' hiver|de fevrier|de printemps|de paques|de la toussaint|d' ete|scolaires))?\\b` +
    // "je profite de ce beau mois d'août pour m'avancer": the time of the letter, no days asked.
    `|\\b(?:ce|cet) (?:beau|bel|joli|long|chaud|pluvieux|froid) mois (?:de |d' ?)${MONTH}\\b` +
    // "il est né en décembre": a birth, no days asked.
    `|\\b(?:est|sont|etait|etaient) (?:ne|nee|nes|nees)\\s+(?:en|au mois de|au mois d'|le|debut|fin|mi)\\s*(?:${DAY_NUMBER}\\s+)?${MONTH}\\b` +
    `|(?<!\\bjusqu' )\\ba la fin (?:du mois )?(?:de |d' ?)${MONTH}\\b` +
    // "pas de collectivité avant la semaine prochaine, donc enlevez-la demain et vendredi": a bound told, not the week asked.
    `|\\bavant la semaine (?:prochaine|pro|d' apres|suivante)\\b` +
    // "en raison du déménagement prévu fin mai", "elle change d'école début juin": a time of the story, vaguer than days.
    `|\\b(?:prevue?s?|programmee?s?|planifiee?s?|envisagee?s?|fixee?s?)\\s+(?:pour\\s+)?(?:debut|fin|mi)\\s+(?:de\\s+|d'\\s*)?${MONTH}\\b` +
    // "la facture de septembre", "le marché de Noël", "le spectacle de Noël": a bill or an event, no days asked.
    `|\\b(?:factures?|facturation|releve|prelevements?|paiements?|reglements?)\\s+(?:de|du mois de|d')\\s*${MONTH}\\b` +
    `|\\b(?:marche|spectacle|fete|repas|gouter|sapin|arbre|concert|kermesse|chants?|colis)\\s+de\\s+noel\\b|\\bpere noel\\b` +
    // ("le jeudi on allait au temple", "du temps où le jeudi était le jour sans classe", "on avait juste le jeudi libre", "un
    // lundi de septembre on l'a attendue": a weekday of the past or of no date, told, no day asked.)
    `|\\ble\\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+(?:(?:on|nous|il|elle|ils|elles|c'|j'|je|n')\\s*)?\\S*(?<!r)(?:ait|aient|ions)\\b` +
    `|\\b(?:avait|avaient|avions|avais)\\s+(?:juste\\s+|seulement\\s+|encore\\s+)?le\\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\b` +
    `|\\bun\\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+(?:de\\s+|d'\\s*)${MONTH}\\b` +
    // ("elle commence l'école en septembre", "il entre en petite section en septembre": a child's schooling, no days asked.)
    `|\\b(?:commence|commencera|commencent|entre|entrera|rentre|rentrera|fait sa rentree)\\s+(?:a\\s+)?(?:l'\\s*|la\\s+|le\\s+|en\\s+|au\\s+)?(?:ecole|maternelle|creche|cp|ce1|petite section|moyenne section|grande section|college|primaire)\\s+(?:en|au mois de|au mois d')\\s*${MONTH}\\b` +
    // ("les cours ne reprenant que le 8 mars", "l'école reprend le lundi 8": when school starts again, the reason of the days asked.)
    `|\\b(?:cours|classes?|ecole)\\s+(?:ne\\s+)?(?:reprenant|reprennent|reprendront|reprend|reprendra|recommencent|recommence|recommenceront)\\s+(?:qu'\\s*|que\\s+|seulement\\s+)?(?:le\\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi)\\s+)?${DAY_NUMBER}(?:\\s+${MONTH})?\\b` +
    // ("jsuis en long courrier tout juillet", "je suis en déplacement tout le mois d'août": the parent's month away, beside the days asked.)
    `|\\b(?:je suis|jsuis|je serai|nous sommes|nous serons|on est|on sera)\\s+(?:en\\s+\\S+(?:\\s+\\S+)?|absente?s?|partie?s?)\\s+(?:tout|toute|pendant tout|durant tout)\\s+(?:le mois de\\s+|le mois d'\\s*)?${MONTH}\\b` +
    // ("ma fille a enfin pris des vacances", "les vacances sont finies, les enfants ont repris l'école": the parent's leave, the
    // holidays just past, no days asked.)
    `|\\b(?:pris|prendre|prend|prends|prenons|prendra|prendrai|pose|poser)\\s+(?:des|ses|mes|quelques|ces)\\s+(?:jours\\s+de\\s+)?(?:vacances|conges)\\b|\\bles\\s+vacances\\s+(?:sont|etaient)\\s+(?:finies|terminees|passees)\\b` +
    // ("chez nous on ne fêtait pas Noël": the feast, not the holidays.)
    `|\\b(?:fete|fetes|feter|fetait|fetaient|fetions|fetons|fetera|celebre|celebrer|celebrait)\\s+(?:pas\\s+|plus\\s+|jamais\\s+)?noel\\b` +
    // "au centre tout le mois de juillet, on part qu'en août": the month of the family's departure, a story.
    `|\\b(?:part|partons|partira|partirons|partent|partiront|pars|partirai)\\s+(?:qu'\\s*|que\\s+|seulement\\s+|juste\\s+)en\\s+${MONTH}\\b` +
    // "je m'y perds avec les vacances": the holidays that confuse the parent, no days asked.
    `|\\b(?:perds?|embrouille|melange|confonds?|trompe)\\s+avec\\s+(?:les|ces|toutes ces)\\s+vacances\\b` +
    // ("… la troupe ne reprenant la route qu'en août", "nous ne rentrons qu'en septembre": the family's move, a story.)
    `|\\bne\\s+(?:repren\\w*|repart\\w*|rentr\\w*|revien\\w*|revenons|reviendr\\w*|recommenc\\w*|quitt\\w*|demenag\\w*|tourn\\w*|travaill\\w*)(?:\\s+\\S+){0,3}?\\s+qu'\\s*en\\s+${MONTH}\\b` +
    // "j'ai pas encore mon planning de décembre": the parent's own timetable, no days asked.
    `|\\b(?:pas encore|toujours pas|pas recu|j' attends|j' attend|j' ai pas|je n' ai pas)\\s+(?:\\S+\\s+){0,2}?(?:mon|ma|mes|son|sa|ses|leur|leurs|notre|nos)\\s+(?:planning|plannings|emploi du temps|horaires|roulement|tableau de service)\\s+(?:de|du mois de|d')\\s*${MONTH}\\b` +
    // ("planning de décembre affiché": the parent's timetable is out, the reason of the request.)
    `|\\b(?:planning|plannings|emploi du temps|roulement)\\s+(?:de|du mois de|d')\\s*${MONTH}\\s+(?:affiche|publie|sorti|tombe|recu|arrive|dispo|disponible)\\b` +
    // ("je me suis remariée cet été", "nous avons déménagé en juillet": a change in the family's life, no days asked.)
    `|\\b(?:marie|mariee|maries|mariees|remarie|remariee|remaries|divorce|divorcee|divorces|separes?|separees?|pacsee?s?|demenage|demenagee?s?|emmenage|emmenagee?s?|installee?s?)\\s+(?:(?:cet|cette|l')\\s*(?:ete|hiver|automne|printemps|annee)|en\\s+${MONTH})\\b` +
    // ("Pour l'été, je les emmène chez nous à Paimpol, mais pas tout de suite": the family's summer, not the days asked.)
    `|\\b(?:pour|pendant|cet) (?:l' ?)?ete(?=,?\\s+(?:je|on|nous) (?:les|la|le|l') ?(?:emmene|emmenons|emmenerai|emmenerons|prends|prenons|prendrai|prendrons|garde|gardons|garderai|garderons)\\b)` +
    // ("jusqu'à quand ? Ma fille dit le jeudi d'avant, moi je dirais plutôt le vendredi": the deadline guessed, no day asked.)
    `|\\b(?:dit|dis|disait|pense|croit)\\s+(?:que c' est\\s+)?le\\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+(?:d' avant|precedent|d' apres|suivant)\\b|\\b(?:je dirais|je penserais|je parierais)\\s+(?:plutot\\s+)?le\\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\b` +
    // ("son papa il travaille tard tous les jours": the parent's days, the reason of those asked.)
    `|\\b(?:travaill\\w*|boss\\w*|finit|finis|finissent|termine|terminent|rentre|rentrent)\\s+(?:tard\\s+|tot\\s+|loin\\s+)?tous les jours\\b` +
    // ("…, parce que le jeudi je fais ma belote au club": the writer's weekday, the reason of the days asked.)
    `|\\ble\\s+(?<=\\b(?:parce que|parce qu'|car|puisque|vu que)\\s+le\\s+)(?:lundi|mardi|mercredi|jeudi|vendredi)\\s+(?:je|j'|on|nous)\\s*(?:fais|fait|faisons|vais|va|allons|ai|a|avons|suis|est|sommes|travaille|travaillons|bosse|joue|jouons)\\b` +
    // "elle rentre que le mardi", "il ne revient que mercredi": the day of the return, no day asked.
    `|\\b(?:rentre|rentrera|revient|reviendra|rentrent|rentreront|reviennent|reviendront)\\s+(?:que|qu' ?a partir du|seulement|juste)\\s+(?:le\\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\b(?!\\s+(?:\\d|d' apres|suivant|prochain|qui suit))` +
    // "je vois qu'aujourd'hui tout se fait par l'ordinateur": nowadays, no day asked.
    `|\\b(?:aujourd' hui|de nos jours)(?=,?\\s+(?:tout se|tout est|tout passe|tout va|les gens|plus personne|tout le monde|on fait tout|les jeunes|les enfants (?:ont|sont|font|passent|jouent|regardent))\\b)` +
    // "ma belle-fille, qui est de garde cette semaine … ne viendra pas le vendredi 2 octobre": the parent's week, a reason.
    `|\\b(?:de garde|d' astreinte|de permanence|de nuit|en deplacement|en formation)\\s+(?:toute\\s+)?cette semaine\\b(?=.{0,240}\\b(?:lundi|mardi|mercredi|jeudi|vendredi)\\s+(?:[12]?\\d|3[01])(?:er)?\\b)` +
    // "une place pour Sélénia mercredi 2 décembre, je bosse tard cette semaine-là": the parent's week, after the day named, a reason.
    `|(?=(?:je|on|nous|mon mari|ma femme|son pere|sa mere) (?:bosse|bossons|bossera|travaille|travaillons|travaillera|termine|finis|finit|rentre|rentrera) )(?<=\\b(?:lundi|mardi|mercredi|jeudi|vendredi)\\s+(?:[12]?\\d|3[01])(?:er)?\\b.{0,200})\\b(?:je|on|nous|mon mari|ma femme|son pere|sa mere) (?:bosse|bossons|bossera|travaille|travaillons|travaillera|termine|finis|finit|rentre|rentrera) (?:\\S+\\s+){0,3}?(?:toute\\s+)?cette semaine(?: la)?\\b` +
    // "le jeudi 20 mai ni le vendredi 21 mai, puisque je serai à Joinville toute cette semaine-là": the week of the days named.
    // (Only where the family says where it is: "tous les soirs de cette semaine-là" asks them.)
    `|(?=(?:toute\\s+)?cette semaine la\\b)(?<=\\b(?:[12]?\\d|3[01])(?:er)?\\b.{0,200}\\b(?:je serai|je suis|nous serons|nous sommes|on sera|je reste|je resterai|nous resterons)\\b.{0,40})(?:toute\\s+)?cette semaine la\\b` +
    // "leur maman part en formation juste avant les vacances. Donc le jeudi 18…": when the story happens, no days asked.
    `|\\b(?:juste|peu de temps|quelques jours|la veille) avant (?:les|des) (?:grandes )?vacances(?: scolaires| de \\S+| d' \\S+)?\\b` +
    // "je suis chez mon fils pour les vacances": the grandparent's own stay, no days asked.
    // ("je suis à Joinville pour les vacances", "nous sommes ici pour les vacances": the same.)
    `|\\b(?:je suis|nous sommes|je serai|nous serons) (?:chez|ici chez|a|ici) (?:\\S+\\s+){0,3}?pour les vacances\\b(?!\\s+(?:de|d'|du|scolaires)\\b)` +
    // "resteront chez vous, le soir comme le mercredi, chaque jour du 18 au 28 mai": both services, no Wednesday filter.
    `|\\b(?:le soir|les soirs)\\s+(?:comme|aussi bien que)\\s+(?:le|les)\\s+mercredis?\\b(?!\\s+\\d)` +
    // "les mardis et les vendredis seulement ; le reste de la semaine, je m'en occupe": the days not asked.
    `|\\ble reste de la semaine\\b(?=\\s+(?:je m' en occupe|je m' occupe|c' est moi|je les garde|je la garde|je le garde|je les prends|je la prends|je le prends|ils sont avec|elle est avec|il est avec|ils restent avec|elle reste avec|il reste avec)\\b)` +
    // "du lundi 3 au jeudi 6 mai… ah non, le jeudi c'est l'Ascension": a day told closed, not asked.
    `|\\ble\\s+(?:lundi|mardi|mercredi|jeudi|vendredi)\\s+(?:c' est|c est|cest|est|etant)\\s+(?:l' |la |le |un |une )?(?:ascension|ferie|jour ferie|pont|pentecote|lundi de (?:paques|pentecote)|armistice|14 juillet|1er mai|8 mai|11 novembre)\\b` +
    // "jeudi et vendredi cette semaine c'est encore les vacances": why the days named are asked, not more days.
    `|(?=(?:c' est|c est|cest|ce sont) (?:encore|toujours|deja) (?:les )?vacances\\b(?!\\s+(?:de|d'|du|scolaires)\\b))(?<=\\b(?:lundi|mardi|mercredi|jeudi|vendredi)\\b.{0,200})\\b(?:c' est|c est|cest|ce sont) (?:encore|toujours|deja) (?:les )?vacances\\b` +
    // "dernière chose avant l'été :": the time of the letter, no days asked.
    `|\\b(?:derniere|une|petite)\\s+chose\\s+avant\\s+(?:l' ete|les vacances|les grandes vacances|noel|les fetes)\\b` +
    // "je pars à Lisbonne pour tout l'été": the grandparent's own trip, no days asked.
    `|(?=\\b(?:je pars|on part|nous partons|je serai|on sera|nous serons)\\b)(?<=\\b(?:(?:lundi|mardi|mercredi|jeudi|vendredi)\\s+(?:(?:[12]?\\d|3[01])(?:er)?\\s+)?(?:et\\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi)|(?:[12]?\\d|3[01])(?:er)?\\s+${MONTH})\\b.{0,160})\\b(?:je pars|on part|nous partons|je serai|on sera|nous serons)\\s+(?:\\S+\\s+){0,3}?pour\\s+(?:tout\\s+l' ete|toutes les vacances)\\b` +
    // "pour vacances d'hiver en février": the month the holidays fall in, not all its days.
    `|(?=en\\s+${MONTH}\\b)(?<=\\b(?:vacances|conges)\\s+(?:de la |de l' ?|de |d' ?|du )?(?:hiver|fevrier|noel|printemps|paques|toussaint|ete)\\s+)en\\s+${MONTH}\\b` +
    // "les vacances d'hiver euh de février je veux dire": the holidays said better by their month, not all its days.
    `|(?=(?:de|d')\\s*(?:fevrier|decembre|avril|octobre|juillet)\\b)(?<=\\b(?:vacances|conges|vacs)\\s+(?:de la |de l' ?|de |d' ?|du )?(?:hiver|noel|printemps|paques|toussaint|ete)\\s+(?:(?:euh|heu|enfin|pardon|non)\\s+)+)(?:de|d')\\s*(?:fevrier|decembre|avril|octobre|juillet)\\b` +
    // "dernier jour à la garderie vendredi 4 juin, après nous partons": the last day kept, not asked.
    `|\\b(?:son|sa|leur)?\\s*dernier\\s+jour\\s+(?:a|au|de)\\s+(?:la\\s+|l' ?)?(?:garderie|centre|ecole|accueil)\\s+(?:(?:sera|est|c' est|ce sera)\\s+)?(?:(?:le|ce)\\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi)\\s+)?${DAY_NUMBER}(?:\\s+${MONTH})?\\b` +
    // "« jusqu'au dimanche 23h59, deux semaines avant… »": the rule quoted, no days asked.
    `|\\bjusqu' ?(?:a|au)\\s+(?:le\\s+)?dimanche\\s+(?:a\\s+)?(?:23\\s*h\\s*59|23\\s*:\\s*59|minuit)\\b` +
    // "on m'a parlé de deux semaines avant les vacances": a delay quoted, no days asked.
    `|\\b(?:une|deux|trois|quatre|\\d)\\s+semaines?\\s+avant\\s+(?:les|le|la)\\s+(?:vacances|debut|rentree)\\b` +
    // "nous les emmenons à la campagne pour la fin des vacances": when the days named fall, not more days.
    `|(?=\\bpour\\s+la\\s+fin\\s+des\\s+vacances\\b)(?<=\\b(?:(?:lundi|mardi|mercredi|jeudi|vendredi)\\s+(?:(?:[12]?\\d|3[01])(?:er)?\\s+)?(?:et\\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi)|(?:[12]?\\d|3[01])(?:er)?\\s+${MONTH})\\b.{0,160})\\bpour\\s+la\\s+fin\\s+des\\s+vacances\\b(?!\\s+(?:de|d'|du))` +
    // "l'été dernier en juillet on était partis en Bretagne": last year's holidays, a story.
    `|\\bl' (?:ete|an|annee|hiver|automne) (?:dernier|derniere|passe|passee)(?:,?\\s+(?:en|au mois de|au mois d'|pendant|durant)\\s*(?:${MONTH}|les vacances(?:\\s+(?:de|d')\\s*\\S+)?))?\\b` +
    // "ma nièce n'a pas ses congés avant août": when the family is free, a story (not the month asked).
    `|(?=(?:avant|apres)\\s)(?<=\\b(?:pas|plus|que|qu')\\s+(?:\\S+\\s+){0,3})(?:avant|apres)\\s+(?:le mois d'|le mois de\\s+)?\\s*${MONTH}\\b(?!\\s+\\d)` +
    // "cet été je les emmène à Carnac à partir du 12 juillet": when the family takes the children away, a story.
    `|\\b(?:(?:cet ete|cet hiver|pendant l' ete|pendant les vacances|aux vacances|pour les vacances),?\\s+)?(?:je|on|nous) (?:les|la|le|l') ?(?:emmene|emmenons|emmenerai|emmenerons|emmenera|prends|prenons|prendrai|prendrons|garde|gardons|garderai|garderons) (?:\\S+\\s+){0,4}?(?:a partir du|des le|du)\\s+${DAY_NUMBER}\\s+${MONTH}\\b(?:\\s+au\\s+${DAY_NUMBER}(?:\\s+${MONTH})?\\b)?` +
    // "je ne sais plus si c'est aujourd'hui ou demain la limite": the deadline wondered about, no day asked.
    `|\\b(?:aujourd' hui|demain|ce soir)(?:\\s+ou\\s+(?:demain|aujourd' hui|apres demain|ce soir))?\\s+(?:la (?:date )?limite|le dernier (?:jour|delai)|le delai)\\b` +
    // "parce que lundi c'était férié": a weekday of the past, a story. ("jeudi et vendredi on a eu nos repos accordés" asks them.)
    `|\\b${WD}(?:\\s+dernier)?\\s+(?:c' etait|c etait|ca a ete)\\b` +
    // ("ma belle-sœur ne prenant ses congés qu'à compter du 28 décembre": when the family is free, no days asked.)
    `|\\bconges\\s+(?:que\\s+|qu'\\s*)?(?:a compter|a partir)\\s+du\\s+${DAY_NUMBER}(?:\\s+${MONTH})?\\b` +
    // ("je croyais que c'était le 22 et c'est ce vendredi": the day wrongly believed, no day asked.)
    `|\\b(?:croyais|pensais|croyait|pensait|croyions|pensions)\\s+(?:que\\s+|qu'\\s*)(?:c' etait|c etait|ce serait|c' est)\\s+(?:le\\s+)?${DAY_NUMBER}(?:\\s+${MONTH})?\\b` +
    // ("le planning de l'officine a changé ce matin": when the reason came up, no day asked.)
    `|\\b(?:a|ont|a ete|ont ete) (?:change|changes|modifie|modifies|bouge|decale|chamboule|tombe)\\s+(?:\\S+\\s+){0,2}?(?:ce matin|ce midi|cet apres midi|hier soir|hier)\\b` +
    // ("la demande que j'ai déposée la semaine dernière", "ma demande de la semaine dernière": when it was sent, no day asked.)
    `|\\b(?:deposee?s?|faite?s?|envoyee?s?|transmise?s?|soumise?s?|formulee?s?)\\s+(?:\\S+\\s+){0,2}?(?:la semaine (?:derniere|passee)|le mois dernier)\\b|\\b(?:demande|dossier|message|mail|courriel)s?\\s+(?:de|du|depuis)\\s+(?:la semaine (?:derniere|passee)|le mois dernier)\\b` +
    // ("je me souviens du Noël 1942", "en mars 1987 on avait sorti trois tonnes de lieu jaune": a year long past, a memory.)
    `|\\b(?:(?:en|de|du|au)\\s+)?(?:(?:${DAY_NUMBER}\\s+)?${MONTH}|noel|paques|la toussaint|l' ete|l' hiver|ete|hiver)\\s+19\\d\\d\\b` +
    // ("le 2 février elle en avait mangé six": a day of the past, told in the past. Not "le 28 avril, elle avait de la fièvre".)
    `|\\b${DAY_NUMBER}\\s+${MONTH}(?=\\s+(?:il\\s+en|elle|ils|elles|on|nous|je|j')\\s+(?:en\\s+|y\\s+)?(?<=\\s(?:en|y)\\s)(?:avait|avaient|avions|avais)\\b)` +
    // ("le vendredi 21 le lundi c'est férié", "le lundi étant férié": the reason of the day named, no day asked.)
    `|\\b${WD}\\s+(?:c' est|c est|est|sera|etant)\\s+(?:un\\s+(?:jour\\s+)?)?ferie\\b` +
    // ("je travaille pas le mercredi 14 mais le mercredi 21 euh c'est les vacances mais bon": the holidays the day falls in.)
    `|(?=(?:c' est|c est|ce sont)\\s)(?<=\\b(?:lundi|mardi|mercredi|jeudi|vendredi)\\s+(?:[12]?\\d|3[01])(?:er)?\\b.{0,80})(?:c' est|c est|ce sont)\\s+(?:deja\\s+)?(?:les|pendant les)\\s+vacances\\b(?!\\s+(?:de|d'|du|scolaires)\\b)` +
    // "c'est moi qui vais la chercher le soir depuis janvier": since when, a story.
    `|\\bdepuis\\s+(?:le\\s+(?:debut\\s+du\\s+mois\\s+de|mois\\s+de|mois\\s+d')\\s*|debut\\s+)?${MONTH}\\b(?!\\s+(?:${YEAR}\\s+)?(?:jusqu|au\\s|a\\s))`,
);

/** Public holidays named by their feast are closed days anyway: "le lundi de Pâques", "après le week-end de Pâques" (not the holidays). */
const FEAST_DAY = rx(`\\b(?:le\\s+)?(?:lundi|jeudi)\\s+(?:de\\s+)?(?:paques|pentecote|l' ascension|ascension)\\b|\\b(?:week end|weekend|pont)\\s+(?:de\\s+|du\\s+)?(?:paques|la pentecote|pentecote|l' ascension|ascension)\\b|\\b(?:joyeux|joyeuses|bonnes?|heureux|heureuses|belles?)\\s+(?:fetes\\s+de\\s+)?(?:paques|noel|toussaint)\\b|\\bpoissons?\\s+d' ?avril\\b`);

/** "les deux premiers jours" (m[1], m[2]) or "le dernier jour" (m[3]): how many opening days, negative for the last ones. */
function daysCounted(m: RegExpExecArray): number {
  const count = m[1] ? (({ deux: 2, trois: 3, quatre: 4, cinq: 5 } as Record<string, number>)[m[1]] ?? Number(m[1])) : 1;
  return /^dernier/.test(m[2] ?? m[3]) ? -count : count;
}

function day(ref: DayRef | undefined): DateExpression | null {
  return ref ? { kind: 'day', ref } : null;
}

/** The weekday said just before a day's number: "mercredi" in "le mercredi 16". */
const WEEKDAY_BEFORE = new RegExp(`\\b(${WD})\\s+$`);

/** Days listed before a month share it: "lundi 12 et mardi 13 octobre". */
function listWithMonth(match: RegExpExecArray): DateExpression[] {
  const text = match[0];
  const month = monthNumber(new RegExp(MONTH).exec(text)![0]);
  const year = new RegExp(`\\b${YEAR}\\b`).exec(text);
  const matches = [...text.replace(/\b20\d\d\b/, '').matchAll(/\b(\d{1,2})(?:er|e)?\b/g)];
  const numbers = matches.map((m) => Number(m[1]));
  // ("le mardi 29 et le jeudi 1er octobre": a day of the end of a month, with its weekday, before one of the start of
  // the month named, is of the month before; "le 23 et le 9 décembre" are both of December.)
  const weekdayBefore = matches.map((m) => WEEKDAY_BEFORE.exec(text.slice(0, m.index))?.[1]);
  const refs = numbers.map((n): DateRef => ({ type: 'date', day: n, month }));
  if (year) for (const ref of refs) ref.year = Number(year[0]);
  for (let i = refs.length - 2; i >= 0; i--) {
    const next = refs[i + 1];
    // ("le 31 et le 1er juin", "le 30 et le 1er juin": the last days of a month, then the first of the next, are the month's eve.)
    const monthsEve = refs[i].day >= 28 && next.day <= 2 && i === refs.length - 2;
    if (!((weekdayBefore[i] && refs[i].day >= 25 && next.day <= 7) || monthsEve)) {
      refs[i].month = next.month;
      // ("le mercredi 16 et le mercredi 6 janvier", said in December: the weekday may say another month.)
      const weekday = weekdayBefore[i];
      if (weekday && year === null) Object.assign(refs[i], { weekday: weekdayNumber(weekday), monthShared: true });
    } else {
      refs[i].month = ((next.month! + 10) % 12) + 1;
      if (next.year !== undefined) refs[i].year = next.month === 1 ? next.year - 1 : next.year;
    }
  }
  return refs.map((ref) => ({ kind: 'day', ref }));
}

/** A point of a range, with its qualifier: "lundi prochain", "vendredi qui vient". */
const POINT_Q = `(?:${POINT}(?:\\s+(?:prochain|qui vient))?)`;
/** Words opening a range: "du", "entre", "à partir du", "à compter de", "dès le". */
const RANGE_START = `du|de|entre|a partir du|a partir de|a partir d'|a compter du|a compter de|a compter d'|depuis|depuis le|des le`;
/** A verb whose object "les" is the children ("rajoutez-les lundi", "mets les jeudi"). */
const VERB_BEFORE_PRONOUN = `(?:\\w+ez|mets|remets|inscris|reinscris|rajoute|ajoute|garde|prends|passe|reserve|annule|enleve|retire|note|compte|laisse)`;
/** Counts of days or weeks ("dans 3 jours", "dans deux semaines"). */
const COUNT = `\\d{1,2}|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze`;
const COUNT_WORDS: Record<string, number> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, quinze: 15,
};

/**
 * "dans 3 jours", "dans 2 semaines": that many days ahead. "Huit jours" and "quinze jours"
 * are a week and a fortnight in French ("dans quinze jours" = in two weeks).
 */
function inDays(count: string, unit: string): number {
  const n = COUNT_WORDS[count] ?? Number(count);
  if (unit.startsWith('semaine')) return 7 * n;
  return n === 8 ? 7 : n === 15 ? 14 : n;
}

function endOfMonth(monthWord: string, year: string | undefined): DayRef {
  const ref: DayRef = { type: 'endOfMonth', month: monthNumber(monthWord) };
  if (year) ref.year = Number(year);
  return ref;
}

/** "du 16 au 20 mars": the start borrows the month of the end when it has none. */
function range(fromText: string, toText: string): DateExpression | null {
  const from = parseDayRef(fromText);
  const to = parseDayRef(toText);
  if (!from || !to) return null;
  if (from.type === 'date' && to.type === 'date' && from.month === undefined && to.month !== undefined) {
    from.month = from.day > to.day ? ((to.month + 10) % 12) + 1 : to.month;
    if (to.year !== undefined) from.year = from.day > to.day && to.month === 1 ? to.year - 1 : to.year;
  }
  return { kind: 'range', from, to };
}

/** The holidays that end just before classes resume in a month ("la rentrée de janvier": after Noël). */
const HOLIDAYS_BEFORE_MONTH: Record<string, HolidayKind> = {
  septembre: 'ete', novembre: 'toussaint', janvier: 'noel', mars: 'hiver', fevrier: 'hiver', avril: 'printemps', mai: 'printemps',
};

const RULES: Rule[] = [
  {
    // "la semaine entre Noël et le jour de l'An": from the 26th to the 31st of December.
    // ("la semaine qui sépare Noël du jour de l'an": the same week.)
    pattern: rx(`\\b(?:entre\\s+noel\\s+et|(?:qui\\s+)?separe\\s+noel\\s+(?:du|de))\\s+(?:le\\s+)?(?:jour\\s+de\\s+l' an|nouvel\\s+an|(?:premier|1er)\\s+(?:de\\s+l' an|janvier)|reveillon|la\\s+saint\\s+sylvestre)\\b`),
    read: () => ({ kind: 'range', from: { type: 'date', day: 26, month: 12 }, to: { type: 'date', day: 31, month: 12 } }),
  },
  {
    // "hormis la veille de Noël et la veille du jour de l'An", "le jour de l'An": the days of the year-end feasts.
    // ("pour le réveillon" tells why, it names no day.)
    pattern: rx(`\\b(?:la\\s+veille\\s+(de\\s+noel|du\\s+(?:jour\\s+de\\s+l' an|nouvel\\s+an))|le\\s+(jour\\s+de\\s+noel|jour\\s+de\\s+l' an))\\b`),
    read: (m) => {
      const eve = m[1];
      const day = eve ? (/noel$/.test(eve) ? 24 : 31) : m[2].endsWith('noel') ? 25 : 1;
      return { kind: 'day', ref: { type: 'date', day, month: day === 1 ? 1 : 12 } };
    },
  },
  {
    // "le premier mercredi d'octobre", "le deuxième et le quatrième mercredi de mars", "le dernier vendredi du mois prochain".
    pattern: rx(`\\b(?:le\\s+)?(${ORDINAL})(?:\\s+(?:et|,)\\s+(?:le\\s+)?(${ORDINAL}))?\\s+(${WD})s?\\s+(?:(?:du\\s+mois\\s+)?(?:de\\s+|d'\\s*)(${MONTH})(?:\\s+(${YEAR}))?|du\\s+mois\\s+(prochain|suivant)|(?:de\\s+ce\\s+mois(?:\\s+ci)?|du\\s+mois))\\b`),
    read: (m) => ({
      kind: 'nthWeekday',
      ranks: [m[1], m[2]].filter((rank): rank is string => rank !== undefined).map(ordinalRank),
      weekday: weekdayNumber(m[3]),
      month: m[4] ? { kind: 'month', month: monthNumber(m[4]), ...(m[5] ? { year: Number(m[5]) } : {}) } : { kind: 'month', relative: m[6] ? 1 : 0 },
    }),
  },
  {
    // "les 2 prochaines semaines", "les deux semaines prochaines", "les trois semaines à venir": each week from next week on.
    pattern: rx(`\\b(?:(?:les|ces|ses|leurs)\\s+)?(deux|2|trois|3|quatre|4|cinq|5|six|6)\\s+(?:prochaines\\s+semaines|semaines\\s+(?:prochaines|a venir|qui viennent|qui arrivent))\\b(?!\\s+(?:de|des|d')\\s*(?:vacances|conges|centre|garderie))`),
    read: (m) =>
      Array.from({ length: COUNT_WORDS[m[1]] ?? Number(m[1]) }, (_, k) => ({ kind: 'weekOf' as const, ref: { type: 'relative' as const, offset: 7 * (k + 1) } })),
  },
  {
    // "le mercredi d'après la rentrée de la Toussaint", "le jeudi juste après les vacances de Noël": the first such weekday once classes resume.
    // (Not "tous les mercredi après les vacances d'hiver": every Wednesday from then.)
    pattern: rx(`(?<!\\b(?:tous|toutes|ts)\\s+les\\s+)\\b(?:le\\s+)?(?:premier\\s+)?(${WD})\\s+(?:(?:juste|tout de suite|directement|qui tombe)\\s+)?(?:d' apres|apres|qui suit|suivant)\\s+(?:les\\s+(?:${NAMED_HOLIDAYS}|vacances(?:\\s+scolaires)?|vacs)|la\\s+rentree(?:\\s+(?:de la|de l'|des|du|de|d')\\s*(?:${NAMED_HOLIDAYS}|${HOLIDAY_NAME}|vacances(?:\\s+scolaires)?))?)`),
    read: (m) => ({ kind: 'afterHolidays', holiday: holidayKindOf(m[0]), weekday: weekdayNumber(m[1]) }),
  },
  {
    // "la semaine de la rentrée de la Toussaint": the week classes resume.
    pattern: rx(`\\b(?:toute\\s+)?la\\s+semaine\\s+de\\s+(?:la\\s+)?rentree(?:\\s+(?:de la|de l'|des|du|de|d')\\s*(?:${NAMED_HOLIDAYS}|${HOLIDAY_NAME}|vacances(?:\\s+scolaires)?))?`),
    read: (m) => ({ kind: 'afterHolidays', holiday: holidayKindOf(m[0]), weekAfter: true }),
  },
  {
    // "le jour de la rentrée des vacances d'hiver": the day classes resume, alone.
    pattern: rx(`\\b(?:le\\s+)?jour\\s+de\\s+(?:la\\s+)?rentree(?:\\s+(?:de la|de l'|des|du|de|d')\\s*(?:${NAMED_HOLIDAYS}|${HOLIDAY_NAME}|vacances(?:\\s+scolaires)?))?`),
    read: (m) => ({ kind: 'afterHolidays', holiday: holidayKindOf(m[0]), weekday: 0 }),
  },
  {
    // "à la rentrée il faudra que Tiago reste à l'étude tous les jeudis", said during the holidays: from the day classes resume.
    // (Not "depuis la rentrée", the story of what changed, nor "bon courage pour la rentrée".)
    pattern: rx(`(?<!\\b(?:courage|chance|souhaite|souhaitons|voeux)\\s+)\\b(?:a|des|pour)\\s+la\\s+rentree\\b(?!\\s+(?:de|d'|des|du|en|scolaire|prochaine)\\b)`),
    read: () => ({ kind: 'afterHolidays' }),
  },
  {
    // "à la rentrée de janvier": from the day classes resume after the holidays before that month.
    pattern: rx(`\\b(?:(?:a|des|depuis)\\s+)?la\\s+rentree\\s+(?:de|d'|en)\\s*(septembre|novembre|janvier|fevrier|mars|avril|mai)\\b`),
    read: (m) => ({ kind: 'afterHolidays', holiday: HOLIDAYS_BEFORE_MONTH[m[1]] }),
  },
  {
    // (Not "mercredi dans quinze jours": the Wednesday of that week, read below.)
    pattern: rx(`(?<!\\b${WD}\\s+)\\bdans\\s+(${COUNT})\\s+(jours?|semaines?)\\b`),
    read: (m) => day({ type: 'relative', offset: inDays(m[1], m[2]) }),
  },
  {
    // "la première et la deuxième semaine des vacances de Noël": each of those weeks.
    pattern: rx(`\\b(?:la\\s+)?(${ORDINAL})\\s+(?:semaine\\s+)?(?:et|,)\\s+(?:la\\s+)?(${ORDINAL})\\s+semaines?\\s+(?:(?:des|de la|de l'|du|de|d')\\s*|(?=vacances))(${NAMED_HOLIDAYS}|${HOLIDAY_NAME}|vacances(?:\\s+scolaires)?)\\b`),
    read: (m) => [m[1], m[2]].map((rank) => ({ kind: 'holiday' as const, holiday: holidayKindOf(m[3]), week: ordinalRank(rank) })),
  },
  {
    // "les deux premiers jours des vacances de la Toussaint", "le dernier jour des vacances": those opening days only.
    // ("le 1er jour des vacances d'hiver et le dernier aussi": the last one of the same holidays.)
    pattern: rx(`\\b(?:(?:les\\s+)?(deux|2|trois|3|quatre|4)\\s+(premiers|derniers)\\s+jours|(?:le\\s+)?(premier|1er|dernier)\\s+jour)\\s+(?:des|de la|de l'|du|de|d')\\s*(${NAMED_HOLIDAYS}|(?:la\\s+)?toussaint|vacances(?:\\s+scolaires)?)\\b(?:\\s+et\\s+(?:le\\s+)?(dernier|premier)(?:\\s+jour)?\\b(?!\\s+(?:des|de|du|d')\\b))?`),
    read: (m) => {
      const holiday = holidayKindOf(m[4]);
      const first = { kind: 'holiday' as const, holiday, days: daysCounted(m) };
      return m[5] ? [first, { kind: 'holiday' as const, holiday, days: m[5] === 'dernier' ? -1 : 1 }] : first;
    },
  },
  {
    // "les deux premiers jours de mars", "le dernier jour de juin": those opening days of the month.
    pattern: rx(`\\b(?:(?:les\\s+)?(deux|2|trois|3|quatre|4|cinq|5)\\s+(premiers|derniers)\\s+jours|(?:le\\s+)?(premier|dernier)\\s+jour)\\s+(?:du\\s+mois\\s+)?(?:de|d')\\s*(${MONTH})(?:\\s+(${YEAR}))?\\b`),
    read: (m) => {
      const month = monthNumber(m[4]);
      return month ? { kind: 'month' as const, month, ...(m[5] ? { year: Number(m[5]) } : {}), days: daysCounted(m) } : null;
    },
  },
  {
    // "les deux dernières semaines de juillet", "la première semaine de juin": those weeks of the month.
    pattern: rx(`\\b(?:(?:les\\s+)?(deux|2|trois|3)\\s+(premieres|dernieres)\\s+semaines|(?:la\\s+)?(premiere|derniere)\\s+semaine)\\s+(?:du\\s+mois\\s+)?(?:de|d')\\s*(${MONTH})(?:\\s+(${YEAR}))?\\b`),
    read: (m) => {
      const month = monthNumber(m[4]);
      return month ? { kind: 'month' as const, month, ...(m[5] ? { year: Number(m[5]) } : {}), weeks: daysCounted(m) } : null;
    },
  },
  {
    // "les deux premières semaines des grandes vacances": each of those weeks.
    pattern: rx(`\\b(?:les\\s+)?(deux|2|trois|3|quatre|4)\\s+premieres\\s+semaines\\s+(?:des|de la|de l'|du|de|d')\\s*(${NAMED_HOLIDAYS}|${HOLIDAY_NAME}|vacances(?:\\s+scolaires)?)\\b`),
    read: (m) => Array.from({ length: ({ deux: 2, trois: 3, quatre: 4 } as Record<string, number>)[m[1]] ?? Number(m[1]) }, (_, k) => ({ kind: 'holiday' as const, holiday: holidayKindOf(m[2]), week: k + 1 })),
  },
  {
    // ("mardi, mercredi et jeudi dans la première semaine des vacances": the weekdays before fall in that week.)
    pattern: rx(`\\b(?:la\\s+)?(${ORDINAL})\\s+semaine\\s+(?:(?:des|de la|de l'|du|de|d')\\s*|(?=vacances))(${NAMED_HOLIDAYS}|${HOLIDAY_NAME}|vacances(?:\\s+scolaires)?)\\b`),
    read: (m) => {
      const week = { kind: 'holiday', holiday: holidayKindOf(m[2]), week: ordinalRank(m[1]) } as const;
      return WITHIN_BEFORE.test(m.input.slice(Math.max(0, m.index - 12), m.index)) ? { ...week, within: true } : week;
    },
  },
  {
    // "toute la semaine d'après les vacances": the week classes resume.
    pattern: rx(`\\b(?:toute\\s+)?(?:la\\s+)?semaine\\s+(?:d' apres|apres|qui suit|suivant)\\s+les\\s+(?:${NAMED_HOLIDAYS}|vacances(?:\\s+scolaires)?|vacs)`),
    read: (m) => ({ kind: 'afterHolidays', holiday: holidayKindOf(m[0]), weekAfter: true }),
  },
  {
    // ("à compter du retour des vacances d'hiver": the day classes resume.)
    pattern: rx(`\\bapres les\\s+(?:${NAMED_HOLIDAYS}|vacances(?:\\s+scolaires)?)|(?=(?:retour|sortie)\\s+des\\s)(?<=\\b(?:a partir|a compter|des)\\s+(?:du|de)\\s+)(?:retour|sortie)\\s+des\\s+(?:${NAMED_HOLIDAYS}|vacances(?:\\s+scolaires)?)`),
    read: (m) => ({ kind: 'afterHolidays', holiday: holidayKindOf(m[0]) }),
  },
  {
    // "jusqu'au vacances", as often written, is "jusqu'aux vacances".
    pattern: rx(`\\b(?:jusqu' (?:aux|au debut des|a les|les|a la veille des|a|au(?=\\s+(?:vacances|conges))|a ce que (?:commencent|debutent|arrivent|soient la) les)|(?<!\\b(?:juste|peu|jour|jours|veille|semaine|semaines|temps)\\s)avant les|d' ici (?:les|aux|a les))\\s+(?:${NAMED_HOLIDAYS}|vacances(?:\\s+scolaires)?)|\\bjusqu' (?:a|au)\\s+(?:la\\s+)?(?:toussaint|noel|paques)\\b`),
    read: (m) => ({ kind: 'untilHolidays', holiday: holidayKindOf(m[0]) }),
  },
  {
    // ("jusqu'à la fin de l'école le deux juillet": the last school day, said again, is the same end.)
    pattern: rx(`\\b(?:jusqu' (?:a|au|aux)|d' ici (?:a\\s+)?)\\s*(?:la\\s+)?(?:fin\\s+de\\s+l' annee(?:\\s+scolaire)?|fin\\s+de\\s+l' ecole|fin\\s+des\\s+cours|l' ete|grandes vacances)\\b(?:\\s+(?:soit\\s+|donc\\s+)?le\\s+[1-3]\\s+juillet\\b)?`),
    read: () => ({ kind: 'untilHolidays', holiday: 'ete' }),
  },
  {
    pattern: rx(`\\b(?:${NAMED_HOLIDAYS}|(?:cet|cette|l'|tout l')\\s*ete|(?:la\\s+)?toussaint|noel|paques)\\b`),
    read: (m) => (/^(?:la\s+)?(?:toussaint|noel|paques)$/.test(m[0]) ? { kind: 'holiday', holiday: holidayKindOf(m[0]), feast: true } : { kind: 'holiday', holiday: holidayKindOf(m[0]) }),
  },
  {
    pattern: rx(`\\b(?:jusqu' (?:a|au|en)\\s+(?:la\\s+)?fin\\s+(?:du mois\\s+(?:de|d')\\s*|de\\s+|d'\\s*)?|jusqu' en\\s+|jusqu' a\\s+(?!(?:${DAY_NUMBER}|fin|la|le|l')\\b))(${MONTH})(?:\\s+(${YEAR}))?\\b`),
    read: (m) => ({ kind: 'range', to: endOfMonth(m[1], m[2]) }),
  },
  {
    // "du 14 juin à la fin du mois": to the end of that month.
    pattern: rx(`\\b(?:du|depuis le|a partir du|a compter du)\\s+(${DAY_NUMBER}\\s+(${MONTH})(?:\\s+(${YEAR}))?)\\s+(?:a|au|jusqu' a)\\s+la\\s+fin\\s+du\\s+mois\\b`),
    read: (m) => {
      const from = parseDayRef(m[1]);
      return from ? { kind: 'range', from, to: endOfMonth(m[2], m[3]) } : null;
    },
  },
  {
    // ("entre mardi et jeudi" is a range; "la garderie de mardi et jeudi" two days.)
    pattern: rx(`\\b(${RANGE_START})\\s+(${POINT_Q})\\s+(?:et\\s+)?(au|a|et|et le|jusqu' au|jusqu' a|jusqu' le|jusqu')\\s+(${POINT_Q})`),
    read: (m) => (m[3].startsWith('et') && m[1] !== 'entre' ? null : range(m[2], m[4])),
  },
  {
    // "lundi 19 avril jusqu'au vendredi 23": a day said before "jusqu'à" starts the range.
    pattern: rx(`(?<!\\b(?:et|ou)\\s)\\b(${POINT_Q})\\s+(?:jusqu' au|jusqu' a|jusqu' le|jusqu')\\s+(${POINT_Q})`),
    read: (m) => range(m[1], m[2]),
  },
  {
    // "lundi à vendredi", "de mardi à vendredi" said without "du": a weekday range.
    pattern: rx(`(?<!\\b(?:et|ou|du|de)\\s)\\b(${WD}(?:\\s+prochain)?)\\s+(?:a|au)\\s+(${WD})\\b`),
    read: (m) => range(m[1], m[2]),
  },
  {
    // "dès le lundi 4 et toute la semaine", "toute la semaine qui commence demain": that week.
    pattern: rx(`\\b(?:(?:des|a partir de|a partir du|a compter de|a compter du)\\s+)?(${POINT})\\s+et\\s+(?:toute\\s+)?la\\s+semaine\\b(?!\\s+(?:prochaine|suivante|d' apres|derniere|du|de|d'))|\\btoute\\s+la\\s+semaine\\s+qui\\s+(?:commence|debute)\\s+(${POINT})`),
    read: (m) => {
      const ref = parseDayRef(m[1] ?? m[2]);
      return ref ? { kind: 'weekOf', ref } : null;
    },
  },
  {
    // "les semaines du 10 et du 17 mai", "la semaine du 12 juillet et celle du 19": each of those weeks, the month shared.
    pattern: rx(`\\b(?:les\\s+semaines\\s+du\\s+(${POINT})\\s+et\\s+du|(?:la\\s+)?semaine\\s+du\\s+(${POINT})\\s+et\\s+(?:celle|la\\s+semaine)\\s+du)\\s+(${POINT})`),
    read: (m) => {
      const [first, second] = [m[1] ?? m[2], m[3]];
      const month = (text: string) => new RegExp(`\\b${MONTH}(?:\\s+${YEAR})?$`).exec(text)?.[0];
      const refs = [month(first) || !month(second) ? first : `${first} ${month(second)}`, month(second) || !month(first) ? second : `${second} ${month(first)}`].map(parseDayRef);
      return refs.every((ref) => ref) ? refs.map((ref) => ({ kind: 'weekOf' as const, ref: ref! })) : null;
    },
  },
  {
    // ("la semaine du 19 au 23 juillet" is those days: a range, read below.)
    pattern: rx(`\\b(?:la\\s+)?semaine\\s+du\\s+(${POINT})(?!\\s+(?:au|a)\\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+)?\\d)`),
    read: (m) => {
      const ref = parseDayRef(m[1]);
      return ref ? { kind: 'weekOf', ref } : null;
    },
  },
  {
    pattern: rx(`\\b(?:jusqu' (?:a|au)|d' ici(?: a)?)\\s+(?:la\\s+)?fin\\s+(du mois|de la semaine)\\b`),
    read: (m) => ({ kind: 'untilEndOf', unit: m[1] === 'du mois' ? 'month' : 'week' }),
  },
  {
    // ("d'ici à vendredi prochain": from today; "d'ici vendredi" alone may be when something is sent,
    // except after what is booked: "vérifier ce qui est réservé pour Sogona d'ici vendredi".)
    pattern: rx(`\\b(?:jusqu' (?:a|au)|d' ici (?:a|au)|(?=d' ici\\s)(?<=\\b(?:reserve|reservee?s?|reservations?|resas?|prevue?s?|inscrite?s?|inscriptions?|planning)\\b(?: (?!(?:je|j'|vous|nous|on|il|elle)\\b)\\S+){0,4} )d' ici)\\s+(${POINT})`),
    read: (m) => {
      const to = parseDayRef(m[1]);
      return to ? { kind: 'range', to } : null;
    },
  },
  // "la semaine après la semaine prochaine", "pas la semaine prochaine, celle d'après": in two weeks.
  {
    pattern: rx(`\\b(?:la\\s+)?semaine\\s+(?:apres|d' apres|suivante|qui suit)\\s+la\\s+semaine\\s+(?:prochaine|qui vient)\\b|\\bpas\\s+la\\s+semaine\\s+(?:prochaine|qui vient)\\s+(?:mais\\s+)?(?:celle|la semaine)\\s+(?:d' apres|qui suit|suivante|apres)\\b`),
    read: () => ({ kind: 'week', which: 'afterNext' }),
  },
  { pattern: rx(`\\b(?:la\\s+)?semaine\\s+(?:prochaine|qui vient)\\b`), read: () => ({ kind: 'week', which: 'next' }) },
  {
    // "du mardi au vendredi de la première semaine, puis le lundi et le mardi de la seconde": the week said without « semaine »
    // (only after a first week: "le mercredi pour la deuxième année" is no week.)
    pattern: rx(`(?=la\\s+(?:seconde|deuxieme|2e|2eme|derniere)\\b)(?<=\\b(?:premiere|1ere|1re)\\s+semaine\\b.{0,160}\\b(?:${WD})\\s+de\\s+)la\\s+(seconde|deuxieme|2e|2eme|derniere)\\b(?!\\s+(?:semaine|fois|moitie|partie|quinzaine|classe|annee|sortie))`),
    read: (m) => ({ kind: 'weekRank', rank: ordinalRank(m[1]) }),
  },
  {
    // ("toute la deuxième semaine et le lundi de la première": the first week, said after the second.)
    pattern: rx(`(?=la\\s+(?:premiere|1ere|1re)\\b)(?<=\\b(?:seconde|deuxieme|2e|2eme|derniere)\\s+semaine\\b.{0,160}\\b(?:${WD})\\s+de\\s+)la\\s+(premiere|1ere|1re)\\b(?!\\s+(?:semaine|fois|moitie|partie|quinzaine|classe|annee|sortie))`),
    read: (m) => ({ kind: 'weekRank', rank: ordinalRank(m[1]) }),
  },
  {
    // ("la première semaine de ces vacances": of the holidays named before.)
    pattern: rx(`\\b(?:la\\s+)?(${ORDINAL})\\s+semaine(?:\\s+(?:de ces|des memes|de ses|de leurs) (?:vacances|conges))?\\b(?!\\s+(?:de|du|d'|des))`),
    read: (m) => ({ kind: 'weekRank', rank: ordinalRank(m[1]) }),
  },
  {
    // "enfin pas ce mercredi, celui d'après", "non pas mercredi prochain mais le suivant": only the week after the day said no to.
    // (A change of mind only: "Léa ne vient pas ce mercredi, le suivant oui" cancels this Wednesday.)
    pattern: rx(`(?=(?:ce\\s+|le\\s+)?(?:${WD}))(?<=\\b(?:enfin|non|euh|mais|plutot|pardon|oups)\\s+pas\\s+)(?:ce\\s+|le\\s+)?(${WD})(?:\\s+ci)?(?:\\s+(?:prochain|qui vient))?\\s+(?:mais\\s+)?(?:plutot\\s+)?(?:celui|le)\\s+(?:\\1\\s+)?(?:d' apres|suivant|qui suit|apres(?!\\s+midi))\\b`),
    read: (m) => {
      const ref = parseDayRef(m[1]);
      return ref?.type === 'weekday' ? { kind: 'day', ref: { ...ref, when: 'next', weeksLater: 1 } } : null;
    },
  },
  {
    // "ce jeudi et le suivant", "pas mercredi prochain, ni le suivant", "mercredi prochain et le mercredi d'après", "mercredi et aussi le mercredi suivant", "le mercredi de cette semaine et celui d'après".
    // ("vendredi et le lundi d'après" is the Monday after that Friday: another weekday is no week later.)
    pattern: rx(`\\b(?:ce\\s+|le\\s+)?(${WD})(?:\\s+prochain)?(?:\\s+soir)?(?:\\s+de\\s+cette\\s+semaine)?\\s+(?:et|ni)\\s+(?:aussi\\s+)?(?:le|celui)\\s+(?:\\1\\s+)?(?:suivant|d' apres|apres(?!\\s+midi)|qui suit)\\b`),
    read: (m) => {
      const found = day(parseDayRef(m[0].replace(/\s+(?:de cette semaine\s+)?(?:et|ni)\s+.*$/, '')));
      return found && found.kind === 'day' ? { ...found, weeksAfter: 1 } : found;
    },
  },
  {
    // "mardi en huit et le jeudi d'après": the first Thursday after the day named before it.
    // ("le mercredi prochain et aussi le mercredi après": not "le mercredi après-midi", nor "après les vacances".)
    pattern: rx(`\\ble\\s+${WD}\\s+(?:d' apres|apres(?!\\s+(?:midi|les?|la|l'|zdate|\\d))|suivant|qui suit)\\b`),
    read: (m) => {
      const ref = parseDayRef(m[0].replace(/\s+(?:d' apres|apres|suivant|qui suit)$/, ''));
      // (Alone, it stays "le jeudi" as before: a habit a dated Thursday beside it replaces.)
      return ref?.type === 'weekday' ? { kind: 'day', ref: { ...ref, afterPrevious: true }, habitual: true } : day(ref);
    },
  },
  {
    // "les 3 prochains mercredis", "les deux prochains lundis": the next one and the weeks after.
    pattern: rx(`\\b(?:les|aux|ses|leurs)\\s+(${COUNT})\\s+prochains\\s+(${WD})s\\b`),
    read: (m) => {
      const count = COUNT_WORDS[m[1]] ?? Number(m[1]);
      const found = day(parseDayRef(`${m[2]} prochain`));
      return found && found.kind === 'day' && count >= 1 ? { ...found, weeksAfter: count - 1 } : null;
    },
  },
  {
    // ("la semaine après", alone: not "la semaine après les vacances", "après le 12".)
    // ("celle qui suit le réveillon", "la semaine qui suit Noël": a week told by what it follows, not the week after.)
    pattern: rx(`\\b(?:la\\s+)?semaine\\s+(?:d' apres|suivante|d' ensuite|qui suit(?!\\s+(?:le|la|l'|les|du|des|noel|paques|\\d)\\b|\\s+#)|apres(?!\\s+(?:les?|la|l'|du|des|de|d'|\\d|noel|paques|la toussaint|toussaint|vacances|rentree|${WD})\\b))\\b|\\bcelle\\s+(?:d' apres|d' ensuite|qui suit(?!\\s+(?:le|la|l'|les|du|des|noel|paques|\\d)\\b|\\s+#))\\b|\\b(?:et|puis)\\s+la\\s+suivante\\b`),
    read: () => ({ kind: 'week', which: 'after' }),
  },
  { pattern: rx(`\\bcette\\s+semaine\\s+la\\b`), read: () => ({ kind: 'week', which: 'this', anaphoric: true }) },
  // ("du lundi 14 au vendredi 18 septembre inclus. Mon conjoint sera de garde durant toute cette semaine": the week just named.)
  { pattern: rx(`(?<=\\b(?:durant|pendant)\\s+)toute\\s+cette\\s+semaine\\b`), read: () => ({ kind: 'week', which: 'this', anaphoric: true }) },
  // ("… durant la première semaine des vacances. Je sollicite son inscription sur cette semaine": the week named before, if any.)
  { pattern: rx(`(?<=\\bsur\\s+)cette\\s+semaine\\b`), read: () => ({ kind: 'week', which: 'this', anaphoric: true }) },
  // "la semaine prochaine, mardi… non pardon, toute la semaine": the week named before, said instead of its day.
  { pattern: rx(`(?<=\\b(?:non|pardon|plutot|enfin)\\s+)toute\\s+la\\s+semaine\\b(?!\\s+(?:prochaine|derniere|passee|suivante|d' apres|du|de|qui)\\b)`), read: () => ({ kind: 'week', which: 'this', anaphoric: true }) },
  { pattern: rx(`\\bcette\\s+semaine\\b|\\bde la semaine\\b(?!\\s+(?:prochaine|derniere|passee|suivante|d' apres|du|de))`), read: () => ({ kind: 'week', which: 'this' }) },
  { pattern: rx(`\\b(?:la\\s+)?semaine\\s+(?:derniere|passee)\\b`), read: () => ({ kind: 'week', which: 'last' }) },
  // ("quels jours il a garderie cette mois ?", as written by a parent learning French: this month.)
  { pattern: rx(`\\b(?:ce|cette)\\s+mois(?:\\s+ci)?\\b`), read: () => ({ kind: 'month', relative: 0 }) },
  { pattern: rx(`\\b(?:le\\s+)?mois\\s+(?:prochain|suivant)\\b`), read: () => ({ kind: 'month', relative: 1 }) },
  { pattern: rx(`\\b(20\\d\\d)/(\\d{1,2})/(\\d{1,2})\\b`), read: (m) => day(parseDayRef(m[0])) },
  {
    pattern: rx(`\\b(?:(?:le|l')\\s+)?(?:${WD}\\s+)?${SLASH_DATE}`),
    read: (m) => day(parseDayRef(m[0])),
  },
  {
    // "le 19 avril ni le 20", "mardi 4 mai et le jeudi 6": days said after a month share it too;
    // "le 24 mars mercredi": the weekday said after the date is that date.
    pattern: rx(`\\b(?:(?:le\\s+)?(?:${WD}\\s+)?${DAY_NUMBER}\\s+(?:et\\s+|ou\\s+)?)*(?:le\\s+)?(?:${WD}\\s+)?${DAY_NUMBER}\\s+${MONTH}(?:\\s+${YEAR})?\\b(?:\\s+(?:et|ni|ou)\\s+(?:le\\s+(?:${WD}\\s+)?|${WD}\\s+)${DAY_NUMBER}\\b(?!\\s+(?:${MONTH}|h\\b|heures?|jours?|semaines?|mois|ans?|euros?|enfants?)))*(?:\\s+${WD}\\b(?!\\s+(?:\\d|prochain|dernier|soir|matin|et|ou)))?`),
    read: listWithMonth,
  },
  {
    // "les 18, 20 et 21" (the comma is gone once folded: "les 18 20 et 21").
    pattern: rx(`\\b(?:le|les)\\s+(?:${WD}\\s+)?${DAY_NUMBER}(?:(?:\\s*(?:,|et|ou)\\s*|\\s+)(?:le\\s+)?${DAY_NUMBER})+`),
    read: (m) => [...m[0].matchAll(/\b(\d{1,2})(?:er|e)?\b/g)].map((n) => ({ kind: 'day', ref: { type: 'date', day: Number(n[1]) } }) as DateExpression),
  },
  {
    // ("jeudi prochain, le 17": the date says which Thursday.)
    pattern: rx(`(?:\\b(?:le|du|au)\\s+(?:${WD}\\s+)?|\\b${WD}\\s+(?:(?:prochain|qui vient)\\s+le\\s+)?)${DAY_NUMBER}`),
    read: (m) => day(parseDayRef(m[0])),
  },
  {
    pattern: rx(`\\b(?:(?:tout\\s+)?le\\s+mois\\s+(?:de\\s+|d'\\s*))?(${MONTH})(?:\\s+(${YEAR}))?\\b`),
    read: (m) => (m[2] ? { kind: 'month', month: monthNumber(m[1]), year: Number(m[2]) } : { kind: 'month', month: monthNumber(m[1]) }),
  },
  {
    // "ce soir-là" (not "ce soir la garderie"); "ce jour-là" is no date word at all.
    pattern: rx(`\\b(?:ce|cette)\\s+(?:soir|matin|apres midi)(?=\\s+la\\b(?!\\s+(?:${NOT_THERE_AFTER_LA})\\b))`),
    read: () => ({ kind: 'day', ref: { type: 'relative', offset: 0, anaphoric: true } }),
  },
  {
    // "le 10 juin … ce jour-là et aussi le lendemain": the day after the one named before (not "le lendemain de la fête").
    // ("lundi 3 et mardi 4 mai, le jour de la rentrée et le lendemain": the days named again, in other words.)
    // ("après-demain et le jour d'après aussi", "le jour suivant".)
    pattern: rx(`(?<!\\ble\\s+jour\\s+(?:de|du|d')\\s*(?:\\S+\\s+){1,3}(?:et\\s+)?)\\ble\\s+(?:(sur)?lendemain|jour\\s+(?:d' apres|suivant)(?!\\s+(?:la|le|les|l')\\b))\\b(?!\\s+(?:de|du|des|d'))`),
    read: (m) => ({ kind: 'day', ref: { type: 'relative', offset: m[1] ? 2 : 1, anaphoric: true } }),
  },
  {
    // "le vendredi 23 avril … retirer ce vendredi-là": the day named elsewhere, not the next Friday.
    pattern: rx(`\\b(?:ce|cette)\\s+${WD}(?=\\s+la\\b(?!\\s+(?:${NOT_THERE_AFTER_LA})\\b))`),
    read: () => ({ kind: 'day', ref: { type: 'relative', offset: 0, anaphoric: true } }),
  },
  {
    pattern: rx(`\\b(?:avant hier|apres demain|demain|hier|aujourd' hui|ce soir|ce matin|ce midi|cet apres midi)\\b`),
    read: (m) => day(parseDayRef(m[0])),
  },
  { pattern: rx(`\\b(?:tous|toutes)\\s+les\\s+jours\\b`), read: () => ({ kind: 'recurrence', weekdays: [1, 2, 3, 4, 5] }) },
  {
    // "annuler ses réservations du jeudi jusqu'aux vacances": the Thursdays' bookings up to a bound.
    pattern: rx(`(?=du\\s)(?<=\\b(?:reservations?|inscriptions?|resas?|places?|creneaux) )du\\s+${WD}(?=\\s+(?:jusqu|avant les|d' ici|#))`),
    read: (m) => ({ kind: 'recurrence', weekdays: [(parseDayRef(m[0].replace(/^du\s+/, '')) as { weekday: number }).weekday] }),
  },
  {
    // "combien de mercredis en juin", "plus de vendredis jusqu'aux vacances": plural weekdays after "de" too.
    // "rajoutez-les lundi", "mets les jeudi": after a verb, "les" is the children and a weekday without "s" is one day
    // ("j'ai réservé les merc de juin": unless a period follows).
    // ("Enlever mercredis de Nazari en octobre": a plural weekday right after the verb, in a few words.)
    pattern: rx(`\\b(?:(?:tous|toutes)\\s+)?(?:(?:les|aux|chaque|ses|leurs|nos|mes)(?<!\\b${VERB_BEFORE_PRONOUN}\\s+les)\\s+${WDS}|les\\s+${WD}s|les\\s+${WD}(?=\\s+(?:de|d'|du|en|jusqu' |avant|apres|pendant|a partir)\\b)|des\\s+${WD}s|(?<=\\bde\\s)${WD}s|(?<=\\b(?:tous|toutes)\\s+)${WD}s|(?<=\\b(?:enlever|enlevez|enleve|annuler|annulez|annule|retirer|retirez|retire|supprimer|supprimez|supprime|inscrire|inscrivez|inscris|reserver|reservez|reserve|mettre|mettez|mets)\\s+)${WD}s(?=\\s+(?:de|d'|du|en|jusqu' |avant|pendant|et)\\b))(?:\\s+(?:et|ou)?\\s*(?:les\\s+)?${WDS}\\b)*`),
    read: (m) => ({
      kind: 'recurrence',
      weekdays: [...m[0].matchAll(new RegExp(WD, 'g'))].map((w) => parseDayRef(w[0])).map((r) => (r as { weekday: number }).weekday),
    }),
  },
  {
    // "Léa ne viendra plus le mercredi", "il n'ira plus jamais le lundi": a habit that stops, every such day from now on.
    // ("Hugo ne viendra plus le mercredi ni le vendredi", "hugo vien plu le lundi": each of them.)
    pattern: rx(`(?=le\\s)(?:(?<=\\bn(?:e|')\\s*(?:\\S+\\s+){1,3}plus\\s+(?:jamais\\s+)?)|(?<=\\b(?:vien|viens|vient|viendra|ira|va|vont|viennent|viendront|iront)\\s+plus\\s+))le\\s+${WD}(?:\\s*(?:,|et|ni|ou)\\s*(?:le\\s+)?${WD})*(?!\\s*(?:\\d|prochain|dernier|qui vient|#))\\b`),
    read: (m) => ({ kind: 'recurrence', weekdays: [...m[0].matchAll(new RegExp(WD, 'g'))].map((w) => (parseDayRef(w[0]) as { weekday: number }).weekday) }),
  },
  {
    // "mercredi en huit" (said on a Tuesday: the Wednesday of next week), "jeudi en quinze": the coming one, a week or two later.
    // ("mercredi dans quinze jours", "jeudi dans deux semaines": the same.)
    pattern: rx(`\\b(?:(?:ce|le)\\s+)?(${WD})\\s+(?:en\\s+(huit|8|quinze|15)\\b|dans\\s+(?:(huit|8|quinze|15)\\s+jours|(une|1|deux|2)\\s+semaines?)\\b)`),
    read: (m) => {
      const ref = parseDayRef(m[1]) as { weekday: number };
      const weeksLater = /^(?:huit|8|une|1)$/.test(m[2] ?? m[3] ?? m[4]) ? 1 : 2;
      return { kind: 'day', ref: { type: 'weekday', weekday: ref.weekday, when: 'next', weeksLater, ...(m[2] ? {} : { weeksFromThisWeek: true as const }) } };
    },
  },
  {
    // "un mercredi" is any Wednesday ("pour annuler un mercredi, il faut prévenir quand ?"): no day; so is "une journée de mercredi".
    pattern: rx(`(?<!\\bun\\s)(?<!\\bune journee d(?:e|u)\\s)\\b(?:(?:ce|le)\\s+)?${WD}(?:\\s+(?:soir|matin|midi|apres midi))?(?:\\s+(?:prochain|dernier|passe|qui vient))?\\b`),
    read: (m) => {
      const found = day(parseDayRef(m[0]));
      return found && /^le\s/.test(m[0]) && found.kind === 'day' && found.ref.type === 'weekday' && found.ref.when === 'bare' ? { ...found, habitual: true } : found;
    },
  },
  {
    pattern: rx(`\\b(?:les|aux|des|pendant les|pour les|durant les)\\s+vacances(?:\\s+scolaires)?\\b|\\b(?:pour|pendant|durant)\\s+vacances(?=\\s*,?\\s*(?:#|(?:la\\s+)?(?:premiere|1ere|1re|deuxieme|2e|2eme|seconde|troisieme|derniere)\\s+semaine\\b))`),
    read: () => ({ kind: 'holiday' }),
  },
];

/** What may separate the items of one list of days: "le 2, 3 et le 9 mars", "du 2 au 4 et le 9". */
const LIST_GLUE = /^(?:\s*\b(?:et|ou|le|les|du|puis|ainsi que|aussi|plus|l')\b)*\s*$/;

type DateRef = Extract<DayRef, { type: 'date' }>;

/** The date references of an expression that name a day of the month, in text order. */
function dateRefs(e: DateExpression): DateRef[] {
  const refs = e.kind === 'day' ? [e.ref] : e.kind === 'range' ? [e.from, e.to] : [];
  return refs.filter((r): r is DateRef => r?.type === 'date');
}

/** Gives `ref` (no month) the month of the day `lender` that follows it in a list. */
function borrowBackward(ref: DateRef, lender: DateRef): void {
  if (ref.month !== undefined || lender.month === undefined) return;
  const before = ref.day > lender.day;
  ref.month = before ? ((lender.month + 10) % 12) + 1 : lender.month;
  if (lender.year !== undefined) ref.year = before && lender.month === 1 ? lender.year - 1 : lender.year;
  // (A weekday said with the day may point to another month: see `monthShared`.)
  else if (ref.weekday !== undefined) ref.monthShared = true;
}

/**
 * "la première semaine des vacances de printemps et la deuxième aussi, en fait toutes les vacances": the whole holidays said
 * « toutes » are all their weeks, whatever week is ranked beside; without their name, those named before.
 */
function shareHolidayName(found: FoundExpression[], folded: string): void {
  let named: HolidayKind | undefined;
  for (const f of found) {
    const e = f.expression;
    if (e.kind !== 'holiday' || e.feast) continue;
    // (Not "pas toutes les vacances, juste la deuxième semaine".)
    const before = folded.slice(Math.max(0, f.start - 12), f.start);
    const all = e.week === undefined && /\btoute?s? $/.test(before) && !/\b(?:pas|non|plus) toute?s? $/.test(before);
    if (all) f.expression = { ...e, all: true, ...(e.holiday || !named ? {} : { holiday: named }) };
    if (e.holiday) named = e.holiday;
  }
}

/**
 * Items of one list share the month said once: "du 2 au 4 et le 9 mars" (the month
 * named after), "le 7 décembre et le 9" (named before, for a later day of the month).
 */
function shareMonths(found: FoundExpression[], folded: string): void {
  const linked = (a: FoundExpression, b: FoundExpression) => b.start >= a.end && LIST_GLUE.test(folded.slice(a.end, b.start));
  for (let i = found.length - 2; i >= 0; i--) {
    if (!linked(found[i], found[i + 1])) continue;
    const lender = dateRefs(found[i + 1].expression)[0];
    if (!lender || lender.month === undefined) continue;
    const refs = dateRefs(found[i].expression);
    for (let k = refs.length - 1; k >= 0; k--) borrowBackward(refs[k], k === refs.length - 1 ? lender : refs[k + 1]);
  }
  for (let i = 1; i < found.length; i++) {
    if (!linked(found[i - 1], found[i])) continue;
    const lender = dateRefs(found[i - 1].expression).pop();
    const ref = dateRefs(found[i].expression)[0];
    if (!lender || lender.month === undefined || !ref || ref.month !== undefined || ref.day <= lender.day) continue;
    ref.month = lender.month;
    if (lender.year !== undefined) ref.year = lender.year;
    // ("le mercredi 6 janvier ? Le mercredi 23…", said in December: the 23rd that is a Wednesday.)
    else if (ref.weekday !== undefined) ref.monthShared = true;
  }
}

/** "à partir de", "à compter du", "dès": what follows is an explicit first day. */
// ("à partir de la rentrée du 8 mars": the day classes resume, named.)
const FROM_MARK = /\b(?:a partir|a compter)(?:\s+(?:de la|de l'|du|des|de|d'))?(?:\s*rentree\s+(?:du|de|d'))?\s*$/;
// ("les journées des 19, 20 et 21 avril": "des" after a plural noun is "de les", not "dès".)
// ("nous partons dès vendredi midi": when the family leaves, a time of the story, not from that day on.)
const SINCE_MARK = /(?<!\b(?:journees|jours|soirs|soirees|dates|semaines|mercredis|reservations|inscriptions|resas|places|matinees|partons|pars|part|partent|partira|partirons|partirai|partiront|quittons|quitte|quittent|decollons|decolle) )\bdes(?:\s+(?:le|la|l'|ce|cette))?\s*$/;
const STARTS: readonly DateExpression['kind'][] = ['day', 'week', 'weekOf', 'month', 'holiday'];

/** "depuis le premier jour des vacances", "dès le début des vacances", "du début des vacances": the holidays open a range. */
const HOLIDAYS_OPEN = /\b(?:depuis|des|du|a partir du|a partir de)\s*(?:le\s+)?(?:debut\s+(?:des|de la|du|de l')\s*)?$/;
/** The end of a range said just after `f`: "… jusqu'au 16 juillet", "… jusqu'aux vacances". */
const endsApart = (next: FoundExpression | undefined, f: FoundExpression, folded: string) =>
  next !== undefined && ((next.expression.kind === 'range' && next.expression.from === undefined) || next.expression.kind === 'untilHolidays' || next.expression.kind === 'untilEndOf') && /^\s*$/.test(folded.slice(f.end, next.start));

/** "du lundi 30 novembre jusqu'aux vacances": a day opening a range whose end is said apart. */
const OPENS_RANGE = /\b(?:du|de)\s*$/;
const opensRangeTo = (f: FoundExpression, next: FoundExpression | undefined, folded: string) =>
  f.expression.kind === 'day' &&
  next !== undefined &&
  ((next.expression.kind === 'range' && next.expression.from === undefined) || next.expression.kind === 'untilHolidays') &&
  /^\s*$/.test(folded.slice(f.end, next.start)) &&
  (/^du\s/.test(folded.slice(f.start, f.end)) || OPENS_RANGE.test(folded.slice(Math.max(0, f.start - 6), f.start)));

const LIST_GOES_ON = new RegExp(`^\\s*(?:,|et)\\s+(?:le\\s+)?(?:${WD}|\\d)`);

function markExplicitStarts(found: FoundExpression[], folded: string): void {
  for (const [i, f] of found.entries()) {
    if (!STARTS.includes(f.expression.kind)) continue;
    const before = folded.slice(Math.max(0, f.start - 32), f.start);
    const marked =
      FROM_MARK.test(before) ||
      // ("l'accueil du soir des jeudi 30 et vendredi 31 mars": « des » before a list of days is « de les ».)
      // ("des mardi 30 mars et jeudi 1er avril": a list of days of their own.)
      (SINCE_MARK.test(before) && (f.expression.kind === 'day' || f.expression.kind === 'week') && !found.some((g) => g !== f && g.start === f.start) && !LIST_GOES_ON.test(folded.slice(f.end, f.end + 24))) ||
      // "depuis demain jusqu'à la fin des vacances": said of a day to come, "depuis" opens it ("depuis lundi" tells a past).
      (/\bdepuis\s*$/.test(before) && f.expression.kind === 'day' && f.expression.ref.type === 'relative' && f.expression.ref.offset > 0) ||
      opensRangeTo(f, found[i + 1], folded) ||
      // ("depuis le premier jour des grandes vacances jusqu'au vendredi 16 juillet", "dès le début des vacances jusqu'au 16": the
      // holidays' first day opens the range.)
      (f.expression.kind === 'holiday' && HOLIDAYS_OPEN.test(before) && endsApart(found[i + 1], f, folded));
    if (marked) f.expression = { kind: 'from', start: f.expression };
  }
}

const isWeekNamed = (e: DateExpression) => e.kind === 'week' || e.kind === 'weekOf' || e.kind === 'weekRank' || (e.kind === 'holiday' && e.week !== undefined);
/** Between a weekday and the week it belongs to: "mardi de la semaine prochaine", "le lundi et le mardi de la seconde". */
// (Not a bare gap nor « pour »: the punctuation is gone, "Léa lundi et mardi, cette semaine rien" opens another part.)
const OF_WEEK_BETWEEN = /^\s*(?:de|d'|du|dans|pendant|durant)\s*(?:la\s+|cette\s+)?$/;
/** Between two weekdays of one list: "le lundi et le mardi", "lundi, mardi". */
const LIST_BETWEEN = /^\s*(?:(?:et|ou|puis)\s+)?(?:aussi\s+)?(?:le\s+|les\s+)?$/;
/** Nothing but a hesitation: "les trois premiers jours des vacances euh lundi". */
const HESITATION_BETWEEN = /^\s*(?:(?:euh+|heu+|donc|soit|c' est a dire|je veux dire)\s+)*$/;
const isBareWeekdayMention = (e: DateExpression) => e.kind === 'day' && e.ref.type === 'weekday' && e.ref.when === 'bare' && !e.ref.weeksLater && !e.weeksAfter;
/** Between two weeks said together: "de cette semaine et de la semaine prochaine". */
const WEEKS_TOGETHER_BETWEEN = /^\s*(?:(?:et|ou)\s+)?(?:aussi\s+)?(?:(?:de|d'|du|pendant|pour)\s*)?(?:la\s+|cette\s+)?$/;

/** Marks which weekdays go with the week named right after them, and which weeks are said together (see WeekLayout). */
function markWeekLayout(found: FoundExpression[], folded: string): void {
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i];
    const next = found.slice(i + 1).find((g) => g.start >= f.start && g.start !== f.start);
    if (!next) continue;
    const between = folded.slice(f.end, next.start);
    // ("mardi, et la suivante jeudi": a week opening with « et » starts another part.)
    const opensPart = /^(?:et|puis)\s/.test(folded.slice(next.start, next.end));
    if (isWeekdayMention(f.expression) && isWeekNamed(next.expression) && !opensPart && OF_WEEK_BETWEEN.test(between)) f.expression.ofNextWeek = true;
    if (isWeekdayMention(f.expression) && isWeekdayMention(next.expression) && next.expression.ofNextWeek && LIST_BETWEEN.test(between)) f.expression.ofNextWeek = true;
    if (isWeekNamed(f.expression) && isWeekNamed(next.expression) && WEEKS_TOGETHER_BETWEEN.test(between)) f.expression.withNextWeek = true;
  }
  // "les trois premiers jours des vacances de la Toussaint euh lundi mardi mercredi": the weekdays said after a week (or the
  // first days) of the holidays, with nothing between but a hesitation, say which days of it.
  found.forEach((f, i) => {
    const before = found[i - 1];
    if (!before || !isBareWeekdayMention(f.expression)) return;
    const between = folded.slice(before.end, f.start);
    const shortHoliday = before.expression.kind === 'holiday' && (before.expression.week !== undefined || before.expression.days !== undefined);
    if ((shortHoliday && HESITATION_BETWEEN.test(between)) || (before.expression.ofHolidayBefore && LIST_BETWEEN.test(between))) f.expression.ofHolidayBefore = true;
  });
  // "vendredi et toute la semaine prochaine": that week whole, the Friday apart.
  // ("je suis de nuit toute la semaine prochaine, … lundi et mardi": the week of the story frames the weekdays after it.)
  found.forEach((f, i) => {
    const before = found[i - 1];
    if (f.expression.kind === 'week' && before && isWeekdayMention(before.expression) && /^\s*(?:et|puis|ainsi que)\s+toute\s+$/.test(folded.slice(before.end, f.start))) f.expression.whole = true;
  });
  // ("les deux prochaines semaines": the weeks of one phrase are together.)
  for (let i = 0; i + 1 < found.length; i++) {
    if (found[i].start === found[i + 1].start && isWeekNamed(found[i].expression) && isWeekNamed(found[i + 1].expression)) found[i].expression.withNextWeek = true;
  }
}

/** Result of the grammar: the expressions and the text with their spans masked. */
export interface ParsedDates {
  found: FoundExpression[];
  /** The folded text with date spans replaced by "zdate" and service names kept. */
  masked: string;
}

/** "les mercredis compris", "mercredi inclus", "y compris le lundi" (not "jusqu'à vendredi inclus"): a day kept among others. */
const WEEKDAY_INCLUDED = rx(
  `\\b(?:y compris |meme )?(?:les ${WD}s|(?=(?:le )?${WD} (?:compris|inclus))(?<!\\b(?:jusqu' ?(?:a|au)|au|a|et)\\s+)(?:le )?${WD}) (?:compris|inclus)\\b|\\by compris (?:les ${WD}s|(?:le )?${WD})\\b`,
);

/** "la première semaine de juillet (5 au 9)", "semaine de mars 8 au 12": the week said, then its days. */
const WEEK_OF_MONTH_THEN_DAYS = new RegExp(
  `\\b(?:(?:la )?(?:premiere|1ere|1re|deuxieme|2e|2eme|seconde|troisieme|3e|3eme|quatrieme|4e|4eme|derniere) )?semaine (?:de |d' ?)(${MONTH}) (\\d{1,2})(?:er)? (?:au|a) (\\d{1,2})\\b`,
  'g',
);

/** Finds the date expressions of a folded message (see foldText). */
export function parseDates(folded: string): ParsedDates {
  let work = folded
    // "à partir de la rentrée du 8": from the 8th (the same length, the spaces are read as one).
    .replace(/\bde la rentree du (?=\d)/g, (s) => `du${' '.repeat(s.length - 2)}`)
    // "tout le mois de juin, les mercredis compris", "toute la semaine, mercredi compris": the Wednesdays are in, not the only days.
    .replace(WEEKDAY_INCLUDED, (s) => '~'.repeat(s.length))
    // "tous les jeudis du mois d'avril, les vacances comprises": the holidays are in the month, no days of their own.
    .replace(/\b(?:les|pendant les) vacances (?:comprises|incluses|compris|inclus)\b|\by compris (?:pendant |durant |en periode de )?(?:les )?(?:vacances|conges)(?: scolaires)?\b/g, (s) => '~'.repeat(s.length))
    // "ma femme me le dit tous les jours": how often something is said, no day.
    .replace(/(?<=\b(?:dit|dis|disent|repete|repetent|rabache|rabachent)\s)tous les jours\b/g, (s) => '~'.repeat(s.length))
    // "de la semaine du 1er au 5 février": those days only, not this week as well.
    .replace(/\b(?:la )?semaine (?=du (?:(?:lundi|mardi|mercredi|jeudi|vendredi) )?\d{1,2}(?:er)? (?:au|a) )/g, (s) => ' '.repeat(s.length))
    // "la première semaine de juillet (5 au 9)": those days of that month.
    .replace(WEEK_OF_MONTH_THEN_DAYS, (s, month: string, first: string, last: string) => `du ${first} au ${last} ${month}`.padEnd(s.length))
    // "les mercredis 10 et 17": those days, the weekday of each (the same length).
    .replace(/\b(lundi|mardi|mercredi|jeudi|vendredi)s (?=\d{1,2}(?:er)?\b)/g, '$1  ')
    // "du lundi dix mais au vendredi quatorze mai", as dictated: "mai", the same length.
    .replace(/\b(\d{1,2}(?:er)?) mais (?=(?:au|a|jusqu'|et|ou)\s)/g, '$1 mai ')
    // "mardi non jeudi jeudi 24", as dictated: the weekday said twice is one day.
    // (After a correction only: "c'est lundi. Lundi 5." says the day, then its date.)
    .replace(/\b(lundi|mardi|mercredi|jeudi|vendredi) (?=\1 \d)(?<=\b(?:non|pardon|plutot|euh|enfin) \1 )/g, (s) => ' '.repeat(s.length))
    // "le mercredi 18 non pardon pas le 18 le mercredi 25 novembre": the day said no to, then the one said instead (no list).
    .replace(/\b(pas le \d{1,2}(?:er)?) (?=le (?:(?:lundi|mardi|mercredi|jeudi|vendredi) )?\d)/g, '$1~')
    .replace(SERVICE_NAME, (s) => '~'.repeat(s.length))
    .replace(FEAST_DAY, (s) => '~'.repeat(s.length))
    .replace(PHONE_NUMBER, (s) => '~'.repeat(s.length))
    .replace(FLOOR, (s) => '~'.repeat(s.length))
    .replace(WHEN_TOLD, (s) => '~'.repeat(s.length))
    .replace(COMPARED_TIME, (s) => '~'.repeat(s.length))
    .replace(STORY_TIME, (s) => '~'.repeat(s.length));
  const found: FoundExpression[] = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    work = work.replace(rule.pattern, (...args) => {
      const text = args[0] as string;
      const offset = args[args.length - 2] as number;
      const match = Object.assign([...args.slice(0, -2)] as string[], { index: offset, input: work }) as RegExpExecArray;
      const read = rule.read(match);
      if (!read) return text;
      for (const expression of Array.isArray(read) ? read : [read]) {
        found.push({ expression, start: offset, end: offset + text.length });
      }
      return '#'.repeat(text.length);
    });
  }
  found.sort((a, b) => a.start - b.start);
  shareMonths(found, folded);
  shareHolidayName(found, folded);
  markExplicitStarts(found, folded);
  markWeekLayout(found, folded);
  let masked = '';
  for (let i = 0; i < folded.length; i++) {
    if (work[i] !== '#') masked += folded[i];
    else if (i === 0 || work[i - 1] !== '#') masked += ' zdate ';
  }
  return { found, masked: masked.replace(/\s+/g, ' ').trim() };
}
