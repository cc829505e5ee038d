/** The SMTP sender against a real SMTP peer on 127.0.0.1, read back with mailparser. */
import { readMailSettings } from '../../src/mail/mailSettings';
import { SmtpMailSender } from '../../src/mail/smtpMailSender';
import { SmtpTestPeer } from './support/smtpTestPeer';

describe('SmtpMailSender', () => {
  const peer = new SmtpTestPeer();
  let sender: SmtpMailSender;

  beforeAll(async () => {
    await peer.start(0);
    const settings = readMailSettings({ SMTP_URL: peer.url, MAIL_FROM: 'Assistant périscolaire <ne-pas-repondre@joinvillelepont.fr>', SMTP_STARTTLS: 'disabled' });
    if (settings.kind !== 'smtp') throw new Error('expected SMTP settings');
    sender = new SmtpMailSender(settings);
  });
  afterAll(async () => {
    sender.close();
    await peer.stop();
  });

  it('delivers recipient, reply-to, Message-ID, Date, French text and attachments', async () => {
    const pdf = Buffer.from('%PDF-1.7\ncertificat médical\n%%EOF');
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    await sender.send({
      to: 'portailfamille@joinvillelepont.fr',
      replyTo: 'claire.martin@example.org',
      subject: 'Demande hors délai D-2026-000042 — Léa Martin',
      text: 'Enfant : Léa Martin\nJours : lundi 16 mars 2026\nAction : réserver',
      messageId: '<0b6f1c9e-1111-4c4c-8f8f-000000000042@joinvillelepont.fr>',
      date: new Date('2026-03-09T08:00:00Z'),
      attachments: [
        { filename: 'certificat.pdf', contentType: 'application/pdf', content: pdf },
        { filename: 'photo.png', contentType: 'image/png', content: png },
      ],
    });

    const [mail] = await peer.waitFor(1);
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value[0].address : undefined).toBe('portailfamille@joinvillelepont.fr');
    expect(mail.replyTo?.value[0].address).toBe('claire.martin@example.org');
    expect(mail.from?.value[0]).toEqual({ address: 'ne-pas-repondre@joinvillelepont.fr', name: 'Assistant périscolaire' });
    expect(mail.messageId).toBe('<0b6f1c9e-1111-4c4c-8f8f-000000000042@joinvillelepont.fr>');
    expect(mail.date?.toISOString()).toBe('2026-03-09T08:00:00.000Z');
    expect(mail.subject).toBe('Demande hors délai D-2026-000042 — Léa Martin');
    expect(mail.text).toContain('Enfant : Léa Martin');
    expect(mail.text).toContain('Jours : lundi 16 mars 2026');
    expect(mail.attachments.map((a) => [a.filename, a.contentType, a.content.toString('hex')])).toEqual([
      ['certificat.pdf', 'application/pdf', pdf.toString('hex')],
      ['photo.png', 'image/png', png.toString('hex')],
    ]);
  });

  it('throws when the relay is unreachable, so the outbox can retry', async () => {
    const down = new SmtpTestPeer();
    const port = await down.start(0);
    await down.stop();
    const settings = readMailSettings({ SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: 'a@joinvillelepont.fr', SMTP_STARTTLS: 'disabled' });
    if (settings.kind !== 'smtp') throw new Error('expected SMTP settings');
    const unreachable = new SmtpMailSender(settings, { connectionTimeoutMs: 2_000 });
    await expect(unreachable.send({ to: 'x@example.org', subject: 's', text: 't' })).rejects.toThrow(/ECONNREFUSED/);
  });
});
