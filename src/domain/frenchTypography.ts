/**
 * French typography for everything a parent reads: the one function every outgoing
 * text goes through (src/bot/outgoingRendering.ts for chat messages and cards, the
 * notices' e-mails), and the plural and elision helpers the catalogs' filler uses
 * (dialogs/messages/catalog.ts). Pure, idempotent, and careful with what must not
 * change: web addresses, e-mail addresses and clock times written with a colon.
 */

/** Narrow no-break space: before ; ! ? and inside « » (Imprimerie nationale). */
export const NNBSP = '\u202f';
/** No-break space: before :, inside phone numbers, between a number and its word. */
export const NBSP = '\u00a0';
/** Non-breaking hyphen: request numbers (D‑2026‑000123) stay on one line. */
export const NB_HYPHEN = '\u2011';

/** Any space a text may already hold, breaking or not (idempotence). */
const SPACES = '[ \\t\\u00a0\\u202f]';

/** Spans left exactly as written: web and e-mail addresses, ISO dates and times. */
const PROTECTED = /\bhttps?:\/\/[^\s<>«»]+|\bwww\.[^\s<>«»]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b\d{1,2}:\d{2}\b/g;

/** Placeholders use private-use characters, which no catalog or parent text holds. */
const mark = (index: number) => `\ue000${index}\ue001`;
const MARKED = /\ue000(\d+)\ue001/g;

/**
 * "C'est bien cela ?" → "C'est bien cela\u202f?": the spaces French typesetting wants,
 * unbreakable so that "?" or "»" never starts a line on a phone.
 * - narrow no-break space before ; ! ? (inserted when missing, "quoi?" → "quoi ?");
 * - no-break space before : when it ends a word ("Jours : …"), never in "10:30" or URLs;
 * - narrow no-break spaces inside « » (inserted when missing);
 * - French phone numbers ("01 49 76 60 00", "+33 1 49 76 60 00") held together;
 * - request numbers ("D-2026-000123") with non-breaking hyphens (`plainHyphens`: left as typed, for
 *   an e-mail a parent searches), and "n° 12" held together;
 * - a number and the word after it held together ("7 jours", "11 mars", "23 rue");
 * - "..." written as one ellipsis character.
 */
export function frenchTypography(text: string, options: { plainHyphens?: boolean } = {}): string {
  if (!text) return text;
  const kept: string[] = [];
  let out = text.replace(PROTECTED, (span) => {
    kept.push(span);
    return mark(kept.length - 1);
  });
  out = out
    .replace(/\.\.\.(?!\.)/g, '…')
    // ; ! ? : one narrow no-break space before the first of a run ("?!"), not at a line's start.
    .replace(new RegExp(`${SPACES}*([;!?]+)`, 'g'), (whole, marks: string, offset: number, all: string) =>
      offset === 0 || all[offset - 1] === '\n' || all[offset - 1] === '(' ? whole : `${NNBSP}${marks}`,
    )
    // ":" after a word or a closing mark, followed by a space or the end of a line.
    .replace(new RegExp(`(\\S)${SPACES}*:(?=${SPACES}|\\n|$)`, 'g'), (whole, before: string) => `${before}${NBSP}:`)
    .replace(new RegExp(`«${SPACES}*`, 'g'), `«${NNBSP}`)
    .replace(new RegExp(`${SPACES}*»`, 'g'), `${NNBSP}»`)
    .replace(/(\+33|\b0)[ .\u00a0]?(\d)((?:[ .\u00a0]\d\d){4})\b/g, (whole, head: string, first: string, rest: string) =>
      head === '+33' ? `+33${NBSP}${first}${rest.replace(/[ .\u00a0]/g, NBSP)}` : `0${first}${rest.replace(/[ .\u00a0]/g, NBSP)}`,
    )
    .replace(/\b([A-Z])[-\u2011](\d{4})[-\u2011](\d{4,})\b/g, options.plainHyphens ? '$1-$2-$3' : `$1${NB_HYPHEN}$2${NB_HYPHEN}$3`)
    .replace(/\bn°[ \u202f]/g, `n°${NBSP}`)
    // A number standing alone (not the end of "D-2026-000123" or "n°12b").
    .replace(/(^|[\s(«])(\d+(?:[,.]\d+)?)[ \u202f](?=[\p{L}€%])/gu, `$1$2${NBSP}`);
  return out.replace(MARKED, (whole, index: string) => kept[Number(index)]);
}

/** Undoes the spaces and hyphens above, for comparing and matching what a parent typed or copied. */
export function plainSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2011/g, '-');
}

/** French plural: 0 and 1 take the singular ("0 jour", "1 jour", "2 jours"). */
export function plural(count: number, singular: string, pluralForm: string): string {
  return Math.abs(count) < 2 ? singular : pluralForm;
}

/** Words elided before a vowel or a mute h ("de Inès" → "d'Inès", "le accueil" → "l'accueil"). */
const ELIDED = /(^|[\s(«\u00a0\u202f])(de|De|que|Que|le|Le|la|La|jusque|Jusque|lorsque|puisque|ne|Ne|je|Je|me|te|se)[ \u00a0]$/;
/** First names and nouns starting with a vowel; h is taken as mute (Hugo, l'heure, d'Hélène). */
const VOWEL_START = /^[aeiouyhàâäéèêëîïôöùûüœæAEIOUYHÀÂÄÉÈÊËÎÏÔÖÙÛÜŒÆ]/;

/**
 * Elides the word before an inserted value when French requires it: `"de "` + `"Inès"`
 * gives `"d'Inès"`. Returns the text before the value, changed or not. Used where a
 * catalog's placeholder is filled, so that "Réservations de {children}" reads right
 * whatever the name.
 */
export function elideBefore(before: string, value: string): string {
  if (!VOWEL_START.test(value)) return before;
  return before.replace(ELIDED, (whole, lead: string, word: string) =>
    // "le"/"la" before a name stay ("la Inès" is not French anyway); "le accueil" → "l'accueil".
    /^l[ae]$/i.test(word) && /^\p{Lu}/u.test(value) ? whole : `${lead}${word.slice(0, -1)}'`,
  );
}
