/**
 * A late request from the use case to a real SMTP peer on 127.0.0.1: the Prisma outbox,
 * the worker and nodemailer, read back with mailparser.
 */
import { readMailSettings } from '../../src/mail/mailSettings';
import { OutboxWorker } from '../../src/mail/outboxWorker';
import { SmtpMailSender } from '../../src/mail/smtpMailSender';
import { RecordingLogger } from '../mail/support/recordingLogger';
import { SmtpTestPeer } from '../mail/support/smtpTestPeer';
import { MAILBOX, createRequestWorld, type RequestWorld } from './support/requestWorld';

let world: RequestWorld;
let peer: SmtpTestPeer;
let sender: SmtpMailSender;

beforeEach(async () => {
  world = await createRequestWorld();
  peer = new SmtpTestPeer();
  await peer.start(0);
  const settings = readMailSettings({ SMTP_URL: peer.url, MAIL_FROM: 'ne-pas-repondre@joinvillelepont.fr', SMTP_STARTTLS: 'disabled' });
  if (settings.kind !== 'smtp') throw new Error('expected SMTP settings');
  sender = new SmtpMailSender(settings, { connectionTimeoutMs: 2_000, greetingTimeoutMs: 2_000, socketTimeoutMs: 5_000 });
});

afterEach(async () => {
  sender.close();
  await peer.stop();
  await world.destroy();
});

it('reaches the mailbox once: recipient, reply-to the guardian, number in the subject, every field in the body', async () => {
  const family = await world.family({ name: 'Martin' });
  await world.db.prisma.guardian.update({ where: { id: family.guardianIds[0] }, data: { phone: '06 12 34 56 78' } });
  const guardian = await world.db.prisma.guardian.findUniqueOrThrow({ where: { id: family.guardianIds[0] }, include: { family: true } });
  const child = await world.db.prisma.child.findUniqueOrThrow({ where: { id: family.childIds[0] } });
  const result = await world.services.requests.submitLateRequest(world.lateRequest(family));
  if (result.status !== 'submitted') throw new Error('expected a request');

  const worker = new OutboxWorker(world.services.outboxRepository, sender, { logger: new RecordingLogger() });
  expect(await worker.runOnce()).toMatchObject({ claimed: 1, sent: 1 });
  expect(await worker.runOnce()).toMatchObject({ claimed: 0 });

  const [mail] = await peer.waitFor(1);
  expect(peer.received).toHaveLength(1);
  const row = await world.db.prisma.outboxMail.findFirstOrThrow();
  expect(row).toMatchObject({ status: 'sent', attempts: 0 });
  expect(mail.messageId).toBe(row.messageId);
  expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : '').toBe(MAILBOX);
  expect(mail.replyTo?.text).toBe(guardian.email);
  expect(mail.subject).toContain(result.number);
  for (const field of [
    `Demande n° ${result.number} (demande hors délai)`,
    `Famille : ${guardian.family.name}`,
    `Responsable : Mme ${guardian.firstName} ${guardian.lastName}`,
    `E-mail : ${guardian.email}`,
    'Téléphone : 06 12 34 56 78',
    `Enfant : ${child.firstName} ${child.lastName}`,
    'Action demandée : réserver',
    '- vendredi 13 mars 2026 (2026-03-13) — délai dépassé depuis le mardi 10 mars 2026 à 23h59',
    'Message du parent : « Je reprends le travail plus tôt que prévu. »',
  ]) {
    expect(mail.text).toContain(field);
  }
});
