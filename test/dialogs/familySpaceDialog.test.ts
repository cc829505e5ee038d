/**
 * The family's own space in the chat (issue 14): the dossier shown and never another
 * family's, a change sent as a request of kind dossier (the records unchanged until
 * staff apply it, then the parent told), the month at a glance as a card or as text, the
 * calendar feed's address, and the privacy notice.
 */
import ical from 'node-ical';
import { PrismaCalendarFeeds } from '../../src/family/calendarFeed';
import { CAMILLE, converse, fileMessage, KARIM } from './support/harness';
import { createTestDatabase } from './support/testDatabase';
import type { TestDatabase } from './support/testDatabase';

/** Friday 6 March 2026, 10:00 in Paris. */
const FRIDAY_6 = '2026-03-06T09:00:00Z';
const MARCH = Array.from({ length: 31 }, (_, i) => `2026-03-${String(i + 1).padStart(2, '0')}`);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await db.drop();
});

describe('"ma famille": what the service holds', () => {
  test('the Martin family sees its guardians, children, schools and authorised people, nothing of the Benali family', async () => {
    const chat = await converse(db, CAMILLE, { 'ma famille': { intent: 'none', topic: 'dossier' } }, FRIDAY_6);
    const [reply] = await chat.say('ma famille');
    expect(reply).toContain('Mme Camille Martin — e-mail : camille.martin@example.fr — téléphone : 06 39 98 00 01');
    expect(reply).toContain('Léa Martin (date de naissance : 12 mai 2016) — École élémentaire Polangis (CM1)');
    expect(reply).toContain('Inès Martin');
    expect(reply).toContain('Monique Martin (grand-mère) — 06 39 98 00 11');
    expect(reply).toMatch(/j'ai changé de numéro/);
    expect(reply).not.toMatch(/Benali|karim/i);
  });

  test('"les infos de Léa" shows Léa only', async () => {
    const chat = await converse(db, CAMILLE, { 'les infos de Léa': { intent: 'none', topic: 'dossier', children: ['Léa'] } }, FRIDAY_6);
    const [reply] = await chat.say('les infos de Léa');
    expect(reply).toMatch(/^Voici ce que le service a pour Léa :/);
    expect(reply).not.toContain('Hugo');
  });

  test('another family sees its own record only', async () => {
    const chat = await converse(db, KARIM, { 'ma famille': { intent: 'none', topic: 'dossier' } }, FRIDAY_6);
    const [reply] = await chat.say('ma famille');
    expect(reply).toContain('Benali');
    expect(reply).not.toMatch(/Martin|Léa/);
  });
});

describe('a change of the dossier is a request, applied by staff', () => {
  test('"j\'ai changé de numéro" → asked, confirmed, sent with the document; the record is unchanged; staff apply it and the parent is told', async () => {
    const chat = await converse(db, CAMILLE, { "j'ai changé de numéro": { intent: 'faq', topic: 'dossier' }, 'ma famille': { topic: 'dossier' } }, FRIDAY_6);
    expect(await chat.say("j'ai changé de numéro")).toEqual([expect.stringMatching(/^Quel est le changement \?/)]);
    const asked = await chat.say(fileMessage(PDF, 'justificatif-domicile.pdf', 'application/pdf', 'mon nouveau numéro est le 06 39 98 00 42'));
    // (The message that asked for the change goes with its detail, so the service knows what the number is.)
    expect(asked).toEqual(["Je transmets au service cette modification de votre dossier : « j'ai changé de numéro — mon nouveau numéro est le 06 39 98 00 42 » avec 1 document.\nC'est bien cela ?"]);
    const [sent] = await chat.say('oui');
    const number = /n° (D-\d{4}-\d+)/.exec(sent)![1];
    expect(sent).toMatch(/^C'est transmis : demande n° D-2026-\d+\. Le service mettra votre dossier à jour/);

    const request = await db.prisma.request.findUniqueOrThrow({ where: { number }, include: { documents: true } });
    expect(request).toMatchObject({ kind: 'dossier', status: 'submitted', guardianId: chat.family.guardianId });
    expect(JSON.parse(request.payload)).toMatchObject({ type: 'dossier', text: "j'ai changé de numéro — mon nouveau numéro est le 06 39 98 00 42" });
    expect(request.documents).toHaveLength(1);
    // Nothing typed changes the record.
    expect((await db.prisma.guardian.findUniqueOrThrow({ where: { id: chat.family.guardianId } })).phone).toBe('06 39 98 00 01');
    await chat.flushOutbox();
    expect(chat.mail.sent[0]).toMatchObject({ subject: expect.stringContaining(`Modification du dossier ${number}`) });

    // Staff apply it: the parent is told at their next message.
    await db.prisma.guardian.update({ where: { id: chat.family.guardianId }, data: { phone: '06 39 98 00 42' } });
    expect(await chat.requests.requests.decideRequest({ number, decision: 'accept', staffId: 'agent', channel: 'console', now: new Date(FRIDAY_6) })).toMatchObject({ status: 'decided', decision: 'accepted' });
    const replies = await chat.say('ma famille');
    expect(replies[0]).toMatch(new RegExp(`Votre demande n° ${number} est faite : le service a mis à jour votre dossier`));
    expect(replies.at(-1)).toContain('téléphone : 06 39 98 00 42');
  });

  test('a change written in full is confirmed at once; "non" sends nothing', async () => {
    const text = "nous avons déménagé : 12 rue de Paris, 94340 Joinville-le-Pont";
    const chat = await converse(db, CAMILLE, { [text]: { intent: 'none', topic: 'dossier' } }, FRIDAY_6);
    expect(await chat.say(text)).toEqual([`Je transmets au service cette modification de votre dossier : « ${text} ».\nC'est bien cela ?`]);
    expect(await chat.say('non')).toEqual(["D'accord, je ne transmets rien. Votre dossier reste tel quel."]);
    expect(await db.prisma.request.count({ where: { kind: 'dossier' } })).toBe(0);
  });
});

describe('a question on the dossier is answered, not sent as a change', () => {
  test('« … comment on fait ? » asks for the change; the detail is sent with the question that named it', async () => {
    const text = 'bonsoir, je dois mettre à jour le numéro de portable de mon mari, comment on fait ?';
    const chat = await converse(db, CAMILLE, { [text]: { intent: 'faq', topic: 'dossier' } }, FRIDAY_6);
    expect(await chat.say(text)).toEqual([expect.stringMatching(/^Quel est le changement \?/)]);
    expect(await chat.say('06 12 34 56 78')).toEqual([`Je transmets au service cette modification de votre dossier : « ${text} — 06 12 34 56 78 ».\nC'est bien cela ?`]);
  });

  test('« l’allergie d’Hugo aux arachides, vous l’avez ? » shows Hugo’s record and says health is not in it, and how to tell it', async () => {
    const text = 'et l’allergie d’hugo aux arachides, vous l’avez ?';
    const chat = await converse(db, CAMILLE, { [text]: { intent: 'faq', topic: 'dossier', children: ['Hugo'] } }, FRIDAY_6);
    const [reply] = await chat.say(text);
    expect(reply).toMatch(/^Voici ce que le service a pour Hugo :/);
    expect(reply).toMatch(/Les informations de santé \(allergies, PAI, régime\) ne sont pas dans ce que je peux consulter\. Pour en signaler une, écrivez-la ici/);
    expect(await db.prisma.request.count({ where: { kind: 'dossier' } })).toBe(0);
  });
});

describe('"le planning de Léa en mars"', () => {
  const table = { 'le planning de Léa en mars': { intent: 'check' as const, topic: 'planning' as const, children: ['Léa'], dates: MARCH } };

  test('as text where cards do not render: weeks with symbols and a legend', async () => {
    await db.prisma.bookableDay.updateMany({ where: { day: '2026-03-20' }, data: { closedReason: 'grève' } });
    const chat = await converse(db, CAMILLE, table, FRIDAY_6);
    const [reply] = await chat.say('le planning de Léa en mars');
    expect(reply.split('\n')).toEqual([
      'Planning de Léa — mars 2026',
      'Semaine du 2 mars : lu 2 ○, ma 3 ○, me 4 ○, je 5 ○, ve 6 ○',
      'Semaine du 9 mars : lu 9 ○, ma 10 ✓, me 11 ○, je 12 ○, ve 13 ✓',
      'Semaine du 16 mars : lu 16 ○, ma 17 ○, me 18 ○, je 19 ○, ve 20 —',
      'Semaine du 23 mars : lu 23 ○, ma 24 ○, me 25 ○, je 26 ○, ve 27 ○',
      'Semaine du 30 mars : lu 30 ○, ma 31 ○',
      "Légende : ✓ réservé · … liste d'attente · ✗ refusé · — pas d'accueil · ○ libre",
      "2 jours réservés, 0 en liste d'attente, 0 refusé.",
      'Pour réserver un jour libre, écrivez par exemple « réserver mercredi 18 mars pour Léa ».',
    ]);
  });

  test('as an Adaptive Card in Web Chat: a grid of five columns, symbol and word in each day', async () => {
    const chat = await converse(db, CAMILLE, table, FRIDAY_6, { channelId: 'webchat' });
    const [reply] = await chat.sayRaw('le planning de Léa en mars');
    expect(reply.text).toBeUndefined();
    const card = reply.attachments![0].content as { body: Array<{ type: string; columns?: Array<{ items: Array<{ text: string }> }> }> };
    const rows = card.body.filter((element) => element.type === 'ColumnSet');
    expect(rows).toHaveLength(6);
    expect(rows[0].columns!.map((column) => column.items[0].text)).toEqual(['Lu', 'Ma', 'Me', 'Je', 'Ve']);
    expect(rows[2].columns![1].items.map((item) => item.text)).toEqual(['10', '✓', 'réservé']);
  });
});

describe('"ajouter à mon agenda"', () => {
  test('gives a secret address once; the feed follows the bookings; "nouveau lien agenda" revokes the old one', async () => {
    const chat = await converse(
      db,
      CAMILLE,
      {
        'ajouter à mon agenda': { intent: 'check', topic: 'calendar_feed' },
        'nouveau lien agenda': { intent: 'none', topic: 'calendar_feed' },
        'annuler Léa mardi 10 mars': { intent: 'cancel', children: ['Léa'], dates: ['2026-03-10'] },
      },
      FRIDAY_6,
    );
    const [first] = await chat.say('ajouter à mon agenda');
    const url = /(http:\/\/localhost:3978\/agenda\/[A-Za-z0-9_-]{43}\.ics)/.exec(first)![1];
    expect(first).toMatch(/^Voici l'adresse de votre agenda : /);
    expect(await chat.say('ajouter à mon agenda')).toEqual([expect.stringMatching(/^Vous avez déjà une adresse d'agenda, créée le vendredi 6 mars 2026\./)]);
    const stored = await db.prisma.calendarFeed.findFirstOrThrow();
    const token = url.split('/').pop()!.replace('.ics', '');
    expect(stored.tokenHash).not.toContain(token);

    const feeds = new PrismaCalendarFeeds(db.prisma, { publicOrigin: 'http://localhost:3978', timeZone: 'Europe/Paris' });
    const events = () => feeds.feed(token, new Date(FRIDAY_6)).then((text) => Object.values(ical.sync.parseICS(text!)).filter((e) => e?.type === 'VEVENT'));
    const before = (await events()).map((event) => `${(event as ical.VEvent).summary}|${(event as ical.VEvent).start.toISOString().slice(0, 10)}`);
    expect(before).toEqual(expect.arrayContaining(['Léa — Accueil du soir|2026-03-10', 'Hugo — Accueil du mercredi|2026-03-11']));
    expect(before.join()).not.toContain('Benali');

    await chat.say('annuler Léa mardi 10 mars');
    await chat.say('oui');
    const after = (await events()).map((event) => (event as ical.VEvent).start.toISOString().slice(0, 10));
    expect(after).not.toContain('2026-03-10');

    const [renewed] = await chat.say('nouveau lien agenda');
    expect(renewed).toMatch(/^Voici votre nouvelle adresse d'agenda : http:\/\/localhost:3978\/agenda\//);
    expect(await feeds.feed(token, new Date(FRIDAY_6))).toBeUndefined();
  });
});

test('"confidentialité" tells the retention and where the notice is', async () => {
  const chat = await converse(db, CAMILLE, { confidentialité: { intent: 'none', topic: 'privacy' } }, FRIDAY_6);
  const [reply] = await chat.say('confidentialité');
  expect(reply).toMatch(/^Confidentialité : .* « mes données » .* http:\/\/localhost:3978\/confidentialite$/s);
});

test('"prévenez-moi avant les dates limites" turns reminders on, "rappel le dimanche" adds Sundays, "stop rappels" ends them', async () => {
  const chat = await converse(
    db,
    CAMILLE,
    {
      'prévenez-moi avant les dates limites': { intent: 'none', topic: 'reminders' },
      'rappel le dimanche': { intent: 'reserve', topic: 'reminders' },
      'stop rappels': { intent: 'none', topic: 'reminders' },
    },
    FRIDAY_6,
  );
  expect(await chat.say('prévenez-moi avant les dates limites')).toEqual([
    "C'est noté : je vous préviendrai 3 jours avant chaque date limite de réservation des vacances. Pour les arrêter, écrivez « stop rappels ».\nJe peux aussi vous prévenir le dimanche pour les jours habituels de la semaine suivante non réservés : écrivez « rappel le dimanche ».",
  ]);
  expect(await chat.say('rappel le dimanche')).toEqual([expect.stringMatching(/^C'est noté : .* et le dimanche pour les jours de la semaine suivante/)]);
  expect(await db.prisma.reminderSubscription.findUniqueOrThrow({ where: { guardianId: chat.family.guardianId } })).toMatchObject({ deadlines: true, weekly: true, stoppedAt: null });
  expect(await chat.say('stop rappels')).toEqual(["C'est noté : vous ne recevrez plus de rappels. Pour les reprendre, écrivez « prévenez-moi avant les dates limites »."]);
  expect((await db.prisma.reminderSubscription.findUniqueOrThrow({ where: { guardianId: chat.family.guardianId } })).stoppedAt).not.toBeNull();
});

describe('"mes documents"', () => {
  test('"gardez ce document" with a file keeps it; the list shows date, status and a signed link; the parent deletes it', async () => {
    const chat = await converse(
      db,
      CAMILLE,
      {
        'gardez ce document': { intent: 'none', topic: 'documents' },
        'mes documents': { intent: 'none', topic: 'documents' },
        'supprimer le document 1': { intent: 'none', topic: 'documents' },
      },
      FRIDAY_6,
    );
    expect(await chat.say('gardez ce document')).toEqual([expect.stringMatching(/^Envoyez le document avec le trombone/)]);
    expect(await chat.say(fileMessage(PDF, 'attestation-assurance.pdf', 'application/pdf', 'gardez ce document'))).toEqual([
      "C'est gardé : attestation-assurance.pdf. Écrivez « mes documents » pour le retrouver.",
    ]);
    expect(await db.prisma.request.count()).toBe(0);
    const [list] = await chat.say('mes documents');
    expect(list).toMatch(/^Vos documents \(liens valables 15 minutes\) :\n1\. attestation-assurance\.pdf — reçu le 6 mars 2026 — gardé par vous\n {4}http:\/\/localhost:3978\/famille\/document\/[0-9a-f-]+\?g=\d+&e=\d+&s=[\w-]+/);
    expect(list).toContain('« supprimer le document 1 »');
    expect(await chat.say('supprimer le document 1')).toEqual(['Le document 1 (attestation-assurance.pdf) est supprimé.']);
    const row = await db.prisma.document.findFirstOrThrow();
    expect(row.purgedAt).not.toBeNull();
    expect(await chat.say('supprimer le document 1')).toEqual([expect.stringMatching(/^Je ne peux pas supprimer le document 1/)]);
  });

  test('a justification sent with a request is listed with its request and cannot be deleted by the parent', async () => {
    const chat = await converse(db, CAMILLE, { 'mes documents': { topic: 'documents' }, 'supprimer le document 1': { topic: 'documents' } }, FRIDAY_6);
    const [receipt] = await chat.documents.intake.receive({ contentType: 'application/pdf', name: 'certificat.pdf', contentUrl: `data:application/pdf;base64,${PDF.toString('base64')}` }).then((o) => [o]);
    if (!receipt.ok) throw new Error('not received');
    const { documentId } = await chat.requests.requests.registerDocument({ guardianId: chat.family.guardianId, document: receipt.document, channel: 'test', now: new Date(FRIDAY_6) });
    await chat.requests.requests.submitDossierChange({ guardianId: chat.family.guardianId, text: 'nouvelle adresse', childIds: [], documentIds: [documentId], channel: 'test', idempotencyKey: 'd1', now: new Date(FRIDAY_6) });
    const [list] = await chat.say('mes documents');
    expect(list).toMatch(/1\. certificat\.pdf — reçu le 6 mars 2026 — joint à la demande D-2026-\d+, envoyée au service/);
    expect(await chat.say('supprimer le document 1')).toEqual([expect.stringMatching(/^Je ne peux pas supprimer le document 1/)]);
  });
});

describe('data rights', () => {
  test('"mes données" gives signed links to the export in HTML and JSON', async () => {
    const chat = await converse(db, CAMILLE, { 'mes données': { intent: 'none', topic: 'my_data' } }, FRIDAY_6);
    const [reply] = await chat.say('mes données');
    expect(reply).toMatch(/^Voici tout ce que le service garde sur votre famille \(liens valables 15 minutes\) :\n• lisible : http:\/\/localhost:3978\/famille\/donnees\/html\?g=\d+&e=\d+&s=[\w-]+\n• fichier de données \(JSON\) : http:\/\/localhost:3978\/famille\/donnees\/json\?/);
  });

  test('"supprimer mon compte de l\'assistant": after "oui", channel accounts unlinked, transcripts and state deleted, the records stay', async () => {
    const chat = await converse(db, CAMILLE, { "supprimer mon compte de l'assistant": { intent: 'cancel', topic: 'my_data' } }, FRIDAY_6);
    const guardianId = chat.family.guardianId;
    await db.prisma.channelAccount.create({ data: { channelId: 'msteams', channelUserId: 'camille-teams', guardianId, linkedAt: new Date(FRIDAY_6) } });
    const handoff = await db.prisma.handoff.create({
      data: { channelId: 'msteams', conversationId: 'conv-1', guardianId, status: 'closed', reason: 'asked', context: '{}', reference: '{}', createdAt: new Date(FRIDAY_6) },
    });
    await db.prisma.handoffMessage.create({ data: { handoffId: handoff.id, author: 'parent', text: 'bonjour, ma fille est malade', at: new Date(FRIDAY_6) } });
    await db.prisma.storageItem.create({ data: { key: 'msteams/conversations/conv-1/state', document: '{}', eTag: '1' } });
    await db.prisma.storageItem.create({ data: { key: 'msteams/conversations/someone-else/state', document: '{}', eTag: '1' } });

    expect(await chat.say("supprimer mon compte de l'assistant")).toEqual([expect.stringMatching(/^Je supprime votre compte de l'assistant : .*\nC'est bien cela \?$/s)]);
    expect(await chat.say('oui')).toEqual([
      "C'est fait : 1 compte délié, 1 ligne de conversation effacée, état des conversations effacé. Le service garde votre dossier, vos réservations, vos demandes et vos documents. Pour utiliser à nouveau l'assistant, il faudra relier votre compte avec votre adresse e-mail.",
    ]);
    expect(await db.prisma.channelAccount.count({ where: { guardianId } })).toBe(0);
    expect(await db.prisma.handoffMessage.count({ where: { handoff: { guardianId } } })).toBe(0);
    expect(await db.prisma.storageItem.findMany({ select: { key: true } })).toEqual(expect.not.arrayContaining([{ key: 'msteams/conversations/conv-1/state' }]));
    expect(await db.prisma.storageItem.count({ where: { key: 'msteams/conversations/someone-else/state' } })).toBe(1);
    // The service's records stay.
    expect(await db.prisma.booking.count({ where: { child: { familyId: (await db.prisma.guardian.findUniqueOrThrow({ where: { id: guardianId } })).familyId } } })).toBeGreaterThan(0);
  });

  test('"non" deletes nothing', async () => {
    const chat = await converse(db, CAMILLE, { "supprimer mon compte de l'assistant": { intent: 'cancel', topic: 'my_data' } }, FRIDAY_6);
    await db.prisma.channelAccount.create({ data: { channelId: 'msteams', channelUserId: 'camille-teams', guardianId: chat.family.guardianId, linkedAt: new Date(FRIDAY_6) } });
    await chat.say("supprimer mon compte de l'assistant");
    expect(await chat.say('non')).toEqual(["D'accord, je ne supprime rien."]);
    expect(await db.prisma.channelAccount.count({ where: { guardianId: chat.family.guardianId } })).toBe(1);
  });
});
