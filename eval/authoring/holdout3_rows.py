# Authoring of eval/sets/holdout-3.jsonl: a third held-out set, written
# from the contract (../shared/specs/understanding.md) before the intent work of this round
# (out-of-vocabulary rule, check/help/faq/absence phrasings), with dates computed by the
# independent Python oracle of own_test_author.py. A good share of none/help/faq/check and
# of phone French. Bare names and bare days are `none` (the dialog uses them as answers).
# Run from the repository root: python3 eval/authoring/holdout3_rows.py
exec(open('eval/authoring/own_test_author.py').read())
LR = ['Lina', 'Rayan']; AGJ = ['Alice', 'Gabriel', 'Jules']; M = ['Mila']; EL = ['Ethan', 'Lola']; SNT = ['Sacha', 'Nina', 'Timothée']
n1 = '2026-01-12T08:15'  # Mon
n2 = '2026-03-04T19:40'  # Wed
n3 = '2026-05-22T07:50'  # Fri, Pentecost Monday ahead
n4 = '2026-06-16T12:00'  # Tue
n5 = '2026-09-09T17:30'  # Wed
n6 = '2026-10-01T21:00'  # Thu
n7 = '2026-11-24T08:00'  # Tue
n8 = '2027-01-06T13:00'  # Wed
n9 = '2027-03-11T18:20'  # Thu
n10 = '2027-06-01T09:00'  # Tue

# ---------------- reserve ----------------
t("bjr je voudrais mettre rayan a la garderie mardi et jeudi soir", n1, LR, 'reserve', [nxt(n1, 'mar'), nxt(n1, 'jeu')], ['Rayan'])
t("Lina au centre mercredi prochain svp", n1, LR, 'reserve', nxt(n1, 'mer'), ['Lina'])
t("Pouvez vous réserver l'accueil du matin pour Jules du 9 au 13 mars", n2, AGJ, 'reserve', R('2026-03-09', '2026-03-13'), ['Jules'])
t("inscription des 3 pour les vacances de printemps", n2, AGJ, 'reserve', hol('printemps', 2026), AGJ)
t("est ce que vous pouvez prendre mila mardi prochain, je travaille tard", n3, M, 'reserve', nxt(n3, 'mar'), M)
t("jaimerai inscrire mila tout les mercredi de juin", n3, M, 'reserve', R('2026-06-01', '2026-06-30', {3}), M)
t("Ethan et Lola au centre de loisirs du 6 au 10 juillet", n4, EL, 'reserve', R('2026-07-06', '2026-07-10'), EL)
t("il me faut une place pour Lola demain soir à la garderie", n5, EL, 'reserve', plus(n5, 1), ['Lola'])
t("rajoutez nina vendredi svp", n6, SNT, 'reserve', nxt(n6, 'ven'), ['Nina'])
t("je souhaiterais inscrire mes enfants la 1ere semaine des vacances de la Toussaint", n6, SNT, 'reserve', hol('toussaint', 2026, 1), SNT)
t("reservation pour rayan lundi 30 novembre et mardi 1er decembre", n7, LR, 'reserve', ['2026-11-30', '2026-12-01'], ['Rayan'])
t("Gabriel aura besoin de la garderie jeudi et vendredi", n8, AGJ, 'reserve', [nxt(n8, 'jeu'), nxt(n8, 'ven')], ['Gabriel'])
t("mila du 15 au 19 mars au periscolaire merci", n9, M, 'reserve', R('2027-03-15', '2027-03-19'), M)
t("Je voudrais inscrire Timothée et Sacha au centre tout le mois de juillet", n10, SNT, 'reserve', R('2027-07-01', '2027-07-31'), ['Timothée', 'Sacha'])
t("est-ce possible d'avoir une place pour sacha le mercredi 9 juin ?", n10, SNT, 'reserve', '2027-06-09', ['Sacha'])

# ---------------- cancel ----------------
t("annulez la garderie de Lina demain svp", n1, LR, 'cancel', plus(n1, 1), ['Lina'])
t("rayan ne vient pas jeudi finalement", n1, LR, 'cancel', nxt(n1, 'jeu'), ['Rayan'])
t("je veux désinscrire alice de mercredi prochain", n2, AGJ, 'cancel', nxt(n2, 'mer'), ['Alice'])
t("Jules sera absent vendredi, on part en week-end", n2, AGJ, 'cancel', nxt(n2, 'ven'), ['Jules'])
t("supprimez la reservation de mila du 26 mai", n3, M, 'cancel', '2026-05-26', M)
t("Finalement on n'aura pas besoin du centre pour Ethan et Lola en juillet", n4, EL, 'cancel', R('2026-07-01', '2026-07-31'), EL)
t("annulation garderie ce soir pour les deux", n5, EL, 'cancel', plus(n5, 0), EL)
t("je retire nina des mercredis d'octobre", n6, SNT, 'cancel', R('2026-10-01', '2026-10-31', {3}), ['Nina'])
t("merci d'annuler toutes les resas de rayan la semaine prochaine", n7, LR, 'cancel', nextweek(n7), ['Rayan'])
t("les trois enfants ne viendront pas demain, annulez svp", n8, AGJ, 'cancel', plus(n8, 1), AGJ)
t("pas de centre pour mila mercredi prochain, elle va chez sa mamie", n9, M, 'cancel', nxt(n9, 'mer'), M)
t("Annuler Timothée du 7 au 11 juin", n10, SNT, 'cancel', R('2027-06-07', '2027-06-11'), ['Timothée'])
t("enlevez sacha de la garderie jeudi", n10, SNT, 'cancel', nxt(n10, 'jeu'), ['Sacha'])
t("mila ne sera pas là lundi 1er juin", n3, M, 'cancel', '2026-06-01', M)

# ---------------- check ----------------
t("Qu'est-ce que Lina a comme réservations cette semaine ?", n1, LR, 'check', thisweek(n1), ['Lina'])
t("rayan est bien inscrit pour jeudi ?", n1, LR, 'check', nxt(n1, 'jeu'), ['Rayan'])
t("je voudrais voir le planning des enfants pour la semaine prochaine", n2, AGJ, 'check', nextweek(n2), AGJ)
t("avez vous bien reçu ma demande pour les vacances de printemps ?", n2, AGJ, 'check', hol('printemps', 2026), [])
t("c'est confirmé pour Mila mardi ?", n3, M, 'check', nxt(n3, 'mar'), M)
t("quelles réservations j'ai en ce moment ?", n4, EL, 'check', [], [])
t("Lola est inscrite quels jours en juillet ?", n4, EL, 'check', R('2026-07-01', '2026-07-31'), ['Lola'])
t("je voudrais consulter mes réservations", n5, EL, 'check', [], [])
t("pouvez vous me dire si ethan est inscrit a la garderie ce soir", n5, EL, 'check', plus(n5, 0), ['Ethan'])
t("ma demande pour nina est toujours en attente ?", n6, SNT, 'check', [], ['Nina'])
t("liste des jours réservés pour Timothée en octobre", n6, SNT, 'check', R('2026-10-01', '2026-10-31'), ['Timothée'])
t("est ce que ma demande d'annulation a bien été prise en compte ?", n7, LR, 'check', [], [])
t("j'ai un doute, lina est inscrite demain ou pas ?", n7, LR, 'check', plus(n7, 1), ['Lina'])
t("Récapitulatif des inscriptions de Gabriel pour janvier svp", n8, AGJ, 'check', R('2027-01-06', '2027-01-31'), ['Gabriel'])
t("montrez moi ce qui est prévu pour mila la semaine prochaine", n9, M, 'check', nextweek(n9), M)
t("statut de ma demande svp", n9, M, 'check', [], [])
t("vous avez bien enregistré Nina pour mercredi ?", n10, SNT, 'check', nxt(n10, 'mer'), ['Nina'])
t("je ne retrouve pas l'inscription de sacha pour vendredi dans mon espace", n10, SNT, 'check', nxt(n10, 'ven'), ['Sacha'])

# ---------------- deadline ----------------
t("jusqu'a quand je peux annuler pour vendredi ?", n1, LR, 'deadline', nxt(n1, 'ven'), [])
t("c'est quoi la date limite d'inscription pour les vacances de printemps", n2, AGJ, 'deadline', hol('printemps', 2026), [])
t("combien de temps avant faut il reserver le centre ?", n4, EL, 'deadline', [], [])
t("est-il encore possible d'annuler pour demain ?", n5, EL, 'deadline', plus(n5, 1), [])
t("avant quel jour dois-je réserver les vacances de la Toussaint ?", n6, SNT, 'deadline', hol('toussaint', 2026), [])
t("il faut s'y prendre combien de jours a l'avance pour la garderie ?", n8, AGJ, 'deadline', [], [])
t("quelle est la derniere limite pour modifier les reservations d'avril", n9, M, 'deadline', R('2027-04-01', '2027-04-30'), [])
t("les inscriptions pour les grandes vacances ferment quand ?", n10, SNT, 'deadline', hol('ete', 2027), [])

# ---------------- absence ----------------
t("Lina était malade vendredi, je peux envoyer le certificat ?", n1, LR, 'absence', prv(n1, 'ven'), ['Lina'])
t("rayan a eu de la fievre aujourd'hui, il n'est pas venu a la garderie", n1, LR, 'absence', plus(n1, 0), ['Rayan'])
t("Alice était absente lundi et mardi (varicelle)", n2, AGJ, 'absence', [prv(n2, 'lun'), prv(n2, 'mar')], ['Alice'])
t("comment je fais pour justifier l'absence de jules hier ?", n2, AGJ, 'absence', plus(n2, -1), ['Jules'])
t("mila n'etait pas la mercredi, rdv chez le dentiste", n3, M, 'absence', prv(n3, 'mer'), M)
t("ou est ce que j'envoie le certificat medical de Lola ?", n4, EL, 'absence', [], ['Lola'])
t("Ethan a été absent toute la semaine dernière à cause d'une gastro", n5, EL, 'absence', R('2026-08-31', '2026-09-04'), ['Ethan'])
t("je vous signale que Sacha était malade avant-hier", n6, SNT, 'absence', plus(n6, -2), ['Sacha'])
t("les enfants n'ont pas pu venir hier, ils étaient malades", n7, LR, 'absence', plus(n7, -1), LR)
t("Gabriel est resté à la maison lundi, il avait de la température", n8, AGJ, 'absence', prv(n8, 'lun'), ['Gabriel'])
t("je dois déposer un justificatif d'absence pour mila, comment faire ?", n9, M, 'absence', [], M)
t("Nina absente le 27 mai pour raison médicale, certificat joint", n10, SNT, 'absence', '2027-05-27', ['Nina'])

# ---------------- late_request ----------------
t("je sais que c'est trop tard mais est ce que Lina pourrait venir demain ?", n1, LR, 'late_request', plus(n1, 1), ['Lina'])
t("j'ai oublié de réserver pour mila mardi, le délai est passé, vous pouvez faire quelque chose ?", n3, M, 'late_request', nxt(n3, 'mar'), M)
t("Demande de dérogation pour inscrire Ethan demain", n5, EL, 'late_request', plus(n5, 1), ['Ethan'])
t("exceptionnellement serait-il possible d'accueillir Nina ce soir ?", n6, SNT, 'late_request', plus(n6, 0), ['Nina'])
t("j ai loupé la date limite pour les vacances de noel, y a t il un moyen quand meme ?", n7, LR, 'late_request', hol('noel', 2026), [])
t("urgence : mon travail m'oblige à laisser Mila au centre demain, hors délai je sais", n9, M, 'late_request', plus(n9, 1), M)
t("pouvez vous faire une exception pour annuler sacha demain ? c'est hors délai", n10, SNT, 'late_request', plus(n10, 1), ['Sacha'])

# ---------------- handoff ----------------
t("je voudrais parler a une vraie personne", n1, LR, 'handoff')
t("passez moi un conseiller svp", n2, AGJ, 'handoff')
t("mettez-moi en relation avec un agent", n3, M, 'handoff')
t("Je préfère échanger avec un humain", n4, EL, 'handoff')
t("le bot comprend rien, je veux un interlocuteur", n5, EL, 'handoff')
t("Pouvez-vous transmettre ma demande à un agent du service ?", n6, SNT, 'handoff')
t("je veux parler au responsable du periscolaire", n7, LR, 'handoff')
t("un humain stp", n8, AGJ, 'handoff')

# ---------------- help ----------------
t("qu'est-ce que tu sais faire ?", n1, LR, 'help')
t("comment on utilise ce chat ?", n2, AGJ, 'help')
t("aide", n3, M, 'help')
t("tu peux m'aider à quoi exactement ?", n4, EL, 'help')
t("quelles sont les commandes ?", n5, EL, 'help')
t("je comprends pas comment ça marche ce robot", n6, SNT, 'help')
t("menu", n7, LR, 'help')
t("à quoi sers-tu ?", n8, AGJ, 'help')
t("que puis-je faire ici ?", n9, M, 'help')
t("help", n10, SNT, 'help')

# ---------------- faq ----------------
t("quel est le numéro de téléphone du service périscolaire ?", n1, LR, 'faq')
t("a quelle heure ouvre la garderie le matin ?", n1, LR, 'faq')
t("combien coûte une journée au centre de loisirs ?", n2, AGJ, 'faq')
t("comment créer mon compte sur le portail famille ?", n2, AGJ, 'faq')
t("j'ai déménagé, comment je change mon adresse ?", n3, M, 'faq')
t("ou trouver mon attestation de paiement pour les impots", n3, M, 'faq')
t("comment est calculé le quotient familial ?", n4, EL, 'faq')
t("est ce que je peux payer en cheque emploi service ?", n4, EL, 'faq')
t("comment ajouter mon deuxième enfant sur mon compte ?", n5, EL, 'faq')
t("j'ai oublié mon mot de passe", n5, EL, 'faq')
t("Quels sont les horaires de l'accueil du soir ?", n6, SNT, 'faq')
t("où est le règlement intérieur du périscolaire ?", n6, SNT, 'faq')
t("les repas de la cantine sont ils bio ?", n7, LR, 'faq')
t("comment on fait pour inscrire un enfant au périscolaire pour la première fois ?", n7, LR, 'faq')
t("quels documents faut-il fournir pour le dossier ?", n8, AGJ, 'faq')
t("il faut prévoir un goûter ?", n8, AGJ, 'faq')
t("c'est quelle adresse mail pour contacter la mairie ?", n9, M, 'faq')
t("Le tarif dépend des revenus ?", n10, SNT, 'faq')

# ---------------- smalltalk ----------------
t("Bonjour !", n1, LR, 'smalltalk')
t("merci bien", n2, AGJ, 'smalltalk')
t("bonne journée à vous", n3, M, 'smalltalk')
t("salut ça va ?", n4, EL, 'smalltalk')
t("super merci c'est parfait", n5, EL, 'smalltalk')
t("bonsoir", n6, SNT, 'smalltalk')
t("a+", n7, LR, 'smalltalk')
t("ok merci au revoir", n8, AGJ, 'smalltalk')
t("coucou 😊", n9, M, 'smalltalk')
t("Merci pour votre aide, bonne soirée", n10, SNT, 'smalltalk')

# ---------------- none ----------------
t("qsdfghjk", n1, LR, 'none')
t("ma machine à laver fuit", n1, LR, 'none')
t("quelle est la capitale de l'Australie ?", n2, AGJ, 'none')
t("Nina", n6, SNT, 'none', [], ['Nina'])
t("jeudi", n1, LR, 'none', nxt(n1, 'jeu'), [])
t("je cherche un plombier sur joinville", n3, M, 'none')
t("le match de foot est à quelle heure ?", n4, EL, 'none')
t("lol", n5, EL, 'none')
t("???", n6, SNT, 'none')
t("mon chat a vomi", n7, LR, 'none')
t("tu connais une bonne recette de crêpes ?", n8, AGJ, 'none')
t("hdjsk sjdk", n9, M, 'none')
t("le bus 111 est en retard", n10, SNT, 'none')
t("Ethan et Lola", n4, EL, 'none', [], EL)
t("le 12 mars", n2, AGJ, 'none', '2026-03-12', [])
t("je vends mon vélo", n10, SNT, 'none')
t("j'ai perdu mes clés de voiture", n3, M, 'none')

for i, r in enumerate(rows): r['id'] = 'ho3-%03d' % (i + 1)
with open('eval/sets/holdout-3.jsonl', 'w') as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(rows))
