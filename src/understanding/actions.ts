/**
 * Several changes in one message: "annule Léa vendredi et inscris-la jeudi", "inscris
 * Hugo mardi et enlève Inès mercredi", "réserver mardi pour Léa et jeudi pour Hugo".
 *
 * The message is cut where clauses meet ("et", "puis", "mais", a comma, a full stop);
 * a piece that changes nothing by itself ("et jeudi", "merci") stays with its neighbour.
 * Two or more clauses make actions when they ask different changes (a cancellation and a
 * booking), or the same change for different children on different days, each clause
 * naming its own. Children and days named once apply to every action that lacks its own
 * ("inscris-la" is Léa; "annuler mardi et réserver jeudi pour Léa": Léa both times).
 */
import type { IsoDay } from '../domain/day';
import type { Action, Intent } from './types';
import type { OpenEnded } from './dates/resolveDates';
import { addDays, isoWeekday, mondayOf } from '../domain/day';
import { foldText } from './text/foldText';
import { guarded } from './text/patternGuard';
import { NOTHING_TOUCHED } from './requestEdits';
import { CHANGE_VERBS } from './text/changeVerbs';

/** Where clauses may meet, in the raw text. */
// ("les mercredis 7 et 14 octobre", "les journées du mercredi 24 et du jeudi 25 février": one list of days, not two pieces.)
const BOUNDARY = guarded(/\s*(?:,?\s*(?:et\s*,?\s*)?\b(?:par ailleurs|d['’]autre part|de plus)\b\s*,?\s*|[,;.!?]*\s*\+\s*|[,;.!?]+\s*(?:et|puis|mais|par contre|en revanche|ensuite|sinon|et puis|et aussi|ainsi que)?\s+|(?<!\b(?:puisque|car|parce que|vu que))(?!(?<=\d)\s+(?:et|and)\s+(?:(?:le|du|de|au)\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi)\s+)?\d)(?!(?<=\b(?:demain|aujourd['’]hui|ce soir))\s+et\s+(?:apr[èe]s[- ]demain|demain|le lendemain)\b)\s+(?:et|and|puis|mais|par contre|en revanche|ensuite|et puis|et aussi|et par contre|ainsi que)\s+)/gi);

const SECOND_WEEK_OF_SAME_HOLIDAYS = guarded(/\b((?:1(?:è|e)re|1re|premi(?:è|e)re) semaine (des|de la|du) (grandes vacances|vacances(?: (?:de la |de |d['’] ?)?\p{L}+)?))(.{1,60}?\b(?:mets|mettez|mettre|inscris|inscrivez|inscrire|rajoute|rajoutez|ajoute|ajoutez|réserve|reserve|réservez|reservez)\b.{0,30}?)\bla (deuxi(?:è|e)me|seconde|2e|2(?:è|e)me|derni(?:è|e)re)\b(?! semaine)/iu);

/** The pieces of a message between its clause boundaries, in order. */
export function piecesOf(text: string): string[] {
  return piecesWithBreaks(text).map(({ piece }) => piece);
}

/** A clause boundary that ends a sentence or opens a contrast (". Mais", "; par contre"), not a mere "et". */
const BREAK = guarded(/[.!?;]|\b(?:mais|par contre|en revanche)\b/i);

/** The pieces of a message, each with whether a sentence or a contrast opens before it. */
export function piecesWithBreaks(text: string): { piece: string; afterBreak: boolean; setAgainst: boolean }[] {
  const joined = text
    // "en lieu et place" is one phrase ("à la place"), not two clauses.
    .replace(/\ben lieu et place\b/gi, 'à la place')
    // "jeudi soir, le 12": the weekday and its date, one day.
    .replace(/\b(lundi|mardi|mercredi|jeudi|vendredi)((?:\s+(?:soir|matin))?)\s*,\s*(?=le\s+\d{1,2}\b)/giu, '$1$2 ')
    // "Léa le jeudi, pardon, le vendredi, et Hugo mercredi": a day taken back and the one said instead, one clause.
    // ("mardi et jeudi, euh non jeudi elle vient pas": the same after a hesitation.)
    .replace(/\s*,\s*((?:(?:ah|oh|euh|heu)\s+)?(?:non pardon|pardon|non plutôt|non plutot|plutôt|plutot|non|euh|oups|je veux dire|enfin))\s*,?\s*(?=(?:(?:pour |plutôt |plutot )?(?:le |la |les )?)?(?:lundi|mardi|mercredi|jeudi|vendredi|demain|après-demain|apres-demain|\d{1,2}\b))/giu, ' $1 ')
    // "anaïde pas lundi finalement mettez-la plutôt mardi", dictated: the day taken back, then the one asked instead.
    .replace(/\b(finalement)\s+(?=(?:mets|mettez|mettre|inscris|inscrivez|rajoute|rajoutez|ajoute|ajoutez|réserve|reserve|réservez|reservez|prends|prenez)(?:-(?:la|le|les|lui))?\b)/giu, '$1, ')
    // "et de le prévoir, à la place, le jeudi 10": « à la place » between commas is said in passing, one clause.
    .replace(/\s*,\s*(à la place|a la place|en remplacement|en échange|en echange)\s*,\s*/giu, ' $1 ')
    // Romanian « și », Vietnamese « và »: and.
    .replace(/(?<=\s)(?:și|và)(?=\s)/giu, 'et')
    // "vire-le de la 1ère semaine des vacances de printemps et mets les deux la deuxième": that week of the same holidays.
    .replace(SECOND_WEEK_OF_SAME_HOLIDAYS, (_, first: string, of: string, holidays: string, between: string, rank: string) => `${first}${between}la ${rank} semaine ${of} ${holidays}`)
    // "inscrire Tuana mardi est annuler jeudi": « est » for « et » before a verb of change (not "ce qui est réservé").
    // (Spanish « y » before a Spanish verb: "mettre Dayana mercredi y quitar vendredi".)
    .replace(/\b(?:est|e) (?=(?:(?:annul|r[ée]serv|enlev|enlèv|retir|rajout|ajout|supprim)(?:er|ez)|inscri(?:re|vez|s)|mett(?:re|ez)|mets|mete)\b)/giu, 'et ')
    .replace(/\by (?=(?:quit(?:ar|a|en)|sac(?:ar|a)|tir(?:ar|a)|poner|pon|agregar|cancelar|cancela|anular|anula|reservar|inscribir|meter|mete)\b)/giu, 'et ')
    // "(il est très fier de sa ceinture, je vous le dis en passant)": an aside in brackets is one piece.
    .replace(/\([^()]{0,200}\)/g, (aside) => aside.replace(/[,;]/g, ' '));
  const pieces: { piece: string; afterBreak: boolean; setAgainst: boolean }[] = [];
  let at = 0;
  let separator = '';
  const push = (raw: string) => {
    const piece = raw.trim();
    if (!/[\p{L}\p{N}]/u.test(piece)) return;
    pieces.push({ piece, afterBreak: BREAK.test(separator), setAgainst: /\b(?:par contre|en revanche)\b/i.test(separator) });
    separator = '';
  };
  for (const boundary of joined.matchAll(BOUNDARY)) {
    push(joined.slice(at, boundary.index));
    separator += boundary[0];
    at = boundary.index + boundary[0].length;
  }
  push(joined.slice(at));
  return pieces;
}

/** What the splitter needs to know of a piece. */
export interface PieceReading {
  /** The piece asks a change by itself (a verb or a statement: "inscris", "ne viendra pas"). */
  changes: boolean;
  intent: Intent | 'ambiguous';
  /** The change is only told ("Louise restera avec ses grands-parents"): no verb of booking or cancelling, no need. */
  told?: boolean;
  /** The only cue is the child being elsewhere ("en juillet elle est avec moi à la campagne"), the service unnamed. */
  elsewhereOnly?: boolean;
  /** A child and days with no word of a change ("Maël jeudi soir"): a booking, the usual request. */
  bare?: boolean;
  /** The piece puts a child at the service ("Hugo au centre le mercredi 16"). */
  atService?: boolean;
  dates: string[];
  children: string[];
  /** "c'est Rose qui doit y aller ce soir-là": the days of another clause, named back. */
  sameDays?: boolean;
  /** "… et mets Léa à la place": a clause that replaces what another one takes away. */
  inPlace?: boolean;
  /** "inscrivez-le le 20 à la place et Adelin aussi": the child of another clause, by a pronoun, and the children named too. */
  pronounToo?: boolean;
  /** The clause names its days without a day number ("le jeudi"). */
  weekdayOnly?: boolean;
  /** The clause tells of this very moment ("je garde les petits cet après-midi"). */
  toldOfNow?: boolean;
  /** Every child named, those left out ("Salomé non", "pas Louise") included. */
  named?: string[];
  /** "Hugo ne viendra plus le jeudi à partir du 4 janvier": days with a start and no end, asked "jusqu'à quand ?". */
  openEnded?: OpenEnded;
}

export type ReadPiece = (text: string) => PieceReading;

/**
 * A child who keeps what is booked: "Hugo reste inscrit", "rien ne change pour Inès", "le vendredi ils y vont"; "… mais les
 * autres jours non" (only the days said); "je pourrai prendre les enfants le mardi" (the family keeps that day).
 */
const STAYS = guarded(new RegExp(String.raw`\b(?:reste|restent|restera|resteront) (?:bien )?(?:inscrite?s?|prevue?s?|reservee?s?|comme prevu)\b|\b(?:ca ne change rien|ne change pas|garde sa place|gardent leur place)\b|\b(?:ne (?:l' |la |le |les )?|n' )(?:annulez|annule|annulons|enlevez|enleve|retirez|retire|supprimez|supprime) (?:surtout |donc |bien |absolument )?pas\b|\b(?:${NOTHING_TOUCHED})\b|\b(?:garde|gardez|garder|gardons|maintiens|maintenez|maintenir|maintient) (?:la|sa|les|ses|leur|leurs) (?:resas?|reservations?|inscriptions?) (?:de|du|des|d')|\b(?:vient|viennent|viendra|viendront|va|vont|ira|iront) (?:normal|normalement|comme d' habitude|comme d' hab|comme prevu|comme toujours)\b|\b(?:ira|iront|viendra|viendront) bien (?:a la |au |a l' )(?:garderie|centre|accueil|periscolaire|peri)\b(?![^?]*\?)|\b(?:lundi|mardi|mercredi|jeudi|vendredi),? (?:il|elle|ils|elles) y (?:va|vont|ira|iront)(?: bien| quand meme)?\s*$|^\s*(?:mais |et )?(?:pas )?les autres jours(?: non| pas)?\s*$|^\s*(?:(?:mais|et|alors|donc|par contre) )?(?:moi )?(?:je|on|nous) (?:pourrai|pourrais|peux|vais|pourrons|pouvons) (?:bien )?(?:les |la |le )?(?:prendre|garder|recuperer|emmener)\b(?! (?:une|des|la|sa|leur) (?:place|places|reservation)\b)`));

const isChange = (intent: PieceReading['intent']): intent is 'reserve' | 'cancel' => intent === 'reserve' || intent === 'cancel';

/** Pieces of a message that keep what is booked ("elle reste inscrite le 22 et le 23"). */
export function keepingPieces(text: string): string[] {
  // The sentence, not the clause: "elle reste inscrite le 22 et le 23" keeps both days.
  return text.split(/[.!?;]+|\b(?:mais|par contre|en revanche)\b/i).filter((sentence) => STAYS.test(foldText(sentence)));
}

/**
 * The actions of a message, or undefined when it asks one change (or none); a single
 * action when the message told a story around one request ("Louise restera avec ses
 * grands-parents"): that request's own days and children.
 */
export function actionsOf(text: string, read: ReadPiece): Action[] | undefined {
  // "Hugo reste inscrit": no change for that child, no action.
  const allParts = piecesWithBreaks(text);
  const parts = allParts.filter(({ piece }) => !STAYS.test(foldText(piece)));
  const pieces = parts.map(({ piece }) => piece);
  // "léa on enlève rien, hugo on rajoute mardi et vendredi": when pieces keep what is booked, the one change left, read alone, is the request.
  const onlyChangeLeft = (): Action[] | undefined => {
    if (parts.length === allParts.length || pieces.length === 0) return undefined;
    // (Whole clauses dropped: "Soan et Kaïs ils viennent normal" keeps Soan too.)
    const clausesLeft = text.split(/[,.!?;]+|\b(?:mais|par contre|en revanche)\b/i).filter((clause) => !STAYS.test(foldText(clause)));
    const rest = read(clausesLeft.join(', '));
    // (Only when what is kept turned the request around: otherwise the whole message tells its children better.)
    return rest.intent !== read(text).intent && rest.changes && isChange(rest.intent) && rest.dates.length > 0 && rest.children.length > 0 ? [{ intent: rest.intent, dates: rest.dates, children: rest.children }] : undefined;
  };
  if (pieces.length < 2) return onlyChangeLeft();
  // Clauses: pieces that change something, each with the neutral pieces after it.
  const clauses: string[] = [];
  /** The reading of the piece that opened each clause. */
  const openers: PieceReading[] = [];
  /** The days of the story told before each clause's opening piece. */
  const introDays: string[][] = [];
  /** The length of the story joined before each clause's opening piece (0 without one). */
  const introLength: number[] = [];
  /** Whether each clause opens set against the one before (« par contre », « en revanche »). */
  const setAgainst: boolean[] = [];
  let pending = '';
  let pendingFrom = 0;
  // "… jeudi semaine prochaine car la famille vient du Maroc": the reason asks nothing.
  // ("inscrire mes 3 pour les vacances d'hiver la 1ère semaine, et la 2e semaine seulement Hugo": a week ranked in a piece of its
  // own is a week of the holidays heading the message.)
  const headedPieces = withHeadingPeriod(pieces);
  const pieceReadings = pieces.map((piece, i) => withSameDays(piece, read(withoutReason(headedPieces[i]))));
  // "Maël jeudi soir, + Noé vendredi": children and days alone make clauses only when no piece asks a change in words
  // ("Maël fait un stage la première semaine, merci d'annuler" is one cancellation).
  const bareClauses = !pieceReadings.some((r) => r.changes);
  // "pour la semaine du 14 : Léa lundi mardi jeudi, Hugo seulement le mercredi": children and days listed, one read as a
  // booking, the others with them.
  const listsBookings = pieceReadings.some((r) => r.bare === true && r.intent === 'reserve' && r.children.length > 0 && r.dates.length > 0);
  const startsClause = (r: PieceReading, hasClause: boolean) =>
    (r.changes && isChange(r.intent)) ||
    ((hasClause || (bareClauses && r.bare === true && (r.intent === 'reserve' || (r.intent === 'none' && listsBookings)))) && r.children.length > 0 && (r.dates.length > 0 || r.sameDays === true)) ||
    // "les 3 au centre mer 16 et Hugo aussi jeu 17": children and days alone, before a booking in words, are a booking of their own.
    (r.bare === true && r.intent === 'reserve' && r.children.length > 0 && r.dates.length > 0 && pieceReadings.every((o) => !o.changes || o.intent === 'reserve')) ||
    // "Hugo au centre le mercredi 16 et annuler la garderie d'Inès le vendredi 18": a child put at the service, beside
    // a cancellation of other children on days of their own, is a booking of its own.
    (r.bare === true && r.atService === true && r.intent === 'reserve' && r.children.length > 0 && r.dates.length > 0 &&
      pieceReadings.some(
        (o, j) =>
          o.changes &&
          o.intent === 'cancel' &&
          o.dates.length > 0 &&
          !o.dates.some((day) => r.dates.includes(day)) &&
          // ("Rosette garderie soir mardi 2 + jeudi 4. Annuler mercredi 3.": the same child's other day, cancelled in a sentence of its own.)
          (o.children.length > 0 ? !o.children.some((child) => r.children.includes(child)) : parts[j].afterBreak || NO_LONGER_NEEDED.test(foldText(pieces[j]))),
      ));
  // "vire Malo et Adèle mercredi": the second child of a list continues the clause of the first.
  const continuesList = pieces.map((piece, i) => i > 0 && !pieceReadings[i].changes && endsWithName(pieces[i - 1], pieceReadings[i - 1]) && startsWithName(piece, pieceReadings[i]));
  pieces.forEach((piece, i) => {
    // ("hugo et ines au centre le mercredi 16 et lea le jeudi 17": a list of children opening the message, with its days, is a clause.)
    const listed = continuesList[i] && clauses.length === 0 && pending !== '' ? read(`${pending} et ${piece}`) : undefined;
    // (Only children and days, no word of a change: "je garde Mirella et Gabryel pendant les vacances, mais…" tells a story.)
    const reading = listed && listed.bare === true && startsClause(listed, false) ? listed : pieceReadings[i];
    // "… n'iront pas le 16 juin. Par contre Zelinda le 18, il faut la rajouter": the verb said with a pronoun, just after a child
    // and days told alone, asks their change (not one of its own).
    const lastOpener = openers[openers.length - 1];
    if (
      lastOpener !== undefined &&
      pending === '' &&
      // ("Hugo et Léa seront chez leur père du 14 au 18, vous pouvez enlever leurs réservations ?": the same change, said in words.)
      (!lastOpener.changes || (lastOpener.intent === reading.intent && THEIR_BOOKINGS_CHANGED.test(foldText(piece)))) &&
      lastOpener.children.length > 0 &&
      lastOpener.dates.length > 0 &&
      reading.changes &&
      isChange(reading.intent) &&
      reading.children.length === 0 &&
      reading.dates.length === 0 &&
      (PRONOUN_CHANGE.test(foldText(piece)) || THEIR_BOOKINGS_CHANGED.test(foldText(piece)))
    ) {
      clauses[clauses.length - 1] += ` ${piece}`;
      openers[openers.length - 1] = read(clauses[clauses.length - 1]);
      return;
    }
    if ((!continuesList[i] || reading === listed) && startsClause(reading, clauses.length > 0)) {
      // "Je vous écris pour Maëlle et Kaïs. Maëlle n'ira pas…": children only introduced before a clause naming them again are not all its children.
      const intro = pending !== '' && reading.children.length > 0 ? read(pending) : undefined;
      const introOnly = intro !== undefined && intro.dates.length === 0 && !intro.changes && reading.children.every((child) => intro.children.includes(child));
      clauses.push(pending && !introOnly ? `${pending} ${piece}` : piece);
      // ("… d'annuler. En revanche, Gilduin devra rester lundi": the contrast may be a piece of its own before the child.)
      const from = pending !== '' ? pendingFrom : i;
      setAgainst.push(parts.slice(from, i + 1).some((part) => part.setAgainst) || pieces.slice(Math.max(0, from - 1), i).some((p) => CONTRAST_ONLY.test(foldText(p)) && /\b(?:contre|revanche)\b/.test(foldText(p))));
      openers.push(reading);
      // (Only a story told in sentences of its own: "Zélie mardi 29 et mercredi 30 je voudrais l'annuler" lists the days of one change.)
      // ("… contre celui du vendredi 22. En conséquence, je vous remercie d'annuler…": the break may come before a word leading the change.)
      // (After the story's last days: "Bonsoir. Pour semaine prochaine, Lanre il vient lundi et mardi" tells no story.)
      let lastDated = -1;
      for (let j = pendingFrom; j < i; j++) if (pieceReadings[j].dates.length > 0) lastDated = j;
      const storyApart = lastDated >= 0 && parts.slice(lastDated + 1, i + 1).some((part) => part.afterBreak);
      introDays.push(pending && !introOnly && storyApart ? read(pending).dates : []);
      introLength.push(pending && !introOnly ? pending.length + 1 : 0);
      pending = '';
      return;
    }
    // "…, mais par contre Hugo, il faudra le garder": a child named just before the next
    // change belongs to it, not to the change before.
    // ("Jules, lui, restera avec moi": the echo "lui" in between is skipped.)
    let after = i + 1;
    // ("Sa soeur Inès, en revanche, ne viendra pas": so is "en revanche".)
    // ("Par contre Louis-Antoine, qui a le mal de mer, restera à la garderie jeudi": so is a relative clause about the child.)
    while (after < pieces.length && (ECHO.test(foldText(pieces[after])) || CONTRAST_ONLY.test(foldText(pieces[after])) || (pending === '' && ASIDE_ABOUT_CHILD.test(foldText(pieces[after]))))) after++;
    const next = pieceReadings[after];
    // ("… il faut annuler. Par contre, le mercredi 19 mai, il faudra les inscrire", "… enlever les deux du centre. Mais le mardi
    // d'après, le 30, ils devront rester": days said alone, once a change has its own days, belong to the change that follows.)
    const onlyDays = (r: PieceReading | undefined) => r !== undefined && r.dates.length > 0 && r.children.length === 0 && !r.changes;
    let afterDays = i + 1;
    while (afterDays < pieces.length && onlyDays(pieceReadings[afterDays])) afterDays++;
    const changeAfterDays = pieceReadings[afterDays];
    // (Read only when needed: a clause is read whole, the slowest step here.)
    // ("pourriez-vous l'inscrire ce jour-là ? Par contre le vendredi 16, vous pouvez retirer…": « ce jour-là » is a day of its own.)
    const lastClauseHasDays = () => {
      if (clauses.length === 0) return false;
      const last = clauses[clauses.length - 1];
      const reading = withSameDays(last, read(last));
      return reading.dates.length > 0 || reading.sameDays === true;
    };
    const daysLeadNext =
      onlyDays(reading) &&
      ((i > 0 && CONTRAST_ONLY.test(foldText(pieces[i - 1]))) || (pending !== '' && onlyDays(pieceReadings[i - 1])) || (parts[i].afterBreak && lastClauseHasDays())) &&
      changeAfterDays !== undefined &&
      changeAfterDays.dates.length === 0 &&
      !continuesList[afterDays] &&
      startsClause(changeAfterDays, true);
    // (A child continuing a list, « je voudrais Léa et Hugo au centre la première semaine », stays in the list's clause.)
    const leadsNext = (!continuesList[i] && reading.children.length > 0 && reading.dates.length === 0 && next !== undefined && !continuesList[after] && startsClause(next, true)) || daysLeadNext;
    // (The relative clause after a child leading the next change stays with that child.)
    if (pending !== '' && ASIDE_ABOUT_CHILD.test(foldText(piece)) && !reading.changes) pending = `${pending} ${piece}`;
    else if (clauses.length > 0 && !leadsNext) clauses[clauses.length - 1] += ` et ${piece}`;
    else {
      if (pending === '') pendingFrom = i;
      pending = pending ? `${pending} ${piece}` : piece;
    }
  });
  if (pending && clauses.length > 0) clauses[clauses.length - 1] += ` et ${pending}`;
  if (clauses.length < 2) return onlyChangeLeft();
  const clauseReadings = withHeadingPeriod(clauses).map((clause, i) => {
    const folded = foldText(clause);
    const whole = withSameDays(clause, read(clause));
    // ("et Zoé toute seule le mercredi 16 parce que Nathan a son stage", "et Talya seulement le 25, parce que le 18 elle a son
    // audition": the child and the day of the reason are not in that change.)
    const reasonless = withoutReason(clause) !== clause ? read(withoutReason(clause)) : undefined;
    const ownChildren = reasonless && whole.children.length > 1 ? reasonless.children : [];
    const ownDays = reasonless && reasonless.dates.length > 0 && reasonless.dates.length < whole.dates.length ? reasonless.dates : [];
    const reading: PieceReading = {
      ...whole,
      ...(ownChildren.length > 0 ? { children: ownChildren } : {}),
      ...(ownDays.length > 0 ? { dates: ownDays } : {}),
      // ("Gwenolé seulement le lundi 5 et le mardi 6, puisque ensuite il part en colonie": what comes after the days asked is no change of them.)
      ...(reasonless && isChange(reasonless.intent) && REASON_AFTERWARDS.test(folded) ? { intent: reasonless.intent } : {}),
      // ("enlever Zahir mercredi 17. Et à la place, mettre lui vendredi 19": « à la place » said at the end of a clause is the
      // next clause's.)
      // ("changement: jai la garde mardi au lieu de vendredi. donc inscrivez …": not in the story told before the change.)
      inPlace: (REPLACES.test(foldText(clause.slice(introLength[i] ?? 0))) && !(i < clauses.length - 1 && PLACE_AT_END.test(folded))) || (i > 0 && PLACE_AT_END.test(foldText(clauses[i - 1]))),
      pronounToo: pronounChildToo(folded),
      weekdayOnly: !/\d/.test(clause) && !RELATIVE_DAY.test(folded),
      toldOfNow: NOW_TOLD.test(folded),
    };
    // "j'ai booké Paul mardi mais c'est mercredi qu'il me faut": the story before a change does not undo it.
    const opener = openers[i];
    if (!isChange(reading.intent) && opener.changes && isChange(opener.intent) && opener.dates.length > 0) {
      return { ...reading, intent: opener.intent, changes: true, dates: opener.dates };
    }
    // "Sa séance a été déplacée au jeudi… Il faudrait donc retirer sa réservation du jeudi 12": a change that names its
    // own days does not take those of the story told before it.
    // ("… donc inscrivez thiaba et lat-dior mardi soir": the days may come with a child listed after the opening piece.)
    const ownPart = opener.changes && isChange(opener.intent) && opener.dates.length === 0 && introDays[i].length > 0 ? read(clause.slice(introLength[i])) : opener;
    if (opener.changes && isChange(opener.intent) && ownPart.dates.length > 0 && introDays[i].length > 0) {
      // ("C'est pour la semaine prochaine. Annuler Zoé le mercredi.": a week said before frames the days, it tells no story.)
      // ("j'ai inscrit Mabille le mardi 15 alors que c'était le jeudi 17 qu'il fallait. Pouvez-vous enlever le mardi …": a weekday
      // alone is the story's day of that weekday.)
      const weekdaysAlone = !/\d/.test(clause.slice(introLength[i])) ? ownPart.dates.map(isoWeekday) : [];
      const own = reading.dates.filter((day) => ownPart.dates.includes(day) || !introDays[i].includes(day) || weekdaysAlone.includes(isoWeekday(day)));
      // ("changement: jai la garde mardi au lieu de vendredi. donc inscrivez thiaba et lat-dior mardi soir": the change is the one
      // asked in words, whatever the story reads as.)
      // ("… je m'occupe d'eux, sauf le mercredi … Pourriez-vous inscrire les enfants le mercredi de la semaine prochaine ?": the
      // story's « sauf » may take out, read whole, the very day asked; the change's own days stay.)
      return { ...reading, intent: opener.intent, dates: own.length > 0 ? own : reading.dates.length > 0 ? reading.dates : ownPart.dates };
    }
    return reading;
  });
  // "…, vous pouvez enlever leurs réservations ? Et Inès aussi le mercredi 16": « aussi » with no verb of its own repeats the
  // change said before (a cancellation here, not a booking).
  clauseReadings.forEach((r, i) => {
    const folded = foldText(clauses[i]);
    const before = clauseReadings[i - 1];
    // (Only after a change said with a verb: "Ezra mercredi non. Constance mercredi oui, et vendredi aussi" books Friday.)
    const saidBefore = before !== undefined && OWN_CHANGE_VERB.test(foldText(clauses[i - 1]));
    if (saidBefore && isChange(before.intent) && isChange(r.intent) && before.intent !== r.intent && SAME_CHANGE_TOO.test(folded) && !OWN_CHANGE_VERB.test(folded)) clauseReadings[i] = { ...r, intent: before.intent };
  });
  // "annule Léa mercredi et mets Hugo à la place, Léa va au judo": the child put in place is not the one taken away, even when
  // the reason told after names that one again.
  clauseReadings.forEach((r, i) => {
    if (!r.inPlace || r.children.length < 2) return;
    const replaced = clauseReadings.slice(0, i).filter((o) => isChange(o.intent) && o.intent !== r.intent).flatMap((o) => o.children);
    const own = r.children.filter((child) => !replaced.includes(child));
    if (own.length > 0 && own.length < r.children.length) r.children = own;
  });
  // "Léa et Hugo pendant les vacances de Noël, et Inès seulement le 23 et le 24": day numbers alone, read before the days of
  // the clause before, are days of its month.
  clauseReadings.forEach((r, i) => {
    const before = [...(clauseReadings[i - 1]?.dates ?? [])].sort();
    if (before.length === 0 || r.dates.length === 0 || MONTH_NAMED.test(foldText(clauses[i])) || !r.dates.every((day) => day < before[0])) return;
    r.dates = sameNumbersInMonthOf(r.dates, before[0]) ?? r.dates;
  });
  // "…toute la première semaine des vacances, et Inès seulement le lundi et le mardi": weekdays alone, after a clause whose
  // days fall in one week, are the weekdays of that week.
  clauseReadings.forEach((r, i) => {
    const before = [...(clauseReadings[i - 1]?.dates ?? [])].sort();
    if (!r.weekdayOnly || r.dates.length === 0 || before.length < 2 || /\bsemaine|prochain|suivant|apres\b/.test(foldText(clauses[i]))) return;
    const monday = mondayOf(before[0]);
    if (mondayOf(before[before.length - 1]) !== monday || r.dates.some((day) => isoWeekday(day) > 5)) return;
    r.dates = [...new Set(r.dates.map((day) => addDays(monday, isoWeekday(day) - 1)))].sort();
  });
  // "Hugo mercredi 16 ? et aussi Inès le mercredi d'après": the first such weekday after the days of the clause before.
  clauseReadings.forEach((r, i) => {
    const after = DAY_AFTER_PREVIOUS.exec(foldText(clauses[i]));
    const before = clauseReadings[i - 1]?.dates ?? [];
    if (!after || before.length === 0 || /\d/.test(clauses[i])) return;
    const last = [...before].sort()[before.length - 1];
    r.dates = [addDays(last, ((WEEKDAY_NUMBER[after[1]] - isoWeekday(last) + 6) % 7) + 1)];
  });
  // A clause that asks no change by itself ("et Hugo jeudi") continues the one before.
  // ("annulez Tristão mardi soir. par contre Envel jeudi svp", "… Je vous serais obligé d'annuler. En revanche, Gilduin devra
  // rester lundi prochain": a child and days set against the change before ask the other one.)
  clauseReadings.forEach((r, i) => {
    if (i === 0 || (r.changes && isChange(r.intent)) || !isChange(clauseReadings[i - 1].intent)) return;
    const before = clauseReadings[i - 1].intent as 'reserve' | 'cancel';
    // (Against the last change told whole, with child and days: "… d'annuler Taïs lundi 19, et d'inscrire en revanche Ovide mardi 20".)
    const whole = clauseReadings.slice(0, i).reverse().find((o) => isChange(o.intent) && o.dates.length > 0 && o.children.length > 0);
    const opposite = setAgainst[i] && whole !== undefined && r.children.length > 0 && r.dates.length > 0 && !NEGATED_CLAUSE.test(foldText(clauses[i]));
    r.intent = opposite ? (whole.intent === 'reserve' ? 'cancel' : 'reserve') : before;
  });
  // "pour la semaine du 8 : Wassil lundi et mardi, Maryem juste le mercredi": a child and days listed first, before the
  // same kind of change for another child, is that change too.
  const firstChange = clauseReadings.find((r) => isChange(r.intent));
  if (firstChange && clauseReadings.every((r) => !isChange(r.intent) || r.intent === firstChange.intent)) {
    clauseReadings.forEach((r) => {
      if (!isChange(r.intent) && r.intent !== 'ambiguous' && r.children.length > 0 && r.dates.length > 0) r.intent = firstChange.intent;
    });
  }
  // "Timothée sera en sortie, donc enlevez-le ce jour-là": the same change said twice of the same child is one.
  // ("Je veux réserver la garderie du soir. Pour Zaineb c'est lundi et mardi, pour Ismaïl le mardi": a heading with neither
  // child nor day, before changes that have both, is theirs.)
  const headed = (r: PieceReading, i: number) =>
    i === 0 && r.dates.length === 0 && r.children.length === 0 && clauseReadings.slice(1).every((o) => o.intent === r.intent && o.children.length > 0 && o.dates.length > 0);
  const readings = clauseReadings.filter((r, i) => {
    const before = clauseReadings[i - 1];
    return !headed(r, i) && !(before && r.intent === before.intent && r.dates.length === 0 && (r.children.length === 0 || sameSet(r.children, before.children)));
  });
  if (readings.length < 2) return undefined;
  if (!readings.every((r) => isChange(r.intent))) return undefined;
  const mixed = new Set(readings.map((r) => r.intent)).size > 1;
  const ownPairs = readings.every((r) => r.children.length > 0 && r.dates.length > 0);
  if (!mixed && !ownPairs) return undefined;
  if (!mixed && readings.every((r) => sameSet(r.dates, readings[0].dates))) return undefined;
  // "pour cet été, Hugo et Anaïs en juillet": days that overlap are one request told twice, not two.
  // ("Nathan et Zoé le 16 et le 23, et Malo seulement le 23": other children, each with days of their own, are changes of their own.)
  // (Only when a later child is said to have fewer days, « seulement », « juste », « toute seule », after a clause not ending on a
  // child: "je voudrais Yanis et Sara-Lou au centre seulement le 28" is one list of children.)
  const ownChildren =
    ownPairs &&
    readings.length === clauseReadings.filter((r, i) => !headed(r, i)).length &&
    // ("…, enlevez leurs réservations. Et Inès aussi le mercredi 16": so is a child said « aussi » with days of its own.)
    clauses.every((clause, i) => i === 0 || headed(clauseReadings[i - 1], i - 1) || ((ONLY_THESE_DAYS.test(foldText(clause)) || SAME_CHANGE_TOO.test(foldText(clause))) && !endsWithName(clauses[i - 1], clauseReadings[i - 1]))) &&
    readings.every((r, i) => readings.every((o, j) => j <= i || !o.children.some((child) => r.children.includes(child))));
  if (!mixed && !ownChildren && readings.some((r, i) => readings.some((o, j) => j > i && r.dates.some((day) => o.dates.includes(day))))) return undefined;
  const actions = readings.map((r, i) => ({
    intent: r.intent as Intent,
    // (An open habit borrows no days: the dialog asks until when.)
    dates: r.dates.length > 0 || r.openEnded ? r.dates : borrowed(readings, i, 'dates'),
    // "enlève-le et mets Léa à la place": the child put in place of another is not the one taken away.
    // ("… mais inscrivez-le le mercredi 20 à la place et Adelin aussi le 20": the child of the clause before, and Adelin.)
    children:
      r.children.length > 0
        ? r.pronounToo
          ? [...new Set([...borrowed(readings.map((o) => (o === r ? { ...o, children: [] } : o)), i, 'children'), ...r.children])]
          : r.children
        : borrowed(readings.map((o) => (o.inPlace ? { ...o, children: [] } : o)), i, 'children'),
    ...(r.openEnded ? { openEnded: r.openEnded } : {}),
  }));
  // "Hugo reste avec moi ce week-end, mais pourriez-vous le garder mardi ?": a clause with
  // no day of its own that would undo the other on its very days is the story, not a request.
  const told = actions.filter(
    (a, i) =>
      readings[i].dates.length === 0 &&
      !readings[i].sameDays &&
      actions.some((o, j) => j !== i && o.intent !== a.intent && o.dates.length > 0 && sameSet(o.dates, a.dates) && o.children.some((c) => a.children.includes(c))),
  );
  // "Raphaël sera chez moi le 23 mais par contre il faudra l'inscrire le 28 et le 29": a child away on days of their own,
  // none of which the other changes of that child touch, is a cancellation of those days, not the story of the others.
  // (The child named in that clause: "…lundi et mardi prochains son stage est annulé" tells why, it cancels nothing.)
  const ownDaysAway = (a: Action, i: number) =>
    readings[i].dates.length > 0 &&
    readings[i].children.length > 0 &&
    actions.every((o, j) => j === i || o.intent === a.intent || (o.children.some((c) => a.children.includes(c)) && !o.dates.some((day) => a.dates.includes(day))));
  // "…pour Zoé et Gabriel du 28 au 31. Louise restera avec ses grands-parents.": a clause that only tells,
  // with no day of its own, beside a request of the other direction, is the story of that request.
  // ("Je garde les petits cet après-midi… il faudrait que Maïeul reste à la garderie vendredi": what the family does right now
  // is the story of the request for another day.)
  const story = actions.filter(
    (a, i) =>
      readings[i].told === true &&
      ((readings[i].dates.length === 0 && !readings[i].sameDays && !readings[i].openEnded) ||
        (readings[i].elsewhereOnly === true && !ownDaysAway(a, i)) ||
        (readings[i].toldOfNow === true && a.dates.length === 1 && actions.some((o, j) => j !== i && o.dates.length > 0 && !o.dates.includes(a.dates[0])))) &&
      actions.some((o, j) => o.intent !== a.intent && readings[j].told !== true),
  );
  // "c'est mercredi qu'il me faut. Tu peux enlever mardi et mettre mercredi ?": a change said again later is asked there.
  const repeated = actions.filter((a, i) => actions.some((o, j) => j > i && o.intent === a.intent && sameSet(o.dates, a.dates) && (o.children.length === 0 || a.children.length === 0 || sameSet(o.children, a.children))));
  // "J'avais dit que Noah irait à la garderie jeudi… Pourriez-vous enlever le jeudi ?": what was told of a day later undone in words is the story.
  const undone = actions.filter(
    (a, i) =>
      readings[i].told === true &&
      // ("Sandro suivant désormais une activité le mardi soir, merci d'annuler tous les mardis de mai": the day told is among those undone.)
      // ("Nathan faisant du foot le jeudi, merci d'annuler ses jeudis de janvier": a habit told of the weekday undone.)
      actions.some(
        (o, j) =>
          j > i &&
          o.intent !== a.intent &&
          readings[j].told !== true &&
          a.dates.length > 0 &&
          (a.dates.every((day) => o.dates.includes(day)) || (readings[i].weekdayOnly === true && a.dates.every((day) => o.dates.some((other) => isoWeekday(other) === isoWeekday(day))))) &&
          (o.children.length === 0 || o.children.some((c) => a.children.includes(c))),
      ),
  );
  // ("le petit devait venir jeudi, mais finalement ce sera vendredi. Il faut donc l'enlever du jeudi et le mettre le vendredi":
  // a story whose every day is asked again later, in words, is told, not asked.)
  const retold = actions.filter(
    (a, i) =>
      readings[i].told === true &&
      a.dates.length > 0 &&
      a.dates.every((day) => actions.some((o, j) => j > i && readings[j].told !== true && o.dates.includes(day) && (o.children.length === 0 || o.children.some((c) => a.children.includes(c))))),
  );
  const asked = actions.filter((a) => !told.includes(a) && !story.includes(a) && !repeated.includes(a) && !undone.includes(a) && !retold.includes(a));
  // "annule mercredi pour Hugo et mets le jeudi à la place": the weekday put in place falls in the week of the day taken away.
  asked.forEach((a, i) => {
    const reading = readings[actions.indexOf(a)];
    // ("à partir de février Léa n'ira plus le vendredi, mettez-la le mardi à la place": the weekday put in place of an open
    // habit is a habit from the same day, until the same end.)
    const habit = asked.find((o, j) => j !== i && o.intent !== a.intent && o.openEnded !== undefined)?.openEnded;
    if (reading?.inPlace && reading.weekdayOnly && habit && a.dates.length > 0 && !a.openEnded) {
      a.openEnded = { weekdays: [...new Set(a.dates.map(isoWeekday))], from: habit.from };
      a.dates = [];
      return;
    }
    const other = asked.find((o, j) => j !== i && o.intent !== a.intent && o.dates.length === 1);
    if (!reading?.inPlace || !reading.weekdayOnly || a.dates.length !== 1 || !other) return;
    // ("annuler vendredi et l'inscrire lundi à la place": a Monday of that week already past is the next Monday, as read.)
    const inWeek = addDays(mondayOf(other.dates[0]), isoWeekday(a.dates[0]) - 1);
    if (inWeek > a.dates[0]) a.dates = [inWeek];
  });
  // What remains once the story is left out is one request: its own days and children.
  if (story.length > 0 && asked.length === 1) return asked;
  if (asked.length < 2) return undefined;
  if (story.length > 0 && new Set(asked.map((a) => a.intent)).size === 1) return undefined;
  return asked;
}

/**
 * Day numbers read in the wrong month, moved to the month of `first` ("… le 23 et le 24" after days of December): none
 * before `first`, each a real day; undefined when they cannot all be.
 */
export function sameNumbersInMonthOf(days: readonly IsoDay[], first: IsoDay): IsoDay[] | undefined {
  const moved = days.map((day) => `${first.slice(0, 7)}-${day.slice(8, 10)}`);
  return moved.every((day) => new Date(`${day}T12:00:00Z`).toISOString().slice(0, 10) === day && day >= first) ? moved : undefined;
}

/** A month or a relative day named ("le 23 décembre", "demain"): the days are not day numbers alone. */
const MONTH_NAMED = guarded(/\b(?:janv\w*|fevr?\w*|mars|avril|avr|mai|juin|juil\w*|aout|sept\w*|oct\w*|nov\w*|dec\w*|demain|aujourd|semaine|lundi|mardi|mercredi|jeudi|vendredi)\b|\d\/\d/);

/** A clause that says no: "par contre Hugo non plus", "en revanche il ne viendra pas". */
const NEGATED_CLAUSE = /\b(?:ne|n'|non|pas|plus|jamais|aucun\w*)\b/;

/** A child's days said to be fewer than the others': "et Malo seulement le 23", "Kenji juste demain", "et Zoé toute seule mercredi". */
// ("ainsi que Goustan pour les seules journées du mercredi 24 et du jeudi 25": so do « les seules journées ».)
const ONLY_THESE_DAYS = guarded(/\b(?:seulement|juste|uniquement|toute? seule?s?|(?:les|la|le) seule?s? (?:journees?|jours?|soirs?|soirees?|mercredis?|dates?))\b/);

/** "Inès aussi", "pareil pour Hugo": the change before, for another child or day. */
const SAME_CHANGE_TOO = guarded(/\b(?:aussi|egalement|pareil|idem|de meme)\b/);
/** A verb of change of the piece's own. */
// ("et qu'il vienne par contre le lundi jusqu'aux vacances aussi": a verb of coming is a change of its own.)
const OWN_CHANGE_VERB = guarded(new RegExp(String.raw`\b(?:${CHANGE_VERBS}|garde\w*|prend\w*|vien\w*|aill\w*|ira|iront|va|vont|rest\w*|soit|soient|sera|seront)\b|\b(?:ne|n') \S+ (?:pas|plus)\b`));

/** A verb of change on a pronoun: "il faut la rajouter", "enlevez-le". */
const PRONOUN_CHANGE = guarded(
  /\b(?:la|le|les|l')\s*(?:rajouter|ajouter|inscrire|mettre|remettre|reserver|annuler|enlever|retirer|desinscrire)\b|\b(?:rajoutez|ajoutez|inscrivez|mettez|remettez|reservez|annulez|enlevez|retirez|desinscrivez|rajoute|ajoute|inscris|mets|remets|reserve|annule|enleve|retire)[- ](?:la|le|les)\b/,
);
/** "vous pouvez enlever leurs réservations": their bookings changed, the children and days said before. */
const THEIR_BOOKINGS_CHANGED = guarded(/\b(?:enlever|annuler|retirer|supprimer|liberer|enlevez|annulez|retirez|supprimez|liberez)\s+(?:leurs|ses)\s+(?:reservations|resas|inscriptions|places)\b/);

/** A piece that only marks a contrast or a sequel. */
const CONTRAST_ONLY = /^(?:par contre|en revanche|mais|sinon|ensuite|puis|et puis)$/;

const REPLACES = guarded(/\b(?:a la place|a sa place|a leur place|au lieu)\b/);
const PLACE_AT_END = guarded(/\ba (?:la|sa|leur) place$/);

/**
 * "Il y a du changement pour la semaine prochaine : Mbathio ne restera pas mercredi…, mais il faudrait que Fodéba
 * reste vendredi soir": the week said before the first change heads the weekdays of the changes after it; holidays
 * said before it head the weeks ranked after it.
 */
export function withHeadingPeriod(parts: readonly string[]): string[] {
  const heading = HEADING_WEEK.exec(foldText(parts[0] ?? ''));
  // "pour les vacances de Pâques, Orianne ira au centre la première semaine. Par contre Ancelin, enlevez-le de la deuxième
  // semaine": a week ranked later is a week of the holidays heading the message, when the first change ranks its week too.
  // ("Mehdi devait partir … pendant les vacances de Noël, mais … Mehdi viendra toute la deuxième semaine" is one booking.)
  const holidays = RANKED_WEEK.test(foldText(parts[0] ?? '')) ? HEADING_HOLIDAYS.exec(foldText(parts[0] ?? '')) : null;
  if (!heading && holidays) return parts.map((part, i) => (i > 0 && RANKED_WEEK.test(foldText(part)) && !/\bvacances\b/.test(foldText(part)) ? `${part} des ${holidays[1]}` : part));
  if (!heading) return [...parts];
  return parts.map((part, i) => {
    const folded = foldText(part);
    const weekdaysOnly = i > 0 && WEEKDAY.test(folded) && !/\d/.test(part) && !RELATIVE_DAY.test(folded) && !/\bsemaines?\b/.test(folded);
    return weekdaysOnly ? `${part} ${heading[1]}` : part;
  });
}

/** A week said before any day, heading a message: "du changement pour la semaine prochaine : …" ("la semaine prochain", "la sem pro"). */
const HEADING_WEEK = guarded(/^(?:(?!\b(?:lundi|mardi|mercredi|jeudi|vendredi|demain|aujourd' hui)\b)[^])*?\b(la semaine (?:apres|d' apres) la semaine pro(?:chaine?)?|(?:la )?sem(?:aine)? pro(?:chaine?)?|la semaine du \d{1,2}(?: (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre))?)\b/);
/** Holidays named before any day, heading a message: "pour les vacances de Pâques, …". */
const HEADING_HOLIDAYS = guarded(/^(?:(?!\b(?:lundi|mardi|mercredi|jeudi|vendredi|demain|aujourd' hui|semaine)\b)[^])*?\b(?:les |des |ces )(vacances (?:de |d' )(?:paques|noel|printemps|hiver|la toussaint|toussaint|fevrier|ete|automne)|grandes vacances)\b/);
/** "la deuxième semaine", "la 1ère semaine": a week ranked. */
const RANKED_WEEK = guarded(/\b(?:premiere|deuxieme|seconde|troisieme|derniere|1ere|1re|2e|2eme|3e|3eme) semaine\b/);
/** ("chakir mer seulement": a weekday cut short, ending its clause.) */
const WEEKDAY = guarded(/\b(?:lundi|mardi|mercredi|jeudi|vendredi)\b|\b(?:lun|mar|mer|jeu|ven)\b(?=\s*(?:\+|,|$|seulement\b|uniquement\b|soir\b))/);

/** This very moment: "cet après-midi", "ce matin", "en ce moment". */
const NOW_TOLD = guarded(/\b(?:cet apres midi|ce matin|ce midi|en ce moment)\b/);

/** A day told from today ("après-demain"), not by its weekday. */
const RELATIVE_DAY = guarded(/\b(?:apres demain|demain|aujourd' ?hui|ce soir|ce matin)\b/);

/** The word is one of the children the piece names. */
function isNamedChild(word: string | undefined, reading: PieceReading): boolean {
  // ("lat-dior mardi soir": a hyphenated name is one word here, two once folded.)
  return word !== undefined && (reading.named ?? reading.children).some((child) => foldText(child) === foldText(word) || foldText(child).split(' ').includes(foldText(word)));
}

/** The piece ends with one of the children it names ("… pour Maël", "vire Malo"): a list of children may go on. */
const endsWithName = (piece: string, reading: PieceReading) => isNamedChild(/[\p{L}-]+$/u.exec(piece.trim())?.[0], reading);

/** The piece starts with one of the children it names ("Adèle mercredi" after "vire Malo", "de Siaka" after "la réservation d'Idrissa", "la Loriane" after "le Zéphirin"). */
const startsWithName = (piece: string, reading: PieceReading) => isNamedChild(/^(?:(?:de|pour|la|le)\s+|[dl]['’]\s*)?([\p{L}-]+)/iu.exec(piece.trim())?.[1], reading);

/** A pronoun echoing the child just named: "Jules, lui, …". */
const ECHO = /^(?:lui|elle|eux|elles|lui aussi|elle aussi)$/;
/** "qui a le mal de mer", "qui s'est mis au judo": a relative clause about the child just named. */
const ASIDE_ABOUT_CHILD = /^qui\s(?!(?:est|sont)\s+(?:inscrite?s?|reservee?s?)\b)/;

/** "le mercredi d'après", said in a clause of its own. */
const DAY_AFTER_PREVIOUS = guarded(/\ble (lundi|mardi|mercredi|jeudi|vendredi) (?:d' ?apres|suivant|qui suit)\b/);
const WEEKDAY_NUMBER: Readonly<Record<string, number>> = { lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5 };

const SAME_DAYS = guarded(/\b(?:ce|cette) (?:soir|jour|matin|journee|apres midi) la\b/);

/** A piece that names no day of its own but one said elsewhere ("ce jour-là"). */
function withSameDays(piece: string, reading: PieceReading): PieceReading {
  const folded = foldText(piece);
  // ("…la première semaine des vacances d'hiver… Pouvez-vous les enlever de cette semaine-là ?": the week said before, not this one.)
  if (SAME_WEEK.test(folded) && !WEEKDAY.test(folded) && !/\d/.test(folded)) return { ...reading, dates: [], sameDays: true };
  return reading.dates.length === 0 && SAME_DAYS.test(folded) ? { ...reading, sameDays: true } : reading;
}
const SAME_WEEK = guarded(/\bcette semaine la\b/);

/** A piece without the reason given after it ("car …", "parce que …", "vu que …"). */
/** A verb of change whose object is a pronoun: "inscrivez-le", "mets-la", "le mettre". */
const PRONOUN_OBJECT = /\b(?:inscri\w*|mets|mettez|reserv\w*|rajout\w*|ajout\w*|prenez|prends|gardez) (?:le|la)\b|\b(?:le|la) (?:inscrire|mettre|reserver|rajouter|ajouter|prendre|garder)\b/;

/** "inscrivez-le le 20 et Adelin aussi" (folded): the child of the pronoun, another clause's, and the children named too. */
export function pronounChildToo(folded: string): boolean {
  return PRONOUN_OBJECT.test(folded) && /\baussi\b/.test(folded);
}

/** A reason about what comes after the days asked: "puisque ensuite il part en colonie". */
const REASON_AFTERWARDS = /\b(?:car|parce qu' ?e?|parce que|puisqu' ?e?|puisque|vu que) ?(?:ensuite|apres|apres ca|apres cela|le reste du temps|les autres jours)\b/;

function withoutReason(piece: string): string {
  return piece.replace(/\s*,?\s*\b(?:car|parce que|parce qu['’]|puisque|puisqu['’]|vu que|étant donné que)(?:\s|$).*$/isu, '');
}

/** The nearest other clause's days or children: the one before, else the one after. */
function borrowed(readings: readonly PieceReading[], index: number, field: 'dates' | 'children'): string[] {
  for (let i = index - 1; i >= 0; i--) if (readings[i][field].length > 0) return readings[i][field];
  for (let i = index + 1; i < readings.length; i++) if (readings[i][field].length > 0) return readings[i][field];
  return [];
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** A child answered no or yes without a verb: "Salomé non", "pas Louise", "Inès oui". */
/** "et du coup plus besoin lundi": a day no longer needed, a cancellation of its own beside a day asked. */
// ("pas besoin de me rappeler lundi" is no day given up.)
const NO_LONGER_NEEDED = guarded(/^(?:et )?(?:du coup |donc |par contre |en revanche )?(?:plus besoin|pas besoin)(?! d(?:e |' ?)(?!(?:la )?(?:garderie|centre|accueil|periscolaire)\b))\b/);
const ONLY_THIS_CHILD = guarded(/\b(?:seulement|uniquement|juste) (?:pour )?(?:elle|lui)\b(?: hein)?,? (?:et )?(?:pas|non|mais pas)\b/);
const BARE_NO = guarded(/(?:^|\s)(?:non|pas|plus)(?:\s|$)/i);
const BARE_YES = guarded(/(?:^|\s)(?:oui|aussi|si)(?:\s|$)/i);

/**
 * Children told apart in one message, one booked and another taken away: "Ibrahim lundi
 * au centre, Salomé non, elle reste avec moi, tu l'enlèves ?", "Sacha vient jeudi, mais pas
 * Louise, elle n'en a plus besoin", "pas la garderie pour Iris vendredi, mais pour Amir".
 * The message is cut where another child is named; each part's change is its own, its
 * days its own or the other part's. Undefined unless one part books and another cancels.
 */
export function childContrastOf(text: string, read: ReadPiece): Action[] | undefined {
  const pieces = piecesOf(text).filter((piece) => !STAYS.test(foldText(piece)));
  const parts: { text: string; children: string[] }[] = [];
  let pending = '';
  for (const piece of pieces) {
    const reading = read(piece);
    const joined = pending ? `${pending} et ${piece}` : piece;
    const named = reading.named ?? reading.children;
    // "Raphaël et Gabriel au centre", "mes petits-enfants Maël, Anaïs et Noé": a list of children goes on.
    if (endsWithName(piece, reading)) {
      pending = joined;
      continue;
    }
    const children = named.length > 0 || pending ? (read(joined).named ?? []) : [];
    pending = '';
    const last = parts[parts.length - 1];
    if (!last || (children.length > 0 && !children.some((c) => last.children.includes(c)) && last.children.length > 0)) parts.push({ text: joined, children });
    else {
      last.text += `, ${joined}`;
      if (last.children.length === 0) last.children = children;
    }
  }
  if (pending) return undefined;
  if (parts.length !== 2 || parts.some((p) => p.children.length === 0)) return undefined;
  const readings = withHeadingPeriod(parts.map((p) => p.text)).map((said) => read(said));
  // "Salomé non", "pas Louise", "Fatoumata oui": a child answered yes or no beside the other.
  const marked = parts.map((p) => p.children.some((child) => answeredAbout(foldText(p.text), foldText(child))));
  // "pas de garderie pour elle vendredi, seulement elle hein, pas Télio": the other child is left out of the change, not given the opposite one.
  if (parts.some((p, i) => marked[i] && ONLY_THIS_CHILD.test(foldText(p.text)))) return undefined;
  const direction = readings.map((r, i) => {
    const bareAnswer = marked[i] && r.told !== false ? (BARE_NO.test(foldText(parts[i].text)) ? 'not' : BARE_YES.test(foldText(parts[i].text)) ? 'same' : undefined) : undefined;
    return bareAnswer ?? (isChange(r.intent) ? r.intent : undefined);
  });
  const opposite = (d: string | undefined) => (d === 'reserve' ? 'cancel' : d === 'cancel' ? 'reserve' : d === 'same' ? 'cancel' : d === 'not' ? 'reserve' : undefined);
  const intents = direction.map((d, i) => {
    const other = direction[1 - i];
    // "Tiago reste pas au centre, son père le prend. Par contre Mia oui, faut la rajouter": a part read
    // as either change, beside a part that asks one, is the other change.
    if (d === undefined && readings[i].intent === 'ambiguous' && isChange(other as PieceReading['intent'])) return opposite(other);
    return d === 'not' ? opposite(other) : d === 'same' ? (isChange(other as PieceReading['intent']) ? other : opposite(other)) : d;
  });
  if (!intents.every((d) => d === 'reserve' || d === 'cancel') || intents[0] === intents[1]) return undefined;
  if (readings.every((r) => r.dates.length === 0)) return undefined;
  // "ibrahim lundi et salomé mardi, annulez les 2 jours": a child and days alone book only beside a child said no to.
  // (A part that is itself the yes or no, « Inès pas », is no such child.)
  if (readings.some((r, i) => r.bare === true && !marked[i] && !marked[1 - i] && readings[1 - i].elsewhereOnly !== true)) return undefined;
  // A part that only tells ("Hugo, lui, reste à la garderie", "Jade est chez sa mamie") asks nothing of its own:
  // beside a request it is that request's story; beside another story, nothing is read here.
  const requests = readings.map((r) => marked.some(Boolean) || r.told === false || r.bare === true);
  if (!requests.some(Boolean)) return undefined;
  // "Louise ne pourra pas aller à la garderie mardi. Jules, il faudrait l'y mettre": a part told with its own days stays a change.
  const asks = requests.map((asked, i) => asked || readings[i].dates.length > 0);
  return readings
    .map((r, i) => ({
      intent: intents[i] as Intent,
      dates: r.dates.length > 0 ? r.dates : readings[1 - i].dates,
      children: parts[i].children,
    }))
    .filter((_, i) => asks[i]);
}

/** "salome non", "pas louise", "fatoumata oui": the child answered with a bare yes or no. */
function answeredAbout(folded: string, child: string): boolean {
  const name = child.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b(?:pas|non|mais pas) ${name}\\b|\\b${name},? (?:non|pas|oui|si)\\b`).test(folded);
}

