/**
 * The verbs of a change asked in so many words ("mettre", "inscrire", "rajouter", "réserver",
 * "annuler", "enlever", "retirer", "supprimer", "désinscrire", "booker"), as a piece of a
 * regular expression over folded text. One list for the understanding (a change of a piece's
 * own) and the dialogs (a message that asks its own change rather than leaning on the last one).
 */
export const CHANGE_VERBS = String.raw`mett\w*|mets|met|inscri\w*|desinscri\w*|r?ajout\w*|reserv\w*|annul\w*|enlev\w*|retir\w*|supprim\w*|book\w*`;
