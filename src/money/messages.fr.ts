/** The French words of the money feature that are not in a dialog's catalog: the notice of a new quotient familial. */
export const moneyMessagesFr = {
  quotientSet: 'Le service a enregistré votre quotient familial : {quotient} (tranche {bracket}). Vos tarifs désormais : {prices}.',
  quotientPrice: '{activity} {price} {unit}',
  unitSoir: 'le soir',
  unitJournee: 'la journée',
  placeholder: '(Tarifs à confirmer par le service.)',
  requestDone: 'Votre demande n° {number} est traitée.',
};
