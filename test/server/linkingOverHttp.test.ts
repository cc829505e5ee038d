/** Linking while the mail relay is down: the code is queued, the parent told it is late, and it still works once sent. */
import { BotClient } from '../../scripts/lib/botClient';
import { plainSpaces } from '../../src/domain/frenchTypography';
import type { MailSender, OutgoingMail } from '../../src/mail/mailSender';
import { createTestDatabase } from '../dialogs/support/testDatabase';
import type { TestDatabase } from '../dialogs/support/testDatabase';
import { startAssistant } from './support/runningAssistant';
import type { RunningAssistant } from './support/runningAssistant';

const NOW = new Date('2026-03-02T09:00:00Z');
let db: TestDatabase;
let running: RunningAssistant;

/** An SMTP relay that refuses connections until it is "repaired". */
class FlakyRelay implements MailSender {
  up = false;
  readonly sent: OutgoingMail[] = [];
  async send(mail: OutgoingMail): Promise<void> {
    if (!this.up) throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:25'), { code: 'ECONNECTION' });
    this.sent.push(mail);
  }
}

const relay = new FlakyRelay();
beforeEach(async () => {
  db = await createTestDatabase();
  running = await startAssistant(db, () => NOW, { mail: relay });
});
afterEach(async () => {
  await running.stop();
  await db.drop();
});

async function until(condition: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in 10 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const texts = (replies: { text?: string }[]) => replies.map((reply) => plainSpaces(reply.text ?? ''));

test('with SMTP down, a parent still gets a code once the relay is back, and the next parent is told it is late', async () => {
  const parent = new BotClient({ endpoint: `${running.base}/api/messages`, channelId: 'webchat', userId: 'parent-1' });
  await parent.say('bonjour');
  expect(texts(await parent.say('camille.martin@example.fr'))[0]).toMatch(/un code à 6 chiffres vient d'y être envoyé/);
  // The worker tried at once, and failed: the mail waits in the outbox.
  await until(async () => (await db.prisma.outboxMail.count({ where: { reference: 'linking-code', attempts: { gte: 1 } } })) === 1);
  const retry = await db.prisma.outboxMail.findFirstOrThrow({ where: { reference: 'linking-code' } });
  expect(retry.nextAttemptAt.getTime() - Date.now()).toBeLessThanOrEqual(10_000);

  const next = new BotClient({ endpoint: `${running.base}/api/messages`, channelId: 'webchat', userId: 'parent-2' });
  await next.say('bonjour');
  expect(texts(await next.say('quelqu.un@example.fr'))[0]).toMatch(/nos e-mails partent avec du retard en ce moment/);

  relay.up = true;
  await db.prisma.outboxMail.updateMany({ where: { reference: 'linking-code' }, data: { nextAttemptAt: new Date(Date.now() - 1_000) } });
  await running.assistant.outbox.runOnce();
  expect(relay.sent.map((mail) => mail.to)).toEqual(['camille.martin@example.fr']);
  const code = /(\d{6})/.exec(relay.sent[0].text)![1];
  expect(texts(await parent.say(code))[0]).toMatch(/^Merci Camille, c'est fait/);
});
