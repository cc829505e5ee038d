/**
 * Frequent French words (folded) the spelling corrector must accept as they are, even
 * when no training sentence holds them: "entre" must not become "centre", nor "Colombie"
 * "colonie" (countries and regions families leave for).
 */
export const COMMON_WORDS: readonly string[] = `
a au aux avec avant apres alors aussi autre autres aucun ainsi assez aujourd bien beaucoup bon bonne car ce ceci cela celle celui ces cet cette chez chaque comme comment contre dans de des depuis deja donc dont du elle elles en encore entre et etre eux fait faire faut fois hors ici il ils jamais je jour jours juste la le les leur leurs lui ma mais me meme mes moi moins mon ne ni non nos notre nous on ou oui par parce pas peu peut peux plus pour pourquoi pourtant presque puis quand que quel quelle quelles quels qui quoi sa sans se selon ses si sinon son sont sous souvent sur ta te tes toi ton toujours tous tout toute toutes tres trop tu un une vers voici voila vos votre vous vraiment
annee annees matin matinee midi soir soiree nuit heure heures minute minutes semaine semaines mois an ans jour journee journees lendemain veille week end weekend fin debut milieu prochain prochaine prochains prochaines dernier derniere derniers dernieres suivant suivante passe passee
enfant enfants fille fils garcon garcons petit petite petits petites frere soeur freres soeurs maman papa parent parents mari femme famille grand grands mere pere nounou
ecole classe maitresse maitre cantine garderie centre accueil loisirs periscolaire vacances conges ferie feries ouvert ouverte ferme fermee
malade maladie fievre absent absente absents absentes absence present presente rendez medecin hopital
pouvoir vouloir devoir aller venir rester partir prendre mettre donner savoir voir dire
veux voudrais voudrait voulons pouvez pourriez pourrait puis pourrais dois doit devons devez faudrait fallait viens vient viendra viendront venu venue reste restera resteront part pars partons sera serai serons seront etait etaient suis sommes etes ai as avons avez ont avait
merci bonjour bonsoir salut revoir svp stp plait urgent urgence probleme question aide possible impossible besoin
entre durant pendant jusqu partir compter dater
colombie bolivie colonies chine inde algerie maroc tunisie senegal mali portugal espagne italie roumanie pologne turquie haiti martinique guadeloupe reunion bretagne normandie
`
  .split(/\s+/)
  .filter(Boolean);
