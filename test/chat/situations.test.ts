/**
 * The situations that let parents down (issue "Conversations that survive real
 * parents"), replayed through `npm run chat` with the real understanding, the clock
 * pinned: each line the parent types, and what the assistant must print back.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateDocumentsKey } from '../../src/documents/documentsKey';
import { SmtpTestPeer } from '../mail/support/smtpTestPeer';
import { runChat } from './support/chatRun';
import type { ChatRun } from './support/chatRun';

jest.setTimeout(180_000);

const DONE = 'Autre chose ? Écrivez votre demande, ou « menu » pour voir ce que je peux faire.';
const YES_NO = '[Oui] [Non]';
const peer = new SmtpTestPeer();
const folders: string[] = [];
beforeAll(() => peer.start(0));
afterAll(async () => {
  await peer.stop();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function environment(): NodeJS.ProcessEnv {
  const dir = mkdtempSync(path.join(tmpdir(), 'periscolaire-situations-'));
  folders.push(dir);
  return {
    DATABASE_URL: `file:${path.join(dir, 'chat.db')}`,
    DATA_DIR: path.join(dir, 'data'),
    DOCUMENTS_KEY: generateDocumentsKey(),
    SMTP_URL: peer.url,
    SMTP_STARTTLS: 'disabled',
    MAIL_FROM: 'Assistant périscolaire <ne-pas-repondre@joinvillelepont.fr>',
    LOG_LEVEL: 'error',
  };
}

type Expected = string | RegExp;

async function replay(now: string, script: Array<[string, Expected]>): Promise<ChatRun> {
  const run = await runChat(script.map(([said]) => said), { now, env: environment() });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(run.replies.map((r) => r.said)).toEqual(script.map(([said]) => said));
  script.forEach(([said, expected], index) => {
    const { reply } = run.replies[index];
    expect({ said, reply }).toEqual({ said, reply: typeof expected === 'string' ? expected : expect.stringMatching(expected) });
  });
  return run;
}

test('Friday 6 March: corrections, follow-ups, closed days, a late request with a word, a long result, typography', async () => {
  const run = await replay('2026-03-06T10:00', [
    // A correction at the confirmation is taken, and "oui" books the corrected day.
    ['je voudrais inscrire Hugo jeudi 19 mars', `Je réserve pour Hugo : jeudi 19 mars.\nC'est bien cela ?\n${YES_NO}`],
    ['non pardon, vendredi 20 mars', `Je réserve pour Hugo : vendredi 20 mars.\nC'est bien cela ?\n${YES_NO}`],
    ['oui', `✓ Réservé pour Hugo : vendredi 20 mars.\n${DONE}`],
    ['inscrire Hugo mardi 17 mars', `Je réserve pour Hugo : mardi 17 mars.\nC'est bien cela ?\n${YES_NO}`],
    ['ah non, plutôt Inès', `Je réserve pour Inès : mardi 17 mars.\nC'est bien cela ?\n${YES_NO}`],
    ['oui', `✓ Réservé pour Inès : mardi 17 mars.\n${DONE}`],
    // Two changes in one message: one confirmation, both applied, reported together.
    [
      'annule Léa vendredi 13 mars et inscris-la jeudi 19 mars',
      `Je fais ces 2 changements :\n• annuler pour Léa : vendredi 13 mars ;\n• réserver pour Léa : jeudi 19 mars.\nC'est bien cela ?\n${YES_NO}`,
    ],
    ['oui', `✓ Réservé pour Léa : jeudi 19 mars.\n✓ Annulé pour Léa : vendredi 13 mars.\n${DONE}`],
    // Edits at the confirmation.
    ['inscrire Inès du 23 au 27 mars', `Je réserve pour Inès : du lundi 23 au vendredi 27 mars.\nC'est bien cela ?\n${YES_NO}`],
    ['sans le 25', `Je réserve pour Inès : lundi 23 mars, mardi 24 mars, jeudi 26 mars et vendredi 27 mars.\nC'est bien cela ?\n${YES_NO}`],
    ['et Hugo aussi', `Je réserve pour Hugo et Inès : lundi 23 mars, mardi 24 mars, jeudi 26 mars et vendredi 27 mars.\nC'est bien cela ?\n${YES_NO}`],
    ['non', "D'accord, je n'ai rien changé. Que puis-je faire d'autre ?"],
    // Follow-ups keep their context.
    ["qu'est-ce que j'ai réservé la semaine prochaine ?", /^Réservations de Léa, Hugo et Inès du lundi 9 au vendredi 13 mars :\n• Léa : mardi 10 mars\n• Hugo : mercredi 11 mars\n• Inès : aucune/],
    ['et pour Hugo ?', /^Réservations d'Hugo du lundi 9 au vendredi 13 mars :\n• Hugo : mercredi 11 mars/],
    ['est-ce que Léa est inscrite mardi 10 mars ?', 'Oui : Léa a une place le mardi 10 mars.'],
    ['et mercredi ?', "Non : Léa n'a pas de réservation le mercredi 11 mars. Pour en faire une, écrivez « réserver mercredi 11 mars pour Léa »."],
    ['inscrire Léa mardi 24 mars', `Je réserve pour Léa : mardi 24 mars.\nC'est bien cela ?\n${YES_NO}`],
    ['oui', `✓ Réservé pour Léa : mardi 24 mars.\n${DONE}`],
    ['même chose pour Inès', `Je réserve pour Inès : mardi 24 mars.\nC'est bien cela ?\n${YES_NO}`],
    ['non', "D'accord, je n'ai rien changé. Que puis-je faire d'autre ?"],
    // Closed days are named, never dropped silently.
    ['réserver Léa lundi 6 avril', "Pas d'accueil lundi 6 avril : jour férié (Lundi de Pâques).\nQuels autres jours voulez-vous ? Par exemple « mardi » ou « la semaine prochaine »."],
    ['mardi 7 avril', `Je réserve pour Léa : mardi 7 avril.\nC'est bien cela ?\n${YES_NO}`],
    ['non', "D'accord, je n'ai rien changé. Que puis-je faire d'autre ?"],
    ['réserver Léa jeudi 14 mai et vendredi 15 mai', `Je réserve pour Léa : vendredi 15 mai.\nPas d'accueil jeudi 14 mai : jour férié (Ascension).\nC'est bien cela ?\n${YES_NO}`],
    ['non', "D'accord, je n'ai rien changé. Que puis-je faire d'autre ?"],
    ['inscrire Hugo samedi', "Pas d'accueil samedi 7 mars : c'est le week-end.\nQuels autres jours voulez-vous ? Par exemple « mardi » ou « la semaine prochaine »."],
    ['annuler', /^C'est annulé, rien n'a été modifié\./],
    // Nothing is confirmed that cannot happen: straight to the late request, which asks for a word.
    [
      'inscrire Inès lundi 9 mars',
      "Hors délai pour Inès : lundi 9 mars (la date limite était le jeudi 5 mars 2026 à 23h59).\nJe ne peux plus changer ce jour moi-même. Voulez-vous que j'envoie une demande hors délai au service (portailfamille@joinvillelepont.fr) ? Il décidera et vous répondra.\n[Oui] [Non] [Parler à quelqu'un]",
    ],
    ['oui', 'Voulez-vous ajouter un mot pour le service ? Par exemple la raison de votre demande. Sinon, répondez « non ».\n[Non, envoyer sans mot]'],
    ["c'est pour un rendez-vous médical", /^C'est envoyé au service \(portailfamille@joinvillelepont\.fr\) : demande n° D-2026-\d{6}\./],
    // A long result is told in short, with the detail on demand.
    [
      "inscrire Hugo tous les mardis et jeudis jusqu'aux vacances",
      `Je réserve pour Hugo : les mardis et jeudis du 10 mars au 16 avril (12 jours).\nC'est bien cela ?\n${YES_NO}`,
    ],
    ['oui', `✓ Réservé pour Hugo : les mardis et jeudis du 10 mars au 16 avril (12 jours).\nPour la liste jour par jour, écrivez « détail ».\n[Détail]\n${DONE}`],
    ['détail', /^Jour par jour :\n• Hugo, mardi 10 mars : réservé\n(• Hugo, (mardi|jeudi) \d+ (mars|avril) : réservé\n){10}• Hugo, jeudi 16 avril : réservé$/],
    // "Is it open on that day?" from the calendar; emoji count toward the offer of a person.
    ['est-ce que le centre est ouvert samedi 25 avril ?', "Samedi 25 avril : pas d'accueil, c'est le week-end. Autre chose ? Écrivez votre demande ou « menu »."],
    ['😀', "Je n'ai reçu que des émojis ou un message vide. Écrivez votre demande en quelques mots, par exemple « réserver jeudi »."],
    ['🙄', /^Je ne vois toujours que des émojis ou un message vide\. Voulez-vous parler à une personne du service \?/],
  ]);
  // Typography: "?" and "»" never start a line, numbers hold together.
  expect(run.stdout).toContain("C'est bien cela\u202f?");
  expect(run.stdout).toContain('«\u202fnon\u202f»');
  expect(run.stdout).toMatch(/demande n°\u00a0D\u20112026\u2011\d{6}/);
  expect(run.stdout).toContain('01\u00a049\u00a076\u00a060\u00a000');
  const late = await peer.waitFor(1);
  expect(late.map((mail) => mail.text).join('\n')).toContain('Message du parent : « c\'est pour un rendez-vous médical »');
});

test('Wednesday 11 March: a booked day past its deadline is "déjà réservé"; no late cancellation for a day never booked', async () => {
  await replay('2026-03-11T10:00', [
    ['réserver Léa vendredi 13 mars', "Déjà réservé pour Léa : vendredi 13 mars.\nIl n'y a rien à changer. Autre chose ?"],
    ['annuler Inès vendredi 13 mars', "Rien à annuler pour Inès : vendredi 13 mars (pas de réservation).\nIl n'y a rien à changer. Autre chose ?"],
    [
      'inscrire Hugo jeudi 12 et mardi 17 mars',
      `Je réserve pour Hugo : mardi 17 mars.\nHors délai pour Hugo : jeudi 12 mars (la date limite était le lundi 9 mars 2026 à 23h59).\nC'est bien cela ?\n${YES_NO}`,
    ],
    [
      'oui',
      "✓ Réservé pour Hugo : mardi 17 mars.\n✗ Hors délai pour Hugo : jeudi 12 mars (la date limite était le lundi 9 mars 2026 à 23h59).\nPour jeudi 12 mars, la date limite est passée. Voulez-vous que j'envoie une demande hors délai au service (portailfamille@joinvillelepont.fr) ? Il décidera et vous répondra.\n[Oui] [Non] [Parler à quelqu'un]",
    ],
    ['non merci', "D'accord, je n'envoie rien. Autre chose ? Écrivez votre demande ou « menu »."],
  ]);
});

test('Friday 6 March, worded anew: "le mercredi d\'après", "mettez-le aussi", a typo in two changes, prices and a follow-up, a custody story', async () => {
  await replay('2026-03-06T10:00', [
    ['inscrire Hugo mercredi 18 mars', `Je réserve pour Hugo : mercredi 18 mars.\nC'est bien cela ?\n${YES_NO}`],
    // "d'après" counts from the day being confirmed, not from today.
    ["non, plutôt le mercredi d'après", `Je réserve pour Hugo : mercredi 25 mars.\nC'est bien cela ?\n${YES_NO}`],
    ['non', "D'accord, je n'ai rien changé. Que puis-je faire d'autre ?"],
    // A change that names no one after a look at a booking is about that child and day.
    ['est-ce que Hugo a bien garderie jeudi 19 mars ?', "Non : Hugo n'a pas de réservation le jeudi 19 mars. Pour en faire une, écrivez « réserver jeudi 19 mars pour Hugo »."],
    ['alors mettez-le aussi svp', `Je réserve pour Hugo : jeudi 19 mars.\nC'est bien cela ?\n${YES_NO}`],
    ['non', "D'accord, je n'ai rien changé. Que puis-je faire d'autre ?"],
    // "inscri" (typo) still starts its own change.
    [
      'inscri Hugo jeudi 26 mars et enleve Inès vendredi 27 mars',
      `Je réserve pour Hugo : jeudi 26 mars.\nRien à annuler pour Inès : vendredi 27 mars (pas de réservation).\nC'est bien cela ?\n${YES_NO}`,
    ],
    ['non', "D'accord, je n'ai rien changé. Que puis-je faire d'autre ?"],
    ["c'est combien déjà le mercredi pour nous ?", 'Vos tarifs (quotient familial 850, tranche C) :\n• accueil du mercredi : 7,80 € la journée\n(Tarifs à confirmer par le service.) Autre chose ?'],
    ['et le soir ?', 'Vos tarifs (quotient familial 850, tranche C) :\n• accueil du soir : 2,40 € le soir\n(Tarifs à confirmer par le service.) Autre chose ?'],
    ["mon ex veut récupérer les enfants ce soir alors qu'il n'a pas le droit", /^Votre message mérite la réponse d'une personne\./],
  ]);
});

test('Friday 6 March, worded anew (round 7): a correction naming a weekday keeps to the days being confirmed, "oui" after "Autre chose ?"', async () => {
  await replay('2026-03-06T10:00', [
    ['inscrit hugo merdredi 18 et jeudi 19 mars stp', `Je réserve pour Hugo : mercredi 18 mars et jeudi 19 mars.\nC'est bien cela ?\n${YES_NO}`],
    // "juste le jeudi": the Thursday being confirmed, not the next Thursday from today.
    ['nan juste le jeudi', `Je réserve pour Hugo : jeudi 19 mars.\nC'est bien cela ?\n${YES_NO}`],
    // "plutôt vendredi": the Friday of the week being confirmed.
    ['non, plutôt vendredi', `Je réserve pour Hugo : vendredi 20 mars.\nC'est bien cela ?\n${YES_NO}`],
    ['non', "D'accord, je n'ai rien changé. Que puis-je faire d'autre ?"],
    ['oui', 'Je vous écoute : écrivez votre demande, ou « menu » pour voir ce que je peux faire.'],
  ]);
});

test('Friday 6 March, worded anew (round 8): a late wish names its day, "juste enlever…" among two changes', async () => {
  await replay('2026-03-06T10:00', [
    // A late request that names a child and a day is checked: its day past the deadline is offered to the service.
    [
      "je sais que c'est bien tard mais Inès lundi svp",
      /^Hors délai pour Inès : lundi 9 mars \(la date limite était le jeudi 5 mars 2026 à 23h59\)\.\nJe ne peux plus changer ce jour moi-même\. Voulez-vous que j'envoie une demande hors délai au service/,
    ],
    ['non', "D'accord, je n'envoie rien. Autre chose ? Écrivez votre demande ou « menu »."],
    ['Hugo jeudi 19 mars aussi', /^Je réserve pour Hugo : jeudi 19 mars\./],
    ['oui', `✓ Réservé pour Hugo : jeudi 19 mars.\n${DONE}`],
    ['inscris Léa mardi 17 et enlève Hugo jeudi 19 mars', /^Je fais ces 2 changements :\n• réserver pour Léa : mardi 17 mars ;\n• annuler pour Hugo : jeudi 19 mars\./],
    ['non en fait juste enlever Hugo', /^J'annule pour Hugo : jeudi 19 mars\.\nC'est bien cela \?/],
  ]);
});

test('Friday 6 March (round 8): a change told beside a funeral is that change; a child hurt by another goes to a person', async () => {
  await replay('2026-03-06T10:00', [
    ['Hugo et Inès ne viendront pas lundi 9 mars, on va à un enterrement en province', /^(?:J'annule pour|Rien à annuler pour) Hugo et Inès : lundi 9 mars/],
    ['Léa a été frappée par un grand à la garderie hier soir', /personne du service|une personne/i],
  ]);
});

test('Friday 6 March (round 8): a look asked after a cancellation stays a look; « mets-la jeudi aussi » takes the child just looked at', async () => {
  await replay('2026-03-06T10:00', [
    ['annule Hugo mardi 17 mars', /^(?:J'annule pour|Rien à annuler pour) Hugo : mardi 17 mars/],
    ['et Inès, elle a quoi la semaine prochaine ?', /^(?:Aucune réservation pour Inès|Réservé pour Inès|Inès)/],
    ['mets-la jeudi 19 aussi', /^Je réserve pour Inès : jeudi 19 mars\./],
  ]);
});

test('Monday 29 March 2027 (round 8): « non, seulement la deuxième semaine » while holidays are confirmed is that week of those holidays', async () => {
  await replay('2027-03-29T18:00', [
    ['inscrire Inès la première semaine des vacances de printemps', `Je réserve pour Inès : du lundi 19 au vendredi 23 avril.\nC'est bien cela ?\n${YES_NO}`],
    ['non seulement la deuxième semaine', `Je réserve pour Inès : du lundi 26 au vendredi 30 avril.\nC'est bien cela ?\n${YES_NO}`],
  ]);
});

test('Monday 7 December (round 9): « ah et Hugo aussi, mercredi seulement » after next week is cancelled is that week\'s Wednesday, cancelled too', async () => {
  await replay('2026-12-07T19:00', [
    ['léa sera chez sa mamie tte la semaine pro, vous pouvez enlever ses jours ?', /^(?:J'annule pour|Rien à annuler pour) Léa : du lundi 14 au vendredi 18 décembre/],
    ['ah et hugo aussi mercredi seulement', /^(?:J'annule pour|Rien à annuler pour) Hugo : mercredi 16 décembre/],
  ]);
});

test('Monday 7 December (round 9): « non, seulement jusqu\'au jeudi » cuts the days being confirmed; « hugo aussi, et le lundi 14 aussi » adds a day', async () => {
  await replay('2026-12-07T19:00', [
    ['Léa va au centre lundi 4 janvier jusque vendredi 8 janvier svp', `Je réserve pour Léa : du lundi 4 au vendredi 8 janvier.\nC'est bien cela ?\n${YES_NO}`],
    ["non en fait seulement jusqu'au jeudi", `Je réserve pour Léa : du lundi 4 au jeudi 7 janvier.\nC'est bien cela ?\n${YES_NO}`],
    ['non', /^D'accord/],
    ['inès pas garderie ve 18', /^(?:J'annule pour|Rien à annuler pour) Inès : vendredi 18 décembre/],
    ['hugo aussi, et le lundi 14 aussi', /^(?:J'annule pour|Rien à annuler pour) Hugo : lundi 14 décembre et vendredi 18 décembre/],
  ]);
});

test('Monday 7 December (round 10): « et pour léa ? » just after a booking books her the same day; « ok merci » at a late offer sends nothing', async () => {
  await replay('2026-12-07T19:00', [
    ['inscrire hugo vendredi 18', `Je réserve pour Hugo : vendredi 18 décembre.\nC'est bien cela ?\n${YES_NO}`],
    ['oui', `✓ Réservé pour Hugo : vendredi 18 décembre.\n${DONE}`],
    ['et pour léa ?', `Je réserve pour Léa : vendredi 18 décembre.\nC'est bien cela ?\n${YES_NO}`],
    ['oui', `✓ Réservé pour Léa : vendredi 18 décembre.\n${DONE}`],
    ['inscrire Inès mercredi 9', /Voulez-vous que j'envoie une demande hors délai au service/],
    ['ok merci', /^Répondez « oui » pour envoyer la demande au service, ou « non »\./],
    ['non', /^D'accord, je n'envoie rien\./],
  ]);
});

test('Monday 7 December (round 10): « enlève-le et mets Léa à la place » after a look at Hugo\'s Thursday moves that day from Hugo to Léa', async () => {
  await replay('2026-12-07T19:00', [
    ['inscrire hugo jeudi 10', `Je réserve pour Hugo : jeudi 10 décembre.\nC'est bien cela ?\n${YES_NO}`],
    ['oui', `✓ Réservé pour Hugo : jeudi 10 décembre.\n${DONE}`],
    ['Hugo a bien sa place jeudi 10 ?', /^Oui : Hugo a une place le jeudi 10 décembre\./],
    ['enlève-le et mets Léa à la place', `Je fais ces 2 changements :\n• annuler pour Hugo : jeudi 10 décembre ;\n• réserver pour Léa : jeudi 10 décembre.\nC'est bien cela ?\n${YES_NO}`],
    ['oui', /^(?=[\s\S]*✓ Annulé pour Hugo : jeudi 10 décembre\.)(?=[\s\S]*✓ Réservé pour Léa : jeudi 10 décembre\.)/],
  ]);
});

test('Monday 7 December (round 10): « nn pa jeudi, vendredi » replaces that Thursday by the Friday of its week; « non, Hugo plutôt mercredi » among two changes moves Hugo\'s only', async () => {
  await replay('2026-12-07T19:00', [
    ['pr inès c mardi 15 et jeudi 17 svp', `Je réserve pour Inès : mardi 15 décembre et jeudi 17 décembre.\nC'est bien cela ?\n${YES_NO}`],
    ['nn pa jeudi, vendredi', `Je réserve pour Inès : mardi 15 décembre et vendredi 18 décembre.\nC'est bien cela ?\n${YES_NO}`],
    ['non', /^D'accord, je n'ai rien changé\./],
    ['tu peux booker Inès lundi 14 et Hugo mardi 15 ? thx', `Je fais ces 2 changements :\n• réserver pour Inès : lundi 14 décembre ;\n• réserver pour Hugo : mardi 15 décembre.\nC'est bien cela ?\n${YES_NO}`],
    ['non, Hugo plutôt mercredi', `Je fais ces 2 changements :\n• réserver pour Inès : lundi 14 décembre ;\n• réserver pour Hugo : mercredi 16 décembre.\nC'est bien cela ?\n${YES_NO}`],
  ]);
});

test('Monday 7 December (round 10): a stranger waiting for a child, told in the evening, gives the emergency numbers first', async () => {
  await replay('2026-12-07T19:00', [
    ["y a un monsieur que je connais pas qui attend Léa devant l'école tous les soirs, ça m'inquiète", /^Si un enfant est en danger, appelez tout de suite le 17 \(police\) ou le 112\./],
  ]);
});

test('Monday 7 December (round 11): « non pardon, Léa c\'est mardi 15 » among two changes moves Léa\'s only; « Hugo pas jeudi, mettre lui vendredi » is a move', async () => {
  await replay('2026-12-07T09:00', [
    ['stp inscris Léa lundi 14 et Hugo mercredi 16', `Je fais ces 2 changements :\n• réserver pour Léa : lundi 14 décembre ;\n• réserver pour Hugo : mercredi 16 décembre.\nC'est bien cela ?\n${YES_NO}`],
    ["non pardon, Léa c'est mardi 15", `Je fais ces 2 changements :\n• réserver pour Léa : mardi 15 décembre ;\n• réserver pour Hugo : mercredi 16 décembre.\nC'est bien cela ?\n${YES_NO}`],
    ['oui', /^(?=[\s\S]*✓ Réservé pour Léa : mardi 15 décembre\.)(?=[\s\S]*✓ Réservé pour Hugo : mercredi 16 décembre\.)/],
    ['Hugo pas mercredi 16, mettre lui jeudi 17', `Je fais ces 2 changements :\n• annuler pour Hugo : mercredi 16 décembre ;\n• réserver pour Hugo : jeudi 17 décembre.\nC'est bien cela ?\n${YES_NO}`],
  ]);
});

test('Monday 7 December (round 12): children told apart on one day, then « non plutôt jeudi 17 », move both changes to the Thursday', async () => {
  await replay('2026-12-07T19:00', [
    ['inès vendredi 18 à la garderie, léa non, tu l’enlèves', /^Je réserve pour Inès : vendredi 18 décembre\.\n.*Léa : vendredi 18 décembre/],
    ['non plutot jeudi 17', /^Je réserve pour Inès : jeudi 17 décembre\.\n.*Léa : jeudi 17 décembre/],
  ]);
});

test('Monday 7 December (round 13): « non pardon, mettre plutôt vendredi 18 » at the confirmation of a move changes the day booked and keeps the day freed; « et le mercredi ? » after the hours; another town service answered as such; the papers for the inscription', async () => {
  await replay('2026-12-07T09:00', [
    ['inscris Hugo mercredi 16', `Je réserve pour Hugo : mercredi 16 décembre.\nC'est bien cela ?\n${YES_NO}`],
    ['oui', `✓ Réservé pour Hugo : mercredi 16 décembre.\n${DONE}`],
    ['déplace Hugo du mercredi 16 au jeudi 17', `Je fais ces 2 changements :\n• annuler pour Hugo : mercredi 16 décembre ;\n• réserver pour Hugo : jeudi 17 décembre.\nC'est bien cela ?\n${YES_NO}`],
    ['non pardon, mettre plutôt vendredi 18', `Je fais ces 2 changements :\n• annuler pour Hugo : mercredi 16 décembre ;\n• réserver pour Hugo : vendredi 18 décembre.\nC'est bien cela ?\n${YES_NO}`],
    ['oui', /^(?=[\s\S]*✓ Réservé pour Hugo : vendredi 18 décembre\.)(?=[\s\S]*✓ Annulé pour Hugo : mercredi 16 décembre\.)/],
    // (The evening asked: its hours, not the whole list.)
    ['à quelle heure ça ferme le soir ?', "Accueil du soir : de 16h30 à 19h00, les jours d'ouverture. Autre chose ? Écrivez votre demande ou « menu »."],
    ['et le mercredi ?', /^Mercredi 9 décembre : ouvert, accueil du mercredi de 8h00 à 19h00\./],
    ['où faire la carte d’identité de mon fils ?', /^Je ne peux vous aider que pour l'accueil périscolaire : .*adressez-vous à la mairie de Joinville-le-Pont\./],
    ['c koi les papiers pour inscrire au periscolaire ?', /^Pour inscrire votre enfant, remplissez le dossier famille et le dossier enfant sur votre compte citoyen/],
  ]);
});

test('Monday 7 December (round 13): « ah non pas Léa finalement » just after booking the three children cancels Léa\'s day only, once confirmed', async () => {
  await replay('2026-12-07T09:00', [
    ['slt tu px mettre les 3 au centre mercredi 16 stp', `Je réserve pour Léa, Hugo et Inès : mercredi 16 décembre.\nC'est bien cela ?\n${YES_NO}`],
    ['oui', `✓ Réservé pour Léa, Hugo et Inès : mercredi 16 décembre.\n${DONE}`],
    ['ah non pas léa finalement', `J'annule pour Léa : mercredi 16 décembre.\nC'est bien cela ?\n${YES_NO}`],
    ['oui', `✓ Annulé pour Léa : mercredi 16 décembre.\n${DONE}`],
    ['tu me montres mes résas de la semaine du 14 ?', /^Réservations de Léa, Hugo et Inès du lundi 14 au vendredi 18 décembre :\n• Léa : aucune\n• Hugo : mercredi 16 décembre\n• Inès : mercredi 16 décembre/],
  ]);
});

test('Monday 7 December (round 13): « ok alors inscris-le … » after a deadline question about Hugo books Hugo', async () => {
  await replay('2026-12-07T19:00', [
    ["bonsoir, c'est jusqu'à quand pour inscrire hugo aux vacances de février ?", /^Dates limites pour réserver, modifier ou annuler :\n• Du lundi 22 février au vendredi 5 mars/],
    ['ok alors inscris le la 2e semaine des vacances de février', `Je réserve pour Hugo : du lundi 1er au vendredi 5 mars.\nC'est bien cela ?\n${YES_NO}`],
  ]);
});

test('Monday 7 December (round 14): « non c\'est pas Hugo c\'est Inès » at the confirmation puts Inès for Hugo; « ah non finalement pas Hugo » two requests later cancels the day booked for him', async () => {
  await replay('2026-12-07T09:00', [
    ['inscris hugo mercredi 16 au centre', `Je réserve pour Hugo : mercredi 16 décembre.\nC'est bien cela ?\n${YES_NO}`],
    ["non c'est pas hugo c'est inès", `Je réserve pour Inès : mercredi 16 décembre.\nC'est bien cela ?\n${YES_NO}`],
    ['oui', `✓ Réservé pour Inès : mercredi 16 décembre.\n${DONE}`],
    ['et hugo jeudi 17', `Je réserve pour Hugo : jeudi 17 décembre.\nC'est bien cela ?\n${YES_NO}`],
    ['oui', `✓ Réservé pour Hugo : jeudi 17 décembre.\n${DONE}`],
    ['léa vendredi 18 stp', `Je réserve pour Léa : vendredi 18 décembre.\nC'est bien cela ?\n${YES_NO}`],
    ['oui', `✓ Réservé pour Léa : vendredi 18 décembre.\n${DONE}`],
    ['ah non finalement pas hugo', `J'annule pour Hugo : jeudi 17 décembre.\nC'est bien cela ?\n${YES_NO}`],
    ['oui', `✓ Annulé pour Hugo : jeudi 17 décembre.\n${DONE}`],
  ]);
});

test('Monday 7 December (round 14): « euh sans Inès en fait » after a cancellation of two children asks it again for the other one only', async () => {
  await replay('2026-12-07T09:00', [
    ['annule léa et inès jeudi 17', /^Rien à annuler pour Léa et Inès : jeudi 17 décembre \(pas de réservation\)\./],
    ['euh sans inès en fait', /^Rien à annuler pour Léa : jeudi 17 décembre \(pas de réservation\)\./],
  ]);
});

test('Monday 7 December (round 14): « et son frère ? » after a look at Léa looks at the others; « et pour la garderie du soir ? » after the prices; « sauf le 20 » at the confirmation of January\'s Wednesdays is 20 January', async () => {
  await replay('2026-12-07T09:00', [
    ['est ce que léa est inscrite mercredi 16 ?', /^Non : Léa n'a pas de réservation le mercredi 16 décembre\./],
    ['et son frère ?', /^Aucune réservation pour Hugo et Inès le mercredi 16 décembre\./],
    ['c combien le centre de loisir pour une journée ?', /^Vos tarifs \(quotient familial 850, tranche C\) :/],
    ['et pour la garderie du soir ?', /^Vos tarifs \(quotient familial 850, tranche C\) :\n• accueil du soir : 2,40 € le soir\n/],
    ['je voudrai reserver pour les enfants tous les mercredis de janvier sauf le 13', `Je réserve pour Léa, Hugo et Inès : mercredi 6 janvier, mercredi 20 janvier et mercredi 27 janvier.\nC'est bien cela ?\n${YES_NO}`],
    ['non plutot sauf le 20', `Je réserve pour Léa, Hugo et Inès : mercredi 6 janvier et mercredi 27 janvier.\nC'est bien cela ?\n${YES_NO}`],
  ]);
});

test('Monday 7 December (round 14): « les 3 au centre mer 16 et hugo aussi jeu 17 » books the three on Wednesday and Hugo on Thursday; « et sa sœur ? » after a change asks which child', async () => {
  await replay('2026-12-07T09:00', [
    ['slt, les 3 au centre mer 16 et hugo aussi jeu 17 stp', `Je fais ces 2 changements :\n• réserver pour Léa, Hugo et Inès : mercredi 16 décembre ;\n• réserver pour Hugo : jeudi 17 décembre.\nC'est bien cela ?\n${YES_NO}`],
    ['oui', `✓ Réservé pour Léa et Inès : mercredi 16 décembre.\n✓ Réservé pour Hugo : mercredi 16 décembre et jeudi 17 décembre.\n${DONE}`],
    ['annule hugo vendredi 18 stp', /^Rien à annuler pour Hugo : vendredi 18 décembre \(pas de réservation\)\./],
    ['et sa soeur ?', /^Pour quel enfant \?/],
  ]);
});

test('Monday 7 December (round 15): « et le 13 aussi » at the confirmation of January\'s Wednesdays adds 13 January (not Sunday 13 December); « non pas Hugo, Inès » puts Inès for Hugo', async () => {
  await replay('2026-12-07T09:00', [
    ['tous les mercredis de janvier pour Léa au centre sauf le 13', `Je réserve pour Léa : mercredi 6 janvier, mercredi 20 janvier et mercredi 27 janvier.\nC'est bien cela ?\n${YES_NO}`],
    ['et le 13 aussi finalement', `Je réserve pour Léa : mercredi 6 janvier, mercredi 13 janvier, mercredi 20 janvier et mercredi 27 janvier.\nC'est bien cela ?\n${YES_NO}`],
    ['non plutôt sauf le 27', `Je réserve pour Léa : mercredi 6 janvier, mercredi 13 janvier et mercredi 20 janvier.\nC'est bien cela ?\n${YES_NO}`],
    ['non', "D'accord, je n'ai rien changé. Que puis-je faire d'autre ?"],
    ['je voudrais inscrire hugo au centre mercredi 16', `Je réserve pour Hugo : mercredi 16 décembre.\nC'est bien cela ?\n${YES_NO}`],
    ['non pas hugo, inès', `Je réserve pour Inès : mercredi 16 décembre.\nC'est bien cela ?\n${YES_NO}`],
  ]);
});

test('Monday 7 December (round 15): « Hugo au centre le mercredi 16 et annuler la garderie d\'Inès le vendredi 18 » is two changes; « and Hugo the week after? » after a look at next week looks at the week after', async () => {
  await replay('2026-12-07T09:00', [
    ['pour la semaine prochaine : hugo au centre le mercredi 16 et annuler la garderie d\'inès le vendredi 18 svp', `Je réserve pour Hugo : mercredi 16 décembre.\nRien à annuler pour Inès : vendredi 18 décembre (pas de réservation).\nC'est bien cela ?\n${YES_NO}`],
    ['non', "D'accord, je n'ai rien changé. Que puis-je faire d'autre ?"],
    ['what I booked for the kids next week?', /^Aucune réservation pour Léa, Hugo et Inès du lundi 14 au vendredi 18 décembre\./],
    ['and Hugo the week after?', /^Aucune réservation pour Hugo du lundi 21 au vendredi 25 décembre\./],
  ]);
});

test('Monday 7 December (round 16): « non plutot mardi a jeudi » at the confirmation of next week is Tuesday to Thursday; Portuguese « e a Inès? » follows a look; « obrigada, tchau » is a goodbye', async () => {
  await replay('2026-12-07T19:00', [
    ['Hugo garderie lundi à vendredi semaine prochaine', `Je réserve pour Hugo : du lundi 14 au vendredi 18 décembre.\nC'est bien cela ?\n${YES_NO}`],
    ['non plutot mardi a jeudi', `Je réserve pour Hugo : du mardi 15 au jeudi 17 décembre.\nC'est bien cela ?\n${YES_NO}`],
    ['non', "D'accord, je n'ai rien changé. Que puis-je faire d'autre ?"],
    ['Léa esta inscrita quinta-feira 10?', /^Non : Léa n'a pas de réservation le jeudi 10 décembre\./],
    ['e a Inès?', /^Non : Inès n'a pas de réservation le jeudi 10 décembre\./],
    ['obrigada, tchau', /^Au revoir/],
  ]);
});

test('Saturday 5 December (round 28): a habit put « à la place » after a move is asked until when, not read as that move; « et pour Hugo le 28 aussi » adds the 28th for Hugo alone; the price asked beside a deadline is answered too; « ah et lea le ven aussi » puts Léa in the booking of the others on that Friday; a certificate announced after the cancellation of Léa is hers; a booking « et me dire jusqu\'à quand je peux annuler ? » in one sentence is the booking, then the deadline', async () => {
  await replay('2026-12-05T10:00', [
    ['Lea finalement pas le jeudi 10 dec, plutot le vendredi 11. tu peux changer?', /^Je réserve pour Léa : vendredi 11 décembre\.\nRien à annuler pour Léa : jeudi 10 décembre/],
    ['oui', /^✓ Réservé pour Léa : vendredi 11 décembre\./],
    ["à partir de janvier Hugo n'ira plus à la garderie le mardi, mettez-le le jeudi à la place", /^Pour annuler Hugo : jusqu'à quand \?/],
    ["jusqu'aux vacances d'hiver", /^Je réserve pour Hugo : les jeudis du 7 janvier au 18 février \(7 jours\)\./],
    ['non', /./],
    ['centre pr mes 3 la 1ere semaine des vacs de noel sauf le mer', `Je réserve pour Léa, Hugo et Inès : lundi 21 décembre, mardi 22 décembre et jeudi 24 décembre.\nC'est bien cela ?\n${YES_NO}`],
    ['et pour Hugo le 28 aussi', `Je fais ces 2 changements :\n• réserver pour Léa, Hugo et Inès : lundi 21 décembre, mardi 22 décembre et jeudi 24 décembre ;\n• réserver pour Hugo : lundi 28 décembre.\nC'est bien cela ?\n${YES_NO}`],
    ['non', /./],
    ["c quoi les tarifs du centre ? et jusqu'à quand je peux annuler ?", /^Les dates limites pour réserver, modifier ou annuler :[^]*\nVos tarifs \(quotient familial 850, tranche C\) :/],
    ["pourriez-vous inscrire Hugo au centre la première semaine des vacances de Noël, et me dire jusqu'à quand je peux annuler ?", `Je réserve pour Hugo : du lundi 21 au jeudi 24 décembre.\nC'est bien cela ?\n${YES_NO}`],
    ['non', /^D'accord, je n'ai rien changé\.[^]*\nDates limites pour réserver, modifier ou annuler :\n• Du lundi 21 décembre au jeudi 24 décembre, accueil de loisirs : jusqu'au dimanche 6 décembre à 23h59/],
    ['coucou, hugo + ines garderie jeu 17 et ven 18, lea non elle a danse', /^Je réserve pour Hugo et Inès : jeudi 17 décembre et vendredi 18 décembre\.\nRien à annuler pour Léa/],
    ['ah et lea le ven aussi', /^Je fais ces 2 changements :\n• réserver pour Hugo et Inès : jeudi 17 décembre et vendredi 18 décembre ;\n• réserver pour Léa : vendredi 18 décembre\.\nRien à annuler pour Léa : jeudi 17 décembre /],
    ['non', /./],
    ['annule lea mardi svp elle est malade', /^Rien à annuler pour Léa : mardi 8 décembre/],
    ['jvous envoi le certificat demain c ok ?', /^Quels jours d'absence de Léa voulez-vous justifier \?/],
  ]);
});

test('Monday 7 December (round 30): « merci. et combien je paye pour ça ? » at the confirmation prices the days, then asks again; « ah et hugo aussi le 9 » at a late request offer adds Hugo; « non plutôt les deux derniers » keeps the last days; « non plutot la deuxieme semaine pour elle » after a deadline answer asks it of that week', async () => {
  await replay('2026-12-07T09:00', [
    ['inscrire Hugo et Léa mercredi 16 décembre au centre', `Je réserve pour Léa et Hugo : mercredi 16 décembre.\nC'est bien cela ?\n${YES_NO}`],
    [
      'merci. et combien je paye pour ça ?',
      `Pour ce que vous allez réserver, à votre tarif :\n• 1 mercredi (accueil du mercredi, pour 2 enfants) : 2 × 7,80 € = 15,60 €\n(Tarifs à confirmer par le service.)\nJe réserve pour Léa et Hugo : mercredi 16 décembre.\nC'est bien cela ?\n${YES_NO}`,
    ],
    ['non', /./],
    ['inscrire Léa le mercredi 9 décembre', /^Hors délai pour Léa : mercredi 9 décembre /],
    ['ah et hugo aussi le 9', /^Hors délai pour Léa et Hugo : mercredi 9 décembre /],
    ['non', /./],
    ['inscrire Léa au centre du 21 au 24 décembre', /^Hors délai pour Léa : du lundi 21 au jeudi 24 décembre /],
    ['non plutôt les deux derniers', /^Hors délai pour Léa : mercredi 23 décembre et jeudi 24 décembre /],
    ['non', /./],
    ["jusqu'à quand je peux inscrire Léa la première semaine des vacances de février ?", /^Dates limites pour réserver, modifier ou annuler :\n• Du lundi 22 février au vendredi 26 février/],
    ['non plutot la deuxieme semaine pour elle', /^Dates limites pour réserver, modifier ou annuler :\n• Du lundi 1er mars au vendredi 5 mars/],
  ]);
});

test('Monday 7 December (round 30, talked to it): « et son frère Hugo le jeudi aussi » after Inès\'s Tuesday and Thursday is that Thursday; « non plutot vendredi 18 pour ines, hugo ca reste mercredi » moves Inès only; « et la semaine d\'après pareil » at the confirmation adds the same day a week later; « non pas le 23 pour ines » takes that day from Inès only; a cancellation beside « c koi le tarif du mercredi ? » keeps no Wednesday and closes once; « c\'est pour la garderie du soir » while a certificate is awaited asks for the file again', async () => {
  await replay('2026-12-07T09:00', [
    ["Madame, ma petite-fille Inès aurait besoin de la garderie le soir le mardi 15 et le jeudi 17", `Je réserve pour Inès : mardi 15 décembre et jeudi 17 décembre.\nC'est bien cela ?\n${YES_NO}`],
    ["c'est ça", /^✓ Réservé pour Inès : mardi 15 décembre et jeudi 17 décembre\./],
    ['et son frère Hugo le jeudi aussi', `Je réserve pour Hugo : jeudi 17 décembre.\nC'est bien cela ?\n${YES_NO}`],
    ['non', /./],
    ['reserv le centre pr ines et hugo mercredi 16', `Je réserve pour Hugo et Inès : mercredi 16 décembre.\nC'est bien cela ?\n${YES_NO}`],
    ['non plutot vendredi 18 pour ines, hugo ca reste mercredi', /^Je fais ces 2 changements :\n• réserver pour Hugo : mercredi 16 décembre ;\n• réserver pour Inès : vendredi 18 décembre\./],
    ['non', /./],
    ['pour hugo faudrait la garderie euh mardi 15 non jeudi 17 voilà', `Je réserve pour Hugo : jeudi 17 décembre.\nC'est bien cela ?\n${YES_NO}`],
    ["et la semaine d'après pareil", /^Je réserve pour Hugo : jeudi 17 décembre\.\nHors délai pour Hugo : jeudi 24 décembre /],
    ['non', /./],
    ['je voudrai inscrir lea et ines au centre les 21 22 23 dec', /^Hors délai pour Léa et Inès : du lundi 21 au mercredi 23 décembre /],
    ['non pas le 23 pour ines', /^Hors délai pour Léa : du lundi 21 au mercredi 23 décembre [^\n]*\nHors délai pour Inès : lundi 21 décembre et mardi 22 décembre /],
    ['non', /./],
    ['anule lea vendredi 18 svp, et c koi le tarif du mercredi ?', /^Rien à annuler pour Léa : vendredi 18 décembre \(pas de réservation\)\.\nIl n'y a rien à changer\.\nVos tarifs \(quotient familial 850, tranche C\) :\n• accueil du mercredi : 7,80 € la journée\n\(Tarifs à confirmer par le service\.\) Autre chose \?$/],
    ["Léa a eu une otite, elle n'est pas venue mardi 1er. Je vous mets le certificat du docteur.", /^Envoyez maintenant le justificatif de Léa pour mardi 1er décembre/],
    ["c'est pour la garderie du soir", /^Je n'ai pas reçu de fichier\. Joignez le justificatif/],
  ]);
});

test('Tuesday 1 December (round 31, talked to it): « finalement annule-la et mets Hugo à sa place » just after Léa\'s Wednesday is booked moves that Wednesday to Hugo; « ok alors enlevez-le, et mettez Inès à sa place » after a look at Hugo\'s Wednesday does the same for Inès; « ok mets-le pareil » after a look at Hugo\'s holidays books them; a formal letter asking how to word one\'s requests is help', async () => {
  await replay('2026-12-01T14:00', [
    ['réserve Léa mercredi 9 décembre', `Je réserve pour Léa : mercredi 9 décembre.\nC'est bien cela ?\n${YES_NO}`],
    ['oui', /^✓ Réservé pour Léa : mercredi 9 décembre\./],
    ['finalement annule-la et mets Hugo à sa place', `Je fais ces 2 changements :\n• annuler pour Léa : mercredi 9 décembre ;\n• réserver pour Hugo : mercredi 9 décembre.\nC'est bien cela ?\n${YES_NO}`],
    ['oui', /^✓ Réservé pour Hugo : mercredi 9 décembre\.\n✓ Annulé pour Léa : mercredi 9 décembre\./],
    ['Hugo a bien sa place mercredi 9 ?', /^Oui : Hugo a une place le mercredi 9 décembre\./],
    ['ok alors enlevez-le, et mettez Inès à sa place', `Je fais ces 2 changements :\n• annuler pour Hugo : mercredi 9 décembre ;\n• réserver pour Inès : mercredi 9 décembre.\nC'est bien cela ?\n${YES_NO}`],
    ['non', /./],
    ["qu'est-ce que Léa a pour les vacances de noel ?", /^Aucune réservation pour Léa/],
    ['et Hugo ?', /^Aucune réservation pour Hugo/],
    // (A booking in so many words after a look: not the look again.)
    ['ok mets-le pareil', /^Je réserve pour Hugo : du lundi 21 au jeudi 24 décembre et du lundi 28 au jeudi 31 décembre\./],
    ['non', /./],
    // (How to write one's requests is help, not the list of requests sent.)
    [
      "Monsieur, peu familier de ces outils, je vous serais reconnaissant de m'expliquer ce que ce service de messagerie est en mesure d'accomplir, et de quelle manière il convient d'y formuler mes demandes.",
      /^Je peux réserver ou annuler l'accueil du soir/,
    ],
  ]);
});

test('Monday 11 January (round 31, talked to it): « … au centre stp et c quoi la date limite pr les vacs d hivers » books, then answers the deadline', async () => {
  await replay('2027-01-11T07:45', [
    ['inscrire ines mercredi 20 janvier au centre stp et c quoi la date limite pr les vacs d hivers', `Je réserve pour Inès : mercredi 20 janvier.\nC'est bien cela ?\n${YES_NO}`],
    ['oui', /^✓ Réservé pour Inès : mercredi 20 janvier\.\nDates limites pour réserver, modifier ou annuler :\n• Du lundi 22 février au vendredi 5 mars, accueil de loisirs : jusqu'au dimanche 7 février à 23h59/],
  ]);
});

test('Monday 1 February (round 31, talked to it): a grandfather\'s booking after an illness is a booking; at « ajouter un mot ? », a question on justifying the illness is sent nothing of and answered', async () => {
  await replay('2027-02-01T09:00', [
    ["Bonjour, mon petit-fils Hugo était malade lundi dernier, il va mieux ; je voudrais qu'il aille au centre mercredi.", /^Hors délai pour Hugo : mercredi 3 février /],
    ['oui merci', /^Voulez-vous ajouter un mot pour le service \?/],
    ['et il faut que je justifie lundi dernier ?', /^C'est envoyé au service [^\n]*\nPour quel enfant est ce justificatif d'absence \?/],
  ]);
});

test('Monday 7 December (round 32, talked to it): a day taken back for the one needed books one and finds nothing to cancel; a choice of days settled by saying one again books that day only; a range corrected without its month, with the Friday the child goes, cancels the four days; « non plutôt le 18 pour Inès » at the confirmation of a booking and a cancellation corrects the cancellation', async () => {
  await replay('2026-12-07T08:00', [
    ["pas besoin pour Hugo le jeudi 10, c'est le vendredi 11 qu'il faut", /^Je réserve pour Hugo : vendredi 11 décembre\.\nRien à annuler pour Hugo : jeudi 10 décembre \(pas de réservation\)\./],
    ['oui', /^✓ Réservé pour Hugo : vendredi 11 décembre\./],
    ["Bonjour, je suis la mamie d'Inès. Ma fille voudrait qu'elle aille au centre le mercredi 16, ou le 23 je ne sais plus... attendez, elle me dit le 16.", `Je réserve pour Inès : mercredi 16 décembre.\nC'est bien cela ?\n${YES_NO}`],
    ['oui', /^✓ Réservé pour Inès : mercredi 16 décembre\./],
    ['enlevez Inès du 14 au 18 décembre euh non du 14 au 17, le vendredi elle y va', `J'annule pour Inès : mercredi 16 décembre.\nRien à annuler pour Inès sur 3 jours demandés (pas de réservation).\nC'est bien cela ?\n${YES_NO}`],
    ['non', /./],
    // (« non plutôt le 18 pour Inès » at the confirmation of two changes corrects Inès's, it drops nothing.)
    ['slt tu px metre hugo a la garderi mardi 15 stp et enleve ines le 17', /^Je réserve pour Hugo : mardi 15 décembre\.\nRien à annuler pour Inès : jeudi 17 décembre/],
    ['non plutôt le 18 pour Inès', /^Je réserve pour Hugo : mardi 15 décembre\.\nRien à annuler pour Inès : vendredi 18 décembre/],
  ]);
});

test('Monday 7 December (round 33, talked to it): « et pour annuler ? » after the deadline of February\'s holidays asks the same days; a late request whose message gives the reason (« urgence boulot ») sends it without asking for a word', async () => {
  await replay('2026-12-07T10:00', [
    ['kel date limite pr reserver les vacs de fevrier ?', /^Dates limites pour réserver, modifier ou annuler :\n• Du lundi 22 février au vendredi 5 mars, accueil de loisirs : jusqu'au dimanche 7 février à 23h59/],
    ['et pour annuler ?', /^Dates limites pour réserver, modifier ou annuler :\n• Du lundi 22 février au vendredi 5 mars, accueil de loisirs : jusqu'au dimanche 7 février à 23h59/],
    ['je sais c trop tard mais Hugo au centre lundi 21 decembre svp, urgence boulot', /^Hors délai pour Hugo : lundi 21 décembre/],
    ['oui', /^J'ai joint votre message, qui en donne la raison\.\nC'est envoyé au service/],
  ]);
});

test('Monday 7 December (round 33, talked to it): « finalement pas le jeudi » or « en fait pas le mercredi, elle a piscine » just after a booking undoes that day of it', async () => {
  await replay('2026-12-07T10:00', [
    ['mets hugo jeudi et vendredi soir stp', /^Je réserve pour Hugo : jeudi 10 décembre et vendredi 11 décembre\./],
    ['oui', /^✓ Réservé pour Hugo : jeudi 10 décembre et vendredi 11 décembre\./],
    ['finalement pas le jeudi', `J'annule pour Hugo : jeudi 10 décembre.\nC'est bien cela ?\n${YES_NO}`],
    ['oui', /^✓ Annulé pour Hugo : jeudi 10 décembre\./],
    ['mets ines mardi 15 et mercredi 16', /^Je réserve pour Inès : mardi 15 décembre et mercredi 16 décembre\./],
    ['oui', /^✓ Réservé pour Inès/],
    ['en fait pas le mercredi, elle a piscine', `J'annule pour Inès : mercredi 16 décembre.\nC'est bien cela ?\n${YES_NO}`],
  ]);
});

test('Monday 7 December (round 33, talked to it): an absence to come, while the day can still be cancelled, is offered as a cancellation (no justification needed); a day to come with no booking has nothing to justify', async () => {
  await replay('2026-12-07T10:00', [
    ['Inès a de la fièvre, elle ne viendra pas jeudi 10. je vous envoie le certificat ?', /^Pas de réservation pour Inès : jeudi 10 décembre\. Il n'y a rien à justifier pour ce jour\./],
    ['mets ines jeudi 10 et vendredi 11', /^Je réserve pour Inès : jeudi 10 décembre et vendredi 11 décembre\./],
    ['oui', /^✓ Réservé pour Inès/],
    [
      'Inès a de la fièvre, elle ne viendra pas jeudi. je vous envoie le certificat ?',
      `Il est encore temps d'annuler : la place ira à une autre famille, et il n'y aura rien à justifier.\nJ'annule pour Inès : jeudi 10 décembre.\nC'est bien cela ?\n${YES_NO}`,
    ],
    ['oui', /^✓ Annulé pour Inès : jeudi 10 décembre\./],
  ]);
});

test('Monday 7 December (round 33, talked to it): « c’est combien pour les deux du coup ? » after Léa’s Wednesday then Hugo’s prices both', async () => {
  await replay('2026-12-07T10:00', [
    ['inscris léa mercredi 16 au centre', /^Je réserve pour Léa : mercredi 16 décembre\./],
    ['oui', /^✓ Réservé pour Léa/],
    ['et pour hugo ?', /^Je réserve pour Hugo : mercredi 16 décembre\./],
    ['oui', /^✓ Réservé pour Hugo/],
    ["bon et c'est combien pour les deux du coup ?", /^Pour ce que vous venez de réserver, à votre tarif :\n• 1 mercredi \(accueil du mercredi, pour 2 enfants\) : 2 × 7,80 € = 15,60 €/],
  ]);
});

test('Monday 7 December (round 33, talked to it): « ok alors annule les deux » after the deadline of Léa’s Wednesday then « et pour hugo le jeudi 17 ? » cancels each one’s own day', async () => {
  await replay('2026-12-07T10:00', [
    ['mets léa mercredi 16 et hugo jeudi 17', /^Je fais ces 2 changements/],
    ['oui', /./],
    ["jusqu'a quand je peux annuler le mercredi 16 pour lea ?", /^Dates limites pour réserver, modifier ou annuler :\n• mercredi 16 décembre/],
    ['et pour hugo le jeudi 17 ?', /^Dates limites pour réserver, modifier ou annuler :\n• jeudi 17 décembre/],
    ['ok alors annule les deux', `Je fais ces 2 changements :\n• annuler pour Léa : mercredi 16 décembre ;\n• annuler pour Hugo : jeudi 17 décembre.\nC'est bien cela ?\n${YES_NO}`],
    ['oui', /^✓ Annulé pour Léa : mercredi 16 décembre\./],
  ]);
});

test('Monday 7 December (round 34, talked to it): « ah non pas hugo vendredi » at the confirmation of Léa’s and Hugo’s Wednesday and Friday leaves Hugo’s Friday out only', async () => {
  await replay('2026-12-07T10:00', [
    ['léa et hugo au centre mercredi 16 et vendredi 18 soir svp', /^Je réserve pour Léa et Hugo : mercredi 16 décembre et vendredi 18 décembre\./],
    ['ah non pas hugo vendredi', `Je fais ces 2 changements :\n• réserver pour Léa : mercredi 16 décembre et vendredi 18 décembre ;\n• réserver pour Hugo : mercredi 16 décembre.\nC'est bien cela ?\n${YES_NO}`],
    ['oui', /^✓ Réservé pour Léa : mercredi 16 décembre et vendredi 18 décembre\.\n✓ Réservé pour Hugo : mercredi 16 décembre\./],
  ]);
});

test('Monday 7 December (round 34, talked to it): a change told beside another question is made, then the question is answered, whichever comes first', async () => {
  await replay('2026-12-07T10:00', [
    ['mets hugo mercredi 16 au centre', /^Je réserve pour Hugo : mercredi 16 décembre\./],
    ['oui', /^✓ Réservé pour Hugo/],
    ['Madame, je vous informe que Hugo ne pourra pas venir le mercredi 16 décembre. Par ailleurs, quels sont vos horaires le mercredi ?', `J'annule pour Hugo : mercredi 16 décembre.\nC'est bien cela ?\n${YES_NO}`],
    ['oui', /^✓ Annulé pour Hugo : mercredi 16 décembre\.\nAccueil du mercredi : de 8h00 à 19h00/],
    ['Bonjour, Inès ne viendra pas le jeudi 17 décembre. Pourriez-vous m’indiquer où télécharger l’attestation de paiement pour les impôts ?', /^Rien à annuler pour Inès : jeudi 17 décembre \(pas de réservation\)\.\nIl n'y a rien à changer\.\nVoici votre attestation de paiement 2026/],
  ]);
});

test('Monday 7 December (round 35, talked to it): an absence or a look told beside another question keeps its own days, then the question is answered on its own', async () => {
  await replay('2026-12-07T09:00', [
    // (« le 24 décembre » is the question's, not a past day to justify; « hier » is a Sunday.)
    ['Hugo a eu de la fièvre hier, je vous envoie le certificat. Au fait, vous êtes ouverts le 24 décembre ?', /^Je ne trouve aucun jour réservé pour Hugo depuis le lundi 30 novembre[^\n]*\nJeudi 24 décembre : ouvert, accueil de loisirs de 8h00 à 19h00\./],
    ["Qu'est-ce qui est prévu pour Léa cette semaine ? Et c'est ouvert le 31 décembre ?", /^Aucune réservation pour Léa du lundi 7 au vendredi 11 décembre\.[^\n]*\nJeudi 31 décembre : ouvert, accueil de loisirs/],
  ]);
});

test('Monday 11 January (round 35, talked to it): « non la deuxième » after the first week of the holidays, at the confirmation or after a deadline, is the second week', async () => {
  await replay('2027-01-11T08:00', [
    ["inscrire hugo au centre la 1ere semaine des vacances d'hiver", /^Je réserve pour Hugo : du lundi 22 au vendredi 26 février\./],
    ['non la deuxieme', /^Je réserve pour Hugo : du lundi 1er au vendredi 5 mars\./],
    ['oui', /^✓ Réservé pour Hugo : du lundi 1er au vendredi 5 mars\./],
    ["c'est jusqu'à quand pour la 1ère semaine des vacances de printemps ?", /Du lundi 19 avril au vendredi 23 avril/],
    ['et la deuxième ?', /Du lundi 26 avril au vendredi 30 avril/],
  ]);
});

test('Monday 4 January (round 35, talked to it): « et Inès les jeudis pareil » after Hugo’s Tuesdays of January books her Thursdays of the same weeks; at a late offer, it is a request of its own', async () => {
  await replay('2027-01-04T08:00', [
    ['Pouvez vous inscrire Hugo tous les mardis soirs de janvier ?', /^Je réserve pour Hugo : mardi 12 janvier, mardi 19 janvier et mardi 26 janvier\.\nHors délai pour Hugo : mardi 5 janvier/],
    ['oui', /Voulez-vous que j'envoie une demande hors délai au service/],
    ['et Inès les jeudis pareil', /^Je réserve pour Inès : jeudi 7 janvier, jeudi 14 janvier, jeudi 21 janvier et jeudi 28 janvier\./],
    ['oui', /^✓ Réservé pour Inès : jeudi 7 janvier, jeudi 14 janvier, jeudi 21 janvier et jeudi 28 janvier\./],
  ]);
});

test('Monday 7 December (round 35, talked to it): « oui je veux bien parler à quelqu’un » to the offer of a message out of hours is a yes; a new request there is read as one', async () => {
  await replay('2026-12-07T08:00', [
    ['je veux parler à quelqu’un', /Voulez-vous laisser un message au service \?/],
    ['oui je veux bien parler à quelqu’un', /^Écrivez votre message pour le service/],
    ['Pouvez-vous me rappeler pour la facture de novembre ?', /^Votre message est envoyé au service \(demande n° D.2026.\d+\)/],
    ['je veux parler à quelqu’un', /Voulez-vous laisser un message au service \?/],
    ['réserver Léa mercredi 16', /^Je réserve pour Léa : mercredi 16 décembre\./],
  ]);
});

test('Monday 7 December (round 36, talked to it): « et Hugo le vendredi 18 aussi » at the confirmation of Léa’s Thursday adds Hugo’s Friday alone', async () => {
  await replay('2026-12-07T10:00', [
    ['je voudrais inscrire Léa jeudi 17 décembre à la garderie', /^Je réserve pour Léa : jeudi 17 décembre\./],
    ['et Hugo le vendredi 18 aussi stp', /^Je fais ces 2 changements :\n• réserver pour Léa : jeudi 17 décembre ;\n• réserver pour Hugo : vendredi 18 décembre\./],
    ['oui', /^✓ Réservé pour Léa : jeudi 17 décembre\.\n✓ Réservé pour Hugo : vendredi 18 décembre\./],
  ]);
});

test('Monday 7 December (round 37, talked to it): « non plutot le mercredi 23 pour Ines » among a booking for Inès and Hugo and a cancellation for Léa moves Inès alone', async () => {
  await replay('2026-12-07T10:00', [
    ['pouriez vous inscrir Ines et Hugo au centre le mercredi 16 et annuler la garderie de Léa vendredi 11', /^Je réserve pour Hugo et Inès : mercredi 16 décembre\./],
    ['non plutot le mercredi 23 pour Ines', /^Je réserve pour Hugo : mercredi 16 décembre\.\nRien à annuler pour Léa : vendredi 11 décembre \(pas de réservation\)\.\nHors délai pour Inès : mercredi 23 décembre/],
    ['oui', /^✓ Réservé pour Hugo : mercredi 16 décembre\./],
  ]);
});

test('Monday 7 December (round 37, talked to it): « et pour celles d’hiver ? » after the Christmas deadline asks the winter holidays’ deadline', async () => {
  await replay('2026-12-07T10:00', [
    ['la date ultime pour inscrire mes enfants aux vacances de Noël', /Du lundi 21 décembre au jeudi 31 décembre, accueil de loisirs : jusqu'au dimanche 6 décembre à 23h59/],
    ['et pour celles d’hiver ?', /Du lundi 22 février au vendredi 5 mars, accueil de loisirs : jusqu'au dimanche 7 février à 23h59/],
  ]);
});

test('Monday 7 December (round 37, talked to it): « jeudi c’est Inès pas Hugo » moves Hugo’s Thursday to Inès alone; a stay beside a closed day is the booking; « ah non pas le mercredi » just after a cancellation books that Wednesday again; a change « et me dire si » a child is booked is the change, then the look', async () => {
  await replay('2026-12-07T10:00', [
    ['slt c pour hugo, mercredi 16 au centre ok ? et jeudi 17 garderie aussi', /^Je réserve pour Hugo : mercredi 16 décembre et jeudi 17 décembre\./],
    ["nn pardon jeudi c'est inès pas hugo", /^Je fais ces 2 changements :\n• réserver pour Hugo : mercredi 16 décembre ;\n• réserver pour Inès : jeudi 17 décembre\./],
    ['oui', /^✓ Réservé pour Hugo : mercredi 16 décembre\.\n✓ Réservé pour Inès : jeudi 17 décembre\./],
    ['lea a un anniv samedi 12 donc pas besoin de garderie, par contre vendredi 11 elle reste à la garderie svp', /^Je réserve pour Léa : vendredi 11 décembre\.\nPas d'accueil samedi 12 décembre : c'est le week-end\./],
    ['oui', /^✓ Réservé pour Léa : vendredi 11 décembre\./],
    ['inscris Inès à la garderie du lundi 14 au vendredi 18', /^Je réserve pour Inès : du lundi 14 au mercredi 16 décembre et vendredi 18 décembre\./],
    ['oui', /^✓ Réservé pour Inès/],
    ['annule tout pour ines la semaine pro', /^J'annule pour Inès : du lundi 14 au vendredi 18 décembre\./],
    ['oui', /^✓ Annulé pour Inès : du lundi 14 au vendredi 18 décembre\./],
    ['ah non pas le mercredi', /^Je réserve pour Inès : mercredi 16 décembre\./],
    ['oui', /^✓ Réservé pour Inès : mercredi 16 décembre\./],
    ['bjr, pouvez vous anuler la garderie de hugo jeudi 10 et me dire si léa est inscrite vendredi 11 ?', /^Rien à annuler pour Hugo : jeudi 10 décembre \(pas de réservation\)\.\nIl n'y a rien à changer\.\nOui : Léa a une place le vendredi 11 décembre\.$/],
  ]);
});

test('Monday 7 December (round 37, talked to it): « non plutôt sans le 31 seulement » instead of a word for a late request offers it again without the 31st; « mé que l’aprem » is told days are booked whole; the price of « la garderie pour 2 enfants » just after a booking is the evening’s', async () => {
  await replay('2026-12-07T10:00', [
    ['inscrire Hugo au centre les 29, 30 et 31 décembre', /^Hors délai pour Hugo : du mardi 29 au jeudi 31 décembre /],
    ['oui', /^Voulez-vous ajouter un mot pour le service \?/],
    ['non plutôt sans le 31 seulement', /^Hors délai pour Hugo : mardi 29 décembre et mercredi 30 décembre /],
    ['non', /^D'accord, je n'envoie rien\./],
    ["inscris hugo au centre mercredi 16 mé que l'aprem", /^Je réserve pour Hugo : mercredi 16 décembre\.\nJe ne peux réserver que la journée entière : pour une demi-journée, prévenez le service/],
    ['oui', /^✓ Réservé pour Hugo : mercredi 16 décembre\./],
    // (Round 38: for two children, one evening priced for both.)
    ['combien ça coûte la garderie pour 2 enfants ?', /^À votre tarif, 1 soir \(accueil du soir, pour 2 enfants\) : 2 × 2,40 € = 4,80 €\./],
  ]);
});

test('Tuesday 8 December (round 37, talked to it): « ah atten plutot le 23 » at the offer of a late request corrects it, and « ouais » sends the 23rd, not the day first asked', async () => {
  await replay('2026-12-08T18:30', [
    ['coucou!! jpeux mettre inès au centr mercredi prochin ?', /^Hors délai pour Inès : mercredi 9 décembre /],
    ['ah atten plutot le 23', /^Hors délai pour Inès : mercredi 23 décembre /],
    ['ouais', /^Voulez-vous ajouter un mot pour le service \?/],
    ['non', /^C'est envoyé au service/],
  ]);
});

test('Monday 7 December (round 38, talked to it): « revenir à l’assistant » declines the offer of a message out of hours; « ah non pas Hugo le mercredi » after a cancellation books his Wednesday again; « combien le mercredi pour les trois ? » prices one Wednesday for three; « ok merci bonne journée » is a goodbye', async () => {
  await replay('2026-12-07T20:30', [
    ['je voudrais parler à quelqu’un', /Voulez-vous laisser un message au service \?/],
    ['revenir à l’assistant', /^D'accord, je n'envoie rien\./],
    ['réserver Léa et Hugo du lundi 14 au vendredi 18 décembre', /^Je réserve pour Léa et Hugo : du lundi 14 au vendredi 18 décembre\./],
    ['oui', /^✓ Réservé pour Léa et Hugo : du lundi 14 au vendredi 18 décembre\./],
    ['annuler Léa et Hugo la semaine du 14', /^J'annule pour Léa et Hugo : du lundi 14 au vendredi 18 décembre\./],
    ['oui', /^✓ Annulé pour Léa et Hugo : du lundi 14 au vendredi 18 décembre\./],
    ['ah non pas Hugo le mercredi', /^Je réserve pour Hugo : mercredi 16 décembre\.\nC'est bien cela/],
    ['oui', /^✓ Réservé pour Hugo : mercredi 16 décembre\./],
    ['c’est combien le mercredi pour les trois ?', /^À votre tarif, 1 mercredi \(accueil du mercredi, pour 3 enfants\) : 3 × 7,80 € = 23,40 €\./],
    // (« ok » opening thanks and a goodbye is a goodbye, not a yes waiting for a request.)
    ['ok merci bonne journée', /^Au revoir et bonne soirée/],
  ]);
});

test('Monday 7 December (round 39, talked to it): « vendredi non jles recup » after a week asked leaves Friday out (it was read as a cancellation or asked « annuler ou réserver ? »); « et pr léa ? » books her the same days; « mercredi au centre, non en fait mercredi 16 » asks the 16th only; « sur la route jusqu’à vendredi » beside the day asked is not looked at', async () => {
  await replay('2026-12-07T19:40', [
    ['bonsoir inès et hugo garderie lundi mardi jeudi semaine pro. vendredi non jles recup', /^Je réserve pour Hugo et Inès : lundi 14 décembre, mardi 15 décembre et jeudi 17 décembre\./],
    ['oui', /^✓ Réservé pour Hugo et Inès : lundi 14 décembre, mardi 15 décembre et jeudi 17 décembre\./],
    ['et pr léa ?', /^Je réserve pour Léa : lundi 14 décembre, mardi 15 décembre et jeudi 17 décembre\./],
    ['oui', /^✓ Réservé pour Léa/],
    ['ah et léa mercredi au centre, non en fait mercredi 16', /^Je réserve pour Léa : mercredi 16 décembre\.\nC'est bien cela/],
    ['non', /^D'accord, je n'ai rien changé\./],
    ['c la grand mère, ma fille est sur la route jusqu’à vendredi, est ce que les petits sont bien inscrits jeudi 17 ?', /^Réservations de Léa, Hugo et Inès le jeudi 17 décembre :\n• Léa : jeudi 17 décembre\n• Hugo : jeudi 17 décembre\n• Inès : jeudi 17 décembre/],
  ]);
});

test('Monday 7 December (round 40, talked to it): « et hugo pareil mais sans le vendredi » just after Léa’s week books Hugo the same days less Friday (Friday was booked too); « pareil pour inès sauf le 15 » then leaves the 15th out of Hugo’s days', async () => {
  await replay('2026-12-07T19:40', [
    ['léa garderie lundi mardi jeudi vendredi semaine pro', /^Je réserve pour Léa : lundi 14 décembre, mardi 15 décembre, jeudi 17 décembre et vendredi 18 décembre\./],
    ['oui', /^✓ Réservé pour Léa/],
    ['et hugo pareil mais sans le vendredi', /^Je réserve pour Hugo : lundi 14 décembre, mardi 15 décembre et jeudi 17 décembre\.\nC'est bien cela/],
    ['oui', /^✓ Réservé pour Hugo : lundi 14 décembre, mardi 15 décembre et jeudi 17 décembre\./],
    ['pareil pour inès sauf le 15', /^Je réserve pour Inès : lundi 14 décembre et jeudi 17 décembre\./],
  ]);
});

test('Monday 7 December (round 40, talked to it): « non c pas demain c vendredi » just after « Rien à annuler pour Léa : mardi 8 » corrects that request (it was « Je n’ai pas compris »)', async () => {
  await replay('2026-12-07T19:40', [
    ['annule léa demain', /^Rien à annuler pour Léa : mardi 8 décembre/],
    ['non c pas demain c vendredi', /^Rien à annuler pour Léa : vendredi 11 décembre/],
  ]);
});

test('Wednesday 9 December (round 40, talked to it): « c bon merci bne soirée » when a word for the service is asked sends the late request without that word, then says good evening', async () => {
  await replay('2026-12-09T21:30', [
    ['et pour hugo on peut rajouter le lundi 21 ?', /^Hors délai pour Hugo : lundi 21 décembre/],
    ['oui', /^Voulez-vous ajouter un mot pour le service/],
    ['c bon merci bne soirée', /^C'est envoyé au service \(portailfamille@joinvillelepont\.fr\) : demande n° D.2026.000001\..*\nAu revoir et bonne soirée !/s],
  ]);
});

test('Wednesday 9 December (round 40, talked to it): « et le 16 pr inès aussi » after Léa booked on the 16th and Inès’s 15th cancelled books Inès on the 16th (it was read as a cancellation of both days)', async () => {
  await replay('2026-12-09T07:50', [
    ['inscris lea mercredi 16 au centre et enleve ines du mardi 15 stp', /^Je réserve pour Léa : mercredi 16 décembre\.\nRien à annuler pour Inès : mardi 15 décembre/],
    ['oui', /^✓ Réservé pour Léa : mercredi 16 décembre\./],
    ['et le 16 pr inès aussi', /^Je réserve pour Inès : mercredi 16 décembre\.\nC'est bien cela/],
  ]);
});

test('Tuesday 8 December (round 40, talked to it): « et hugo il y va quand meme ? » just after Léa’s evening looks at Hugo’s same evening (it showed his next two weeks)', async () => {
  await replay('2026-12-08T16:05', [
    ['bonjour c est mamie, léa a mal au ventre elle rentre avec moi ce soir elle ira pas a la garderie', /^Rien à annuler pour Léa : mardi 8 décembre/],
    ['et hugo il y va quand meme ?', /^Non : Hugo n'a pas de réservation le mardi 8 décembre/],
    ['et hugo, qu’est-ce qu’il a la semaine prochaine ?', /^Aucune réservation pour Hugo du lundi 14 au vendredi 18 décembre\./],
  ]);
});

test('Friday 11 December (round 40, talked to it): a cancellation from a day on, told with a move (« nous déménageons »), asks until when (it offered to send a change of the family record)', async () => {
  await replay('2026-12-11T13:10', [
    ['Madame, Monsieur, mon fils Hugo ne fréquentera plus l’accueil du soir à compter du 4 janvier, nous déménageons. Pourriez-vous annuler ses réservations ?', /^Jusqu'à quand \?/],
  ]);
});

test('Monday 7 December (round 41, talked to it): « finalement Inès c’est pas jeudi c’est vendredi » just after her Thursday was booked moves it to Friday (it asked « annuler ou réserver ? »)', async () => {
  await replay('2026-12-07T18:30', [
    ['annulez Léa mercredi 9 et mettez Inès jeudi 10 à la place', /Je réserve pour Inès : jeudi 10 décembre\./],
    ['oui', /✓ Réservé pour Inès : jeudi 10 décembre\./],
    ['finalement Inès c’est pas jeudi c’est vendredi', /^Je fais ces 2 changements :\n• annuler pour Inès : jeudi 10 décembre ;\n• réserver pour Inès : vendredi 11 décembre\./],
    ['oui', /✓ Réservé pour Inès : vendredi 11 décembre\.\n✓ Annulé pour Inès : jeudi 10 décembre\./],
  ]);
});

test('Monday 7 December (round 41, talked to it): « non c bon » after « Autre chose ? » says goodbye (it said « Bonjour Camille ! »)', async () => {
  await replay('2026-12-07T18:30', [
    ['inscris Hugo vendredi 11', /^Je réserve pour Hugo : vendredi 11 décembre\./],
    ['oui', /Autre chose \?/],
    ['non c bon', /^Au revoir et bonne soirée !/],
  ]);
});

test('Monday 7 December (round 42, talked to it): « non juste le lundi pour lui » at the confirmation of Hugo’s cancellation keeps his Monday (it dropped the request and booked Léa’s Monday)', async () => {
  await replay('2026-12-07T09:00', [
    ['inscris léa et hugo lundi 14 et mardi 15', /^Je réserve pour Léa et Hugo : lundi 14 décembre et mardi 15 décembre\./],
    ['oui', /✓ Réservé pour Léa et Hugo/],
    ['annule léa lundi 14 et mardi 15', /^J'annule pour Léa : lundi 14 décembre et mardi 15 décembre\./],
    ['oui', /✓ Annulé pour Léa/],
    ['et hugo pareil', /^J'annule pour Hugo : lundi 14 décembre et mardi 15 décembre\./],
    ['non juste le lundi pour lui', /^J'annule pour Hugo : lundi 14 décembre\.\nC'est bien cela \?/],
    ['oui', /✓ Annulé pour Hugo : lundi 14 décembre\./],
  ]);
});

test('Monday 7 December (round 42, talked to it): « c’est où qu’on l’envoie le certificat ? » gets where and how; « d’accord merci bonne soirée » at « Pour quel enfant ? » says goodbye (it asked again)', async () => {
  await replay('2026-12-07T18:30', [
    ['hugo était malade vendredi il a pas pu venir au centre', /^Pas de réservation pour Hugo : vendredi 4 décembre\./],
    ['ok merci, et c’est où qu’on l’envoie le certificat ?', /^Un justificatif d'absence s'envoie ici, dans les 7 jours qui suivent l'absence : une photo ou un PDF\.\nPour quel enfant/],
    ['d’accord merci bonne soirée', /^Au revoir et bonne soirée !/],
  ]);
});

test('Monday 7 December (round 42, talked to it): « non pas vendredi, plutot mercredi 9 pour léa » at the confirmation of a booking for Inès and a cancellation for Léa moves Léa’s day (it asked « Pour quels jours ? »)', async () => {
  await replay('2026-12-07T18:30', [
    ['slt, inès a la garderie jeudi 10 stp et enleve léa vendredi 11', /^Je réserve pour Inès : jeudi 10 décembre\.\nRien à annuler pour Léa : vendredi 11 décembre/],
    ['non pas vendredi, plutot mercredi 9 pour léa', /^Je réserve pour Inès : jeudi 10 décembre\.\nRien à annuler pour Léa : mercredi 9 décembre \(pas de réservation\)\.\nC'est bien cela \?/],
    ['oui', /✓ Réservé pour Inès : jeudi 10 décembre\./],
  ]);
});

test('Monday 7 December (round 42, talked to it): « non juste le jeudi pour lui » just after « et pour hugo ? » on a cancellation stays a cancellation of his Thursday (it booked it)', async () => {
  await replay('2026-12-07T10:00', [
    ['jvoudrais anuler la garderi de lea mardi 15 et jeudi 17 svp', /^Rien à annuler pour Léa : mardi 15 décembre et jeudi 17 décembre/],
    ['et pour hugo ?', /^Rien à annuler pour Hugo : mardi 15 décembre et jeudi 17 décembre/],
    ['non juste le jeudi pour lui', /^Rien à annuler pour Hugo : jeudi 17 décembre \(pas de réservation\)\./],
  ]);
});

test('Monday 7 December (round 43, talked to it): « non pas jeudi, mercredi 16 » at the confirmation of Inès’s booking and Hugo’s cancellation puts Wednesday in Inès’s booking (it added it to Hugo’s cancellation)', async () => {
  await replay('2026-12-07T08:10', [
    ['inscris inès mardi 15 et jeudi 17 et annule hugo vendredi 18', /^Je réserve pour Inès : mardi 15 décembre et jeudi 17 décembre\.\nRien à annuler pour Hugo : vendredi 18 décembre/],
    ['non pas jeudi, mercredi 16', /^Je réserve pour Inès : mardi 15 décembre et mercredi 16 décembre\.\nRien à annuler pour Hugo : vendredi 18 décembre \(pas de réservation\)\.\nC'est bien cela \?/],
    ['oui', /✓ Réservé pour Inès : mardi 15 décembre et mercredi 16 décembre\./],
  ]);
});

test('Monday 7 December (round 43, talked to it): « jusqu’à quand je peux annuler ça ? » just after a booking gives the deadline of that day (it gave every rule)', async () => {
  await replay('2026-12-07T12:00', [
    ['mettez léa jeudi 10', /^Je réserve pour Léa : jeudi 10 décembre\./],
    ['oui', /✓ Réservé pour Léa : jeudi 10 décembre\./],
    ['jusqu’à quand je peux annuler ça ?', /^Dates limites pour réserver, modifier ou annuler :\n• jeudi 10 décembre, accueil du soir : jusqu'au lundi 7 décembre à 23h59/],
  ]);
});

test('Monday 7 December (round 43, talked to it): « annuler … pour demain, et aussi savoir combien je dois pour novembre » cancels that day, then gives November’s statement (November’s days were read as days to cancel, the question dropped)', async () => {
  await replay('2026-12-07T16:50', [
    ['je voudrais annulé la garderie de ines pour demain, et aussi savoir combien je dois pour novembre', /^Rien à annuler pour Inès : mardi 8 décembre \(pas de réservation\)\.\nIl n'y a rien à changer\.\nRelevé de novembre 2026 : /],
  ]);
});

test('Monday 7 December (round 43, talked to it): « et pr hugo tu peux le metre jeudi aussi ? » asked which days for Léa books both on Thursday (Léa was dropped silently); « ah non pour hugo, jeudi » still means Hugo instead', async () => {
  await replay('2026-12-07T07:30', [
    ['je voudrais inscrire léa', /^Pour quels jours \?/],
    ['et pr hugo tu peux le metre jeudi aussi ?', /^Je réserve pour Léa et Hugo : jeudi 10 décembre\./],
    ['oui', /✓ Réservé pour Léa et Hugo : jeudi 10 décembre\./],
  ]);
  await replay('2026-12-07T07:30', [
    ['je voudrais inscrire léa', /^Pour quels jours \?/],
    ['ah non pour hugo, jeudi', /^Je réserve pour Hugo : jeudi 10 décembre\./],
  ]);
});

test('Monday 7 December (round 43, talked to it): « ok fait le » just after « j’ai oublié d’inscrire Inès pour demain soir, c’est encore possible ? » offers the late request for that day (it did not understand); « ok vas-y » after a cancellation’s deadline cancels', async () => {
  await replay('2026-12-07T13:15', [
    ['bjr jai oublier d inscrire ines pr demain soir c encore possible ?', /^Dates limites pour réserver, modifier ou annuler :\n• mardi 8 décembre, accueil du soir : jusqu'au samedi 5 décembre à 23h59/],
    ['ok fait le', /^Hors délai pour Inès : mardi 8 décembre/],
  ]);
  await replay('2026-12-07T13:15', [
    ['jusqu’à quand je peux annuler hugo jeudi 17 ?', /^Dates limites pour réserver, modifier ou annuler :\n• jeudi 17 décembre/],
    ['ok vas-y', /^Rien à annuler pour Hugo : jeudi 17 décembre \(pas de réservation\)\./],
  ]);
});

test('Monday 7 December (round 43, talked to it): « je dois mettre a jour le numero de portable de mon mari, comment on fait ? » asks for the change (it had no answer ready)', async () => {
  await replay('2026-12-07T20:05', [
    ['bonsoir, je dois mettre a jour le numero de portable de mon mari, comment on fait ?', /^Quel est le changement \?/],
    ['06 12 34 56 78', /^Je transmets au service cette modification de votre dossier : « bonsoir, je dois mettre a jour le numero de portable de mon mari, comment on fait \? — 06 12 34 56 78 »\./],
  ]);
});

test('Monday 7 December (round 43, talked to it): « ah et inès que le mardi » at the confirmation of Léa’s and Hugo’s week adds Inès on Tuesday (Léa’s and Hugo’s days were dropped silently)', async () => {
  await replay('2026-12-07T10:20', [
    ['lea et hugo semaine pro tous les soirs sauf mercredi', /^Je réserve pour Léa et Hugo : lundi 14 décembre, mardi 15 décembre, jeudi 17 décembre et vendredi 18 décembre\./],
    ['ah et inès que le mardi', /• réserver pour Léa et Hugo : lundi 14 décembre, mardi 15 décembre, jeudi 17 décembre et vendredi 18 décembre ;\n• réserver pour Inès : mardi 15 décembre\.\nC'est bien cela \?/],
    ['oui', /✓ Réservé pour Inès : mardi 15 décembre\./],
  ]);
});

test('Monday 7 December (round 44, talked to it): « non attends, c’est mercredi qu’il a le rdv » at the confirmation of Hugo’s Friday cancels Wednesday instead (it dropped the request and answered a question)', async () => {
  await replay('2026-12-07T18:30', [
    ['inscris hugo au centre mercredi 16 et vendredi 18 a la garderie', /^Je réserve pour Hugo : mercredi 16 décembre et vendredi 18 décembre\./],
    ['oui', /✓ Réservé pour Hugo : mercredi 16 décembre et vendredi 18 décembre\./],
    ['enlève hugo vendredi 18 finalement', /^J'annule pour Hugo : vendredi 18 décembre\./],
    ['non attends, c’est mercredi qu’il a le rdv', /^J'annule pour Hugo : mercredi 16 décembre\.\nC'est bien cela \?/],
    ['oui', /✓ Annulé pour Hugo : mercredi 16 décembre\./],
  ]);
});

test('Monday 7 December (round 44, talked to it): « non attends, c’est mercredi le rdv » just after Hugo’s cancellation stays Hugo’s cancellation (it asked which child, as a booking)', async () => {
  await replay('2026-12-07T18:30', [
    ['enlève hugo mardi 8 il a un rdv chez l’orthophoniste', /^Rien à annuler pour Hugo : mardi 8 décembre/],
    ['non attends, c’est mercredi le rdv', /^Rien à annuler pour Hugo : mercredi 9 décembre \(pas de réservation\)\./],
  ]);
});

test('Monday 7 December (round 44, talked to it): « et la semaine d’après pareil pour hugo ? » after Hugo’s and Inès’s week booked and Léa’s Wednesday cancelled books Hugo’s next week (it cancelled his Wednesday)', async () => {
  await replay('2026-12-07T18:30', [
    ['jdois reserver hugo et ines le soir du lundi 14 au jeudi 17 et annuler lea mercredi 16 elle va chez sa tata', /^Je réserve pour Hugo et Inès : du lundi 14 au jeudi 17 décembre\.\nRien à annuler pour Léa : mercredi 16 décembre/],
    ['oui', /^✓ Réservé pour Hugo et Inès : du lundi 14 au jeudi 17 décembre\./],
    ['et la semaine d’après pareil pour hugo ?', /^Hors délai pour Hugo : du lundi 21 au jeudi 24 décembre/],
  ]);
});

test('Monday 7 December (round 44, talked to it): « non enfait c’est pour l’annuler » at the confirmation of a booking asks the cancellation of the same child and day (it dropped the request and asked which child)', async () => {
  await replay('2026-12-07T16:40', [
    ['hugo le 16 au centre', /^Je réserve pour Hugo : mercredi 16 décembre\./],
    ['non enfait c’est pour l’annuler', /^Rien à annuler pour Hugo : mercredi 16 décembre \(pas de réservation\)\./],
  ]);
});

test('Monday 7 December (round 44, talked to it): « il reste de la place pour léa pendant les vacances d’hiver ? » says there is room before the booking to confirm (it only asked to confirm a booking)', async () => {
  await replay('2026-12-07T10:00', [
    ['il reste de la place pour léa pendant les vacances d’hiver ?', /^Oui, il reste de la place\.\nJe réserve pour Léa : du lundi 22 février au vendredi 5 mars\.\nC'est bien cela \?/],
  ]);
});

test('Monday 7 December (round 44, talked to it): « ah non attend, annule ines, c’est le spectacle de danse ce jour la » just after Hugo’s and Inès’s Wednesday was booked cancels her Wednesday (it asked which days)', async () => {
  await replay('2026-12-07T19:40', [
    ['y a til encore de la place au centre pour hugo et ines mercredi 16 ?', /^Oui, il reste de la place\.\nJe réserve pour Hugo et Inès : mercredi 16 décembre\./],
    ['oui', /✓ Réservé pour Hugo et Inès : mercredi 16 décembre\./],
    ['ah non attend, annule ines, c’est le spectacle de danse ce jour la', /^J'annule pour Inès : mercredi 16 décembre\.\nC'est bien cela \?/],
  ]);
});

test('Monday 7 December (round 44, talked to it): « … ? et aussi de me dire si hugo est inscrit mercredi » books Léa, then answers the look (Hugo’s Wednesday was booked)', async () => {
  await replay('2026-12-07T13:05', [
    ['bjr c possible de metre léa a la garderi mardi 15 et jeudi 17 ? et aussi de me dire si hugo est inscrit mercredi', /^Je réserve pour Léa : mardi 15 décembre et jeudi 17 décembre\.\nC'est bien cela \?/],
    ['oui', /^✓ Réservé pour Léa : mardi 15 décembre et jeudi 17 décembre\.\nNon : Hugo n'a pas de réservation le mercredi 9 décembre/],
  ]);
});

test('Monday 30 November (round 45, talked to it): « et hugo il reste bien lui ? » just after Léa’s Wednesday was cancelled says Hugo keeps his place (it cancelled Hugo’s Wednesday)', async () => {
  await replay('2026-11-30T08:10', [
    ['resa pr les 3 mercredi 16 dec au centre', /^Je réserve pour Léa, Hugo et Inès : mercredi 16 décembre\./],
    ['oui', /✓ Réservé pour Léa, Hugo et Inès : mercredi 16 décembre\./],
    ['ah zut en fait Léa pourra pas, elle a l’anniv de sa copine, tu l’enlèves ?', /^J'annule pour Léa : mercredi 16 décembre\./],
    ['oui', /✓ Annulé pour Léa : mercredi 16 décembre\./],
    ['et hugo il reste bien lui ?', /^Oui : Hugo a une place le mercredi 16 décembre\./],
  ]);
});

test('Monday 30 November (round 45, talked to it): « Hugo aussi la même semaine svp » after his sisters’ holiday week books Hugo that week (it asked which days)', async () => {
  await replay('2026-11-30T09:00', [
    ['Madame, Monsieur, je souhaiterais inscrire mes deux filles Léa et Inès à l’accueil de loisirs durant la deuxième semaine des vacances de Noël. Bien cordialement.', /^Je réserve pour Léa et Inès : du lundi 28 au jeudi 31 décembre\./],
    ['oui', /✓ Réservé pour Léa et Inès : du lundi 28 au jeudi 31 décembre\./],
    ['Hugo aussi la même semaine svp', /^Je réserve pour Hugo : du lundi 28 au jeudi 31 décembre\.\nC'est bien cela \?/],
  ]);
});

test('Monday 7 December (round 45, talked to it): « et pour le 16 c bon ? » just after Wednesday 9 was told past its deadline asks the deadline of the 16th (it looked at the bookings)', async () => {
  await replay('2026-12-07T21:00', [
    ['slt jpeux encore inscrire les enfants pr mercredi ?', /^Dates limites pour réserver, modifier ou annuler :\n• mercredi 9 décembre, accueil du mercredi : jusqu'au dimanche 6 décembre à 23h59/],
    ['et pour le 16 c bon ?', /^Dates limites pour réserver, modifier ou annuler :\n• mercredi 16 décembre, accueil du mercredi : jusqu'au dimanche 13 décembre à 23h59.*C'est encore possible\./s],
    ['et le 16 ils sont inscrits ?', /^Aucune réservation pour Léa, Hugo et Inès le mercredi 16 décembre\./],
  ]);
});

test('Monday 30 November (round 45, talked to it): « pardon, pas jeudi, c’est vendredi 11 pour jeudi » just after Hugo’s Tuesday and Thursday were booked moves Thursday to Friday (it booked Friday and left Thursday booked)', async () => {
  await replay('2026-11-30T19:00', [
    ['reserver hugo le soir mardi 8 et jeudi 10 decembre', /^Je réserve pour Hugo : mardi 8 décembre et jeudi 10 décembre\./],
    ['oui', /✓ Réservé pour Hugo : mardi 8 décembre et jeudi 10 décembre\./],
    ['pardon, pas jeudi, c’est vendredi 11 pour jeudi', /^Je fais ces 2 changements :\n• annuler pour Hugo : jeudi 10 décembre ;\n• réserver pour Hugo : vendredi 11 décembre\.\nC'est bien cela \?/],
    ['oui', /✓ Réservé pour Hugo : vendredi 11 décembre\.\n✓ Annulé pour Hugo : jeudi 10 décembre\./],
  ]);
});

test('Monday 7 December (round 45, talked to it): « non plutot mercredi » just after Hugo’s Friday 18 was cancelled books Friday back and cancels Wednesday 16 of that week (it cancelled Wednesday 9 and left Friday cancelled)', async () => {
  await replay('2026-12-07T10:00', [
    ['inscris hugo mercredi 16 et vendredi 18', /^Je réserve pour Hugo : mercredi 16 décembre et vendredi 18 décembre\./],
    ['oui', /✓ Réservé pour Hugo : mercredi 16 décembre et vendredi 18 décembre\./],
    ['annule hugo vendredi 18', /^J'annule pour Hugo : vendredi 18 décembre\./],
    ['oui', /✓ Annulé pour Hugo : vendredi 18 décembre\./],
    ['non plutot mercredi', /^Je fais ces 2 changements :\n• réserver pour Hugo : vendredi 18 décembre ;\n• annuler pour Hugo : mercredi 16 décembre\.\nC'est bien cela \?/],
  ]);
});

test('Monday 7 December (round 45, talked to it): « ah non pardon, inès c’est vendredi 18 pas jeudi » just after Léa’s and Hugo’s Wednesday and Inès’s Thursday were booked moves Inès’s day (it booked Friday and left Thursday booked)', async () => {
  await replay('2026-12-07T11:00', [
    ['bonjour je voudrais inscrire léa et hugo mercredi 16 et inès jeudi 17 le soir', /^Je fais ces 2 changements :/],
    ['oui', /✓ Réservé pour Léa et Hugo : mercredi 16 décembre\.\n✓ Réservé pour Inès : jeudi 17 décembre\./],
    ['ah non pardon, inès c’est vendredi 18 pas jeudi', /^Je fais ces 2 changements :\n• annuler pour Inès : jeudi 17 décembre ;\n• réserver pour Inès : vendredi 18 décembre\.\nC'est bien cela \?/],
  ]);
});

test('Monday 7 December (round 45, talked to it): « et la suivante ? » after a look at next week looks at the week after (it looked at the same week again); « si jamais » asks the deadline of the day just booked', async () => {
  await replay('2026-12-07T12:00', [
    ['qu’est ce qui est prévu pour les enfants la semaine pro ?', /^Aucune réservation pour Léa, Hugo et Inès du lundi 14 au vendredi 18 décembre\./],
    ['et la suivante ?', /^Aucune réservation pour Léa, Hugo et Inès du lundi 21 au vendredi 25 décembre\./],
    ['inscris léa mercredi 16', /^Je réserve pour Léa : mercredi 16 décembre\./],
    ['oui', /✓ Réservé pour Léa : mercredi 16 décembre\./],
    ['super. et jusqua quand je peux annuler si jamais ?', /^Dates limites pour réserver, modifier ou annuler :\n• mercredi 16 décembre, accueil du mercredi : jusqu'au dimanche 13 décembre à 23h59/],
  ]);
});

test('Monday 7 December (round 46, talked to it): « ah non pardon c’était le 16 » at the word for a late request books the 16th, in time (it sent the 9th to the service with that sentence as the word)', async () => {
  await replay('2026-12-07T18:30', [
    ['réserve Inès mercredi 9', /^Hors délai pour Inès : mercredi 9 décembre /],
    ['oui', /^Voulez-vous ajouter un mot pour le service \?/],
    ['ah non pardon c’était le 16', /^Je réserve pour Inès : mercredi 16 décembre\.\nC'est bien cela \?/],
    ['oui', /^✓ Réservé pour Inès : mercredi 16 décembre\./],
  ]);
});

test('Monday 7 December (round 46, talked to it): « ah non pardon c’était le 16 » at the offer of a late request offers the 16th instead (it offered the 9th again); a word that gives the reason is still sent', async () => {
  await replay('2026-12-07T18:30', [
    ['réserve Inès mercredi 9', /^Hors délai pour Inès : mercredi 9 décembre /],
    ['ah non pardon c’était le 16', /^Je réserve pour Inès : mercredi 16 décembre\.\nC'est bien cela \?/],
    ['non', /^D'accord, je n'ai rien changé\./],
    ['réserve Hugo mercredi 9', /^Hors délai pour Hugo : mercredi 9 décembre /],
    ['oui', /^Voulez-vous ajouter un mot pour le service \?/],
    ['en fait je finis tard le 9, pardon', /^C'est envoyé au service/],
  ]);
});

test('Monday 7 December (round 46, talked to it): « inscrire Léa mardi et jeudi, euh non jeudi elle vient pas c’est sa mamie qui la prend » offers Tuesday only, past its deadline (it booked Thursday, cancelled it and offered Tuesday, all at once)', async () => {
  await replay('2026-12-07T18:30', [
    ['inscrire Léa mardi et jeudi, euh non jeudi elle vient pas c’est sa mamie qui la prend', /^Hors délai pour Léa : mardi 8 décembre \(la date limite était le samedi 5 décembre 2026 à 23h59\)\.\nJe ne peux plus changer ce jour moi-même\./],
  ]);
});

test('Monday 7 December (round 46, talked to it): « en fait le 18 annule » just after Inès’s 16th and 18th cancels her 18th (it asked which child); « et inès les deux jours » after Léa’s 16th and Hugo’s 18th books both days for Inès (it booked the 18th only)', async () => {
  await replay('2026-12-07T19:00', [
    ['réserve inès merc 16 et ven 18 stp', /^Je réserve pour Inès : mercredi 16 décembre et vendredi 18 décembre\./],
    ['oui', /^✓ Réservé pour Inès : mercredi 16 décembre et vendredi 18 décembre\./],
    ['en fait le 18 annule', /^J'annule pour Inès : vendredi 18 décembre\.\nC'est bien cela \?/],
    ['oui', /^✓ Annulé pour Inès : vendredi 18 décembre\./],
    ['inscris léa le 16 et hugo le 18', /^Je fais ces 2 changements :/],
    ['oui', /^✓ Réservé pour Léa : mercredi 16 décembre\.\n✓ Réservé pour Hugo : vendredi 18 décembre\./],
    // (Her 16th is still booked from before: both days are taken, the 16th told as already booked.)
    ['et inès les deux jours', /^Je réserve pour Inès : vendredi 18 décembre\.\nDéjà réservé pour Inès : mercredi 16 décembre\.\nC'est bien cela \?/],
  ]);
});

test('Monday 7 December (round 46, talked to it): « je n’arrive pas à inscrire Inès mercredi 16 sur le site, vous pouvez le faire ? » books her Wednesday (it cancelled it)', async () => {
  await replay('2026-12-07T19:00', [
    ['je n’arrive pas à inscrire Inès mercredi 16 sur le site, vous pouvez le faire ?', /^Je réserve pour Inès : mercredi 16 décembre\.\nC'est bien cela \?/],
  ]);
});

test('Monday 7 December (round 46, talked to it): « ah non attends léa c vendredi 18 » just after Hugo’s Wednesday and Léa’s Thursday were booked moves Léa’s day (it booked Friday and left Thursday booked)', async () => {
  await replay('2026-12-07T19:30', [
    ['slt c possible d inscrire hugo mercredi 16 et léa jeudi 17 ?', /^Je fais ces 2 changements :/],
    ['oui', /✓ Réservé pour Hugo : mercredi 16 décembre\.\n✓ Réservé pour Léa : jeudi 17 décembre\./],
    ['ah non attends léa c vendredi 18', /^Je fais ces 2 changements :\n• annuler pour Léa : jeudi 17 décembre ;\n• réserver pour Léa : vendredi 18 décembre\.\nC'est bien cela \?/],
    ['oui', /^✓ Réservé pour Léa : vendredi 18 décembre\.\n✓ Annulé pour Léa : jeudi 17 décembre\./],
  ]);
});

test('Monday 7 December (round 47, talked to it): « non pas mardi mais jeudi » just after Hugo’s Tuesday 15 was booked moves it to Thursday 17 (it cancelled Tuesday 15 and asked a late cancellation of Tuesday 8)', async () => {
  await replay('2026-12-07T19:00', [
    ['inscrire hugo mardi 15', /^Je réserve pour Hugo : mardi 15 décembre\./],
    ['oui', /✓ Réservé pour Hugo : mardi 15 décembre\./],
    ['non pas mardi mais jeudi', /^Je fais ces 2 changements :\n• annuler pour Hugo : mardi 15 décembre ;\n• réserver pour Hugo : jeudi 17 décembre\.\nC'est bien cela \?/],
    ['oui', /^✓ Réservé pour Hugo : jeudi 17 décembre\.\n✓ Annulé pour Hugo : mardi 15 décembre\./],
  ]);
});

test('Monday 7 December (round 47, talked to it): « sim » confirms and « obrigada, tchau » says goodbye (both were not understood)', async () => {
  await replay('2026-12-07T19:00', [
    ['Bom dia, os meninos no centro quarta 16, é possivel?', /^Je réserve pour Léa, Hugo et Inès : mercredi 16 décembre\./],
    ['sim', /^✓ Réservé pour Léa, Hugo et Inès : mercredi 16 décembre\./],
    ['obrigada, tchau', /^Au revoir/],
  ]);
});

test('Monday 7 December (round 47, talked to it): out of hours, details given instead of « oui » to the offer of a message are offered to be sent (it answered « Je n’ai pas compris »)', async () => {
  await replay('2026-12-07T19:00', [
    ['je voudrais parler à quelqu’un', /Voulez-vous laisser un message au service \?/],
    ['c’est la voisine qui récupérera Léa jeudi, elle s’appelle Mme Dupuis', /^Voulez-vous que j'envoie ce message au service \?/],
    ['oui', /^Votre message est envoyé au service \(demande n° D.2026.\d+\)/],
    ['je voudrais parler à quelqu’un', /Voulez-vous laisser un message au service \?/],
    ['elle s’appelle Mme Dupuis', /^Voulez-vous que j'envoie ce message au service \?/],
    ['non', /^D'accord, je n'envoie rien\./],
  ]);
});

test('Monday 7 December (round 47, talked to it): « non pas mardi mais jeudi » just after « Rien à annuler pour Hugo : mardi 15 » asks Thursday 17 of that week (it asked Thursday 10)', async () => {
  await replay('2026-12-07T19:00', [
    ['bonjour je voudrais annuler hugo mardi 15', /^Rien à annuler pour Hugo : mardi 15 décembre/],
    ['non pas mardi mais jeudi', /^Rien à annuler pour Hugo : jeudi 17 décembre/],
  ]);
});
