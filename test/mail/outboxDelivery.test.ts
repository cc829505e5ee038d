/**
 * The outbox end to end with a real SMTP peer on 127.0.0.1: content read back with
 * mailparser, an outage that delays but loses nothing, a restart that resumes, and a
 * crash between send and mark that yields the same Message-ID.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { documentContentReader } from '../../src/documents/documentContentReader';
import { FsDocumentStore } from '../../src/documents/fsDocumentStore';
import { MailOutbox } from '../../src/mail/mailOutbox';
import { readMailSettings } from '../../src/mail/mailSettings';
import { OutboxWorker, type OutboxWorkerOptions } from '../../src/mail/outboxWorker';
import { SmtpMailSender } from '../../src/mail/smtpMailSender';
import { InMemoryOutboxRepository } from './support/inMemoryOutboxRepository';
import { aLateRequestMail, ManualClock } from './support/outboxFixtures';
import { RecordingLogger } from './support/recordingLogger';
import { SmtpTestPeer } from './support/smtpTestPeer';

const fastRetry = { baseDelayMs: 50, maxDelayMs: 200, jitterRatio: 0, maxPermanentAttempts: 3 };

describe('outbox delivery over SMTP', () => {
  let peer: SmtpTestPeer;
  let sender: SmtpMailSender;
  let repository: InMemoryOutboxRepository;
  const workers: OutboxWorker[] = [];

  beforeEach(async () => {
    peer = new SmtpTestPeer();
    await peer.start(0);
    const settings = readMailSettings({ SMTP_URL: peer.url, MAIL_FROM: 'ne-pas-repondre@joinvillelepont.fr', SMTP_STARTTLS: 'disabled' });
    if (settings.kind !== 'smtp') throw new Error('expected SMTP settings');
    sender = new SmtpMailSender(settings, { connectionTimeoutMs: 2_000, greetingTimeoutMs: 2_000, socketTimeoutMs: 5_000 });
    repository = new InMemoryOutboxRepository();
  });
  afterEach(async () => {
    await Promise.all(workers.splice(0).map((worker) => worker.stop()));
    sender.close();
    await peer.stop();
  });

  function newWorker(options: Partial<OutboxWorkerOptions> = {}): OutboxWorker {
    const worker = new OutboxWorker(repository, sender, {
      logger: new RecordingLogger(),
      pollIntervalMs: 20,
      retry: fastRetry,
      outageBackoff: { baseDelayMs: 20, maxDelayMs: 100 },
      ...options,
    });
    workers.push(worker);
    return worker;
  }

  function outbox(now: () => Date = () => new Date()) {
    return new MailOutbox(repository, { messageIdDomain: 'joinvillelepont.fr', now });
  }

  it('delivers the enqueued late request: recipient, reply-to, body fields, attachment, Message-ID', async () => {
    const { messageId } = await repository.transaction((tx) =>
      outbox().enqueue(tx, aLateRequestMail({ attachments: [{ kind: 'inline', filename: 'demande.txt', contentType: 'text/plain', content: Buffer.from('Léa, lundi 16 mars') }] })),
    );
    await newWorker().runOnce();

    const [mail] = await peer.waitFor(1);
    expect(mail.messageId).toBe(messageId);
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : '').toBe('portailfamille@joinvillelepont.fr');
    expect(mail.replyTo?.text).toBe('claire.martin@example.org');
    for (const field of ['Famille : Martin', 'Responsable : Mme Claire Martin', 'Enfant : Léa Martin', 'Jours : lundi 16 mars 2026', 'Action : réserver', '« Je reprends le travail plus tôt que prévu. »']) {
      expect(mail.text).toContain(field);
    }
    expect(mail.attachments.map((a) => [a.filename, a.content.toString()])).toEqual([['demande.txt', 'Léa, lundi 16 mars']]);
  });

  it('attaches a parent’s document from the encrypted store, decrypted at send time', async () => {
    const directory = await mkdtemp(path.join(tmpdir(), 'outbox-docs-'));
    try {
      const store = new FsDocumentStore({ directory, key: randomBytes(32) });
      const pdf = Buffer.from('%PDF-1.7\nCertificat médical — Léa Martin\n%%EOF');
      const { id } = await store.put(pdf);
      await repository.transaction((tx) =>
        outbox().enqueue(tx, aLateRequestMail({ attachments: [{ kind: 'document', documentId: id, filename: 'certificat-lea.pdf', contentType: 'application/pdf' }] })),
      );
      await newWorker({ readDocument: documentContentReader(store) }).runOnce();
      const [mail] = await peer.waitFor(1);
      expect(mail.attachments.map((a) => [a.filename, a.contentType, a.content.equals(pdf)])).toEqual([['certificat-lea.pdf', 'application/pdf', true]]);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  it('survives an outage: mails wait, the relay comes back, each arrives exactly once — even across a worker restart', async () => {
    await peer.stop();
    const first = newWorker();
    first.start();
    const ids: string[] = [];
    for (let i = 1; i <= 3; i += 1) {
      const { messageId } = await repository.transaction((tx) => outbox().enqueue(tx, aLateRequestMail({ subject: `Demande ${i}` })));
      ids.push(messageId);
      first.wake();
    }
    // The worker met the outage again and again (one mail at a time: the others wait untouched).
    await waitUntil(() => repository.rows().some((row) => row.attempts >= 2));
    expect(peer.received).toHaveLength(0);

    // The process restarts during the outage; more requests come in meanwhile.
    await first.stop();
    for (let i = 4; i <= 5; i += 1) {
      const { messageId } = await repository.transaction((tx) => outbox().enqueue(tx, aLateRequestMail({ subject: `Demande ${i}` })));
      ids.push(messageId);
    }
    const second = newWorker();
    second.start();
    await delay(100);
    await peer.start(); // same port: the relay is back

    await peer.waitFor(5);
    await waitUntil(() => repository.rows().every((row) => row.status === 'sent'));
    await delay(300); // a few more polls: nothing is sent twice
    expect(peer.received.map((mail) => mail.messageId).sort()).toEqual([...ids].sort());
    expect(new Set(peer.received.map((mail) => mail.subject))).toEqual(new Set(['Demande 1', 'Demande 2', 'Demande 3', 'Demande 4', 'Demande 5']));
  });

  it('killed between send and mark: the resend carries the same Message-ID and Date (one logical mail)', async () => {
    const clock = new ManualClock(new Date());
    const { messageId } = await repository.transaction((tx) => outbox(clock.now).enqueue(tx, aLateRequestMail()));
    const markSent = repository.markSent.bind(repository);
    repository.markSent = async () => {
      throw new Error('process killed before the row was marked');
    };
    await newWorker({ now: clock.now, leaseMs: 60_000, workerId: 'killed' }).runOnce();
    await peer.waitFor(1);
    repository.markSent = markSent;

    clock.advance(61_000); // the dead worker's lease has expired
    await newWorker({ now: clock.now, workerId: 'restarted' }).runOnce();
    const [first, second] = await peer.waitFor(2);

    expect(peer.received).toHaveLength(2);
    expect(first.messageId).toBe(messageId);
    expect(second.messageId).toBe(messageId);
    expect(second.date).toEqual(first.date);
    expect(second.subject).toBe(first.subject);
    expect(second.text).toBe(first.text);
    expect(repository.rows()[0].status).toBe('sent');
  });
});

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function waitUntil(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await delay(10);
  }
}
