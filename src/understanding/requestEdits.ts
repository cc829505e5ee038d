/**
 * What a message does to a request rather than what it asks on its own: children or
 * days taken out ("sans Léa", "pas le 12", "toute la semaine sauf mercredi"), added ("et
 * Hugo aussi", "mercredi en plus"), or a follow-up that only makes sense with the
 * previous request ("et pour Hugo ?", "et mercredi ?", "même chose pour Inès", "la
 * semaine d'après aussi").
 *
 * Reads the prepared text (folded, children as "zenfant", dates not yet masked) and the
 * date expressions found in it, with their spans.
 */
import type { DateExpression, FoundExpression } from './dates/dateExpression';
import { guarded } from './text/patternGuard';

export interface Exclusions {
  /** Children named after "sans", "sauf", "pas", "excepté", "hormis", "à part". */
  children: string[];
  /** Date expressions named after those words. */
  expressions: FoundExpression[];
}

const MARKER = /^(?:sans|sauf|excepte|hormis)$/;
/**
 * "pas" marks an exclusion only where it negates no verb: first word, or after "et", "mais", "non" ("inscrit ou pas ?" asks),
 * or after the word of an exception or a politeness ("Exception : pas le mercredi 16", "… svp (pas le 31 jsuis là)").
 */
const PAS_OPENERS = new Set(['', 'et', 'mais', 'mas', 'hein', 'non', 'sauf', 'surtout', 'juste', 'seulement', 'uniquement', 'exception', 'exceptions', 'plait', 'svp', 'stp']);
/** "ah non, finalement pas Hugo", "en fait pas Léa", "il a dit pas le vendredi"; not "il ne viendra finalement pas", where "pas" negates a verb. */
const PAS_AFTER_CHANGE_OF_MIND = new Set(['finalement', 'fait', 'pardon', 'oups', 'euh', 'ah', 'enfin', 'dit']);
const NEGATION = /^(?:ne|n'|pas|plus|jamais|sans)$/;
const GLUE = new Set(['et', 'ni', 'ou', 'le', 'la', 'les', 'l\'', 'pour', 'de', 'd\'', 'du', 'des', 'ni', 'pas', 'non', 'plus', 'ce', 'cette']);

interface Token {
  word: string;
  start: number;
  end: number;
}

function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  for (const word of text.split(' ')) {
    tokens.push({ word, start: at, end: at + word.length });
    at += word.length + 1;
  }
  return tokens;
}

/** Said of a day right after it: "(le jeudi 8) est à exclure", "sont à retirer", "à ne pas compter". */
const EXCLUDED_AFTER = /^\s*(?:(?:est|sont|sera|seront|serait) )?(?:donc |bien |aussi )?a (?:exclure|retirer|enlever|ne pas compter|ne pas inclure|ne pas reserver)\b/;

/** Date expressions that frame weekdays rather than list days. */
const FRAME_KINDS: readonly DateExpression['kind'][] = ['week', 'weekOf', 'month', 'holiday'];
/** A date expression that ends on the one after it ("ce mercredi, celui d'après"). */
const THE_ONE_AFTER = /\b(?:celui|celle|le|la)\s+(?:\S+\s+)?(?:d' apres|suivante?|qui suit|apres)$/;

/** "à l'exception également / toutefois du mercredi 24". */
const EXCEPTION_ADVERB = /^(?:egalement|aussi|toutefois|cependant|neanmoins|naturellement|evidemment)$/;

/** The children and date expressions a message takes out of its request. */
export function exclusionsOf(prepared: string, nameAt: ReadonlyMap<number, string>, found: readonly FoundExpression[]): Exclusions {
  const tokens = tokensOf(prepared);
  const children = new Set<string>();
  const expressions = new Set<FoundExpression>();
  const inExpression = (token: Token) => found.some((f) => f.start <= token.start && token.start < f.end);
  /** "c'est Léa qu'il faut…", "c'est Hugo qui…" within the six words before `at`. */
  // ("Hugo qui devait venir ne viendra pas, Léa…": a « pas » of « ne … pas » negates the verb, it says no to no child.)
  const childPutForwardBefore = (at: number) => {
    for (let k = Math.max(0, at - 6); k < at - 1; k++) {
      if (nameAt.has(k) && /^(?:qui|qu')$/.test(tokens[k + 1].word)) return !tokens.slice(k + 2, at).some((t) => /^(?:ne|n')$/.test(t.word));
    }
    return false;
  };
  tokens.forEach((token, i) => {
    // "Léa et Inès mercredi, Hugo non": a child followed by "non" or "pas" and nothing else.
    const name = nameAt.get(i);
    // ("Vlada no, she stay with babusia": the reason may follow.)
    if (name && /^(?:non|pas|no)$/.test(tokens[i + 1]?.word ?? '') && (i + 2 >= tokens.length || /^(?:merci|svp|stp|s'|il|elle|ils|elles|she|he|they)$/.test(tokens[i + 2].word))) children.add(name);
    // ("Anta non, elle va chez sa tata. Birane aussi non.": the same no, for another child.)
    if (name && tokens[i + 1]?.word === 'aussi' && /^(?:non|pas)$/.test(tokens[i + 2]?.word ?? '') && (i + 3 >= tokens.length || /^(?:merci|svp|stp|s'|il|elle|ils|elles)$/.test(tokens[i + 3].word))) children.add(name);
    // ("Berta elle non, ça va": the child echoed before the no.)
    if (name && /^(?:elle|lui|il)$/.test(tokens[i + 1]?.word ?? '') && /^(?:non|no)$/.test(tokens[i + 2]?.word ?? '') && (i + 3 >= tokens.length || /^(?:merci|svp|stp|s'|ca|sa|il|elle)$/.test(tokens[i + 3].word))) children.add(name);
    // ("mais pas tout l'été": not all of it, no day said no to.)
    if (token.word === 'pas' && /^(?:tout|toute|tous|toutes)$/.test(tokens[i + 1]?.word ?? '')) return;
    const isMarker =
      MARKER.test(token.word) ||
      (token.word === 'a' && tokens[i + 1]?.word === 'part') ||
      // ("à l'exception également du jeudi 3")
      (token.word === 'exception' && /^(?:de|d'|du|des)$/.test(tokens[i + (EXCEPTION_ADVERB.test(tokens[i + 1]?.word ?? '') ? 2 : 1)]?.word ?? '') && tokens[i - 1]?.word === "l'") ||
      (token.word === 'pas' && !inExpression(token) && PAS_OPENERS.has(tokens[i - 1]?.word ?? '')) ||
      // "… du 5 au 16 juillet, resa pour tout le monde (pas le 14 c'est férié)": a day said no to because it is closed.
      (token.word === 'pas' && !inExpression(token) && found.some((f) => f.start > token.start && /^\s*(?:le |la )?$/.test(prepared.slice(token.start + 3, f.start)) && /^\s*(?:c' est |car |parce que c' est )?feriee?\b/.test(prepared.slice(f.end)))) ||
      (token.word === 'pas' && !inExpression(token) && PAS_AFTER_CHANGE_OF_MIND.has(tokens[i - 1]?.word ?? '') && !tokens.slice(Math.max(0, i - 6), i).some((t) => /^(?:ne|n')$/.test(t.word))) ||
      // "lundi, pas mardi": a day said no to just after the day asked.
      // ("il ne vient pas lundi, pas mardi" repeats the negation: neither day.)
      // ("lundi mardi et jeudi, pas la semaine prochaine, celle d'après": « pas » inside a date expression is its own.)
      (token.word === 'pas' && i > 0 && !inExpression(token) && inExpression(tokens[i - 1]) && tokens[i + 1] !== undefined && inExpression(tokens[i + 1]) && !tokens.slice(0, i).some((t) => NEGATION.test(t.word))) ||
      // "Roni et Sivan au centre mercredi 7 (pas Matan)", "… svp, pas Matan", "+ Sivan aussi, pas Matan", "c'était pour Sivan, pas Matan": a child said no to after the request.
      (token.word === 'pas' && i > 0 && (inExpression(tokens[i - 1]) || nameAt.has(i - 1) || /^(?:plait|svp|stp|merci|aussi|egalement)$/.test(tokens[i - 1].word)) && nameAt.has(i + 1) && !tokens.slice(0, i).some((t) => NEGATION.test(t.word))) ||
      // ("c'est Léa qu'il faut enlever pas Inès": the child put forward, the other one said no to.)
      (token.word === 'pas' && nameAt.has(i + 1) && childPutForwardBefore(i)) ||
      // ("pas de garderie pour elle vendredi, seulement elle hein, pas Télio": only her, whatever the negation before.)
      (token.word === 'pas' && nameAt.has(i + 1) && tokens.slice(Math.max(0, i - 3), i).some((t) => /^(?:seulement|uniquement|juste)$/.test(t.word)));
    // ("pas ce mercredi, celui d'après": the day named is the one after, said in the same breath.)
    const nextExpression = found.find((f) => f.start === tokens[i + 1]?.start);
    if (token.word === 'pas' && nextExpression && THE_ONE_AFTER.test(prepared.slice(nextExpression.start, nextExpression.end))) return;
    if (!isMarker) return;
    // What follows the marker, as long as it is names, dates and the words between them.
    let afterExpression = false;
    let afterName = false;
    let lastWeekday = false;
    for (let k = i + (token.word === 'a' || (token.word === 'exception' && EXCEPTION_ADVERB.test(tokens[i + 1]?.word ?? '')) ? 2 : 1); k < tokens.length; k++) {
      const name = nameAt.get(k);
      if (name) {
        // "non pas Hugo, Inès": a child right after the one said no to is said instead ("pas Hugo ni Inès" lists both).
        if (afterName && token.word === 'pas') break;
        children.add(name);
        afterName = true;
        continue;
      }
      afterName = false;
      const expression = found.find((f) => f.start <= tokens[k].start && tokens[k].start < f.end);
      if (expression) {
        // "non pas jeudi, vendredi": a day right after the one said no to is said instead ("pas jeudi ni vendredi" lists both).
        if (afterExpression && token.word === 'pas') break;
        // ("sauf les mercredis les deux prochaines semaines": the weeks after the weekday frame the request.)
        if (afterExpression && lastWeekday && FRAME_KINDS.includes(expression.expression.kind)) break;
        lastWeekday = expression.expression.kind === 'recurrence' || (expression.expression.kind === 'day' && expression.expression.ref.type === 'weekday');
        for (const f of found) if (f.start === expression.start) expressions.add(f);
        while (k + 1 < tokens.length && tokens[k + 1].start < expression.end) k++;
        afterExpression = true;
        continue;
      }
      // "tous les soirs sauf vendredi pour Hugo": the child after "pour" is whom the request is for.
      if (afterExpression && tokens[k].word === 'pour') break;
      // ("à l'exception de la semaine du 19 au 23 juillet": the week named by its days.)
      if (!afterExpression && tokens[k].word === 'semaine') continue;
      afterExpression = false;
      if (GLUE.has(tokens[k].word)) continue;
      break;
    }
  });
  // "ne touchez pas à Korentin surtout": a child the request leaves alone.
  tokens.forEach((token, i) => {
    const name = nameAt.get(i);
    if (name && /\btouche[sz]? (?:surtout |donc |bien )?(?:pas|rien) (?:a|au|aux) $/.test(prepared.slice(Math.max(0, token.start - 30), token.start))) children.add(name);
  });
  // "le jeudi 8 octobre est à exclure", "… est à retirer": a day said no to after it.
  for (const f of found) if (EXCLUDED_AFTER.test(prepared.slice(f.end, f.end + 40))) expressions.add(f);
  return { children: [...children], expressions: [...expressions] };
}

/**
 * Said to take back the day just named: "jeudi… non, mercredi", "lundi, pardon, mardi", "mardi au centre ? non attends, jeudi", "le 21 stp… non le 22".
 * ("le vingt-six mai euh et aussi le deux juin": a hesitation before a day added.)
 * ("demain soir et lundi il est invité à un anniversaire euh non juste demain soir": the day with its reason, taken back.)
 * ("léa mercredi au centre, non en fait jeudi": the place said with the day, then the day taken back; "mettez-le jeudi à la place
 * enfin non mercredi": so is « à la place ».)
 * ("pour ce soir et demain aussi enfin non juste ce soir": the day added, taken back.)
 */
const TAKE_BACK =
  guarded(/^\s*(?:(?:s' il (?:te|vous) plait|svp|stp|merci|aussi|egalement|soir|matin|au centre|a la garderie|en garderie|garderie|a l' accueil|au periscolaire|a la place)\s+)*(?:non|nan|non pardon|pardon|euh(?! (?:et|aussi|puis)\b)|enfin|enfin non|plutot|ah non|oups|je veux dire|je voulais dire|ou plutot|non plutot|non non|ou bien (?:etait ce|c' etait|est ce|serait ce))\b|^\s*(?:\S+\s+){0,8}?(?:(?:non|nan|ah non|euh non) (?:attends?|pardon|plutot)|(?:euh|ah|oh) non (?:juste|seulement|uniquement)|attends? non|je me suis trompee?|(?:non|nan|ah non|mais non) (?:c' est|c est) bien)\b|\b(?:corriger|en realite|je me suis trompee?|je me trompe|je m' embrouille|je confonds|je melange tout|erreur de ma part|je rectifie|rectification|qu' est ce que je (?:raconte|dis))\b|\b(?:ah|oh|euh) non\s*$|\b(?:c' est|c est|ca sera|ce sera) (?:surement|sans doute|deja|probablement|bien) trop tard (?=(?:bon|donc|alors|plutot)\b)/);
/** "ce n'est pas mercredi…": the day named next with « c'est » replaces it. */
// ("il ne s'agit pas d'annuler toute la semaine du 15, mais uniquement le mercredi 17", "annulez non pas lundi mais mardi".)
const SAID_NO_TO = guarded(
  /\b(?:c' est|ce n' est|c est|ce nest) pas (?:pour )?(?:le |la )?$|\b(?:non pas|pas (?:d' |de )(?:annuler|reserver|inscrire|enlever|retirer)|(?:n' ?)?(?:annule|annulez|reserve|reservez|inscris|inscrivez|mets|mettez|enleve|enlevez|retire|retirez) pas) (?:(?:tout|toute|tous|toutes) )?(?:le |la |les )?$/,
);
/** "je vous ai dit lundi mais c'est mardi": the day said before, said better after « mais c'est ». */
const SAID_BEFORE = /\b(?:ai|avais|avons|avions) (?:dit|mis|ecrit|note|marque) (?:le |la |pour le )?$/;
const SAID_INSTEAD = /^(?:\s*\S+){0,8}?\s*(?:mais )?(?:c' est|c est)(?: plutot)?\s*$|^\s*(?:pour \S+(?: et \S+)? )?mais (?:plutot |uniquement |seulement |juste )?(?:le |la |les )?$/;
/** "…le mercredi 10, et non celui du 17": the day after « et non » is left out. */
/** ("c'est mardi qu'il faut, pas jeudi", "c'est lundi le rendez-vous, pas mardi": the same.) */
// ("c'est jeudi que je travaille, pas mercredi": the same.)
const AND_NOT = guarded(/\b(?:et non|et pas|mais pas|non pas|qu' il (?:me |nous )?(?:faut|faudra|fallait) pas|(?:le |son |mon )?(?:rendez vous|rdv) pas|\b(?:lundi|mardi|mercredi|jeudi|vendredi) qu(?:e |' ?)(?:je|j'|on|nous|il|elle|ils|elles) ?(?:travaille|travaillons|travaillent|bosse|bossons|suis|sommes|est|sont|ai|avons|a|ont)(?: \S+)? pas) (?:celui |celle |ceux |le |la |pour le |pour la )?(?:du |de |d' )?$/);

/** "je vous envoie le certificat demain", "le justificatif suivra ce soir": the day the proof is sent, not a day of the request. */
const SENDING = '(?:send|sending|envoie|envoi|envoies|envoyer|enverrai|enverrais|envoyons|envoyez|depose|deposer|deposerai|apporte|apporter|apporterai|transmets|transmet|transmettre|transmettrai|passer|scanne|scannerai|fournirai|fournis|ramene|ramenerai|donnerai|poste|posterai|joindrai)';
const PROOF = '(?:certificats?|certifs?|justificatifs?|justifs?|papiers?|attestations?|ordonnances?|preuves?|arret de travail)(?: medicale?s?| du medecin| de l\' hopital| de sortie)?';
const WHEN = '(?:des |d\' ici |avant |au plus tard |par mail |par courrier )?';
/** "dans mon espace citoyen", "sur le portail": where the proof is put. */
const PROOF_PLACE = "(?: (?:dans|sur|via|par) (?:mon |votre |l' |le |la )?(?:espace citoyen|espace famille|espace|portail|compte|site|mail|messagerie))?";
const PROOF_SENT_BEFORE = new RegExp(`\\b${SENDING}\\b(?: \\S+){0,3}? (?:le |la |les |un |une |son |sa |ses |mon |ma |l' )?${PROOF}${PROOF_PLACE}\\s*${WHEN}$`);
const PROOF_WILL_FOLLOW = new RegExp(`\\b${PROOF} (?:suit|suivra|arrive|arrivera|vous parviendra|sera envoyee?|sera transmise?)\\s*${WHEN}$`);
/** "je vous envoie demain le certificat": the day between the sending and the proof. */
const SENDING_BEFORE = new RegExp(`\\b${SENDING}\\s*${WHEN}$`);
const PROOF_AFTER = new RegExp(`^\\s*(?:matin |soir |dans la journee )?(?:le |la |les |un |une |son |sa |ses |mon |ma |l' )${PROOF}\\b`);

/** "elle a le certificat, elle vous l'envoie ce soir": the proof named before, sent by a pronoun. */
const PROOF_SENT_BY_PRONOUN = new RegExp(`\\b(?:vous |te )?(?:le |la |les |l' )${SENDING}\\s*${WHEN}$`);
const PROOF_NAMED = new RegExp(`\\b${PROOF}\\b`);

/** The date expressions that name when a proof is sent ("je vous envoie le certificat demain"), not a day asked about. */
export function withoutProofSending(prepared: string, found: readonly FoundExpression[]): FoundExpression[] {
  return found.filter((f) => {
    const before = prepared.slice(Math.max(0, f.start - 70), f.start);
    if (PROOF_SENT_BEFORE.test(before) || PROOF_WILL_FOLLOW.test(before)) return false;
    if (PROOF_SENT_BY_PRONOUN.test(before) && PROOF_NAMED.test(prepared.slice(Math.max(0, f.start - 120), f.start))) return false;
    return !(SENDING_BEFORE.test(before) && PROOF_AFTER.test(prepared.slice(f.end, f.end + 50)));
  });
}

/** "on garde mercredi": a day the family keeps booked, said in a cancellation. */
const KEPT_BEFORE = guarded(/\b(?:on|nous) (?:garde|gardons|maintient|maintenons|conserve|conservons) (?:juste |seulement |uniquement |quand meme )?(?:le |la )?$/);

/** "Le 16 est maintenu", "le lundi reste réservé", "le vendredi ils y vont", "la première semaine ils restent au centre": a day kept, said after it. */
const KEPT_AFTER = guarded(
  /^\s*(?:est|reste|restera|sera|demeure|demeurera) (?:bien |quand meme |toujours )?(?:maintenue?|conservee?|gardee?|inchangee?|tel(?:le)? quel(?:le)?)\b|^\s*,?\s*(?:on|nous) (?:le |la |les )?(?:garde|gardons|laisse|laissons) (?:tel(?:le)? quel(?:le)?|comme (?:ca|prevu|c' est))\b|^\s*(?:il |elle |ils |elles )(?:y (?:va|vont|ira|iront|est|sont|sera|seront)|vient|viennent|viendra|viendront)(?: (?:bien|quand meme|normalement|normal|comme d' habitude|comme prevu))?(?=\s*$|\s+(?:et|mais|donc|merci|svp|s' il)\b)|^\s*,?\s*(?:il |elle |ils |elles )(?:reste|restent|restera|resteront) (?:bien |quand meme |normalement )?(?:au centre|a la garderie|a l' accueil|au periscolaire|inscrite?s?|prevue?s?)\b/,
);

/**
 * "la semaine prochaine on garde mercredi mais pas jeudi, enlevez le jeudi": in a
 * cancellation, the day kept is not cancelled, and the day after "mais pas" is not kept,
 * so it is the one cancelled (not a day left out).
 */
export function keptInCancellation(prepared: string, found: readonly FoundExpression[], excluded: Exclusions): Exclusions {
  const keptSaid = found.filter((f) => KEPT_BEFORE.test(prepared.slice(Math.max(0, f.start - 40), f.start)) || KEPT_AFTER.test(prepared.slice(f.end, f.end + 40)));
  // ("annuler le 23… ah non pardon le 24, le 23 elle vient normal": days side by side with no « et » are two clauses; only
  // the one next to « elle vient » is kept.)
  const kept = keptSaid.filter((f) => {
    const list = keptSaid.filter((g) => g.start === f.start && g.end === f.end);
    return list.length < 2 || /\b(?:et|ou)\b/.test(prepared.slice(f.start, f.end)) || list[list.length - 1] === f;
  });
  if (kept.length === 0) return excluded;
  const notKept = found.filter((f) => kept.some((k) => /^\s*,?\s*(?:mais )?pas (?:le |la )?$/.test(prepared.slice(k.end, f.start))));
  return { ...excluded, expressions: [...excluded.expressions.filter((f) => !notKept.includes(f)), ...kept.filter((f) => !excluded.expressions.includes(f))] };
}

/**
 * "jeudi c'est mamie qui le prend", "le vendredi 19 non sa grand-mère la prend", "le lundi, je les garde encore chez moi",
 * "le mercredi, je m'en occupe moi-même", "mercredi c bon c ma soeur qui la garde", "le mercredi c'est mon jour", "jeudi moi je
 * suis libre": someone of the family takes the child that day. ("C'est moi qui la récupère ces jours-là vers 18h30" picks
 * the child up at the service: no day taken.) ("… parce que le mercredi 10 il est chez son père": the child with the family
 * that day.)
 */
// ("Les mercredis et vendredis, leur grand-mère paternelle prendra le relais": so does one who takes over.)
const DAY_TAKEN_BY_FAMILY = guarded(
  /^\s*(?:non\s+)?(?:(?:sa|son|ses|leur) (?:mamie|mami|mamy|grand mere|grand pere|papi|papy|pere|mere|papa|maman|tante|oncle|nounou|grands parents) (?:la|le|les) (?:prend|prendra|recupere|recuperera|garde|gardera)\b|(?:sa|son|ses|leur|ma|mon) (?:mamie|mami|mamy|grand mere|grand pere|papi|papy|pere|mere|papa|maman|tante|oncle|nounou|grands parents)(?: paternel(?:le)?s?| maternel(?:le)?s?)? (?:prend|prendra|prennent|prendront) le relais\b|je (?:la|le|les) (?:garde|garderai|prends|prendrai) (?:encore |moi meme\b|moi\b|chez moi\b|avec moi\b)|(?:je|on|nous) (?:peux|pourrai|pourrais|vais|pouvons|pourrons) (?:la|le|les) (?:prendre|garder|recuperer)\b|je m' en occupe(?:rai)?\b|(?:(?:c' est|c est) bon )?(?:(?:c' est|c est) )?(?:ma|mon|sa|son|leur) (?:autre )?(?:belle mere|beau pere|papa|pere|maman|mere|mamie|mami|mamy|grand mere|grand pere|papi|papy|soeur|frere|tante|oncle|nounou|voisine?) (?:la|le|les) (?:prend|prendra|recupere|recuperera|garde|gardera)\b|(?:(?:c' est|c est) bon |ca va )?(?:c' est|cest|c est) (?:sa |son |ses |leur |ma |mon |la |le )?(?:autre )?(?:mamie|mami|mamy|grand mere|grand pere|papi|papy|pere|mere|papa|maman|tante|oncle|nounou|grands parents|voisine?|soeur|frere|cousine?|nonna|nonno|avo|abuela|abuelo|oma|opa|babcia|bunica) qui (?:la|le|les) (?:prend|prends|prendra|prendrai|recupere|recuperera|recupererai|garde|gardera|garderai)\b|c' est mon jour\b|(?:moi )?je suis (?:libre|disponible|de repos|en repos|en conge|off)\b|(?:(?:c' est|c est) bon,? )?(?:moi )?je suis la\b(?! (?:mere|maman|grand|tante|nounou|soeur|marraine|voisine|belle|compagne|femme|mamie)\b)|(?:on|nous) (?:part|partons|partira|partirons|s' en va|sera partis?|serons partis|est en vacances|sera en vacances|serons en vacances)\b|(?:elle|il|ils|elles) y (?:va|vont|ira|iront) (?:normal|normalement|comme d' habitude|comme prevu)\b|moi je (?:la|le|les) (?:prends|garde|recupere)\b|(?:c' est|cest|c est) moi qui (?:l' ai|les ai|la prends|le prends|les prends|la garde|le garde|les garde)\b|(?:c' est|cest|c est) (?:sa |son |ses |leur )?(?:mamie|mami|mamy|grand mere|grand pere|papi|papy|pere|mere|papa|maman|tante|oncle|nounou|grands parents)(?=\s*$|\s+(?:et|mais|donc|merci|svp|s' il)\b)|(?:ma femme|mon mari|sa mere|son pere|sa maman|son papa|ma conjointe|mon conjoint) (?:est|sera) (?:en repos|de repos|libre|disponible|en conge|a la maison)\b|(?:il|elle|ils|elles|zenfant) (?:est|sont|sera|seront|reste|restent|restera|resteront) avec (?:(?:son|sa|ses|leur|leurs|mes|nos|ma|mon|la|le|les) )?(?:mamie|mami|mamy|grand mere|grand pere|grands parents|papi|papy|pere|mere|papa|maman|tante|oncle|parrain|marraine|nounou|moi|nous)\b|(?:il|elle|ils|elles|zenfant) (?:est|sont|sera|seront|va|vont|ira|iront) chez (?:son|sa|ses|leur|leurs|mes|nos|ma|mon) (?:autre )?(?:mamie|mami|mamy|grand mere|grand pere|grands parents|beaux parents|parents|papi|papy|pere|mere|papa|maman|tante|oncle|parrain|marraine|nounou)\b)/,
);
/** "son père sera disponible le lundi": the day someone of the family is free, before it. */
const FAMILY_FREE_BEFORE = guarded(
  /\b(?:son|sa|ses|leur|mon|ma|notre) (?:pere|mere|papa|maman|mari|femme|grand mere|grand pere|mamie|papi|nounou|tante|oncle|soeur|frere|grands parents) (?:sera|est|serait|seront|sont) (?:disponible|disponibles|libre|libres|la|de repos|en conge|a la maison) (?:le |la |ce )?$/,
);

/** "j'emmène les enfants en Bretagne chez ma sœur la première semaine", "je pourrai prendre les enfants le mardi": the family takes the children then, before it. */
// ("je prends les deux petites chez moi à Nogent la deuxième semaine": the same; not "je garde les enfants du lundi 14 au vendredi 18",
// the grandparent in charge of the week asked.)
const FAMILY_AWAY_BEFORE = guarded(
  /\b(?:(?:je|on|nous) (?:pourrai|pourrais|peux|vais|pourrons|pouvons) (?:bien )?(?:prendre|garder|recuperer) (?:les enfants|les petits|les deux|les trois|zenfant(?: et zenfant)?) (?:(?:le |la |les |ce |cette )?$)|(?:j' |je les |je l' |on les |on l' |nous les |nous l' )(?:emmene|emmenerai|emmenons|emmenerons|emmenera|amene|amenerai|prends|prendrai|garde|garderai) (?:(?:les enfants|les petits|les deux|les trois|zenfant(?: et zenfant)?) )?(?:(?:a|en|au|chez|dans|pour) (?:\S+ ){1,4}?)?(?:le |la |les |ce |cette )?$|(?:je|on|nous) (?:emmene|emmenerai|emmenons|emmenerons|emmenera|amene|amenerai|prends|prendrai|garde|garderai) (?:les enfants|les petits|les petites|les (?:deux|trois|quatre)(?: petits| petites| enfants| filles| garcons)?|zenfant(?: et zenfant)?) (?:a|en|au|chez|dans) (?:\S+ ){1,4}?(?:le |la |les |ce |cette )?$)/,
);

/** "il a judo le mercredi", "elle fait de la danse les mardis": the child's own activity on that weekday, before it. */
const ACTIVITY_BEFORE = guarded(
  /\b(?:il|elle|ils|elles|zenfant) (?:a|ont|fait|font|va|vont|est|sont) (?:(?:au|a la|a l'|son|sa|ses|leur|du|de la|de l'|des|le|la|l') ?)?(?:judo|danse|foot|football|piscine|natation|tennis|musique|piano|guitare|violon|conservatoire|solfege|theatre|gym|gymnastique|basket|handball|hand|rugby|escrime|karate|equitation|poney|catechisme|cate|orthophoniste|ortho|psychomotricienne?|psychomot|escalade|boxe|cirque|chorale|dessin|sport|entrainement|scouts?)\s+(?:tous |chaque )?$/,
);

/** "le mercredi", "les mardis": a weekday said as a habit. */
const isWeekdayHabit = (e: DateExpression) => e.kind === 'recurrence' || (e.kind === 'day' && e.habitual === true && e.ref.type === 'weekday' && e.ref.when === 'bare');

/** The weekday of the child's activity, told as a reason: not a day asked, and not a day taken out either ("elle va à la piscine le mardi avec l'école"). */
export const takenByActivity = (prepared: string, f: FoundExpression) => isWeekdayHabit(f.expression) && ACTIVITY_BEFORE.test(prepared.slice(Math.max(0, f.start - 60), f.start));

/** "… du 5 au 9 juillet, je les prendrai chez moi ensuite": the family takes the child after those days, not on them. */
const AFTERWARDS = /^\s*(?:\S+\s+){0,2}?(?:ensuite|apres|par la suite|la semaine (?:d' )?apres|le reste du temps)\b(?! midi)/;

const familyTakesThatDay = (after: string) => {
  const taken = DAY_TAKEN_BY_FAMILY.exec(after);
  return taken !== null && !AFTERWARDS.test(after.slice(taken.index + taken[0].length));
};

const takenByFamily = (prepared: string, f: FoundExpression) =>
  familyTakesThatDay(prepared.slice(f.end, f.end + 80)) ||
  FAMILY_FREE_BEFORE.test(prepared.slice(Math.max(0, f.start - 60), f.start)) ||
  FAMILY_AWAY_BEFORE.test(prepared.slice(Math.max(0, f.start - 80), f.start)) ||
  takenByActivity(prepared, f);

/** The days of a booking left once those the family takes the child are dropped ("vendredi, jeudi c'est mamie qui le prend"). */
export function withoutDaysTakenByFamily(prepared: string, found: readonly FoundExpression[]): FoundExpression[] {
  // ("mon mari bosse de nuit mercredi et jeudi, … garder Nilo jeudi soir, mercredi c bon je suis là": the weekday the family
  // takes, named before in the story, is not asked either.)
  const taken = found.filter((f) => takenByFamily(prepared, f));
  const takenWeekdays = taken.flatMap((f) => (isBareWeekday(f.expression) ? [f.expression.ref.weekday] : []));
  const kept = found.filter((f) => !taken.includes(f) && !(isBareWeekday(f.expression) && takenWeekdays.includes(f.expression.ref.weekday)));
  return kept.length > 0 ? kept : [...found];
}

const isBareWeekday = (e: DateExpression): e is Extract<DateExpression, { kind: 'day' }> & { ref: { type: 'weekday' } } =>
  e.kind === 'day' && e.ref.type === 'weekday' && e.ref.when === 'bare' && !e.ref.afterPrevious && !e.ref.weeksLater && !e.weeksAfter;

/** "… jeudi elle vient normal", "… le jeudi onze c'est bon elle vient": the day taken back, said again, is kept as usual. */
// ("… non pardon mercredi, mardi elle vient bien": the same, said as « bien ».)
const AS_USUAL_AFTER = /^\s*(?:(?:c' est bon|ca c' est bon|c est bon|ca va) )?(?:zenfant |il |elle |ils |elles )?(?:vient|viennent|viendra|viendront|va|vont|ira|iront|reste|restera|sera la|est la)(?:(?: bien)? (?:normal|normalement|comme d' habitude|comme d' hab|comme prevu|comme toujours)\b| bien(?=\s*$|\s+(?:et|mais|donc|merci|svp|stp)\b)|(?<=\b(?:c' est bon|c est bon|ca va) (?:zenfant |il |elle |ils |elles )?(?:vient|viennent|viendra|viendront|va|vont|ira|iront))\b)/;

/** "… jeudi elle vient pas", "… jeudi il ne viendra pas": the day said again, not to come. */
const NOT_COMING_AFTER = /^\s*(?:zenfant |il |elle |ils |elles )?(?:ne |n' )?(?:vient|viennent|viendra|viendront|va|vont|ira|iront|sera|seront) pas\b/;

/** "jeudi… non, qu'est-ce que je raconte, jeudi c'est mon coiffeur", "le jeudi étant déjà couvert par son père", "le lundi c'est bon mon mari est là": why the day taken back is not asked. */
const WHY_NOT_AFTER = /^\s*(?:(?:c' est|c est|j' ai) (?:mon|ma|mes)\b|(?:etant|est|sera) (?:deja )?(?:couvert|pris|assure)\b|(?:c' est|c est|ca c' est) bon\b(?!\s*$))/;

const isDayNumber = (e: DateExpression): e is Extract<DateExpression, { kind: 'day' }> & { ref: { type: 'date' } } => e.kind === 'day' && e.ref.type === 'date';

/**
 * A weekday said again after the day it names was taken back: "le lundi 12 et le mardi 13
 * octobre. Pardon, je me corrige : le mardi seulement" is Tuesday the 13th, and no other
 * day; "jeudi, non pardon, vendredi. jeudi moi je suis libre" asks no Thursday again.
 * `weekdayOf` gives the ISO weekday an expression resolves to.
 */
export function withDaysSaidAgain(
  prepared: string,
  told: readonly FoundExpression[],
  takenBack: readonly FoundExpression[],
  weekdayOf: (expression: DateExpression) => number | undefined,
): FoundExpression[] {
  if (takenBack.length === 0) return [...told];
  const backed = takenBack.map((f) => ({ f, weekday: weekdayOf(f.expression) }));
  return told.flatMap((f) => {
    // "du lundi 19 au jeudi 22 avril, non, je me trompe, jusqu'au vendredi 23": the range taken back keeps its start.
    const range = f.expression.kind === 'range' && f.expression.from === undefined ? f.expression : undefined;
    const rangeBefore = range && backed.filter((b) => b.f.end <= f.start && b.f.expression.kind === 'range' && b.f.expression.from !== undefined).pop();
    if (range && rangeBefore && rangeBefore.f.expression.kind === 'range') return [{ ...f, expression: { ...range, from: rangeBefore.f.expression.from } }];
    // ("du lundi 1er mars au vendredi 5 euh non au jeudi 4": the end said again, « au » and a day, keeps the range's start.)
    const { expression } = f;
    if (isDayNumber(expression) && /^(?:au|a|jusqu' ?au) /.test(prepared.slice(f.start, f.end))) {
      const rangeTaken = backed.filter((b) => b.f.end <= f.start && b.f.expression.kind === 'range' && b.f.expression.from !== undefined).pop()?.f.expression;
      if (rangeTaken?.kind === 'range' && rangeTaken.from?.type === 'date' && rangeTaken.to.type === 'date') {
        const month = expression.ref.month ?? rangeTaken.to.month ?? rangeTaken.from.month;
        const year = expression.ref.year ?? rangeTaken.to.year ?? rangeTaken.from.year;
        return [{ ...f, expression: { ...rangeTaken, to: { ...expression.ref, month, year } } }];
      }
    }
    // "du 1er au 5 mars euh non du 1er au 4": the range said again without its month keeps the month taken back.
    if (expression.kind === 'range' && expression.from?.type === 'date' && expression.to.type === 'date' && expression.to.month === undefined) {
      const before = backed.filter((b) => b.f.end <= f.start && b.f.expression.kind === 'range').pop()?.f.expression;
      if (before?.kind === 'range' && before.to.type === 'date' && before.to.month !== undefined) {
        const { month, year } = before.to;
        return [{ ...f, expression: { ...expression, from: { ...expression.from, month: expression.from.month ?? month, year: expression.from.year ?? year }, to: { ...expression.to, month, year } } }];
      }
    }
    // ("le mercredi 14 euh non pardon le 7, le 14 leur mère est en congé": the day taken back, said again with its reason, is not asked.)
    // (Only after the day put in its place: "le jeudi 25, enfin le 25 novembre" is that day said better, "le 1er mars, pardon,
    // le 1er février" another month.)
    if (isDayNumber(f.expression)) {
      const { day, month } = f.expression.ref;
      const before = told.filter((g) => g.end <= f.start).pop();
      // (Not "le 7 et le 14": one list, both asked; "le 7 le 14", read as a list, is no list.)
      const inList = told.some((g) => g !== f && g.start === f.start);
      const joined = inList ? /\b(?:et|ou)\b/.test(prepared.slice(f.start, f.end)) : before !== undefined && /\b(?:et|aussi|ou)\b/.test(prepared.slice(before.end, f.start));
      const replacedBefore = (b: { f: FoundExpression }) => told.some((g) => g !== f && g.start >= b.f.end && g.start <= f.start);
      const sameDay = (e: DateExpression) => isDayNumber(e) && e.ref.day === day && (month === undefined || e.ref.month === undefined || e.ref.month === month);
      if (!joined && backed.some((b) => b.f.end <= f.start && sameDay(b.f.expression) && replacedBefore(b))) return [];
      // ("… ni le jeudi onze février euh non attendez le jeudi onze c'est bon elle vient": the day taken back, said to be as usual.)
      if (AS_USUAL_AFTER.test(prepared.slice(f.end, f.end + 60)) && backed.some((b) => b.f.end <= f.start && sameDay(b.f.expression))) return [];
      // ("le 18 novembre, non pardon le 25": the day said instead, without its month, is in the month of the day taken back.)
      // ("le lundi 31 mai et le mardi 1er juin… non, le lundi 31 seulement": the day of the list said again keeps its own month.)
      const backedBefore = backed.filter((b) => b.f.end <= f.start);
      const taken = (backedBefore.filter((b) => isDayNumber(b.f.expression) && b.f.expression.ref.day === day).pop() ?? backedBefore[backedBefore.length - 1])?.f;
      const saidRightAfter = taken !== undefined && !told.some((g) => g !== f && g.start >= backedBefore[backedBefore.length - 1].f.end && g.start < f.start);
      if (month === undefined && saidRightAfter && isDayNumber(taken.expression) && taken.expression.ref.month !== undefined)
        return [{ ...f, expression: { ...f.expression, ref: { ...f.expression.ref, month: taken.expression.ref.month, year: f.expression.ref.year ?? taken.expression.ref.year } } }];
      return [f];
    }
    if (!isBareWeekday(f.expression)) return [f];
    const weekday = f.expression.ref.weekday;
    const earlier = backed.filter((b) => b.f.end <= f.start && b.weekday === weekday).pop();
    if (!earlier) return [f];
    if (takenByFamily(prepared, f) || AS_USUAL_AFTER.test(prepared.slice(f.end, f.end + 60)) || WHY_NOT_AFTER.test(prepared.slice(f.end, f.end + 60)) || NOT_COMING_AFTER.test(prepared.slice(f.end, f.end + 40))) return [];
    // ("lundi mardi… euh non pardon, lundi et jeudi": a weekday said again in the correction is asked again.)
    return earlier.f.expression.kind === 'day' && earlier.f.expression.ref.type === 'date' ? [{ ...f, expression: earlier.f.expression }] : [f];
  });
}

/** The day an expression names by its number or weekday alone, to find it said again. */
const dayKey = (e: DateExpression): string | undefined =>
  e.kind !== 'day' ? undefined : e.ref.type === 'date' ? `date ${e.ref.day}` : e.ref.type === 'weekday' && e.ref.when !== 'last' ? `weekday ${e.ref.weekday}` : undefined;

/** The writer unsure of a date: "je ne sais plus si c'est le 14 ou le 15". */
const UNSURE_OF_DATE = /\b(?:je ne sais plus|je sais plus|ne sais plus|ma memoire|je confonds|je ne suis plus sure?|je ne suis pas sure?|pas sure?)\b/;

/**
 * A choice between days settled by saying one of them again: "le 18, ou le 17 je ne sais plus… attendez, il me dit le 18",
 * "le mercredi 14, ou bien le 15, attendez… non, c'est bien le mercredi 14 octobre": the day said again, not the other.
 */
export function withChoiceSettled(prepared: string, found: readonly FoundExpression[]): FoundExpression[] {
  if (found.length < 3 || !/\bou\b/.test(prepared)) return [...found];
  const sorted = [...found].sort((a, b) => a.start - b.start);
  const dropped = new Set<FoundExpression>();
  sorted.forEach((first, i) => {
    const other = sorted.slice(i + 1).find((g) => g !== first && (g.start === first.start ? /\bou\b/.test(prepared.slice(first.start, first.end)) : /^\s*,?\s*ou\b/.test(prepared.slice(first.end, g.start))));
    if (!other || dayKey(first.expression) === undefined || dayKey(other.expression) === undefined) return;
    const pairEnd = Math.max(first.end, other.end);
    const sameDay = sorted.find((f) => f.start >= pairEnd && f.start - pairEnd <= 120 && [first, other].some((g) => dayKey(g.expression) === dayKey(f.expression)));
    // ("je ne sais plus si c'est le 14 ou le 15, … mais mercredi prochain, oui c'est ça": unsure of the number, sure of the weekday.)
    const weekday = sorted.find((f) => f.start >= pairEnd && f.start - pairEnd <= 120 && dayKey(f.expression)?.startsWith('weekday'));
    const unsureOfNumber =
      [first, other].every((g) => dayKey(g.expression)?.startsWith('date')) && weekday !== undefined && UNSURE_OF_DATE.test(prepared.slice(Math.max(0, first.start - 40), weekday.start));
    const settled = sameDay ?? (unsureOfNumber ? weekday : undefined);
    if (!settled) return;
    for (const g of [first, other]) dropped.add(g);
  });
  return dropped.size === 0 ? [...found] : found.filter((f) => !dropped.has(f));
}

/** The date expressions left once those taken back are dropped ("pour jeudi… non, pour mercredi"). */
export function withoutTakenBack(prepared: string, found: readonly FoundExpression[]): FoundExpression[] {
  const sorted = [...found].sort((a, b) => a.start - b.start);
  // "mercredi… enfin pas ce mercredi, celui d'après": the day said no to is the one named before; the one after stays.
  const theOneAfter = (f: FoundExpression) => THE_ONE_AFTER.test(prepared.slice(f.start, f.end)) && /\bpas\s*$/.test(prepared.slice(Math.max(0, f.start - 10), f.start));
  const sameWeekday = (a: DateExpression, b: DateExpression) => a.kind === 'day' && b.kind === 'day' && a.ref.type === 'weekday' && b.ref.type === 'weekday' && a.ref.weekday === b.ref.weekday;
  const takenBack = (f: FoundExpression, i: number) => {
    if (theOneAfter(f)) return false;
    // ("le mercredi 4 novembre et le mercredi 18 euh non le 25": one expression holds the list; one day said instead puts its
    // last day right, not the whole list.)
    if (sorted.slice(i + 1).some((g) => g.start === f.start && g.end === f.end) && sorted.filter((g) => g.start >= f.end).length <= 1) return false;
    const next = sorted.slice(i + 1).find((g) => g.start >= f.end);
    if (next && theOneAfter(next)) return sameWeekday(f.expression, next.expression);
    if (i > 0 && AND_NOT.test(prepared.slice(Math.max(0, f.start - 30), f.start))) return true;
    if (!next) return false;
    // (« ou plutôt » keeps its « plutôt »: "le jeudi 11, ou plutôt le jeudi 10".)
    const between = prepared.slice(f.end, next.start).replace(/\b(?:pour|le|la|les|c' est|(?<!\bou )plutot)\s*$/, '');
    if ((SAID_NO_TO.test(prepared.slice(Math.max(0, f.start - 30), f.start)) || SAID_BEFORE.test(prepared.slice(Math.max(0, f.start - 30), f.start))) && SAID_INSTEAD.test(prepared.slice(f.end, next.start).replace(/\b(?:le|la|les|pour)\s*$/, ''))) return true;
    // ("tous les mercredis de novembre enfin ceux où il y a centre": « enfin » says the days better, it takes none back.)
    if (/^\s*enfin (?:ceux|celles|les jours|ceux la|ceux ci) (?:ou|qui|quand)\b/.test(between)) return false;
    // ("les 21, 22 et 23… ah non, pas le 22": the change of mind takes one day out of the list, it keeps the rest.)
    // ("vendredi… non pardon, ce n'est pas vendredi mais jeudi" takes the day back: « pas » there negates « c'est ».)
    if (/\b(?:(?:non|enfin|finalement|euh|oups|pardon)\s+pas|sauf|sans|excepte|hormis)\s*$/.test(between)) return false;
    // ("lundi… non mardi pardon, lundi c'est sa mamie": « pardon » after the day said instead closes the correction, it takes that day not back.)
    if (/^\s*pardon\b/.test(between) && /\b(?:non|nan)\s+(?:c' est\s+|plutot\s+)?(?:le\s+|la\s+)?$/.test(prepared.slice(Math.max(0, f.start - 20), f.start))) return false;
    // ("tous les vendredis de février euh jusqu'aux vacances": a hesitation before the end of the period takes nothing back.)
    // ("jusqu'à fin janvier, euh, jusqu'au 15 janvier" is still taken back: an end said again.)
    const isEnd = (e: DateExpression) => e.kind === 'untilHolidays' || e.kind === 'untilEndOf' || (e.kind === 'range' && e.from === undefined);
    // ("à partir de demain euh jusqu'à vendredi", "tous les jeudis euh jusqu'à fin mai": a start or the weekdays, then the end.)
    // ("tous les jeudis de décembre jusqu'aux vacances de Noël. Ou bien était-ce les mercredis ?": the weekdays are in doubt, not the end.)
    if (isEnd(f.expression) && next.expression.kind === 'recurrence') return false;
    const endsPeriod = next.expression.kind === 'untilHolidays' || next.expression.kind === 'untilEndOf' || (isEnd(next.expression) && (f.expression.kind === 'from' || f.expression.kind === 'recurrence'));
    if (endsPeriod && !isEnd(f.expression) && /^\s*(?:(?:euh+|heu+|enfin|virgule)\s*)+$/.test(between)) return false;
    // ("pour les trois cette semaine euh à partir de demain je veux dire": the week's first day said better, the week stays.)
    // ("tous les lundis et jeudis du mois de mars euh à partir du 8": the month's first day said better, the month stays.)
    if ((f.expression.kind === 'week' || f.expression.kind === 'month') && next.expression.kind === 'from' && /^\s*(?:(?:euh+|heu+|enfin|virgule|plutot)\s*)+(?:(?:a partir|a compter) (?:de |du |d' )?|des )?$/.test(between)) return false;
    // ("la deuxième semaine euh Ovide au centre tous les jours": the days of the week said after a hesitation, not instead of it.)
    const period = ['holiday', 'weekRank', 'week', 'weekOf', 'month'].includes(f.expression.kind);
    if (period && next.expression.kind === 'recurrence' && !/\b(?:non|nan|pardon|plutot|dire|attends?|oups|trompee?)\b/.test(between)) return false;
    // ("les trois premiers jours des vacances euh lundi mardi mercredi": which days of them, said after a hesitation.)
    if (next.expression.ofHolidayBefore) return false;
    // ("les vacances de février non pardon d'hiver … toute la deuxième semaine": the holidays' name said better; the week ranks in them.)
    if (f.expression.kind === 'holiday' && f.expression.week === undefined && next.expression.kind === 'weekRank') return false;
    // "les lundi et mardi des vacances de la Toussaint, c'est-à-dire le 19 et le 20": the days said better, by their numbers.
    if (/^\s*c' est a dire\s*$/.test(between)) return next.expression.kind === 'day' && next.expression.ref.type === 'date' && !(f.expression.kind === 'day' && f.expression.ref.type === 'date');
    // ("pour les vacances de printemps euh mes enfants au centre toute la deuxième semaine": a hesitation, then the rest of the
    // sentence, takes nothing back.)
    if (/^\s*(?:euh+|heu+)\b/.test(between) && !/\b(?:non|nan|pardon|plutot|dire|enfin|attends?|oups|trompee?|ou)\b/.test(between) && between.split(' ').filter(Boolean).length > 4) return false;
    // ("tout le reste de la semaine euh on part ce soir", "la semaine prochaine euh je crois que j'ai oublié le mercredi": a
    // hesitation, then someone doing something, starts a new clause; it takes nothing back.)
    // ("euh on part chez ma sœur pour son mariage enfin le mariage c'est le samedi 10": « enfin » far into a long clause says
    // more, it takes nothing back.)
    const longClause = between.split(' ').filter(Boolean).length > 8;
    if (/^\s*(?:euh+|heu+)\s+(?:on|je|j'|nous|il|elle|ils|elles)\s/.test(between) && !/\b(?:non|nan|pardon|plutot|dire|attends?|oups|trompee?|ou|c' est|c est)\b/.test(between) && (longClause || !/\benfin\b/.test(between))) return false;
    return TAKE_BACK.test(between) && between.split(' ').filter(Boolean).length <= 14;
  };
  const dropped = new Set<FoundExpression>();
  sorted.forEach((f, i) => {
    if (!takenBack(f, i)) return;
    // "lundi mardi de la semaine prochaine, euh non pardon, lundi et jeudi": a list said again takes back the whole list; its
    // week still frames the days said next. ("lundi et mardi, pardon, mercredi": the last day only.)
    // ("le 20 janvier le 27 non pardon le 3 février et le 17 février": dates said after a correction put one day right; the
    // list is said again when a day of it comes back, or when weekdays replace weekdays.)
    const after = sorted.slice(i + 1);
    const isWeekday = (e: DateExpression) => e.kind === 'day' && e.ref.type === 'weekday';
    const listBefore = sorted.slice(0, i + 1).filter((g) => g.expression.kind === 'day');
    // ("mardi et jeudi, euh non jeudi elle vient normal": a day that comes back as usual is the one taken back, not the list.)
    // ("… euh non jeudi elle vient pas", "… euh non jeudi c'est sa mamie qui la prend": so is a day said not to come.)
    const comesBack = after.some((g) => !AS_USUAL_AFTER.test(prepared.slice(g.end, g.end + 60)) && !NOT_COMING_AFTER.test(prepared.slice(g.end, g.end + 40)) && !takenByFamily(prepared, g) && listBefore.some((b) => dayKey(b.expression) !== undefined && dayKey(b.expression) === dayKey(g.expression)));
    // ("mercredi 16 et jeudi 17 euh non seulement le jeudi": one day of the list said again alone, by its number or its
    // weekday, keeps that day only.)
    const weekdayOfDate = (e: DateExpression) => (e.kind === 'day' && e.ref.type === 'date' ? e.ref.weekday : undefined);
    const weekdayAlone = (e: DateExpression) => (e.kind === 'day' && e.ref.type === 'weekday' ? e.ref.weekday : undefined);
    const weekdayBack = after.some((g) => weekdayAlone(g.expression) !== undefined && listBefore.some((b) => weekdayOfDate(b.expression) === weekdayAlone(g.expression)));
    const saidAgain = (after.length >= 2 && (comesBack || [...listBefore.slice(-2), ...after].every((g) => isWeekday(g.expression)))) || (after.length === 1 && listBefore.length >= 2 && (comesBack || weekdayBack));
    let first = i;
    while (saidAgain && first > 0 && !AND_NOT.test(prepared.slice(Math.max(0, f.start - 30), f.start)) && LIST_GLUE_BETWEEN.test(prepared.slice(sorted[first - 1].end, sorted[first].start))) first--;
    for (let j = first; j <= i; j++) if (sorted[j].expression.kind !== 'week' || first === i) dropped.add(sorted[j]);
  });
  // ("ma fille m'a dit vendredi, le vendredi 28": a weekday said, then said better with its number, is that day.)
  // (The weekday an expression is, when it is a weekday alone: « vendredi », « le jeudi ».)
  const bareWeekdays = sorted.map((f) => /^(?:le )?(lundi|mardi|mercredi|jeudi|vendredi)$/.exec(prepared.slice(f.start, f.end).trim())?.[1]);
  sorted.forEach((f, i) => {
    const next = sorted[i + 1];
    const weekday = bareWeekdays[i];
    if (!weekday || !next || next.start < f.end || !/^\s*(?:le\s*)?$/.test(prepared.slice(f.end, next.start))) return;
    if (new RegExp(`^(?:le )?${weekday} \\d`).test(prepared.slice(next.start, next.end).trim())) dropped.add(f);
  });
  // ("je voulais réserver le jeudi 17 décembre… c'est le vendredi 18 qu'il faut, pas le jeudi": the weekday said no to is the
  // day of that weekday named before.)
  sorted.forEach((f, i) => {
    const weekday = bareWeekdays[i];
    if (!weekday || !dropped.has(f) || !AND_NOT.test(prepared.slice(Math.max(0, f.start - 30), f.start))) return;
    for (const g of sorted.slice(0, i)) {
      // (One expression may hold a list, « lundi 8 février et mardi 9 »: only one naming that weekday alone.)
      const weekdaysNamed = prepared.slice(g.start, g.end).match(/\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b/g) ?? [];
      if (g.expression.kind === 'day' && g.expression.ref.type === 'date' && weekdaysNamed.length > 0 && weekdaysNamed.every((w) => w === weekday)) dropped.add(g);
    }
  });
  // "mardi c'est demain, c'est sûrement trop tard": the day named again in other words goes with it.
  for (let i = sorted.length - 2; i >= 0; i--) {
    if (dropped.has(sorted[i + 1]) && /^\s*(?:c' est|c est)\s*$/.test(prepared.slice(sorted[i].end, sorted[i + 1].start))) dropped.add(sorted[i]);
  }
  // ("mercredi au centre… ah non, c'est jeudi, mercredi elle a danse": a weekday taken back and named again alone with the
  // reason or a « pas », once the day said instead is named, is still the day said no to; "lundi mardi… non pardon, lundi et jeudi" says
  // the list again.)
  sorted.forEach((f, i) => {
    const weekday = bareWeekdays[i];
    if (!weekday || dropped.has(f)) return;
    const saidNoTo = sorted.findIndex((g, j) => j < i && dropped.has(g) && bareWeekdays[j] === weekday);
    const toldWhy = /^\s*(?:il|elle|ils|elles|j' ai|je|on)\s/.test(prepared.slice(f.end, f.end + 20)) || /\bpas (?:le )?$/.test(prepared.slice(Math.max(0, f.start - 8), f.start));
    // ("absents mercredi euh non mardi et mercredi ils avaient la grippe": joined by « et » to the day said instead, it is one of the list said again.)
    const before = sorted[i - 1];
    const listedWithKept = before !== undefined && !dropped.has(before) && /^\s*et\s+(?:le\s+)?$/.test(prepared.slice(before.end, f.start));
    if (saidNoTo >= 0 && toldWhy && !listedWithKept && sorted.slice(saidNoTo + 1, i).some((g) => !dropped.has(g) && g.expression.kind === 'day')) dropped.add(f);
  });
  return sorted.filter((f) => !dropped.has(f));
}

/** Between two date expressions of one list: nothing, "et", "de", "ou", a comma gone. */
const LIST_GLUE_BETWEEN = /^\s*(?:(?:et|ou|de|du|le|la|les)\s*)*$/;

/** Said between two children to take back the first: "Léa vendredi… pardon, c'est Inès", "Hugo, non plutôt Léa". */
// ("pour Sklaerenn Envel et euh Tristão": « et euh » goes on with the list.)
const CHILD_TAKEN_BACK = /^(?:\S+\s+){0,3}?(?:non|nan|pardon|non pardon|oups|(?<!\bet )euh|plutot|non plutot|ah non|je veux dire|je voulais dire|sorry|desolee?|erreur|je me suis trompee?)(?:\s+\S+){0,3}$/;
const NAME_ENDING = guarded(/(?:^|\s)(?:c' est|c est|ce sera|pour|plutot|mais)\s*$/);

/**
 * The children a message takes back before naming another: "annuler Léa vendredi… pardon,
 * c'est Inès", "c'est pas Hugo qui vient mercredi, c'est Léa" (a child named again later stays).
 */
export function childrenTakenBack(prepared: string, nameAt: ReadonlyMap<number, string>): string[] {
  const words = prepared.split(' ');
  const at = [...nameAt.entries()].sort((a, b) => a[0] - b[0]);
  const back = new Set<string>();
  at.forEach(([i, name], n) => {
    const next = at[n + 1];
    if (!next || next[1] === name || at.slice(n + 1).some(([, later]) => later === name)) return;
    const between = words.slice(i + 1, next[0]).join(' ');
    const saidNoTo = SAID_NO_TO.test(words.slice(Math.max(0, i - 4), i).join(' ') + ' ') && SAID_INSTEAD.test(between.replace(/\b(?:le|la|les|pour)\s*$/, ''));
    const takenBack = between.split(' ').length <= 8 && CHILD_TAKEN_BACK.test(between.replace(NAME_ENDING, '').trim());
    if (saidNoTo || takenBack) back.add(name);
  });
  for (const name of childrenSaidInstead(prepared, nameAt)) back.add(name);
  return [...back];
}

/** "non pardon, c'est Lukiia qui part, pas Bohdanko": the child after « pas » is taken back, wherever else it is named. */
export function childrenSaidInstead(prepared: string, nameAt: ReadonlyMap<number, string>): string[] {
  const words = prepared.split(' ');
  const at = [...nameAt.entries()];
  const back = new Set<string>();
  at.forEach(([i, name]) => {
    if (words[i - 1] === 'pas' && at.some(([j, other]) => other !== name && j < i && j >= i - 8 && /^(?:c'|c) est$/.test(words.slice(j - 2, j).join(' ')) && words[j + 1] === 'qui')) back.add(name);
  });
  return [...back];
}

const ADD = guarded(/\b(?:aussi|egalement|en plus|de plus|en supplement|avec zenfant|rajoute|ajoute|rajoutez|ajoutez)\b/);
const LEADING_INTERJECTION = guarded(/^(?:(?:ah|oh|ok|okay|bon|alors|euh|d' accord|parfait|super|merci|top)\s+)+(?=et\b)/);
const FOLLOW_UP_START = guarded(/^(?:et|et pour|et aussi|et puis|pour|meme chose|la meme chose|pareil|idem|aussi|et sinon|ainsi que)\b/);
// ("et son frère Hugo le jeudi aussi": the child said with who they are.)
const FOLLOW_UP_SHAPE = guarded(/^(?:(?:et|et aussi|et puis|ainsi que|plus|pour)\s+(?:pour\s+|le\s+|la\s+|les\s+|l' |de\s+|du\s+)?(?:(?:son|sa|leur) (?:petite? |grande? )?(?:frere|soeur)\s+)?(?:zenfant|zdate)|(?:la\s+)?(?:meme chose|pareil|idem)(?:\s+(?:pour|avec|le|la|les))?|(?:zenfant|zdate)(?:\s+(?:et\s+)?(?:zenfant|zdate))*\s+(?:aussi|egalement|en plus|pareil|idem|pareillement)|aussi\s+(?:pour\s+)?(?:zenfant|zdate))\b/);

/** "non, plutôt jeudi", "ah zut, c'était jeudi 19": the previous request corrected, its other pieces kept. */
const CORRECTION = guarded(/^(?:non|ah non|non non|non pardon|pardon|oups|euh|plutot|non plutot|en fait|enfin|ah zut|zut|mince)\b.*\b(?:zenfant|zdate)\b|^zenfant (?:(?:plutot|finalement|en fait|c' est|ce sera|ca sera|c' etait) )+(?:le |la )?zdate\b|\b(?:je me suis trompee?|erreur de ma part|je voulais dire|c' etait|c' est plutot)\b.*\bzdate\b/);

/**
 * The word after a child's name, the names joined to it and their echo ("Inès, elle,
 * reste", "Soan et Kaïs ils viennent": the index of "reste", of "viennent").
 */
function afterName(words: readonly string[], nameIndex: number): number {
  let k = nameIndex + 1;
  while (words[k] === 'et' && words[k + 1] === 'zenfant') k += 2;
  // ("Lovre, quant à lui, terminera l'année normalement", "Nicolás, en revanche, continuera…", "Kymani c'est bon il reste".)
  if (words[k] === 'quant' && words[k + 1] === 'a') k += 2;
  else if ((words[k] === 'en' && words[k + 1] === 'revanche') || (words[k] === 'par' && words[k + 1] === 'contre')) k += 2;
  else if (words[k] === "c'" && words[k + 1] === 'est' && words[k + 2] === 'bon') k += 3;
  // ("Aliou lui il vient normal": the echo may be said twice.)
  const echoFrom = k;
  while (/^(?:lui|elle|il|ils|elles|eux)$/.test(words[k] ?? '') && k < Math.max(nameIndex + 4, echoFrom + 2)) k++;
  return k;
}

/**
 * "on enlève rien", "n'annulez rien", "rien ne bouge", "rien change": nothing of that child's changes (a regular expression
 * source, shared with the pieces that keep what is booked). ("rien que le mercredi" is "only the Wednesday".)
 */
export const NOTHING_TOUCHED = String.raw`(?:on |je )?(?:n' |ne )?(?:touche|touchez|enleve|enlevez|retire|retirez|annule|annulez|rajoute|rajoutez|ajoute|ajoutez|modifie|modifiez|bouge|bougez|change|changez) (?:a )?rien(?! que\b| qu')|rien a (?:enlever|retirer|annuler|ajouter|rajouter|modifier)|rien ne bouge|rien (?:ne )?change|ca (?:ne )?bouge pas|(?:ne )?(?:changent|changeront) rien|(?:restent|resteront) comme (?:d' habitude|d' hab|prevu)`;

/** Told unchanged, whichever the change: "Beatriz no change", "Maé n'est pas concernée", "ils viennent normal", "on garde le planning habituel". */
const UNCHANGED =
  guarded(new RegExp(String.raw`^(?:sans changement|pas de changement|(?:c' est|ca reste|tout reste) (?:pareil (?:comme avant|qu' avant|que d' habitude|comme d' habitude)|comme avant|inchangee?s?)\b|ne change pas|ca (?:ne )?change pas|ca change rien|(?:on )?(?:ne )?change rien|ne changez rien|rien a changer|${NOTHING_TOUCHED}|(?:n' est|ne sont) pas concernee?s?|(?:reste|restent|restera|resteront) (?:inchangee?s?|comme avant|comme (?:d' habitude|d' hab|prevu))|ca (?:ne )?bouge pas|(?:ne )?(?:change|changent|changera|changeront) (?:rien|pas)|(?:terminera|termine|finira|finit) (?:l' annee|l' annee scolaire)|n' (?:etait|est|etaient|sont) pas (?:inscrite?s?|concernee?s?)|(?:viennent|vient|viendront|viendra) (?:normal|normalement|comme d' habitude|comme d' hab|comme prevu)|(?:on )?(?:garde|gardent|gardons|conserve|conservent|conservons) (?:le|son|sa|ses|leur|leurs) (?:planning|rythme|reservations?|habitudes?|jours?|inscriptions?))\b`));

/** Up to `count` words from `k`, stopping before the next child named: what is said of the child before them. */
function ownWords(words: readonly string[], k: number, count: number): string {
  const next = words.indexOf('zenfant', k);
  return words.slice(k, next < 0 ? k + count : Math.min(next, k + count)).join(' ');
}

/** Told unconcerned a little further: "Ahmed-Ali, quant à lui, reste au judo et n'est pas concerné". */
const NOT_CONCERNED = guarded(/\b(?:n' est pas|ne sont pas|n' etait pas|n' etaient pas) concernee?s?\b/);

const POLITENESS_WORD = /^(?:svp|stp|merci|mrc|pls|please|s'|il|vous|te|plait|bien|beaucoup|d' avance|avance|d'|normal|normalement|comme|hab|habitude|prevu)$/;

/**
 * Children a cancellation leaves as they are: "Hugo et Léa ne restent pas mardi, Inès
 * elle reste", "Chloé ne sera pas là ; Adam, lui, reste et ira au centre".
 */
export function childrenWhoStay(prepared: string, nameAt: ReadonlyMap<number, string>): string[] {
  const words = prepared.split(' ');
  const staying: string[] = [];
  for (const [i, name] of nameAt) {
    const k = afterName(words, i);
    const after = words.slice(k + 1, k + 4).join(' ');
    const goes = /\b(?:ira|va|viendra|vient|restera) (?:au|a la|a l')/.test(words.slice(k, k + 9).join(' '));
    if (/^(?:reste|restent|restera|resteront|continue|continuent|continuera|ira|va|viendra|vient)$/.test(words[k] ?? '') && !/^(?:pas|plus|jamais)\b/.test(after) && (goes || !/^(?:a la maison|chez|avec)\b/.test(after))) staying.push(name);
    // "Apolline garde ses réservations habituelles", "Hugo garde sa place".
    else if (/^(?:garde|gardent|conserve|conservent)$/.test(words[k] ?? '') && /^(?:ses|sa|son|leurs?) (?:reservations?|places?|jours?|inscriptions?)\b/.test(after)) staying.push(name);
    // "Zoé ne viendra pas demain mais Jules oui", "Wei oui il va".
    // ("…, par contre Léa oui svp": after a contrast, or with only a politeness after it.)
    // ("Sobiesław vient pas jeudi, Maodez si. annulez juste Sobiesław": « si » answers the negation before it, that child comes.)
    else if (words[k] === 'si' && words.slice(0, i).some((word) => word === 'pas' || word === 'plus') && !/^(?:vous|tu|on|je|il|elle|possible|besoin)$/.test(words[k + 1] ?? '')) staying.push(name);
    else if (/^(?:oui|si)$/.test(words[k] ?? '') && (/^(?:mais|contre|revanche)$/.test(words[i - 1] ?? '') || words.slice(k + 1).every((word) => POLITENESS_WORD.test(word)) || /^(?:(?:il|elle|ils|elles) )?(?:y )?(?:va|vont|vient|viennent|ira|iront|viendra|reste)\b/.test(after))) staying.push(name);
    // "Ethan, lui, y va", "Wei y reste".
    else if (words[k] === 'y' && /^(?:va|vont|ira|iront|vient|viendra|reste|restera)$/.test(words[k + 1] ?? '') && !/^(?:pas|plus|jamais)$/.test(words[k + 2] ?? '')) staying.push(name);
    // ("Goulwen a la varicelle (Jildaz pas encore)": not that one.)
    else if (UNCHANGED.test(words.slice(k, k + 6).join(' ')) || NOT_CONCERNED.test(ownWords(words, k, 14)) || (words[k] === 'pas' && words[k + 1] === 'encore')) staying.push(name);
    // "Kaouther plus besoin jusqu'à vendredi, Alhassane on garde" (the booking kept; "on le garde" keeps the child at home).
    else if (words[k] === 'on' && /^(?:garde|maintient|laisse)$/.test(words[k + 1] ?? '') && words.slice(k + 2).every((word) => POLITENESS_WORD.test(word) || /^(?:tout|pareil|avant)$/.test(word))) staying.push(name);
    // "laisse Maël jeudi, annule juste Jade".
    else if (/^(?:laisse|laissez|laissons)$/.test(words[i - 1] ?? '')) staying.push(name);
  }
  return staying;
}

/**
 * Children a booking leaves out: "Louise restera avec ses grands-parents", "Alexandre on
 * skip", "Agathe aucun jour", "Inès, elle, sera chez mamie".
 */
/** "Isla, c'est sa mamie qui la prend", "Noé, son père vient le chercher": someone of the family takes that child. */
const PICKED_UP_BY_FAMILY = guarded(/^(?:c' est )?(?:sa|son|ses|leur) (?:mamie|mami|grand mere|grand pere|papi|papy|pere|mere|papa|maman|tante|oncle|nounou|grands parents) (?:qui )?(?:la|le|les) (?:prend|prendra|recupere|recuperera|garde|gardera)\b|^(?:c' est )?(?:sa|son|ses|leur) (?:mamie|mami|grand mere|grand pere|papi|papy|pere|mere|papa|maman|tante|oncle|nounou|grands parents) (?:qui )?(?:vient|viendra) (?:la|le|les) (?:chercher|recuperer)\b/);

/** "reste au judo", "continuera de rentrer avec sa grand-mère": that child goes on elsewhere (not "reste à la garderie"). */
const ELSEWHERE_AS_USUAL = guarded(/^(?:reste|restera|continue|continuera) (?:au|a la|a l'|de|d') (?!(?:garderie|centre|accueil|periscolaire|peri|cantine|etude|venir|aller|rester|etre|frequenter)\b)\S+/);

/** "Izïa a foot ces jours-là donc pas elle", "Evann a foot donc pas lui": a child busy, left out of the booking. */
const BUSY_SO_NOT_THEM = /^(?:a|ont|aura|auront|fait|font|fera|feront|est|sera) (?:\S+ ){1,5}?(?:donc |alors |du coup )?pas (?:lui|elle|eux|elles)\b/;

export function childrenLeftOut(prepared: string, nameAt: ReadonlyMap<number, string>): string[] {
  const words = prepared.split(' ');
  const out: string[] = [];
  for (const [i, name] of nameAt) {
    const k = afterName(words, i);
    const rest = words.slice(k, k + 5).join(' ');
    // ("Fanomezana, lui, je le prendrai avec moi", "Sa sœur Fortunée, je peux la prendre", "Anjarasoa elle vient pas, elle sera en colonie": not in the booking.)
    // ("Christian-Paul, quant à lui, sera en colonie", "Haritz, lui, viendra avec moi à la piscine".)
    if (/^(?:restera|reste|sera|est|part|partira|partant|ira|va) (?:avec (?:moi|nous|ses|sa|son|leur)|chez|a la maison|en vacances|en colonie|en classe verte|en camp|en stage|en sejour|en voyage)\b|^(?:viendra|vient) avec (?:moi|nous)\b/.test(rest) || /^(?:je|on|nous) (?:peux|peut|pouvons|vais|va|allons) (?:le|la|les) (?:prendre|garder)(?: (?:il|elle|avec moi|avec nous|a la maison|chez)\b|$)/.test(rest) || /^(?:je|on|nous) (?:le|la|les) (?:prendrai|prendrons|prends|garde|garderai|garderons|recupere|recupererai|recupererons) (?:avec moi|avec nous|a la maison|chez moi|chez nous|moi meme)\b/.test(rest) || /^(?:ne )?(?:vient|viendra|va|ira) pas\b/.test(rest) || /^(?:on skip|skip|aucun jour|rien|non|pas cette fois|pas besoin|pas encore|(?:je )?(?:sais|sait) pas (?:encore|trop)|jsais pas|jsp)\b/.test(rest) || PICKED_UP_BY_FAMILY.test(words.slice(k, k + 8).join(' ')) || UNCHANGED.test(words.slice(k, k + 6).join(' ')) || NOT_CONCERNED.test(ownWords(words, k, 14)) || ELSEWHERE_AS_USUAL.test(rest) || BUSY_SO_NOT_THEM.test(words.slice(k, k + 9).join(' '))) out.push(name);
  }
  return out;
}

/** "et inscris Hugo à la place", "pareil pour Inès": a request that takes what it leaves out from the previous one. */
const IN_PLACE = guarded(/\b(?:a la place|a sa place|a leur place|au lieu de|pareil|la meme chose|idem)\b/);

/** Whether a message corrects or completes the previous request rather than standing alone. */
export function leansOnPrevious(masked: string, hasOwnRequest: boolean, named: { dates: number; children: number }): boolean {
  const words = masked.split(' ').filter(Boolean).length;
  if (!hasOwnRequest && words <= 10 && CORRECTION.test(masked)) return true;
  return hasOwnRequest && IN_PLACE.test(masked) && (named.dates === 0 || named.children === 0);
}

/**
 * "aussi", "en plus": the message adds to the request rather than replacing it.
 * ("non plutôt jeudi pour Inès aussi": « plutôt » replaces; « aussi » says like the other child.)
 */
export function addsToRequest(masked: string): boolean {
  return ADD.test(masked) && !INSTEAD.test(masked);
}
const INSTEAD = guarded(/\b(?:plutot|au lieu|a la place)\b/);

/**
 * An elliptical message that completes the previous request: "et pour Hugo ?", "et
 * mercredi ?", "même chose pour Inès", "Hugo aussi", "la semaine d'après aussi". Short,
 * with no verb of its own (the caller checks the concepts), naming a child or a day.
 */
export function isFollowUp(text: string): boolean {
  // "ah et Hugo aussi", "ok et pour Inès jeudi": the interjection in front changes nothing.
  const masked = text.replace(LEADING_INTERJECTION, '');
  const words = masked.split(' ').filter(Boolean);
  if (words.length === 0 || words.length > 9) return false;
  if (!words.some((w) => w === 'zenfant' || w === 'zdate') && !/\b(?:meme chose|pareil|idem)\b/.test(masked)) return false;
  return FOLLOW_UP_SHAPE.test(masked) || (FOLLOW_UP_START.test(masked) && words.length <= 5);
}

/** "je suis la mamie de Léa et Hugo": who writes, told by the children, before the request. */
const INTRODUCED_BY = /^(?:mamie|mamy|mami|grand mere|grand pere|grand parents|papi|papy|maman|papa|mere|pere|nounou|tante|oncle|parrain|marraine|voisine?|assistante maternelle|babouchka|babushka|meme|pepe|bonne maman|bon papa|abuela|abuelo|nonna|nonno|grand tante|grand oncle|belle mere|beau pere|(?:mere|pere|tante|oncle) (?:paternelle?|maternelle?))$/;

/**
 * Children named only to say who writes ("je suis la mamie de Léa et Hugo … pour que
 * Hugo puisse rester"), when the message then speaks of one of them alone: left out.
 */
export function childrenOnlyIntroduced(prepared: string, nameAt: ReadonlyMap<number, string>): string[] {
  const words = prepared.split(' ');
  const introduced = new Set<number>();
  // A one-word name right after itself ("Widlyne Widlyne"; not the two words of "Sara-Lou").
  const saidAgain = (k: number) => words[k] === 'zenfant' && words[k - 1] === 'zenfant' && nameAt.get(k) === nameAt.get(k - 1) && !/[\s-]/.test(nameAt.get(k) ?? '');
  words.forEach((word, r) => {
    const relation = INTRODUCED_BY.test(word) || INTRODUCED_BY.test(`${words[r - 1]} ${word}`);
    if (!relation || !/^(?:de|d')$/.test(words[r + 1] ?? '')) return;
    // "la grand-mère d'Amadou et de la petite Fatou": every child of the list.
    // ("la maman de Fedner et Widlyne. Widlyne elle va pas venir": the list ends where a name is said again.)
    for (let k = r + 2; k < words.length && /^(?:zenfant|et|de|d'|la|le|petite?|grande?)$/.test(words[k]) && !saidAgain(k); k++) if (nameAt.has(k)) introduced.add(k);
  });
  // One child introduced ("le papi de Chloé") is the one spoken of; several spoken of together ("ils", "leurs") stay all.
  if (introduced.size < 2 || /\b(?:ils|elles|eux|leurs?|les enfants|les deux|les petits)\b|\bles (?:emmen|prend|gard|inscri|ramen|recuper)/.test(prepared)) return [];
  const namedAgain = new Set([...nameAt].filter(([i]) => !introduced.has(i)).map(([, name]) => name));
  if (namedAgain.size === 0) return [];
  return [...new Set([...nameAt].filter(([i]) => introduced.has(i)).map(([, name]) => name))].filter((name) => !namedAgain.has(name));
}
