/**
 * Requests on the real server: a written message to the service out of hours (request,
 * outbox mail, staff marks it answered, the parent is told once), and a justification's
 * document opened from the staff console (session required, attachment, audited).
 */
import { plainSpaces } from '../../src/domain/frenchTypography';
import { BotClient } from '../../scripts/lib/botClient';
import type { Assistant } from '../../src/compositionRoot';
import { aPdf } from '../documents/support/fileMother';
import type { RecordingMail } from '../dialogs/support/harness';
import { createTestDatabase } from '../dialogs/support/testDatabase';
import type { TestDatabase } from '../dialogs/support/testDatabase';
import { startAssistant } from './support/runningAssistant';
import type { RunningAssistant } from './support/runningAssistant';
import { StaffBrowser } from './support/staffBrowser';

const SATURDAY = new Date('2026-03-14T10:00:00+01:00');
const WEDNESDAY_11 = new Date('2026-03-11T10:00:00+01:00');
let db: TestDatabase;
let running: RunningAssistant;
let assistant: Assistant;
let base: string;
let mail: RecordingMail;
let now: Date;

beforeEach(async () => {
  db = await createTestDatabase();
  running = await startAssistant(db, () => now);
  ({ assistant, base, mail } = running);
  await assistant.staffAuth.createAccount('agent@joinvillelepont.fr', 'Sophie (service périscolaire)', 'mot de passe du service', new Date());
});
afterEach(async () => {
  await running.stop();
  await db.drop();
});

async function linkedParent(userId = 'parent-web-1'): Promise<BotClient> {
  const guardian = await db.prisma.guardian.findUniqueOrThrow({ where: { email: 'camille.martin@example.fr' } });
  await db.prisma.channelAccount.create({ data: { channelId: 'webchat', channelUserId: userId, guardianId: guardian.id, linkedAt: new Date() } });
  return new BotClient({ endpoint: `${base}/api/messages`, channelId: 'webchat', userId });
}

/** What the parent reads, typographic spaces shown as plain ones. */
const texts = (replies: { text?: string }[]) => replies.map((reply) => plainSpaces(reply.text ?? ''));

async function sentMail<T>(find: () => T | undefined): Promise<T> {
  for (let pass = 0; pass < 100; pass += 1) {
    await assistant.outbox.runOnce();
    const found = find();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the mail was not sent');
}

test('out of hours, a written message becomes a request with its mail; staff mark it answered; the parent is told once', async () => {
  now = SATURDAY;
  const parent = await linkedParent();
  expect(texts(await parent.say("je voudrais parler à quelqu'un"))[0]).toMatch(/personne n'est disponible en ce moment\. Voulez-vous laisser un message/);
  expect(texts(await parent.say('oui'))).toEqual(['Écrivez votre message pour le service, en une ou quelques phrases :']);
  const [sent] = texts(await parent.say('Hugo a oublié son doudou mercredi, est-il resté à l’accueil ?'));
  const number = /demande n° (D-2026-\d{6})/.exec(sent)![1];
  const request = await db.prisma.request.findUniqueOrThrow({ where: { number } });
  expect(request.kind).toBe('service_message');
  // The assistant's own worker may be sending it already (woken by the commit): wait for the mail, whoever sends it.
  const delivered = await sentMail(() => mail.sent.find((m) => m.subject.startsWith(`Message au service ${number}`)));
  expect(delivered).toMatchObject({ to: 'portailfamille@joinvillelepont.fr', replyTo: 'camille.martin@example.fr' });
  expect(delivered.text).toContain('Hugo a oublié son doudou mercredi');

  // This test is about the notice told at the parent's next turn: the proactive notifier
  // (woken by the decision) would otherwise race that turn and sometimes tell it first,
  // in the conversation, before « mes demandes » (test/dialogs/requestsDialog.test.ts tests that path).
  await assistant.notifier.stop();

  const staff = new StaffBrowser(base);
  await staff.login('agent@joinvillelepont.fr', 'mot de passe du service');
  expect(await staff.get('/staff')).toContain(number);
  const page = await staff.get(`/staff/requests/${number}`);
  expect(page).toContain('Marquer comme traité');
  expect(await staff.post(`/staff/requests/${number}/decision`, { decision: 'accept', kind: 'service_message', confirmed: 'oui' })).toBe(303);
  expect((await db.prisma.request.findUniqueOrThrow({ where: { number } })).status).toBe('closed');

  const told = texts(await parent.say('mes demandes'));
  expect(told[0]).toBe(`Votre message n° ${number} a été traité par le service : la réponse vous a été envoyée par e-mail.`);
  expect(told[1]).toContain(`• Demande ${number} (message au service) « Hugo a oublié son doudou mercredi`);
  expect(texts(await parent.say('mes demandes'))).toHaveLength(1);
});

test('a justification\'s document opens from the console: session required, a download, audited', async () => {
  now = WEDNESDAY_11;
  const parent = await linkedParent();
  const pdf = aPdf();
  const first = texts(await parent.say('', [{ contentType: 'application/pdf', name: 'certificat.pdf', contentUrl: `data:application/pdf;base64,${pdf.toString('base64')}` }]));
  expect(first[0]).toBe('Bien reçu : certificat.pdf.');
  await parent.say('Léa');
  const done = texts(await parent.say('mardi 10 mars'));
  expect(done.join('\n')).toMatch(/Justificatif reçu : demande n° D-2026-\d{6}/);
  const document = await db.prisma.document.findFirstOrThrow();

  const anonymous = await fetch(`${base}/staff/documents/${document.id}`, { redirect: 'manual' });
  expect(anonymous.status).toBe(303);

  const staff = new StaffBrowser(base);
  await staff.login('agent@joinvillelepont.fr', 'mot de passe du service');
  expect(await staff.get('/staff')).toContain(`href="/staff/documents/${document.id}"`);
  const response = await staff.fetch(`/staff/documents/${document.id}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="certificat\.pdf"/);
  expect(Buffer.from(await response.arrayBuffer()).equals(pdf)).toBe(true);
  const audit = await db.prisma.auditEntry.findMany({ where: { action: 'document.open', entityId: document.id } });
  expect(audit).toHaveLength(1);
  expect(audit[0]).toMatchObject({ actorKind: 'staff', channel: 'console' });
  expect((await staff.fetch('/staff/documents/00000000-0000-0000-0000-000000000000')).status).toBe(404);
});
