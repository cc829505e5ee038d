# Authoring of eval/sets/holdout-2.jsonl: a second held-out set, written
# from the contract (../shared/specs/understanding.md) before any change to the layer, with
# dates computed by the independent Python oracle of own_test_author.py.
# Run from the repository root: python3 eval/authoring/holdout2_rows.py
# Reading choices where French is loose: "dans 15 jours" = in two weeks (+14, as "quinze
# jours" means a fortnight); "la semaine d'après" = the week after the one just named;
# an open range or a recurrence with a start but no end lists no day.
exec(open('eval/authoring/own_test_author.py').read())
CT = ['Camille', 'Théo']; YIS = ['Yasmine', 'Ilyès', 'Sofiane']; AN = ['Anaïs']; JBM = ['Jean-Baptiste', 'Margaux']
KA = ['Kenza', 'Ayoub']; LME = ['Lou', 'Malo', 'Elsa']; EL = ['Éloïse']; NL = ['Noah', 'Liam']
ACH = ['Ambre', 'Côme', 'Héloïse']; MA = ['Mathéo']; SY = ['Sarah', 'Youssef']; MCL = ['Manon', 'Clément', 'Louise']

# ---------------- reserve ----------------
n = '2025-09-08T07:45'  # Mon
t("Bonjour, je voudrais inscrire Théo à l'accueil du soir jeudi et vendredi.", n, CT, 'reserve', [nxt(n, 'jeu'), nxt(n, 'ven')], ['Théo'])
t("inscrire les deux aux mercredis de septembre svp", n, CT, 'reserve', R('2025-09-09', '2025-09-30', {3}), CT)
n = '2025-09-24T21:10'  # Wed
t("Pourriez-vous inscrire Yasmine et Sofiane du 6 au 10 octobre ?", n, YIS, 'reserve', R('2025-10-06', '2025-10-10'), ['Yasmine', 'Sofiane'])
t("ilyes a la garderie le 2 octobre stp", n, YIS, 'reserve', '2025-10-02', ['Ilyès'])
t("Inscrire Sofiane à compter du 29 septembre jusqu'au 3 octobre", n, YIS, 'reserve', R('2025-09-29', '2025-10-03'), ['Sofiane'])
n = '2025-10-24T12:00'  # Fri, Toussaint holidays
t("Est-ce qu'il reste de la place pour Anaïs la semaine prochaine ? je voudrais l'inscrire", n, AN, 'reserve', nextweek(n), ['Anaïs'])
n = '2025-11-05T08:20'  # Wed
t("inscrire Jean-Baptiste les lundis et jeudis jusqu'aux vacances de Noël", n, JBM, 'reserve', R('2025-11-06', '2025-12-19', {1, 4}), ['Jean-Baptiste'])
t("margaux mercredi 12 et mercredi 19 novembre svp, merci 🙏", n, JBM, 'reserve', ['2025-11-12', '2025-11-19'], ['Margaux'])
n = '2025-11-28T18:30'  # Fri
t("mettez les 2 le 8, 9 et 10 décembre", n, KA, 'reserve', ['2025-12-08', '2025-12-09', '2025-12-10'], KA)
n = '2025-12-10T13:00'  # Wed
t("je souhaite inscrire Lou, Malo et Elsa la première semaine des vacances de Noël", n, LME, 'reserve', hol('noel', 2025, 1), LME)
n = '2025-12-23T10:00'  # Tue, Christmas holidays
t("je peux mettre Eloise demain et vendredi au centre ?", n, EL, 'reserve', ['2025-12-24', '2025-12-26'], EL)
n = '2026-01-08T07:30'  # Thu
t("Inscription de Noah et Liam tous les mercredis de janvier et février", n, NL, 'reserve', R('2026-01-09', '2026-02-28', {3}), NL)
t("Je voudrais inscrire Noah à partir du 12 jusqu'au 16 janvier", n, NL, 'reserve', R('2026-01-12', '2026-01-16'), ['Noah'])
n = '2026-01-30T16:45'  # Fri
t("Je voudrais réserver pour Côme et Héloïse pendant les vacances d'hiver du 23 au 27 février", n, ACH, 'reserve', R('2026-02-23', '2026-02-27'), ['Côme', 'Héloïse'])
n = '2026-02-16T09:00'  # Mon
t("matheo a la garderie ce soir et demain soir", n, MA, 'reserve', ['2026-02-16', '2026-02-17'], MA)
n = '2026-03-27T19:00'  # Fri, DST weekend ahead
t("inscrire Youssef à partir de lundi prochain jusqu'au 10 avril", n, SY, 'reserve', R('2026-03-30', '2026-04-10'), ['Youssef'])
t("inscrire Sarah demain", '2026-03-28T23:30:00Z', SY, 'reserve', '2026-03-30', ['Sarah'])  # 00:30 Sunday in Paris
n = '2026-03-30T08:10'  # Mon, DST week
t("réserver Manon, Clément et Louise les 20, 21 et 22 avril (vacances de printemps)", n, MCL, 'reserve', ['2026-04-20', '2026-04-21', '2026-04-22'], MCL)
n = '2026-04-15T12:30'  # Wed
t("Camille au centre toute la 2e semaine des vacances de printemps svp", n, CT, 'reserve', hol('printemps', 2026, 2), ['Camille'])
n = '2026-05-06T20:00'  # Wed
t("j'aimerais inscrire les 3 le mercredi 20 mai", n, YIS, 'reserve', '2026-05-20', YIS)
n = '2026-05-20T11:00'  # Wed
t("Bonjour, est-il possible d'inscrire Anaïs au centre de loisirs en juillet ?", n, AN, 'reserve', R('2026-07-01', '2026-07-31'), AN)
n = '2026-06-12T07:55'  # Fri
t("inscrire Jean Baptiste et Margaux du 6 au 24 juillet", n, JBM, 'reserve', R('2026-07-06', '2026-07-24'), JBM)
n = '2026-07-02T17:20'  # Thu
t("Kenza restera au centre tout le mois d'août", n, KA, 'reserve', R('2026-08-01', '2026-08-31'), ['Kenza'])
n = '2026-07-20T09:30'  # Mon, summer
t("rajouter malo jeudi et vendredi", n, LME, 'reserve', ['2026-07-23', '2026-07-24'], ['Malo'])
n = '2026-08-24T08:00'  # Mon
t("inscrire Eloïse dans 3 jours", n, EL, 'reserve', '2026-08-27', EL)
n = '2026-09-02T08:00'  # Wed
t("je voudrais inscrire Liam tous les mardis à partir du 15", n, NL, 'reserve', [], ['Liam'])
t("Noah et Liam seront au centre les mercredis 9 et 16 septembre", n, NL, 'reserve', ['2026-09-09', '2026-09-16'], NL)
n = '2026-10-21T11:00'  # Wed, Toussaint holidays, DST ahead
t("Ambre aussi la semaine prochaine svp, elle peut venir du lundi au vendredi", n, ACH, 'reserve', R('2026-10-26', '2026-10-30'), ['Ambre'])
t("Lou demain au centre svp", '2026-10-24T22:30:00Z', LME, 'reserve', '2026-10-26', ['Lou'])  # 00:30 Sunday in Paris
n = '2026-11-16T07:40'  # Mon
t("Réservez Mathéo la semaine du 14 décembre s'il vous plaît", n, MA, 'reserve', R('2026-12-14', '2026-12-18'), MA)
t("reserver matheo mercredi prochin", n, MA, 'reserve', nxt(n, 'mer'), MA)
n = '2026-12-04T22:15'  # Fri
t("slt je vx inscrir sarah ts les jrs des vacances de noel", n, SY, 'reserve', hol('noel', 2026), ['Sarah'])
n = '2027-01-11T12:00'  # Mon
t("Merci d'inscrire Louise et Clément le 20/01 et le 27/01", n, MCL, 'reserve', ['2027-01-20', '2027-01-27'], ['Louise', 'Clément'])
t("inscrire Manon dans 15 jours", n, MCL, 'reserve', '2027-01-25', ['Manon'])
n = '2027-02-03T18:00'  # Wed
t("je veux inscrire Théo du 22 février au 5 mars", n, CT, 'reserve', R('2027-02-22', '2027-03-05'), ['Théo'])
t("Camille la semaine prochaine et la semaine d'après svp, je dois l'inscrire", n, CT, 'reserve', R('2027-02-08', '2027-02-19'), ['Camille'])
n = '2027-02-24T09:15'  # Wed, winter holidays
t("Anaïs peut venir vendredi ? merci de l'inscrire", n, AN, 'reserve', '2027-02-26', AN)
n = '2027-03-25T09:00'  # Thu, Easter and DST ahead
t("inscrire tous les trois de lundi à mercredi", n, YIS, 'reserve', ['2027-03-30', '2027-03-31'], YIS)
n = '2027-04-28T14:00'  # Wed, spring holidays
t("inscrire noah le 3 mai et le 10 mai", n, NL, 'reserve', ['2027-05-03', '2027-05-10'], ['Noah'])
n = '2027-05-12T10:00'  # Wed
t("Je voudrais inscrire Ayoub en juin tous les mercredis et vendredis", n, KA, 'reserve', R('2027-06-01', '2027-06-30', {3, 5}), ['Ayoub'])
n = '2027-06-04T16:30'  # Fri
t("réserver pour Elsa et Lou la première semaine des grandes vacances", n, LME, 'reserve', hol('ete', 2027, 1), ['Elsa', 'Lou'])
n = '2027-07-08T08:00'  # Thu, summer
t("Inscription Margaux semaine du 19 juillet", n, JBM, 'reserve', R('2027-07-19', '2027-07-23'), ['Margaux'])
n = '2027-08-18T13:00'  # Wed
t("inscrire éloïse dans 2 semaines", n, EL, 'reserve', '2027-09-01', EL)
t("Eloise au centre lundi 23 et mardi 24 aout", n, EL, 'reserve', ['2027-08-23', '2027-08-24'], EL)

# ---------------- cancel ----------------
n = '2025-09-08T07:45'
t("Théo ne viendra pas mercredi, merci d'annuler", n, CT, 'cancel', nxt(n, 'mer'), ['Théo'])
n = '2025-10-27T08:30'  # Mon, DST week, Toussaint holidays
t("annulez ayoub pour aujourd'hui et demain svp il est malade", n, KA, 'cancel', ['2025-10-27', '2025-10-28'], ['Ayoub'])
n = '2025-11-05T08:20'
t("Je souhaite désinscrire Margaux du vendredi 14 novembre", n, JBM, 'cancel', '2025-11-14', ['Margaux'])
n = '2025-11-28T18:30'
t("on n'a plus besoin de la garderie pour les deux la semaine prochaine", n, KA, 'cancel', nextweek(n), KA)
n = '2025-12-10T13:00'
t("Pouvez-vous retirer Elsa des vacances de Noël ? Elle part chez sa grand-mère.", n, LME, 'cancel', hol('noel', 2025), ['Elsa'])
n = '2025-12-23T10:00'
t("annulez éloise le 29, 30 et 31 décembre", n, EL, 'cancel', ['2025-12-29', '2025-12-30', '2025-12-31'], EL)
n = '2026-01-30T16:45'
t("annuler côme lundi", n, ACH, 'cancel', nxt(n, 'lun'), ['Côme'])
n = '2026-02-25T08:45'  # Wed, winter holidays
t("Mathéo n'ira pas au centre jusqu'à la fin des vacances, vous pouvez annuler", n, MA, 'cancel', R('2026-02-25', '2026-03-06'), MA)
n = '2026-03-27T19:00'
t("désinscrire Sarah des mercredis d'avril", n, SY, 'cancel', R('2026-04-01', '2026-04-30', {3}), ['Sarah'])
n = '2026-03-30T08:10'
t("annuler les trois pour jeudi et vendredi", n, MCL, 'cancel', ['2026-04-02', '2026-04-03'], MCL)
n = '2026-04-15T12:30'
t("Camille ne sera finalement pas là du 20 au 24 avril, pouvez-vous annuler sa réservation", n, CT, 'cancel', R('2026-04-20', '2026-04-24'), ['Camille'])
n = '2026-05-20T11:00'
t("supprimer la résa d'anais du 29 mai", n, AN, 'cancel', '2026-05-29', AN)
n = '2026-06-12T07:55'
t("Plus besoin pour Jean-Baptiste tous les mardis à partir du 16 juin", n, JBM, 'cancel', [], ['Jean-Baptiste'])
n = '2026-07-20T09:30'
t("annule malo et elsa du 27 au 31 juillet stp", n, LME, 'cancel', R('2026-07-27', '2026-07-31'), ['Malo', 'Elsa'])
n = '2026-09-02T08:00'
t("Liam ne viendra pas à l'accueil du soir demain", n, NL, 'cancel', '2026-09-03', ['Liam'])
n = '2026-11-16T07:40'
t("annulation pour Mathéo du 23 au 27 novembre", n, MA, 'cancel', R('2026-11-23', '2026-11-27'), MA)
n = '2026-12-04T22:15'
t("Youssef ne sera pas là les 17 et 18 décembre, merci d'annuler", n, SY, 'cancel', ['2026-12-17', '2026-12-18'], ['Youssef'])
n = '2027-01-11T12:00'
t("merci de décommander Manon pour vendredi prochain", n, MCL, 'cancel', nxt(n, 'ven'), ['Manon'])
n = '2027-02-03T18:00'
t("je voudrais annuler pour Théo à partir du 8 jusqu'au 12 février", n, CT, 'cancel', R('2027-02-08', '2027-02-12'), ['Théo'])
n = '2027-03-25T09:00'
t("annulez tout pour Ilyès la semaine prochaine", n, YIS, 'cancel', R('2027-03-29', '2027-04-02'), ['Ilyès'])
t("Ayoub ne viendra pas mardi", '2027-03-27T23:15:00Z', KA, 'cancel', '2027-03-30', ['Ayoub'])  # 00:15 Sunday in Paris
n = '2027-04-28T14:00'
t("Noah ne viendra pas jusqu'à vendredi", n, NL, 'cancel', R('2027-04-28', '2027-04-30'), ['Noah'])
n = '2027-06-04T16:30'
t("Lou ne viendra pas cet été finalement", n, LME, 'cancel', hol('ete', 2027), ['Lou'])
t("enlevez Malo de tous les lundis et mardis de juin stp", n, LME, 'cancel', R('2027-06-04', '2027-06-30', {1, 2}), ['Malo'])

# ---------------- check ----------------
n = '2025-09-24T21:10'
t("Qu'est-ce que j'ai réservé pour Ilyès en octobre ?", n, YIS, 'check', R('2025-10-01', '2025-10-31'), ['Ilyès'])
n = '2025-10-24T12:00'
t("c'est bien noté pour anais lundi ?", n, AN, 'check', nxt(n, 'lun'), AN)
n = '2025-11-28T18:30'
t("pouvez-vous me confirmer les réservations de mes enfants pour décembre", n, KA, 'check', R('2025-12-01', '2025-12-31'), KA)
n = '2026-01-08T07:30'
t("où en est ma demande pour les vacances d'hiver ?", n, NL, 'check', hol('hiver', 2026), [])
n = '2026-02-16T09:00'
t("est-ce que Mathéo est bien inscrit cette semaine ?", n, MA, 'check', thisweek(n), MA)
n = '2026-04-15T12:30'
t("quelles sont les dates réservées pour Théo ?", n, CT, 'check', [], ['Théo'])
n = '2026-05-06T20:00'
t("Je voudrais vérifier les inscriptions des trois enfants jusqu'à fin mai", n, YIS, 'check', R('2026-05-06', '2026-05-31'), YIS)
n = '2026-07-02T17:20'
t("Kenza est-elle inscrite du 6 au 10 juillet ?", n, KA, 'check', R('2026-07-06', '2026-07-10'), ['Kenza'])
n = '2026-10-21T11:00'
t("récap des résas d'Héloïse pour la semaine prochaine svp", n, ACH, 'check', R('2026-10-26', '2026-10-30'), ['Héloïse'])
n = '2026-12-04T22:15'
t("Est ce que ma réservation pour Sarah le 16 décembre a été prise en compte ?", n, SY, 'check', '2026-12-16', ['Sarah'])
n = '2027-02-24T09:15'
t("anaïs est inscrite demain ?", n, AN, 'check', '2027-02-25', AN)
n = '2027-05-12T10:00'
t("Pouvez-vous me dire ce qui est réservé pour Ayoub pendant les vacances d'été ?", n, KA, 'check', hol('ete', 2027), ['Ayoub'])
n = '2027-08-18T13:00'
t("mes résa pour la rentrée sont validées ?", n, EL, 'check', [], [])
n = '2026-03-30T08:10'
t("Quels jours Louise est-elle inscrite en avril ?", n, MCL, 'check', R('2026-04-01', '2026-04-30'), ['Louise'])
n = '2027-01-11T12:00'
t("je vois pas la resa de clement pour mercredi, vous pouvez verifier ?", n, MCL, 'check', nxt(n, 'mer'), ['Clément'])

# ---------------- deadline ----------------
n = '2025-09-08T07:45'
t("jusqu'à quand je peux inscrire Théo pour les vacances de la Toussaint ?", n, CT, 'deadline', hol('toussaint', 2025), ['Théo'])
n = '2025-11-05T08:20'
t("Quelle est la date limite pour réserver les vacances de Noël ?", n, JBM, 'deadline', hol('noel', 2025), [])
n = '2026-01-30T16:45'
t("c quand le dernier délai pour annuler vendredi prochain ?", n, ACH, 'deadline', nxt(n, 'ven'), [])
n = '2026-05-20T11:00'
t("Combien de jours à l'avance faut-il réserver ?", n, AN, 'deadline', [], [])
n = '2026-06-12T07:55'
t("je peux encore modifier la réservation de Margaux pour lundi ?", n, JBM, 'deadline', nxt(n, 'lun'), ['Margaux'])
n = '2026-09-02T08:00'
t("avant quelle date faut il inscrire les enfants pour la Toussaint ?", n, NL, 'deadline', hol('toussaint', 2026), NL)
n = '2026-11-16T07:40'
t("jusqu'à quelle heure on peut annuler pour le lendemain ?", n, MA, 'deadline', [], [])
n = '2027-01-11T12:00'
t("Il est encore temps d'inscrire Clément pour les vacances de février ?", n, MCL, 'deadline', hol('hiver', 2027), ['Clément'])
n = '2027-04-28T14:00'
t("le délai pour annuler c'est combien de temps avant ?", n, NL, 'deadline', [], [])
n = '2027-06-04T16:30'
t("Quand est-ce que les inscriptions pour juillet ferment ?", n, LME, 'deadline', R('2027-07-01', '2027-07-31'), [])

# ---------------- absence ----------------
n = '2025-09-24T21:10'
t("Sofiane était malade lundi, je vous envoie le certificat", n, YIS, 'absence', prv(n, 'lun'), ['Sofiane'])
n = '2025-10-27T08:30'
t("Ayoub avait de la fièvre vendredi, il n'est pas venu", n, KA, 'absence', prv(n, 'ven'), ['Ayoub'])
n = '2025-12-10T13:00'
t("Malo était absent hier et avant-hier (gastro)", n, LME, 'absence', ['2025-12-09', '2025-12-08'], ['Malo'])
n = '2026-01-08T07:30'
t("Comment justifier l'absence de Liam du 5 au 7 janvier ?", n, NL, 'absence', R('2026-01-05', '2026-01-07'), ['Liam'])
n = '2026-03-30T08:10'
t("Louise a été malade toute la semaine dernière, j'ai un certificat médical", n, MCL, 'absence', R('2026-03-23', '2026-03-27'), ['Louise'])
n = '2026-05-06T20:00'
t("ilyes etait malade mardi dernier", n, YIS, 'absence', prv(n, 'mar'), ['Ilyès'])
n = '2026-06-12T07:55'
t("Margaux n'était pas là mercredi car elle avait rendez-vous chez le médecin, je dois fournir un justificatif ?", n, JBM, 'absence', prv(n, 'mer'), ['Margaux'])
n = '2026-11-16T07:40'
t("matheo etait absent le 12 novembre, voici le certificat", n, MA, 'absence', '2026-11-12', MA)
n = '2027-02-03T18:00'
t("Camille et Théo ont été malades hier, je vous transmets le certificat du pédiatre", n, CT, 'absence', '2027-02-02', CT)
n = '2027-03-25T09:00'
t("Yasmine était souffrante lundi et mardi", n, YIS, 'absence', ['2027-03-22', '2027-03-23'], ['Yasmine'])
n = '2027-05-12T10:00'
t("je signale l'absence de Kenza aujourd'hui, elle a de la fièvre", n, KA, 'absence', '2027-05-12', ['Kenza'])
n = '2026-08-24T08:00'
t("Eloïse n'est pas venue vendredi au centre, elle était malade", n, EL, 'absence', prv(n, 'ven'), EL)

# ---------------- late_request ----------------
n = '2025-10-24T12:00'
t("je sais que c'est hors délai mais est-ce que je peux quand même inscrire Anaïs lundi ?", n, AN, 'late_request', nxt(n, 'lun'), AN)
n = '2025-12-23T10:00'
t("demande exceptionnelle : garder Eloïse le 2 janvier, j'ai raté la date", n, EL, 'late_request', '2026-01-02', EL)
n = '2026-02-16T09:00'
t("Bonjour, le délai est dépassé mais j'aurais vraiment besoin d'une place pour Mathéo mercredi", n, MA, 'late_request', nxt(n, 'mer'), MA)
n = '2026-05-20T11:00'
t("est-il possible de faire une exception pour demain ? je n'ai pas pu réserver à temps", n, AN, 'late_request', '2026-05-21', [])
n = '2026-10-21T11:00'
t("Trop tard pour réserver mais Côme pourrait-il venir exceptionnellement jeudi ?", n, ACH, 'late_request', nxt(n, 'jeu'), ['Côme'])
n = '2027-01-11T12:00'
t("j'ai oublié de réserver pour les trois demain, y a-t-il une dérogation possible ?", n, MCL, 'late_request', '2027-01-12', MCL)
n = '2027-07-08T08:00'
t("urgence familiale, je dois absolument placer Margaux demain même si les inscriptions sont closes", n, JBM, 'late_request', '2027-07-09', ['Margaux'])

# ---------------- handoff ----------------
t("je voudrais parler à un conseiller svp", '2025-09-24T21:10', YIS, 'handoff')
t("Pouvez-vous me passer quelqu'un du service périscolaire ?", '2026-01-30T16:45', ACH, 'handoff')
t("un humain svp, le robot comprend rien 😡", '2026-07-20T09:30', LME, 'handoff')
t("Est-il possible d'être rappelée par un agent ?", '2026-12-04T22:15', SY, 'handoff')
t("jveux parler a une vraie personne", '2027-04-28T14:00', NL, 'handoff')
t("Je souhaiterais échanger avec un responsable au sujet de ma facture", '2027-08-18T13:00', EL, 'handoff')
t("mettez moi en relation avec quelqu'un de la mairie", '2026-05-06T20:00', YIS, 'handoff')

# ---------------- help ----------------
t("qu'est-ce que tu sais faire ?", '2025-11-05T08:20', JBM, 'help')
t("Comment on utilise ce chat ?", '2026-02-16T09:00', MA, 'help')
t("aide", '2026-09-02T08:00', NL, 'help')
t("Bonjour, je ne comprends pas comment fonctionne l'assistant", '2027-01-11T12:00', MCL, 'help')
t("tu peux faire quoi exactement ?", '2027-05-12T10:00', KA, 'help')
t("Quelles sont les commandes possibles ?", '2026-06-12T07:55', JBM, 'help')

# ---------------- faq ----------------
t("Quels sont les horaires de l'accueil du soir ?", '2025-09-08T07:45', CT, 'faq')
t("combien coûte une journée au centre de loisirs ?", '2025-11-28T18:30', KA, 'faq')
t("Comment créer mon compte famille ?", '2026-01-08T07:30', NL, 'faq')
t("je voudrais ajouter mon conjoint sur le compte, c'est possible ?", '2026-03-27T19:00', SY, 'faq')
t("Où puis-je télécharger une attestation de paiement pour les impôts ?", '2026-04-15T12:30', CT, 'faq')
t("le centre est-il ouvert le 11 novembre ?", '2025-11-05T08:20', JBM, 'faq', [], [])  # a public holiday: no opening day
t("Quel est le numéro de téléphone du service ?", '2026-10-21T11:00', ACH, 'faq')
t("Faut-il fournir un goûter pour l'accueil du soir ?", '2027-02-03T18:00', CT, 'faq')
t("les tarifs dépendent du quotient familial ?", '2027-03-25T09:00', YIS, 'faq')
t("Comment payer la facture en ligne ?", '2027-06-04T16:30', LME, 'faq')
t("Qui dois-je prévenir pour un changement d'adresse ?", '2026-08-24T08:00', EL, 'faq')
t("c'est quoi l'adresse du centre de loisirs ?", '2026-07-02T17:20', KA, 'faq')

# ---------------- smalltalk ----------------
t("Bonjour !", '2025-10-24T12:00', AN, 'smalltalk')
t("merci beaucoup, bonne journée", '2026-02-25T08:45', MA, 'smalltalk')
t("Merci 🙏🙏", '2026-05-20T11:00', AN, 'smalltalk')
t("bonsoir", '2026-12-04T22:15', SY, 'smalltalk')
t("au revoir et merci", '2027-02-24T09:15', AN, 'smalltalk')
t("super merci c'est parfait", '2027-07-08T08:00', JBM, 'smalltalk')
t("coucou", '2026-11-16T07:40', MA, 'smalltalk')

# ---------------- none ----------------
t("il fait beau aujourd'hui", '2026-04-15T12:30', CT, 'none', '2026-04-15')
t("ma voiture est en panne", '2025-12-10T13:00', LME, 'none')
t("asdfgh", '2026-09-02T08:00', NL, 'none')
t("Tu connais une bonne recette de crêpes ?", '2027-02-03T18:00', CT, 'none')
t("quel est le score du match d'hier ?", '2026-06-12T07:55', JBM, 'none', '2026-06-11')
t("je cherche un plombier sur Joinville", '2027-05-12T10:00', KA, 'none')

import collections
for i, r in enumerate(rows):
    r['id'] = 'ho2-%03d' % (i + 1)
print(len(rows), collections.Counter(r['expected']['intent'] for r in rows))
with open('eval/sets/holdout-2.jsonl', 'w') as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
